import { useEffect, useRef, useState } from 'preact/hooks';
import { PACK_MAX_STORIES } from '../../../domain/limits.ts';
import { API_BASE, api, query, reauthenticate } from '../api/client.ts';
import { ApiError, isReauthProblem } from '../api/problem.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Textarea, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';
import {
  FILTER_IDS,
  LibraryFilterFields,
  type LibraryFilters,
  NO_FILTERS,
} from './library-filters.tsx';
import { type LibraryItem, type LibraryPage, NOTE_TEXT, type Pack } from './types.ts';

type Chosen = { storyId: number; title: string; tellsUs: string; questions: string };

/**
 * A button's accessible name with the story it acts on ("Move up: Money story 1", WCAG 2.4.6).
 * An aria-label, not visually hidden text: GOV.UK's visually-hidden class puts a space either
 * side of the hidden words, so ": title" in a span was read as "Move up : Money story 1".
 */
const about = (action: string, title: string) => `${action}: ${title}`;

/** Fetches an export, asking the person to confirm it is them once if the server wants it (428). */
async function fetchExport(path: string, retried = false): Promise<Response> {
  const res = await fetch(`${API_BASE}${path}`, { credentials: 'same-origin', cache: 'no-store' });
  if (res.ok || retried) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => ({}))) as Record<string, unknown>;
  const error = new ApiError(res.status, body);
  if (isReauthProblem(error) && (await reauthenticate(error))) return fetchExport(path, true);
  return res;
}

/** A download the server refused, in the words to show. */
class DownloadRefused extends Error {}

/** What a failed download shows: the server's reason, or that Heard could not be reached. */
const downloadErrors = (error: unknown) => ({
  fields: {},
  general: [
    error instanceof DownloadRefused
      ? error.message
      : 'We could not reach Heard. Check your connection and try again.',
  ],
});

/**
 * Builds one pack: search the library, choose stories in order with what each tells the Board,
 * save, download Word, HTML or PDF, and issue. Every control is a real button or link, so the
 * whole flow works by keyboard; each change is announced (WCAG 4.1.3).
 */
