/**
 * Reporting periods, shared by the measures API (server/measures/periods.ts) and the admin
 * period choice (admin/src/board/period-choice.ts), so both name a quarter or year the same way.
 * Boards report by the UK financial year (April to March, as the Safeguarding Adults Collection
 * does), so quarter 1 is April to June. Dates are whole days in UTC, inclusive at both ends
 * (docs/decisions/0071-what-measures-count.md). Pure: no Node or DOM APIs.
 */

export type Period = {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
  label: string;
};

export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "1 April 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The financial year (its starting calendar year) and quarter of a day. */
export function quarterOf(day: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return {
    year: m < 4 ? y - 1 : y,
    quarter: (Math.floor(((m + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const startMonth = ((quarter - 1) * 3 + 3) % 12; // 0-based: Q1 → 3 (April)
  const startYear = quarter === 4 ? year + 1 : year;
  const endMonth = startMonth + 3; // 1-based month of the last month
  const from = `${startYear}-${pad(startMonth + 1)}-01`;
  const to = `${startYear}-${pad(endMonth)}-${pad(lastDayOf(startYear, endMonth))}`;
  return {
    from,
    to,
    label: `${year}/${pad((year + 1) % 100)} Q${quarter} (${MONTHS[startMonth]} to ${MONTHS[endMonth - 1]} ${startYear})`,
  };
}

export function yearPeriod(year: number): Period {
  return {
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
    label: `${year}/${pad((year + 1) % 100)} (April ${year} to March ${year + 1})`,
  };
}
