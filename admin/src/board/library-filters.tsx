import type { Theme } from '../api/types.ts';
import { Select, TextInput } from '../components/fields.tsx';
import { useBoardItems } from '../components/use-board-list.ts';
import {
  ANSWER_LABELS,
  HARM_LABELS,
  MSP_STEP_LABELS,
  PRINCIPLE_LABELS,
  WELLBEING_LABELS,
} from '../labels.ts';
import type { BoardPartner } from './measure-types.ts';

/** The library's filters, as the API's query string names them (docs/admin-api.md). */
export type LibraryFilters = {
  principle: string;
  wellbeing: string;
  harm: string;
  mspStep: string;
  theme: string;
  partner: string;
  from: string;
  to: string;
  achieved: string;
  respondent: string;
};

export const NO_FILTERS: LibraryFilters = {
  principle: '',
  wellbeing: '',
  harm: '',
  mspStep: '',
  theme: '',
  partner: '',
  from: '',
  to: '',
  achieved: '',
  respondent: '',
};

/** Each filter's input id, so a problem the API names lands on its field. */
export const FILTER_IDS: Record<keyof LibraryFilters, string> = {
  principle: 'library-principle',
  wellbeing: 'library-wellbeing',
  harm: 'library-harm',
  mspStep: 'library-msp-step',
  theme: 'library-theme',
  partner: 'library-partner',
  from: 'library-from',
  to: 'library-to',
  achieved: 'library-achieved',
  respondent: 'library-respondent',
};

const ANY = { value: '', label: 'Any' };
const options = (labels: Record<string, string>) => [
  ANY,
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];
const ACHIEVED = ['fully', 'partly', 'no', 'dont_know'].map((value) => ({
  value,
  label: ANSWER_LABELS[value] ?? value,
}));

/** How many filters are set, for the summary line a person reads before opening them. */
export const filtersSet = (f: LibraryFilters) => Object.values(f).filter((v) => v !== '').length;

type Props = {
  boardId: string | undefined;
  value: LibraryFilters;
  onChange: (next: LibraryFilters) => void;
  errors: Record<string, string>;
};

/**
 * The library's filters (issue 5) inside the search form, folded away in a GOV.UK details so
 * the search box stays first; opened by itself when a filter is set or has an error.
 */
export function LibraryFilterFields({ boardId, value, onChange, errors }: Props) {
  const themes = useBoardItems<Theme>(boardId, '/themes');
  const partners = useBoardItems<BoardPartner>(boardId, '/partners');
  const set = (key: keyof LibraryFilters) => (v: string) => onChange({ ...value, [key]: v });
  const count = filtersSet(value);
  const open = count > 0 || Object.values(FILTER_IDS).some((id) => errors[id]);
  const select = (key: keyof LibraryFilters, label: string, opts: readonly Option[]) => (
    <Select
      id={FILTER_IDS[key]}
      label={label}
      value={value[key]}
      onValue={set(key)}
      options={opts}
      error={errors[FILTER_IDS[key]]}
    />
  );
  return (
    <details class="govuk-details" open={open}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Filter the library{count > 0 ? ` (${count} set)` : ''}
        </span>
      </summary>
      <div class="govuk-details__text">
        {select('principle', 'Principle', options(PRINCIPLE_LABELS))}
        {select('wellbeing', 'Wellbeing area', options(WELLBEING_LABELS))}
        {select('harm', 'Kind of harm', options(HARM_LABELS))}
        {select('mspStep', 'Making Safeguarding Personal step', options(MSP_STEP_LABELS))}
        {select('theme', 'Local theme', [
          ANY,
          ...(themes.data?.items ?? []).map((t) => ({ value: String(t.id), label: t.label })),
        ])}
        {select('partner', 'Partner', [
          ANY,
          ...(partners.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name })),
        ])}
        {select('achieved', 'Outcome achieved (as the person said)', [ANY, ...ACHIEVED])}
        {select('respondent', 'Told by', [
          ANY,
          { value: 'adult', label: 'The adult themselves' },
          { value: 'representative', label: 'Someone telling it for them' },
        ])}
        <TextInput
          id={FILTER_IDS.from}
          label="Received from"
          hint="For example, 2026-04-01"
          value={value.from}
          onValue={set('from')}
          error={errors[FILTER_IDS.from]}
          width="10"
        />
        <TextInput
          id={FILTER_IDS.to}
          label="Received up to"
          hint="For example, 2027-03-31"
          value={value.to}
          onValue={set('to')}
          error={errors[FILTER_IDS.to]}
          width="10"
        />
      </div>
    </details>
  );
}

type Option = { value: string; label: string };
