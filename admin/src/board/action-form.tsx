import { useEffect, useRef, useState } from 'preact/hooks';
import { isDay } from '../../../domain/periods.ts';
import { api, query } from '../api/client.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Radios, Textarea, TextInput } from '../components/fields.tsx';
import { type FormErrors, formErrorsFrom, summaryOf } from '../components/form-errors.ts';
import { useFormAction } from '../components/use-form-action.ts';
import {
  ACTION_STATUSES,
  type ActionInput,
  type ActionStatus,
  type ActionView,
  MEASURE_CHOICES,
  STATUS_LABEL,
} from './action-types.ts';
import type { LibraryItem, LibraryPage } from './types.ts';

const FIELDS = [
  'action-theme',
  'action-said',
  'action-will-do',
  'action-owner',
  'action-due',
  'action-status',
  'action-reason',
  'action-measures',
  'action-stories',
];
const API_FIELDS: Record<string, string> = {
  theme: 'action-theme',
  peopleSaid: 'action-said',
  boardWillDo: 'action-will-do',
  owner: 'action-owner',
  dueDate: 'action-due',
  status: 'action-status',
  statusReason: 'action-reason',
  measures: 'action-measures',
  storyIds: 'action-stories',
};

/** API errors name fields like "storyIds.2"; every one of those belongs to the stories box. */
function mapApiErrors(error: unknown): FormErrors {
  const mapped = formErrorsFrom(error, API_FIELDS);
  const fields: Record<string, string> = {};
  for (const [id, text] of Object.entries(mapped.fields)) {
    const base = id.startsWith('storyIds-')
      ? 'action-stories'
      : id.startsWith('measures-')
        ? 'action-measures'
        : id;
    if (!(base in fields)) fields[base] = text;
  }
  return { fields, general: mapped.general };
}

type Draft = {
  theme: string;
  peopleSaid: string;
  boardWillDo: string;
  owner: string;
  dueDate: string;
  status: ActionStatus | '';
  statusReason: string;
  measures: string[];
  storyIds: string[];
  published: string[];
};

const EMPTY: Draft = {
  theme: '',
  peopleSaid: '',
  boardWillDo: '',
  owner: '',
  dueDate: '',
  status: '',
  statusReason: '',
  measures: [],
  storyIds: [],
  published: [],
};

function draftOf(a: ActionView): Draft {
  return {
    theme: a.theme,
    peopleSaid: a.peopleSaid,
    boardWillDo: a.boardWillDo,
    owner: a.owner,
    dueDate: a.dueDate ?? '',
    status: a.status,
    statusReason: a.statusReason ?? '',
    measures: a.measures,
    storyIds: a.storyIds.map(String),
    published: a.published ? ['yes'] : [],
  };
}

/** Our own checks, in the words the API uses, so the summary appears without a round trip. */
function check(d: Draft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.theme.trim()) e['action-theme'] = 'Enter the theme';
  if (!d.peopleSaid.trim()) e['action-said'] = 'Enter what people said';
  if (!d.boardWillDo.trim()) e['action-will-do'] = 'Enter what the Board will do';
  if (!d.owner.trim()) e['action-owner'] = 'Enter who owns the action';
  if (d.dueDate.trim() && !isDay(d.dueDate.trim()))
    e['action-due'] = 'Enter the due date as a real date, like 2027-03-31';
  if (!d.status) e['action-status'] = 'Choose a status';
  if (d.status === 'not_taken_forward' && !d.statusReason.trim())
    e['action-reason'] = 'Say why the action is not being taken forward';
  return e;
}

export type ActionFormProps = {
  boardId: string;
  /** The action being changed, or undefined for a new one. */
  editing: ActionView | undefined;
  onSaved: (action: ActionView, created: boolean) => void;
  onCancel: () => void;
};

