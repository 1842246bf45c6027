import type { ShownCell } from '../../domain/suppression.ts';
import { EXPERIENCE_CODES, FEEL_SAFER, OUTCOME_ACHIEVED } from '../../domain/vocabulary.ts';
import type { ShownMeasures } from '../measures/shape-measures.ts';
import type { BarChart } from './chart.ts';
import { EXPERIENCE_LABEL, GROUP_LABEL, plain } from './labels.ts';

const percentOf = (cell: ShownCell | undefined) => cell?.percent ?? null;

/** The pack's charts, built only from suppressed measures (percentages already withheld). */
export function packCharts(m: ShownMeasures): BarChart[] {
  const groups = ['adult', 'representative'] as const;
  return [
    {
      title: 'Did they get the outcome they wanted? (of those who said what they wanted)',
      categories: OUTCOME_ACHIEVED.map((a) => plain(a)),
      series: groups.map((g, i) => ({
        name: GROUP_LABEL[g],
        pattern: i === 0 ? 'solid' : 'stripes',
        values: OUTCOME_ACHIEVED.map((a) => percentOf(m.groups[g].achieved.parts[a])),
      })),
    },
    {
      title: 'Do they feel safer now?',
      categories: FEEL_SAFER.map((a) => plain(a)),
      series: groups.map((g, i) => ({
        name: GROUP_LABEL[g],
        pattern: i === 0 ? 'solid' : 'stripes',
        values: FEEL_SAFER.map((a) => percentOf(m.groups[g].safer.parts[a])),
      })),
    },
    {
      title: 'How people were treated: yes, completely or partly',
      categories: EXPERIENCE_CODES.map((c) => EXPERIENCE_LABEL[c] ?? c),
      series: groups.map((g, i) => ({
        name: GROUP_LABEL[g],
        pattern: i === 0 ? 'solid' : 'stripes',
        values: EXPERIENCE_CODES.map((c) => percentOf(m.groups[g].experience[c].subtotals.yes)),
      })),
    },
  ];
}
