import { ApiError } from '../api/problem.ts';
import type { SummaryError } from './error-summary.tsx';

/** Field id → message, plus messages that belong to no field (shown in the summary only). */
export type FormErrors = { fields: Record<string, string>; general: string[] };

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Turns a thrown error into form errors. API field names map to input ids through `ids`
 * (default: the field name with dots replaced by dashes); unknown fields become general errors.
 */
export function formErrorsFrom(error: unknown, ids: Record<string, string> = {}): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: ['Something went wrong. Nothing was changed. Try again.'] };
  }
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const e of error.errors) {
    const id = ids[e.field] ?? (e.field ? e.field.replace(/\./g, '-') : '');
    if (id && !(id in fields)) fields[id] = e.detail;
    else if (!id) general.push(e.detail);
  }
  if (error.errors.length === 0) general.push(error.message);
  return { fields, general };
}

/** The error summary's items: general messages first, then each field in page order. */
export function summaryOf(errors: FormErrors, order: readonly string[] = []): SummaryError[] {
  const known = order.filter((id) => id in errors.fields);
  const rest = Object.keys(errors.fields).filter((id) => !order.includes(id));
  return [
    ...errors.general.map((text) => ({ id: '', text })),
    ...[...known, ...rest].map((id) => ({ id, text: errors.fields[id] ?? '' })),
  ];
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}