/** Add or change one action: what people said, what the Board will do, who, by when, status. */
export function ActionForm({ boardId, editing, onSaved, onCancel }: ActionFormProps) {
  const [d, setD] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const form = useFormAction();
  const { errors, busy } = form;
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<LibraryItem[] | null>(null);
  // Titles of stories seen in searches, so a linked story keeps its name in the list.
  const [titles, setTitles] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setD(editing ? draftOf(editing) : EMPTY);
    form.clear();
    setFound(null);
  }, [editing?.id]);
  useEffect(() => {
    // Changing an action moves focus to its form, so keyboard users land where they work.
    if (editing) heading.current?.focus();
  }, [editing?.id]);

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((old) => ({ ...old, [key]: value }));

  const findStories = async () => {
    try {
      const res = await api.get<LibraryPage>(
        `/boards/${boardId}/library${query({ q: search.trim(), pageSize: 10 })}`,
      );
      setFound(res.items);
      setTitles((old) => ({
        ...old,
        ...Object.fromEntries(res.items.map((s) => [String(s.storyId), s.title])),
      }));
    } catch (error) {
      form.fail(error, { q: 'action-story-search' });
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = check(d);
    if (form.invalid(local)) return;
    const body: ActionInput = {
      theme: d.theme.trim(),
      peopleSaid: d.peopleSaid.trim(),
      boardWillDo: d.boardWillDo.trim(),
      owner: d.owner.trim(),
      dueDate: d.dueDate.trim() || null,
      status: d.status as ActionStatus,
      statusReason: d.status === 'not_taken_forward' ? d.statusReason.trim() : null,
      measures: d.measures,
      storyIds: d.storyIds.map(Number),
      published: d.published.includes('yes'),
    };
    await form.run(async () => {
      const saved = editing
        ? await api.put<ActionView>(`/boards/${boardId}/actions/${editing.id}`, body)
        : await api.post<ActionView>(`/boards/${boardId}/actions`, body);
      if (!editing) setD(EMPTY);
      setFound(null);
      onSaved(saved, !editing);
    }, mapApiErrors);
  };

  const storyOptions = [
    ...d.storyIds.map((id) => ({ value: id, label: titles[id] ?? `Story ${id}` })),
    ...(found ?? [])
      .filter((s) => !d.storyIds.includes(String(s.storyId)))
      .map((s) => ({ value: String(s.storyId), label: s.title })),
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="action-form-heading">
      <ErrorSummary errors={summaryOf(errors, FIELDS)} />
      <h2 class="govuk-heading-m" id="action-form-heading" tabIndex={-1} ref={heading}>
        {editing ? `Change action: ${editing.theme}` : 'Add an action'}
      </h2>
      <TextInput
        id="action-theme"
        label="Theme"
        hint="A few words, like “Being kept informed”"
        value={d.theme}
        onValue={set('theme')}
        error={errors.fields['action-theme']}
      />
      <Textarea
        id="action-said"
        label="What people said"
        hint="In plain English, as people would say it"
        value={d.peopleSaid}
        onValue={set('peopleSaid')}
        error={errors.fields['action-said']}
        rows={3}
      />
      <Textarea
        id="action-will-do"
        label="What the Board will do"
        value={d.boardWillDo}
        onValue={set('boardWillDo')}
        error={errors.fields['action-will-do']}
        rows={3}
      />
      <TextInput
        id="action-owner"
        label="Who owns this action"
        hint="A role or team, like “Head of adult safeguarding”"
        value={d.owner}
        onValue={set('owner')}
        error={errors.fields['action-owner']}
      />
      <TextInput
        id="action-due"
        label="Due date (optional)"
        hint="For example, 2027-03-31"
        value={d.dueDate}
        onValue={set('dueDate')}
        error={errors.fields['action-due']}
        width="10"
      />
      <Radios
        id="action-status"
        legend="Status"
        legendClass="govuk-fieldset__legend--s"
        value={d.status}
        onValue={(v) => set('status')(v as ActionStatus)}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
        error={errors.fields['action-status']}
        conditional={{
          not_taken_forward: (
            <Textarea
              id="action-reason"
              label="Why is it not being taken forward?"
              hint="People who told their stories will read this"
              value={d.statusReason}
              onValue={set('statusReason')}
              error={errors.fields['action-reason']}
              rows={3}
            />
          ),
        }}
      />
      <Checkboxes
        id="action-measures"
        legend="Measures this action answers (optional)"
        legendClass="govuk-fieldset__legend--s"
        small
        values={d.measures}
        onValues={set('measures')}
        options={MEASURE_CHOICES}
        error={errors.fields['action-measures']}
      />
      <fieldset
        class="govuk-fieldset govuk-!-margin-bottom-6"
        aria-describedby="action-stories-hint"
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          Stories that led to this action (optional)
        </legend>
        <div id="action-stories-hint" class="govuk-hint">
          Only stories in your Board’s library. People who asked to hear back are told when the
          action’s status changes.
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for="action-story-search">
            Search the library
          </label>
          <div>
            <input
              class="govuk-input govuk-input--width-20"
              id="action-story-search"
              type="search"
              value={search}
              onInput={(e) => setSearch(e.currentTarget.value)}
              onKeyDown={(e) => {
                // Enter searches here rather than saving the whole action.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void findStories();
                }
              }}
            />{' '}
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => void findStories()}
            >
              Find stories
            </button>
          </div>
        </div>
        {found && found.length === 0 && <p class="govuk-body">No stories found.</p>}
        {storyOptions.length > 0 ? (
          <Checkboxes
            id="action-stories"
            legend="Linked stories"
            legendClass="govuk-fieldset__legend--s"
            small
            values={d.storyIds}
            onValues={set('storyIds')}
            options={storyOptions}
            error={errors.fields['action-stories']}
          />
        ) : (
          errors.fields['action-stories'] && (
            <p class="govuk-error-message" id="action-stories">
              {errors.fields['action-stories']}
            </p>
          )
        )}
      </fieldset>
      <Checkboxes
        id="action-published"
        legend="Public page"
        legendClass="govuk-fieldset__legend--s"
        values={d.published}
        onValues={set('published')}
        options={[
          {
            value: 'yes',
            label: 'Show this action on the Board’s public “You said, we did” page',
          },
        ]}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" disabled={busy}>
          {editing ? 'Save changes' : 'Add action'}
        </button>
        {editing && (
          <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
