import type { ComponentChildren } from 'preact';
import { TableScroll } from './table-scroll.tsx';

export type Column<T> = {
  /** The column heading; with `hiddenHeader` it is read by screen readers only (e.g. "Action"). */
  header: string;
  hiddenHeader?: boolean;
  cell: (row: T) => ComponentChildren;
  class?: string;
};

export type DataTableProps<T> = {
  /** Names the scrollable region (TableScroll). */
  label: string;
  caption: ComponentChildren;
  /** A caption for screen readers only, when the page heading already says what the table is. */
  hiddenCaption?: boolean;
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** The first column is each row's header (<th scope="row">), so each cell is read with it. */
  columns: readonly Column<T>[];
};

/**
 * A GOV.UK table inside a box that scrolls sideways on its own at 320 px. The list pages
 * (users, Boards, partners, themes) share it so headers, scopes and reflow stay alike.
 */
export function DataTable<T>({
  label,
  caption,
  hiddenCaption = false,
  rows,
  rowKey,
  columns,
}: DataTableProps<T>) {
  const [first, ...rest] = columns;
  return (
    <TableScroll label={label}>
      <table class="govuk-table">
        <caption
          class={`govuk-table__caption ${hiddenCaption ? 'govuk-visually-hidden' : 'govuk-table__caption--m'}`}
        >
          {caption}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {columns.map((c) => (
              <th scope="col" class="govuk-table__header" key={c.header}>
                {c.hiddenHeader ? <span class="govuk-visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((row) => (
            <tr class="govuk-table__row" key={rowKey(row)}>
              {first && (
                <th scope="row" class={`govuk-table__header ${first.class ?? ''}`.trim()}>
                  {first.cell(row)}
                </th>
              )}
              {rest.map((c) => (
                <td class={`govuk-table__cell ${c.class ?? ''}`.trim()} key={c.header}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
