/**
 * Redaction suggestions: finds personal details in a story so a coordinator
 * can accept or reject each one before a story is shared. Public contract
 * (never rename; quality is measured through it): docs/redaction.md.
 */
import { findAddresses } from './addresses.ts';
import { findAges } from './ages.ts';
import { findDates } from './dates.ts';
import { findEmails } from './email.ts';
import { findNhsNumbers } from './nhs-number.ts';
import { findPeople } from './people.ts';
import { findPhones } from './phone.ts';
import { findPlaces } from './places.ts';
import { findPostcodes } from './postcode.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import type { RedactionSuggestion } from './types.ts';

export type { RedactionKind, RedactionSuggestion } from './types.ts';

/**
 * Suggests redactions for `text`: sorted by `start`, never overlapping (the
 * more specific detector wins, then the longer span). Offsets are UTF-16 code
 * units, as JavaScript strings count. Empty text gives an empty list. Runs in
 * time linear in the text (no pattern backtracks catastrophically).
 */
export function suggestRedactions(text: string): RedactionSuggestion[] {
  if (text.length === 0) return [];
  // Stories typed in capitals are read as if written normally; offsets are unchanged.
  const shaped = isShouting(text) ? lowerCase(text) : text;
  return resolveOverlaps([
    ...findEmails(text),
    ...findNhsNumbers(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findDates(text),
    ...findAddresses(shaped),
    ...findPlaces(shaped),
    ...findAges(shaped),
    ...findPeople(shaped),
  ]);
}

/** True when most letters are capitals ("MY CARER SUSAN HIT ME"). */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper += 1;
    else if (code >= 97 && code <= 122) lower += 1;
  }
  return upper > 20 && upper > lower * 3;
}

/**
 * Lower-cases ASCII capitals only, so every UTF-16 offset stays the same; the
 * name rules then read the story as they read a story typed without capitals.
 */
export function lowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
