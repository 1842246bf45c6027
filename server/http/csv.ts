/**
 * CSV for people who open it in a spreadsheet (packs, exports). RFC 4180 quoting, CRLF line
 * ends, and formula-injection neutralised (OWASP "CSV Injection"): a cell whose first character
 * (after any leading spaces or quotes) is = + - @ tab or carriage return, or their full-width
 * forms, gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text.
 * Numbers passed as numbers are never altered, so a negative count stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[\s"']*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: neutralised if it could start a formula, then quoted if it needs to be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() || text.startsWith("'")
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** A whole CSV document: a header row, then one row per record, CRLF line ends, UTF-8 BOM so Excel reads the accents. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