export default function PackPage({ params }: RoutePageProps) {
  const { boardId, packId } = params;
  const base = `/boards/${boardId}/packs/${packId}`;
  const pack = useLoad((signal) => api.get<Pack>(base, { signal }), [base]);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [results, setResults] = useState<LibraryPage | null>(null);
  const form = useFormAction();
  const { errors, busy } = form;
  const [confirmIssue, setConfirmIssue] = useState(false);
  const [saved, setSaved] = useState(true);
  const issueButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  // Where focus goes after the issue confirmation opens, closes or the pack is issued: the
  // control that was used disappears, and focus must not fall back to the top (WCAG 2.4.3).
  const [focusNext, setFocusNext] = useState<'confirm' | 'issue' | 'status' | null>(null);
  useEffect(() => {
    const target = { confirm: confirmText, issue: issueButton, status: statusLine }[
      focusNext ?? 'issue'
    ];
    if (!focusNext || !target.current) return;
    target.current.focus();
    setFocusNext(null);
  });

  useEffect(() => {
    if (!pack.data) return;
    setChosen(
      pack.data.stories.map((s) => ({
        storyId: s.storyId,
        title: s.title,
        tellsUs: s.tellsUs,
        questions: s.questions,
      })),
    );
    setSaved(true);
  }, [pack.data]);

  const issued = pack.data?.status === 'issued';

  const search = async (event: Event) => {
    event.preventDefault();
    await form.run(
      async () => {
        const page = await api.get<LibraryPage>(
          `/boards/${boardId}/library${query({ q, ...filters, pageSize: 20 })}`,
        );
        setResults(page);
        announce(`${page.total} ${page.total === 1 ? 'story' : 'stories'} found`);
      },
      { q: 'library-q', ...FILTER_IDS },
    );
  };

  const add = (item: LibraryItem) => {
    if (chosen.some((c) => c.storyId === item.storyId)) return;
    if (chosen.length >= PACK_MAX_STORIES) {
      // Say why nothing happened rather than ignore the press.
      announce(`A pack can hold at most ${PACK_MAX_STORIES} stories. Remove one to add another.`);
      return;
    }
    setChosen([
      ...chosen,
      { storyId: item.storyId, title: item.title, tellsUs: '', questions: '' },
    ]);
    setSaved(false);
    announce(
      `“${item.title}” added to the pack as story ${chosen.length + 1}. Save the pack to keep it.`,
    );
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...chosen];
    const [item] = next.splice(i, 1);
    if (!item) return;
    next.splice(i + by, 0, item);
    setChosen(next);
    setSaved(false);
    announce(`“${item.title}” is now story ${i + by + 1}`);
  };
  const remove = (i: number) => {
    const item = chosen[i];
    setChosen(chosen.filter((_, j) => j !== i));
    setSaved(false);
    if (item) announce(`“${item.title}” removed from the pack`);
  };
  const edit = (i: number, field: 'tellsUs' | 'questions', value: string) => {
    setChosen(chosen.map((c, j) => (j === i ? { ...c, [field]: value } : c)));
    setSaved(false);
  };

  const save = () =>
    form.run(async () => {
      await api.put<Pack>(`${base}/stories`, {
        stories: chosen.map((c) => ({
          storyId: c.storyId,
          tellsUs: c.tellsUs,
          questions: c.questions,
        })),
      });
      pack.reload();
      announce('Pack saved');
    });

  const download = (format: 'docx' | 'pdf') =>
    form.run(async () => {
      const res = await fetchExport(`${base}/export/${format}`);
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { title?: string; detail?: string };
        throw new DownloadRefused(`${body.title ?? 'The download failed'}. ${body.detail ?? ''}`);
      }
      const blob = await res.blob();
      const name =
        /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ??
        `pack.${format}`;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
      announce(`${format === 'docx' ? 'Word' : 'PDF'} file downloaded: ${name}`);
    }, downloadErrors);

  const issue = () =>
    form.run(async () => {
      await api.post<Pack>(`${base}/issue`, {});
      setConfirmIssue(false);
      setFocusNext('status');
      pack.reload();
      announce('Pack issued. It is now the record and cannot change.');
    });

  const p = pack.data;
  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['library-q', ...Object.values(FILTER_IDS)])} />
      <Page
        title={p ? p.title : 'Board pack'}
        caption={p?.board.name}
        hasErrors={hasErrors(errors)}
      >
        {pack.error && <LoadError error={pack.error} retry={pack.reload} />}
        {p && (
          <>
            {/* heard-wrap: a long email address must wrap at 320 px, not scroll the page (WCAG 1.4.10). */}
            <p class="govuk-body heard-wrap" tabIndex={-1} ref={statusLine}>
              <strong class={`govuk-tag ${issued ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>
                {issued ? 'Issued' : 'Draft'}
              </strong>{' '}
              Meeting on {formatDate(p.meetingDate)}. Period: {p.period.label}.
              {issued &&
                p.issuedAt &&
                ` Issued on ${formatDate(p.issuedAt)}${p.issuedBy ? ` by ${p.issuedBy}` : ''}.`}
            </p>
            {p.notes.map((n, i) => (
              <div class="govuk-inset-text" key={`${n.at}-${i}`}>
                {formatDate(n.at)}: {NOTE_TEXT[n.kind] ?? n.kind}
              </div>
            ))}

            {!issued && (
              <section aria-labelledby="find-heading">
                <h2 class="govuk-heading-m" id="find-heading">
                  Find stories
                </h2>
                <search aria-label="Library">
                  <form onSubmit={search} noValidate>
                    <TextInput
                      id="library-q"
                      label="Search the library"
                      hint="Words from the anonymised story, title or summary"
                      type="search"
                      value={q}
                      onValue={setQ}
                      error={errors.fields['library-q']}
                      width="30"
                    />
                    <LibraryFilterFields
                      boardId={boardId}
                      value={filters}
                      onChange={setFilters}
                      errors={errors.fields}
                    />
                    <button
                      type="submit"
                      class="govuk-button govuk-button--secondary"
                      disabled={busy}
                    >
                      Search
                    </button>
                  </form>
                </search>
                {results && (
                  <>
                    <p class="govuk-body" id="results-count">
                      {results.total} {results.total === 1 ? 'story' : 'stories'} found
                      {results.total > results.items.length
                        ? `, showing the first ${results.items.length}`
                        : ''}
                    </p>
                    <ul class="govuk-list heard-wrap" aria-labelledby="results-count">
                      {results.items.map((item) => {
                        const inPack = chosen.some((c) => c.storyId === item.storyId);
                        return (
                          <li key={item.storyId} class="heard-result">
                            <h3 class="govuk-heading-s">{item.title}</h3>
                            <p class="govuk-body">{item.snippet ?? item.summary}</p>
                            <p class="govuk-body-s">
                              {item.respondent === 'adult'
                                ? 'Told by the adult'
                                : 'Told by a representative'}
                              {item.tags.principles.length
                                ? ` · Principles: ${item.tags.principles.join(', ')}`
                                : ''}
                              {item.tags.harmKinds.length
                                ? ` · Harm: ${item.tags.harmKinds.join(', ')}`
                                : ''}
                            </p>
                            <button
                              type="button"
                              class="govuk-button govuk-button--secondary"
                              // aria-disabled, not disabled: focus stays on the button just used (WCAG 2.4.3).
                              aria-disabled={inPack || busy ? 'true' : undefined}
                              aria-label={about(inPack ? 'In the pack' : 'Add to pack', item.title)}
                              onClick={() => add(item)}
                            >
                              {inPack ? 'In the pack' : 'Add to pack'}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </section>
            )}

            <section aria-labelledby="chosen-heading">
              <h2 class="govuk-heading-m" id="chosen-heading">
                Stories in this pack ({chosen.length})
              </h2>
              {chosen.length === 0 && (
                <p class="govuk-body">No stories chosen yet. Boards usually hear 2 to 4.</p>
              )}
              <ol class="govuk-list govuk-list--number heard-wrap">
                {chosen.map((c, i) => (
                  <li key={c.storyId}>
                    <h3 class="govuk-heading-s">{c.title}</h3>
                    {issued ? (
                      <>
                        <p class="govuk-body">{c.tellsUs}</p>
                        <p class="govuk-body">{c.questions}</p>
                      </>
                    ) : (
                      <>
                        <Textarea
                          id={`tells-${c.storyId}`}
                          label={`What this tells us: ${c.title}`}
                          labelClass="govuk-label--s"
                          value={c.tellsUs}
                          onValue={(v) => edit(i, 'tellsUs', v)}
                          rows={3}
                        />
                        <Textarea
                          id={`questions-${c.storyId}`}
                          label={`Questions for the Board: ${c.title}`}
                          labelClass="govuk-label--s"
                          value={c.questions}
                          onValue={(v) => edit(i, 'questions', v)}
                          rows={3}
                        />
                        <div class="govuk-button-group">
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary"
                            disabled={i === 0}
                            aria-label={about('Move up', c.title)}
                            onClick={() => move(i, -1)}
                          >
                            Move up
                          </button>
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary"
                            disabled={i === chosen.length - 1}
                            aria-label={about('Move down', c.title)}
                            onClick={() => move(i, 1)}
                          >
                            Move down
                          </button>
                          <button
                            type="button"
                            class="govuk-button govuk-button--warning"
                            aria-label={about('Remove', c.title)}
                            onClick={() => remove(i)}
                          >
                            Remove
                          </button>
                        </div>
                      </>
                    )}
                  </li>
                ))}
              </ol>
              {!issued && (
                <button
                  type="button"
                  class="govuk-button"
                  disabled={busy}
                  onClick={() => void save()}
                >
                  Save pack
                </button>
              )}
            </section>

            <section aria-labelledby="export-heading">
              <h2 class="govuk-heading-m" id="export-heading">
                Download{issued ? '' : ' and issue'}
              </h2>
              {!saved && (
                <p class="govuk-body">Save the pack first: downloads show the saved version.</p>
              )}
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  disabled={busy || !saved}
                  onClick={() => void download('docx')}
                >
                  Download Word document
                </button>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  disabled={busy || !saved}
                  onClick={() => void download('pdf')}
                >
                  Download PDF
                </button>
                <a
                  class="govuk-link"
                  href={`${API_BASE}${base}/export/html`}
                  target="_blank"
                  rel="noopener"
                >
                  Open the print version (opens in a new tab)
                </a>
              </div>
              {!issued &&
                (confirmIssue ? (
                  <div class="govuk-warning-text">
                    <p class="govuk-body" tabIndex={-1} ref={confirmText}>
                      Issuing freezes this pack as the record of what the Board saw. It cannot be
                      changed afterwards.
                    </p>
                    <div class="govuk-button-group">
                      <button
                        type="button"
                        class="govuk-button"
                        disabled={busy}
                        onClick={() => void issue()}
                      >
                        Yes, issue this pack
                      </button>
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        onClick={() => {
                          setConfirmIssue(false);
                          setFocusNext('issue');
                        }}
                      >
                        Cancel
                      </button>
                    </div>
                  </div>
                ) : (
                  <button
                    type="button"
                    class="govuk-button"
                    ref={issueButton}
                    disabled={busy || !saved || chosen.length === 0}
                    onClick={() => {
                      setConfirmIssue(true);
                      setFocusNext('confirm');
                    }}
                  >
                    Issue pack
                  </button>
                ))}
            </section>
          </>
        )}
      </Page>
    </>
  );
}
