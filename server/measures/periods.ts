/**
 * Reporting periods for measures and packs. Boards report by the UK financial year (April to
 * March, as the Safeguarding Adults Collection does), so quarter 1 is April to June.
 * Dates are whole days in UTC, inclusive at both ends (docs/decisions/0071-what-measures-count.md).
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

/** Every financial quarter that overlaps the period, oldest first (the trend). */
export function quartersIn(period: Period): { key: QuarterKey; period: Period }[] {
  const out: { key: QuarterKey; period: Period }[] = [];
  let { year, quarter } = quarterOf(period.from);
  for (let guard = 0; guard < 80; guard++) {
    const q = quarterPeriod(year, quarter);
    if (q.from > period.to) break;
    out.push({ key: `${year}-Q${quarter}`, period: q });
    quarter = quarter === 4 ? 1 : ((quarter + 1) as 1 | 2 | 3 | 4);
    if (quarter === 1) year++;
  }
  return out;
}

export type PeriodQuery = {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * Reads `period=2026` (financial year 2026/27), `period=2026-Q1`, or `from=...&to=...` (whole
 * days, at most 5 years). Returns a plain-English error for anything else.
 */
export function parsePeriod(
  q: PeriodQuery,
): { ok: true; period: Period } | { ok: false; field: string; detail: string } {
  if (q.period !== undefined) {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(q.period);
    if (quarter)
      return {
        ok: true,
        period: quarterPeriod(Number(quarter[1]), Number(quarter[2]) as 1 | 2 | 3 | 4),
      };
    if (/^\d{4}$/.test(q.period)) return { ok: true, period: yearPeriod(Number(q.period)) };
    return {
      ok: false,
      field: 'period',
      detail: 'Period must be a financial year like 2026 or a quarter like 2026-Q1',
    };
  }
  if (q.from === undefined || q.to === undefined) {
    return {
      ok: false,
      field: q.from === undefined ? 'from' : 'to',
      detail: 'Give a period, or both a start and an end date',
    };
  }
  if (!isDay(q.from))
    return { ok: false, field: 'from', detail: 'Start date must be a real date, like 2026-04-01' };
  if (!isDay(q.to))
    return { ok: false, field: 'to', detail: 'End date must be a real date, like 2027-03-31' };
  if (q.to < q.from)
    return {
      ok: false,
      field: 'to',
      detail: 'End date must be the same as or after the start date',
    };
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  if (days > 5 * 366)
    return { ok: false, field: 'to', detail: 'A period can be at most 5 years long' };
  return {
    ok: true,
    period: { from: q.from, to: q.to, label: `${formatDay(q.from)} to ${formatDay(q.to)}` },
  };
}

/** The exclusive upper bound for received_at comparisons: the day after `to`, at midnight UTC. */
export function endExclusive(period: Period): string {
  return new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString();
}
