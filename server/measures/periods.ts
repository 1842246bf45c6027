/**
 * Reporting periods for measures and packs: reading the API's period query and the database's
 * day bounds. The period shapes and labels themselves are shared with the admin screens
 * (domain/periods.ts) and re-exported here for the server code that imports them from here.
 */
import {
  formatDay,
  isDay,
  type Period,
  type QuarterKey,
  quarterOf,
  quarterPeriod,
  yearPeriod,
} from '../../domain/periods.ts';

export {
  formatDay,
  isDay,
  type Period,
  type QuarterKey,
  quarterOf,
  quarterPeriod,
  yearPeriod,
} from '../../domain/periods.ts';

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
