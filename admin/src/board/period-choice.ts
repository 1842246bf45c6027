/**
 * The reporting period a secretary chooses: a financial year (April to March, as the
 * Safeguarding Adults Collection reports), a quarter of one, or dates of their own. The server
 * checks it again (server/measures/periods.ts); checking here gives the error summary at once.
 */
export type PeriodChoice = {
  kind: 'year' | 'quarter' | 'custom';
  /** Financial year by its first calendar year: "2026" is April 2026 to March 2027. */
  year: string;
  /** "2026-Q1" is April to June 2026. */
  quarter: string;
  from: string;
  to: string;
};

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
const yy = (year: number) => String((year + 1) % 100).padStart(2, '0');

/** The financial years (newest first, the last five) and their quarters, up to `today`. */
export function periodOptions(today: string): {
  years: { value: string; label: string }[];
  quarters: { value: string; label: string }[];
} {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const thisYear = m < 4 ? y - 1 : y;
  const thisQuarter = Math.floor(((m + 8) % 12) / 3) + 1;
  const years = [0, 1, 2, 3, 4].map((back) => {
    const fy = thisYear - back;
    return { value: String(fy), label: `${fy}/${yy(fy)} (April ${fy} to March ${fy + 1})` };
  });
  const quarters: { value: string; label: string }[] = [];
  for (let fy = thisYear; fy > thisYear - 3; fy--) {
    for (let q = fy === thisYear ? thisQuarter : 4; q >= 1; q--) {
      const start = ((q - 1) * 3 + 3) % 12;
      const calendarYear = q === 4 ? fy + 1 : fy;
      quarters.push({
        value: `${fy}-Q${q}`,
        label: `${fy}/${yy(fy)} Q${q} (${MONTHS[start]} to ${MONTHS[start + 2]} ${calendarYear})`,
      });
    }
  }
  return { years, quarters };
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Field id → message for anything wrong with the chosen period (empty when it is fine). */
export function checkPeriod(choice: PeriodChoice): Record<string, string> {
  const errors: Record<string, string> = {};
  if (choice.kind === 'year' && !/^\d{4}$/.test(choice.year))
    errors['measures-year'] = 'Choose a financial year';
  if (choice.kind === 'quarter' && !/^\d{4}-Q[1-4]$/.test(choice.quarter))
    errors['measures-quarter'] = 'Choose a quarter';
  if (choice.kind !== 'custom') return errors;
  const from = choice.from.trim();
  const to = choice.to.trim();
  if (!from) errors['measures-from'] = 'Enter the start date';
  else if (!isDay(from))
    errors['measures-from'] = 'Start date must be a real date, like 2026-04-01';
  if (!to) errors['measures-to'] = 'Enter the end date';
  else if (!isDay(to)) errors['measures-to'] = 'End date must be a real date, like 2027-03-31';
  else if (isDay(from) && to < from)
    errors['measures-to'] = 'End date must be the same as or after the start date';
  return errors;
}

/** The query the measures API takes for a choice. */
export function periodParams(choice: PeriodChoice): Record<string, string> {
  if (choice.kind === 'year') return { period: choice.year };
  if (choice.kind === 'quarter') return { period: choice.quarter };
  return { from: choice.from.trim(), to: choice.to.trim() };
}
