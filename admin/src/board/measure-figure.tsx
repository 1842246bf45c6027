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
  return (
    <TableScroll label={label}>
      <table class="govuk-table heard-measure-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {rowHeading}
            </th>
            {GROUPS.map((g) => [
              <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={g}>
                {GROUP_LABEL[g]}: people
              </th>,
              <th
                scope="col"
                class="govuk-table__header govuk-table__header--numeric"
                key={`${g}%`}
              >
                {GROUP_LABEL[g]}: %
              </th>,
            ])}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((r) => (
            <tr class={`govuk-table__row${r.extra ? '' : ' heard-chart-row'}`} key={r.label}>
              <th scope="row" class="govuk-table__header">
                {r.label}
              </th>
              {GROUPS.map((g) => [
                <td
                  class="govuk-table__cell govuk-table__cell--numeric heard-count"
                  key={g}
                  data-group={g}
                >
                  {showCount(r.cells[g].count)}
                </td>,
                <td
                  class="govuk-table__cell govuk-table__cell--numeric heard-percent"
                  key={`${g}%`}
                  data-group={g}
                >
                  {showPercent(r.cells[g].percent)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
  return (
    <TableScroll label={label}>
      <table class="govuk-table heard-measure-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {rowHeading}
            </th>
            {GROUPS.map((g) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={g}>
                {GROUP_LABEL[g]}: %
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((r) => (
            <tr class="govuk-table__row heard-chart-row" key={r.label}>
              <th scope="row" class="govuk-table__header">
                {r.label}
              </th>
              {GROUPS.map((g) => (
                <td
                  class="govuk-table__cell govuk-table__cell--numeric heard-percent"
                  key={g}
                  data-group={g}
                >
                  {showPercent(r.values[g])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
