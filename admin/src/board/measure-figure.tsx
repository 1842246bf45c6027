import type { ComponentChildren } from 'preact';
import { type BarChart, chartSvg } from '../../../domain/bar-chart.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import {
  GROUP_LABEL,
  GROUPS,
  type Group,
  type ShownCell,
  type ShownCount,
} from './measure-types.ts';
import './board-charts.css';

/** A count as the server sent it: a rounded number, or "[c]" (withheld). */
export function showCount(count: ShownCount): string {
  return count === '[c]' ? '[c]' : count.toLocaleString('en-GB');
}

/** A percentage as the server sent it: a whole number, or "[c]" when withheld. */
export function showPercent(percent: number | null): string {
  return percent === null ? '[c]' : `${percent}%`;
}

/**
 * The accessible SVG chart the Board packs use (domain/bar-chart.ts), so the screen and the pack
 * draw the same figure. The SVG carries role="img", a title and a description with every number;
 * each bar is labelled and the second series is striped, so colour is never the only cue.
 */
export function Chart({ chart, id }: { chart: BarChart; id: string }) {
  return (
    <figure class="heard-chart govuk-!-margin-0 govuk-!-margin-bottom-4">
      <div
        // The SVG is built from the server's figures and our own labels, every string escaped
        // by chartSvg; nothing the person typed reaches it.
        dangerouslySetInnerHTML={{ __html: chartSvg(chart, id) }}
      />
    </figure>
  );
}

/** One row; `extra` rows (totals, "a lot or a bit") are in the table but not the chart. */
export type Row = { label: string; cells: Record<Group, ShownCell>; extra?: boolean };

/** A heading cell over the numbers; `key` keeps a group's two columns apart. */
type Column = { key: string; heading: string };

/** A number cell: its class says whether it is a count or a percentage (tests read these). */
type Cell = { key: string; group: Group; kind: 'count' | 'percent'; text: string };

/**
 * The frame every measure table shares: a scrolling region, a caption, and the row heading
 * before one numeric column per `columns` entry.
 */
function MeasureTable({
  caption,
  label,
  rowHeading,
  columns,
  children,
}: {
  caption: string;
  label: string;
  rowHeading: string;
  columns: Column[];
  children: ComponentChildren;
}) {
  return (
    <TableScroll label={label}>
      <table class="govuk-table heard-measure-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {rowHeading}
            </th>
            {columns.map((c) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={c.key}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A row of a measure table; chart rows are the ones the chart above draws. */
function MeasureRow({
  label,
  chartRow,
  cells,
}: {
  label: string;
  chartRow: boolean;
  cells: Cell[];
}) {
  return (
    <tr class={`govuk-table__row${chartRow ? ' heard-chart-row' : ''}`}>
      <th scope="row" class="govuk-table__header">
        {label}
      </th>
      {cells.map((c) => (
        <td
          class={`govuk-table__cell govuk-table__cell--numeric heard-${c.kind}`}
          key={c.key}
          data-group={c.group}
        >
          {c.text}
        </td>
      ))}
    </tr>
  );
}

/**
 * The numbers behind a chart, adults and representatives apart: people (rounded, or [c]) and the
 * percentage the server worked out on the unrounded counts.
 */
export function GroupTable({
  caption,
  rowHeading,
  rows,
  label,
}: {
  caption: string;
  rowHeading: string;
  rows: Row[];
  label: string;
}) {
  const columns = GROUPS.flatMap((g) => [
    { key: g, heading: `${GROUP_LABEL[g]}: people` },
    { key: `${g}%`, heading: `${GROUP_LABEL[g]}: %` },
  ]);
  return (
    <MeasureTable caption={caption} label={label} rowHeading={rowHeading} columns={columns}>
      {rows.map((r) => (
        <MeasureRow
          key={r.label}
          label={r.label}
          chartRow={!r.extra}
          cells={GROUPS.flatMap((g): Cell[] => [
            { key: g, group: g, kind: 'count', text: showCount(r.cells[g].count) },
            { key: `${g}%`, group: g, kind: 'percent', text: showPercent(r.cells[g].percent) },
          ])}
        />
      ))}
    </MeasureTable>
  );
}

/** Percentages only, one row per category (the trend over quarters). */
export function PercentTable({
  caption,
  rowHeading,
  rows,
  label,
}: {
  caption: string;
  rowHeading: string;
  rows: { label: string; values: Record<Group, number | null> }[];
  label: string;
}) {
  const columns = GROUPS.map((g) => ({ key: g, heading: `${GROUP_LABEL[g]}: %` }));
  return (
    <MeasureTable caption={caption} label={label} rowHeading={rowHeading} columns={columns}>
      {rows.map((r) => (
        <MeasureRow
          key={r.label}
          label={r.label}
          chartRow
          cells={GROUPS.map((g) => ({
            key: g,
            group: g,
            kind: 'percent',
            text: showPercent(r.values[g]),
          }))}
        />
      ))}
    </MeasureTable>
  );
}

/** Counts only (responses): adults and representatives in their own columns. */
export function GroupCountsTable({
  caption,
  label,
  rowHeading,
  rows,
}: {
  caption: string;
  label: string;
  rowHeading: string;
  rows: { label: string; counts: Record<Group, ShownCount> }[];
}) {
  const columns = GROUPS.map((g) => ({ key: g, heading: GROUP_LABEL[g] }));
  return (
    <MeasureTable caption={caption} label={label} rowHeading={rowHeading} columns={columns}>
      {rows.map((r) => (
        <MeasureRow
          key={r.label}
          label={r.label}
          chartRow={false}
          cells={GROUPS.map((g) => ({
            key: g,
            group: g,
            kind: 'count',
            text: showCount(r.counts[g]),
          }))}
        />
      ))}
    </MeasureTable>
  );
}

/** Two series, adults solid and representatives striped, from the server's percentages. */
export function groupChart(
  title: string,
  categories: string[],
  value: (g: Group, i: number) => number | null,
): BarChart {
  return {
    title,
    categories,
    series: GROUPS.map((g, gi) => ({
      name: GROUP_LABEL[g],
      pattern: gi === 0 ? 'solid' : 'stripes',
      values: categories.map((_, i) => value(g, i)),
    })),
  };
}
