/**
 * Redaction suggestions: finds personal details in a story so a coordinator can
 * accept or reject each one. Public contract (never rename): see docs/redaction.md.
 */

/** What kind of personal detail a suggestion covers. Public contract: never rename. */
export type RedactionKind =
  | 'name'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'nhs_number'
  | 'date'
  | 'date_of_birth'
  | 'age'
  | 'address'
  | 'place'
  | 'staff';

/**
 * One suggested redaction. `start`/`end` are UTF-16 code-unit offsets into the
 * given text (as JavaScript strings count), `end` exclusive.
 */
export interface RedactionSuggestion {
  start: number;
  end: number;
  kind: RedactionKind;
  replacement: string;
}

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const PHONE = /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;

/**
 * Suggests redactions for `text`, sorted by start and non-overlapping.
 * Empty text gives an empty list.
 */
export function suggestRedactions(text: string): RedactionSuggestion[] {
  const found: RedactionSuggestion[] = [];
  const add = (re: RegExp, kind: RedactionKind, replacement: string) => {
    for (const m of text.matchAll(re)) {
      found.push({ start: m.index, end: m.index + m[0].length, kind, replacement });
    }
  };
  add(EMAIL, 'email', '[email]');
  add(PHONE, 'phone', '[phone number]');
  add(POSTCODE, 'postcode', '[postcode]');
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: RedactionSuggestion[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
