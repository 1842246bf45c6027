import { useEffect, useState } from 'preact/hooks';
import { API_BASE, api, query } from '../api/client.ts';
import type { BoardList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Radios, Select, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import type { BoardPartnerList, ShownMeasures } from './measure-types.ts';
import { MeasuresReport } from './measures-report.tsx';
import { checkPeriod, type PeriodChoice, periodOptions, periodParams } from './period-choice.ts';

const FIELDS = [
  'measures-board',
  'measures-partner',
  'measures-kind',
  'measures-year',
  'measures-quarter',
  'measures-from',
  'measures-to',
];
// The API names its fields; these are the inputs they belong to.
const API_FIELDS = {
  period: 'measures-kind',
  from: 'measures-from',
  to: 'measures-to',
  partner: 'measures-partner',
};

type Shown = { boardId: string; partner: string; choice: PeriodChoice };

/**
 * "What people told us": a Board's self-reported measures for a partner and period, as charts
 * with their tables. Every figure comes from the server after the small-number rule.
 */
export default function MeasuresPage() {
  const today = new Date().toISOString().slice(0, 10);
  const options = periodOptions(today);
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [boardId, setBoardId] = useState('');
  const [partner, setPartner] = useState('');
  const [choice, setChoice] = useState<PeriodChoice>({
    kind: 'year',
    year: options.years[0]?.value ?? '',
    quarter: options.quarters[0]?.value ?? '',
    from: '',
    to: '',
  });
  const [shown, setShown] = useState<Shown | null>(null);
  // No request of its own: the form checks the period and the figures load for it.
  const form = useFormAction();
  const { errors } = form;
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    const first = boards.data?.items[0];
    if (!boardId && first) {
      setBoardId(String(first.id));
      // Open on this financial year for all partners, so there is something to read at once.
      setShown({ boardId: String(first.id), partner: '', choice });
    }
  }, [boards.data]);

  const partners = useLoad(
    (signal) =>
      boardId
        ? api.get<BoardPartnerList>(`/boards/${boardId}/partners`, { signal })
        : Promise.resolve<BoardPartnerList>({ items: [] }),
    [boardId],
  );
  const shownQuery = shown ? query({ ...periodParams(shown.choice), partner: shown.partner }) : '';
  const measures = useLoad(
    (signal) =>
      shown
        ? api.get<ShownMeasures>(`/boards/${shown.boardId}/measures${shownQuery}`, { signal })
        : Promise.resolve(undefined),
    [shown?.boardId, shownQuery],
  );
  // Say that new figures arrived, without reading them all out (a live region would).
  useEffect(() => {
    if (measures.data && submitted) announce(`Measures shown for ${measures.data.period.label}`);
  }, [measures.data]);
  // A period the server refuses (for example, longer than 5 years) is shown like our own checks.
  useEffect(() => {
    if (measures.error?.status === 422) form.fail(measures.error, API_FIELDS);
  }, [measures.error]);

  const show = (event: Event) => {
    event.preventDefault();
    if (form.invalid(checkPeriod(choice))) return;
    form.clear();
    setSubmitted(true);
    setShown({ boardId, partner, choice: { ...choice } });
  };

  const hasFormErrors = hasErrors(errors);
  const boardName = boards.data?.items.find((b) => String(b.id) === shown?.boardId)?.name;
  const conditional = {
    year: (
      <Select
        id="measures-year"
        label="Financial year"
        value={choice.year}
        onValue={(year) => setChoice({ ...choice, year })}
        options={options.years}
        error={errors.fields['measures-year']}
      />
    ),
    quarter: (
      <Select
        id="measures-quarter"
        label="Quarter"
        value={choice.quarter}
        onValue={(quarter) => setChoice({ ...choice, quarter })}
        options={options.quarters}
        error={errors.fields['measures-quarter']}
      />
    ),
    custom: (
      <>
        <TextInput
          id="measures-from"
          label="Start date"
          hint="For example, 2026-04-01"
          value={choice.from}
          onValue={(from) => setChoice({ ...choice, from })}
          error={errors.fields['measures-from']}
          width="10"
        />
        <TextInput
          id="measures-to"
          label="End date"
          hint="For example, 2026-12-31"
          value={choice.to}
          onValue={(to) => setChoice({ ...choice, to })}
          error={errors.fields['measures-to']}
          width="10"
        />
      </>
    ),
  };

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, FIELDS)} />
      <Page title="What people told us" hasErrors={hasFormErrors}>
        <div class="govuk-inset-text">
          <p class="govuk-body">
            <strong>Self-reported.</strong> These are people’s own answers, given through Heard by
            adults who had safeguarding support and by people answering for them. They are not
            Safeguarding Adults Collection figures, and people chose to take part.
          </p>
          <p class="govuk-body govuk-!-margin-bottom-0" id="small-number-rule">
            <strong>[c]</strong> means a figure is withheld: fewer than five people gave that
            answer, or the figure would let someone work out a small number from the others. Other
            counts are rounded to the nearest five. Percentages are worked out before rounding, and
            are withheld where they could give a small number away.
          </p>
        </div>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {boards.data && boards.data.items.length === 0 && (
          <p class="govuk-body">You are not on any Board yet. Ask an admin to add you.</p>
        )}
        {boardId && (
          <form onSubmit={show} noValidate aria-labelledby="choose-heading">
            <h2 class="govuk-heading-m" id="choose-heading">
              Choose what to show
            </h2>
            {(boards.data?.items.length ?? 0) > 1 && (
              <Select
                id="measures-board"
                label="Board"
                value={boardId}
                onValue={(id) => {
                  setBoardId(id);
                  setPartner('');
                }}
                options={(boards.data?.items ?? []).map((b) => ({
                  value: String(b.id),
                  label: b.name,
                }))}
              />
            )}
            <Select
              id="measures-partner"
              label="Partner"
              hint="The organisation whose site people used"
              value={partner}
              onValue={setPartner}
              options={[
                { value: '', label: 'All partners' },
                ...(partners.data?.items ?? []).map((p) => ({
                  value: String(p.id),
                  label: p.name,
                })),
              ]}
              error={errors.fields['measures-partner']}
            />
            <Radios
              id="measures-kind"
              legend="Period"
              legendClass="govuk-fieldset__legend--s"
              hint="Financial years run from April to March"
              value={choice.kind}
              onValue={(kind) => setChoice({ ...choice, kind: kind as PeriodChoice['kind'] })}
              options={[
                { value: 'year', label: 'A financial year' },
                { value: 'quarter', label: 'A quarter' },
                { value: 'custom', label: 'Dates I choose' },
              ]}
              conditional={conditional}
              error={errors.fields['measures-kind']}
            />
            <button type="submit" class="govuk-button">
              Show measures
            </button>
          </form>
        )}
        {measures.error && measures.error.status !== 422 && (
          <LoadError error={measures.error} retry={measures.reload} />
        )}
        {measures.data && shown && !hasFormErrors && (
          <div>
            {boardName && (boards.data?.items.length ?? 0) > 1 && (
              <p class="govuk-body govuk-!-margin-top-6">Board: {boardName}</p>
            )}
            <p class="govuk-body govuk-!-margin-top-6">
              <a
                class="govuk-link"
                href={`${API_BASE}/boards/${shown.boardId}/measures.csv${shownQuery}`}
                download
              >
                Download CSV<span class="govuk-visually-hidden"> of these figures</span>
              </a>{' '}
              (a spreadsheet of the same figures, with the same [c] rule)
            </p>
            <MeasuresReport m={measures.data} />
          </div>
        )}
      </Page>
    </>
  );
}
