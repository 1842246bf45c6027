import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../domain/bank-holidays.ts';
import {
  addWorkingHours,
  isWorkingTime,
  localDay,
  minutesOf,
  type WorkingPattern,
  zonedParts,
} from '../../domain/working-hours.ts';

const OFFICE: WorkingPattern = {
  workingDays: [1, 2, 3, 4, 5],
  dayStarts: '09:00',
  dayEnds: '17:00',
  bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
};
const at = (iso: string) => new Date(iso);
const due = (start: string, hours: number, pattern = OFFICE) =>
  addWorkingHours(at(start), hours, pattern).toISOString();

describe('addWorkingHours: examples', () => {
  it('counts hours inside one working day', () => {
    // 8 December 2026 is a Tuesday, in GMT.
    expect(due('2026-12-08T10:00:00Z', 4)).toBe('2026-12-08T14:00:00.000Z');
  });

  it('carries over the night and the weekend', () => {
    expect(due('2026-12-08T16:00:00Z', 4)).toBe('2026-12-09T12:00:00.000Z');
    // Friday 16:00 → Monday 12:00.
    expect(due('2026-12-11T16:00:00Z', 4)).toBe('2026-12-14T12:00:00.000Z');
    // Saturday: the clock starts on Monday at 09:00.
    expect(due('2026-12-12T11:00:00Z', 4)).toBe('2026-12-14T13:00:00.000Z');
  });

  it('skips bank holidays', () => {
    // Thursday 24 December 16:00; 25 and 28 December are bank holidays in 2026.
    expect(due('2026-12-24T16:00:00Z', 4)).toBe('2026-12-29T12:00:00.000Z');
    // Maundy Thursday 2026 (2 April, BST): Good Friday and Easter Monday do not count.
    expect(due('2026-04-02T15:00:00Z', 4)).toBe('2026-04-07T11:00:00.000Z');
  });

  it('follows the clocks changing (GMT to BST and back)', () => {
    // Friday 27 March 2026 16:00 GMT → Monday 30 March 12:00 BST (11:00 UTC).
    expect(due('2026-03-27T16:00:00Z', 4)).toBe('2026-03-30T11:00:00.000Z');
    // Friday 23 October 2026 16:00 BST → Monday 26 October 12:00 GMT.
    expect(due('2026-10-23T15:00:00Z', 4)).toBe('2026-10-26T12:00:00.000Z');
  });

  it('uses the Board’s own days and hours', () => {
    const sevenDays: WorkingPattern = {
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      dayStarts: '08:00',
      dayEnds: '20:00',
      bankHolidays: [],
    };
    // Saturday 12 December 2026 19:00 + 2h → Sunday 09:00.
    expect(due('2026-12-12T19:00:00Z', 2, sevenDays)).toBe('2026-12-13T09:00:00.000Z');
    // 72 hours at 12 a day is six working days.
    expect(due('2026-12-12T08:00:00Z', 72, sevenDays)).toBe('2026-12-17T20:00:00.000Z');
  });

  it('refuses a pattern with no working time', () => {
    expect(() =>
      addWorkingHours(at('2026-12-08T10:00:00Z'), 1, { ...OFFICE, workingDays: [] }),
    ).toThrow(RangeError);
  });
});

describe('the default bank holidays', () => {
  it('are dates, in order, on weekdays, for 2026 to 2028', () => {
    const list = [...ENGLAND_AND_WALES_BANK_HOLIDAYS];
    expect(list).toEqual([...list].sort());
    for (const year of ['2026', '2027', '2028']) {
      expect(list.filter((d) => d.startsWith(year))).toHaveLength(8);
    }
    for (const d of list) {
      expect(localDay(at(`${d}T12:00:00Z`)).weekday).toBeLessThanOrEqual(5);
    }
  });
});

// Instants from 2026 to 2028, so clock changes and bank holidays are crossed often.
const instant = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 9, 1) })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));
const hours = fc.integer({ min: 0, max: 72 });
const hhmm = (h: number, m: number) =>
  `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const pattern: fc.Arbitrary<WorkingPattern> = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 22 * 4 }),
    length: fc.integer({ min: 1, max: 24 * 4 }),
    holidays: fc.boolean(),
  })
  .map(({ days, start, length, holidays }) => {
    const startMin = start * 15;
    const endMin = Math.min(23 * 60 + 59, startMin + length * 15);
    return {
      workingDays: days,
      dayStarts: hhmm(Math.floor(startMin / 60), startMin % 60),
      dayEnds: hhmm(Math.floor(endMin / 60), endMin % 60),
      bankHolidays: holidays ? ENGLAND_AND_WALES_BANK_HOLIDAYS : [],
    };
  });

describe('addWorkingHours: properties', () => {
  it('never ends before it starts, and more hours never end sooner', () => {
    fc.assert(
      fc.property(instant, hours, hours, pattern, (start, a, b, p) => {
        const first = addWorkingHours(start, Math.min(a, b), p);
        const second = addWorkingHours(start, Math.max(a, b), p);
        expect(first.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('is additive: a hours then b hours is a + b hours', () => {
    fc.assert(
      fc.property(instant, hours, hours, pattern, (start, a, b, p) => {
        const stepwise = addWorkingHours(addWorkingHours(start, a, p), b, p);
        expect(stepwise.toISOString()).toBe(addWorkingHours(start, a + b, p).toISOString());
      }),
      { numRuns: 300 },
    );
  });

  it('ends inside working time: on a working day, not a holiday, within its hours', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 72 }), pattern, (start, h, p) => {
        const end = addWorkingHours(start, h, p);
        // The moment just before the deadline is working time.
        expect(isWorkingTime(new Date(end.getTime() - 60_000), p)).toBe(true);
        const day = localDay(new Date(end.getTime() - 60_000));
        expect(p.workingDays).toContain(day.weekday);
        expect(p.bankHolidays).not.toContain(day.date);
        expect(day.minutes).toBeGreaterThanOrEqual(minutesOf(p.dayStarts));
        expect(day.minutes).toBeLessThan(minutesOf(p.dayEnds));
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly the hours asked for, minute by minute, over a short span', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6 }), pattern, (start, h, p) => {
        const end = addWorkingHours(start, h, p);
        let working = 0;
        for (let t = start.getTime(); t < end.getTime(); t += 60_000) {
          if (isWorkingTime(new Date(t), p)) working += 1;
          if (working > h * 60) break;
        }
        expect(working).toBe(h * 60);
      }),
      { numRuns: 25 },
    );
  });
});

describe('local time', () => {
  it('reads London wall-clock time in summer and winter', () => {
    expect(zonedParts(at('2026-07-01T08:00:00Z')).hour).toBe(9);
    expect(zonedParts(at('2026-12-01T08:00:00Z')).hour).toBe(8);
  });
});
