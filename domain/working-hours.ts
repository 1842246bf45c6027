/**
 * Working hours (issue 13): when a Board's response time runs out. Pure, no Node or DOM: the
 * time zone rules come from the built-in Intl database, so BST and GMT changes need no table.
 */

/** When a Board works. Times are wall-clock in `timeZone` (Europe/London unless a test says). */
export type WorkingPattern = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** 'HH:MM', before `dayEnds`. */
  dayStarts: string;
  dayEnds: string;
  /** 'YYYY-MM-DD' local dates the Board does not work. */
  bankHolidays: readonly string[];
  timeZone?: string;
};

export const LONDON = 'Europe/London';
const HOUR_MS = 3_600_000;
/** Ten years of days: a pattern with no working day at all never finishes. */
const MAX_DAYS = 3660;

type Civil = { y: number; m: number; d: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string = LONDON) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    y: parts.year ?? 0,
    m: parts.month ?? 0,
    d: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at this instant (BST: one hour). */
function offsetAt(ms: number, timeZone: string): number {
  const p = zonedParts(new Date(ms), timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. The day's offsets before and after any
 * change are both tried: a time that happens twice when the clocks go back is the first of the
 * two; a time skipped when they go forward is read with the earlier offset (so it lands just
 * after the gap).
 */
export function zonedTime(day: Civil, minutes: number, timeZone: string = LONDON): Date {
  const guess = Date.UTC(day.y, day.m - 1, day.d, 0, minutes);
  const before = guess - offsetAt(guess - 12 * HOUR_MS, timeZone);
  const after = guess - offsetAt(guess + 12 * HOUR_MS, timeZone);
  const real = [before, after].filter((t) => {
    const p = zonedParts(new Date(t), timeZone);
    return p.d === day.d && p.hour * 60 + p.minute === minutes;
  });
  return new Date(real.length > 0 ? Math.min(...real) : before);
}

/** 'HH:MM' as minutes after midnight; NaN when it is not one. */
export function minutesOf(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

const civilKey = (c: Civil) =>
  `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;

function addDays(c: Civil, days: number): Civil {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const isoWeekday = (c: Civil) => new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay() || 7;

/** The working period of one local day, or null when the Board does not work that day. */
function windowOf(
  day: Civil,
  pattern: WorkingPattern,
  holidays: ReadonlySet<string>,
): [Date, Date] | null {
  if (!pattern.workingDays.includes(isoWeekday(day))) return null;
  if (holidays.has(civilKey(day))) return null;
  const zone = pattern.timeZone ?? LONDON;
  const start = zonedTime(day, minutesOf(pattern.dayStarts), zone);
  const end = zonedTime(day, minutesOf(pattern.dayEnds), zone);
  return end > start ? [start, end] : null;
}

/**
 * The instant `hours` working hours after `start`: time outside the working days, outside the
 * working day's hours, and on bank holidays does not count. A story arriving at 16:00 on a
 * Friday with 4 working hours (09:00 to 17:00, Monday to Friday) is due at 12:00 on Monday.
 * Throws when the pattern has no working time (no working day, or start not before end).
 */
export function addWorkingHours(start: Date, hours: number, pattern: WorkingPattern): Date {
  if (!(hours >= 0) || !Number.isFinite(hours)) throw new RangeError('hours must be 0 or more');
  const zone = pattern.timeZone ?? LONDON;
  const holidays = new Set(pattern.bankHolidays);
  const p = zonedParts(start, zone);
  let day: Civil = { y: p.y, m: p.m, d: p.d };
  let remaining = hours * HOUR_MS;
  for (let i = 0; i < MAX_DAYS; i += 1, day = addDays(day, 1)) {
    const window = windowOf(day, pattern, holidays);
    if (!window) continue;
    const from = Math.max(start.getTime(), window[0].getTime());
    const to = window[1].getTime();
    if (from > to) continue;
    if (remaining <= to - from) return new Date(from + remaining);
    remaining -= to - from;
  }
  throw new RangeError('This working pattern has no working time');
}

/** True when the instant is inside a working period (start inclusive, end exclusive). */
export function isWorkingTime(instant: Date, pattern: WorkingPattern): boolean {
  const zone = pattern.timeZone ?? LONDON;
  const p = zonedParts(instant, zone);
  const window = windowOf({ y: p.y, m: p.m, d: p.d }, pattern, new Set(pattern.bankHolidays));
  return window !== null && instant >= window[0] && instant < window[1];
}

/** The local date (YYYY-MM-DD) and ISO weekday of an instant, e.g. to name a digest's day. */
export function localDay(instant: Date, timeZone: string = LONDON) {
  const p = zonedParts(instant, timeZone);
  const day = { y: p.y, m: p.m, d: p.d };
  return { date: civilKey(day), weekday: isoWeekday(day), minutes: p.hour * 60 + p.minute };
}
