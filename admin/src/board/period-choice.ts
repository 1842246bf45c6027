/**
 * The reporting period a secretary chooses: a financial year (April to March, as the
 * Safeguarding Adults Collection reports), a quarter of one, or dates of their own. The server
 * checks it again (server/measures/periods.ts); checking here gives the error summary at once.
 * Years, quarters and their labels come from domain/periods.ts, shared with the server.
 */
import { isDay, quarterOf, quarterPeriod, yearPeriod } from '../../../domain/periods.ts';

export type PeriodChoice = {
  kind: 'year' | 'quarter' | 'custom';
  /** Financial year by its first calendar year: "2026" is April 2026 to March 2027. */
  year: string;
  /** "2026-Q1" is April to June 2026. */
  quarter: string;
  from: string;
  to: string;
};

/** The financial years (newest first, the last five) and their quarters, up to `today`. */
export function periodOptions(today: string): {
  years: { value: string; label: string }[];
  quarters: { value: string; label: string }[];
} {
  const { year: thisYear, quarter: thisQuarter } = quarterOf(today);
  const years = [0, 1, 2, 3, 4].map((back) => {
    const fy = thisYear - back;
    return { value: String(fy), label: yearPeriod(fy).label };
  });
  const quarters: { value: string; label: string }[] = [];
  for (let fy = thisYear; fy > thisYear - 3; fy--) {
    for (let q = fy === thisYear ? thisQuarter : 4; q >= 1; q--) {
      const quarter = q as 1 | 2 | 3 | 4;
      quarters.push({ value: `${fy}-Q${quarter}`, label: quarterPeriod(fy, quarter).label });
    }
  }
  return { years, quarters };
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
