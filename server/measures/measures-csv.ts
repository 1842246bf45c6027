import { formatCount, type ShownCell, type ShownTable } from '../../domain/suppression.ts';
import { EXPERIENCE_CODES } from '../../domain/vocabulary.ts';
import { csvCell } from '../http/csv.ts';
import { GROUPS } from './count-measures.ts';
import type { ShownMeasures } from './shape-measures.ts';

/**
 * One CSV field, through the shared helper (server/http/csv.ts): formula injection neutralised
 * also after leading spaces or quotes and in full-width forms (＝1+1), which a Board name can
 * hold; numbers as numbers are never altered.
 */
export function csvField(value: string | number | null): string {
  return csvCell(value);
}

export function csvLine(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const percent = (cell: ShownCell) => (cell.percent === null ? '[c]' : String(cell.percent));

function tableRows(
  group: string,
  measure: string,
  table: ShownTable<string, string>,
): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    [group, measure, 'total', formatCount(table.total), ''],
  ];
  for (const [answer, cell] of Object.entries(table.parts)) {
    rows.push([group, measure, answer, formatCount(cell.count), percent(cell)]);
  }
  for (const [name, cell] of Object.entries(table.subtotals)) {
    rows.push([group, measure, `${name} (subtotal)`, formatCount(cell.count), percent(cell)]);
  }
  return rows;
}

/**
 * The shown measures as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads it as
 * UTF-8). Only suppressed figures go in: the input type has no raw counts.
 */
export function measuresCsv(m: ShownMeasures, boardName: string): string {
  let out = '\uFEFF';
  out += csvLine(['Board', boardName]);
  out += csvLine(['Period', m.period.label]);
  out += csvLine([
    'Source',
    'Self-reported by people who had safeguarding support (not SAC figures)',
  ]);
  out += csvLine([
    'Rule',
    'Counts of 0-4 shown as [c]; other counts rounded to the nearest 5; percentages on unrounded counts',
  ]);
  out += csvLine([]);
  out += csvLine(['group', 'measure', 'answer', 'count', 'percent']);
  for (const g of GROUPS) {
    const group = m.groups[g];
    out += csvLine([g, 'responses', 'total', formatCount(group.responses), '']);
    const tables: [string, ShownTable<string, string>][] = [
      ['asked what they wanted', group.asked],
      ['outcome achieved (of those who said)', group.achieved],
      ['feel safer', group.safer],
      ...EXPERIENCE_CODES.map((c): [string, ShownTable<string, string>] => [
        `experience: ${c}`,
        group.experience[c],
      ]),
    ];
    for (const [name, table] of tables)
      for (const row of tableRows(g, name, table)) out += csvLine(row);
  }
  out += csvLine([]);
  out += csvLine([
    'quarter',
    'group',
    'responses',
    'asked %',
    'fully or partly achieved %',
    'feel safer %',
  ]);
  for (const point of m.trend) {
    for (const g of GROUPS) {
      const pct = (p: number | null) => (p === null ? '[c]' : String(p));
      out += csvLine([
        point.label,
        g,
        formatCount(point.responses[g]),
        pct(point.askedPercent[g]),
        pct(point.achievedPercent[g]),
        pct(point.saferPercent[g]),
      ]);
    }
  }
  return out;
}
