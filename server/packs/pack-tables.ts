import { formatCount, formatPercent, type ShownTable } from '../../domain/suppression.ts';
import { EXPERIENCE_CODES } from '../../domain/vocabulary.ts';
import { formatDay } from '../measures/periods.ts';
import type { ShownMeasures } from '../measures/shape-measures.ts';
import { EXPERIENCE_LABEL, GROUP_LABEL, plain, STATUS_LABEL } from './labels.ts';
import type { PackModel } from './pack-model.ts';

/** A table every format renders the same way: a caption, one header row, body rows. */
export type PackTable = { caption: string; head: string[]; rows: string[][] };

function answersTable(
  caption: string,
  tables: Record<'adult' | 'representative', ShownTable<string, string>>,
): PackTable {
  const answers = Object.keys(tables.adult.parts);
  return {
    caption,
    head: [
      'Answer',
      'Adults (number)',
      'Adults (%)',
      'Representatives (number)',
      'Representatives (%)',
    ],
    rows: [
      ...answers.map((a) => [
        plain(a),
        formatCount(tables.adult.parts[a]?.count ?? '[c]'),
        formatPercent(tables.adult.parts[a]?.percent ?? null),
        formatCount(tables.representative.parts[a]?.count ?? '[c]'),
        formatPercent(tables.representative.parts[a]?.percent ?? null),
      ]),
      ['Total', formatCount(tables.adult.total), '', formatCount(tables.representative.total), ''],
    ],
  };
}

/** "What people told us" as tables: the same numbers as the charts, and more. */
export function measureTables(m: ShownMeasures): PackTable[] {
  const both = <K extends keyof ShownMeasures['groups']['adult']>(k: K) => ({
    adult: m.groups.adult[k] as unknown as ShownTable<string, string>,
    representative: m.groups.representative[k] as unknown as ShownTable<string, string>,
  });
  return [
    {
      caption: 'Who answered',
      head: ['Group', 'Responses'],
      rows: [
        [GROUP_LABEL.adult, formatCount(m.groups.adult.responses)],
        [GROUP_LABEL.representative, formatCount(m.groups.representative.responses)],
      ],
    },
    answersTable('At the start, did anyone ask what they wanted to happen?', both('asked')),
    answersTable('Did that happen? (of those who said what they wanted)', both('achieved')),
    answersTable('Do they feel safer now?', both('safer')),
    {
      caption: 'How people were treated: yes, completely or partly',
      head: ['Statement', 'Adults (%)', 'Representatives (%)'],
      rows: EXPERIENCE_CODES.map((c) => [
        EXPERIENCE_LABEL[c] ?? c,
        formatPercent(m.groups.adult.experience[c].subtotals.yes.percent),
        formatPercent(m.groups.representative.experience[c].subtotals.yes.percent),
      ]),
    },
    {
      caption: 'Trend by quarter',
      head: [
        'Quarter',
        'Adults (number)',
        'Adults asked (%)',
        'Representatives (number)',
        'Representatives asked (%)',
      ],
      rows: m.trend.map((t) => [
        t.label,
        formatCount(t.responses.adult),
        formatPercent(t.askedPercent.adult),
        formatCount(t.responses.representative),
        formatPercent(t.askedPercent.representative),
      ]),
    },
  ];
}

/** "You said, we did" as every format shows it: its heading, and a table or a sentence saying there is none. */
export type YouSaidWeDid = { heading: string; table: PackTable | null; empty: string };

/** The one model of the pack's "You said, we did" section; the Word and HTML exporters render it. */
export function youSaidWeDid(actions: PackModel['actions']): YouSaidWeDid {
  const heading = 'You said, we did';
  return {
    heading,
    empty: 'No actions recorded yet.',
    table: actions.length
      ? {
          caption: heading,
          head: ['Theme', 'What people said', 'What the Board will do', 'Owner', 'Due', 'Status'],
          rows: actions.map((a) => [
            a.theme,
            a.peopleSaid,
            a.boardWillDo,
            a.owner,
            a.dueDate ? formatDay(a.dueDate) : 'Not set',
            `${STATUS_LABEL[a.status] ?? a.status}${a.statusReason ? `: ${a.statusReason}` : ''}`,
          ]),
        }
      : null,
  };
}
