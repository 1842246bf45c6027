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
 * One suggested redaction. Public contract (docs/redaction.md): `start` and
 * `end` are UTF-16 code-unit offsets into the given text, `end` exclusive.
 */
export interface RedactionSuggestion {
  start: number;
  end: number;
  kind: RedactionKind;
  replacement: string;
}

/** A detector's finding before overlaps are resolved. */
export interface Candidate extends RedactionSuggestion {
  /** How specific the detector is: higher wins an overlap (see resolve-overlaps.ts). */
  priority: number;
}

/** Specificity order used to resolve overlaps: a checked pattern beats a guess. */
export const PRIORITY: Record<RedactionKind, number> = {
  email: 100,
  nhs_number: 95,
  phone: 90,
  postcode: 85,
  date_of_birth: 80,
  date: 75,
  address: 70,
  place: 65,
  staff: 60,
  age: 55,
  name: 50,
};

/** Builds a candidate with the kind's default priority. */
export function candidate(
  start: number,
  end: number,
  kind: RedactionKind,
  replacement: string,
): Candidate {
  return { start, end, kind, replacement, priority: PRIORITY[kind] };
}
