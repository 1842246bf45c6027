import { type Answers, PAGES } from '../../domain/journey-flow.ts';

/** Field names the form may send; anything else is ignored (never echoed back). */
const KNOWN = new Map(PAGES.flatMap((p) => p.fields.map((f) => [f.name, f.kind] as const)));

/** Longest value kept from one form field: more than any limit, so the schema names the problem. */
const MAX_FIELD = 20_000;

/**
 * Turns a parsed form body (`parseBody({ all: true })`) into journey answers: checkbox groups
 * become lists, every other known field one string; files and unknown fields are dropped.
 */
export function answersFromForm(form: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const [name, kind] of KNOWN) {
    const raw = form[name];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === 'string',
    );
    if (kind === 'checkboxes') {
      answers[name] = [...new Set(values.map((v) => v.slice(0, 100)))].slice(0, 50);
    } else if (values[0] !== undefined && values[0] !== '') {
      answers[name] = values[0].slice(0, MAX_FIELD);
    }
  }
  return answers;
}

/** The honeypot's value (issue 6): people never see the field, so anything in it is a bot. */
export function honeypotFromForm(form: Record<string, unknown>): string | undefined {
  const raw = form.website;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' ? value.slice(0, 500) : undefined;
}
