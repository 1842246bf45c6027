import { type Candidate, candidate } from './types.ts';

// "89 years old", "52 years of age", "an 87-year-old": the whole phrase goes.
const WITH_UNIT =
  /(?<![\p{L}\p{N}])(\d{1,3})(?:[ -]?(?:years?|yrs?)[ -]?(?:old|of age)|-year-old)(?![\p{L}])/giu;
// "aged 90", "age 19", "I am 45", "she's 92": only the number goes, so
// "aged [age]" still reads naturally. Units after the number rule it out.
const NOT_AN_AGE =
  "(?![\\p{L}\\p{N}]|[.,:/]\\d|\\s*(?:%|£|p\\b|am\\b|pm\\b|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|times?|miles?|pounds?|quid|percent|per\\b|of\\b|out\\b|people|carers|visits|stone|kg|degrees|o'clock|years? ago|and a half|/))";
const STRONG = new RegExp(
  `(?<![\\p{L}])(?:aged|age|i am|i'm|im|i was|he is|she is|he's|she's|he was|she was|turned|turns)[ ]+(?:now |only |just |nearly |almost )?(\\d{1,3})(?: years| yrs)?${NOT_AN_AGE}`,
  'giu',
);
// "Dad is 81 and", "Frank is 80.": a bare "is"/"was" counts only when the
// number ends the clause, as ages do ("the bill was 45 pounds" does not).
const WEAK = new RegExp(
  `(?<![\\p{L}])(?:is|was|am|now)[ ]+(\\d{2,3})(?: years| yrs)?${NOT_AN_AGE}(?=\\s*(?:[.,;:!?)]|$|\\n|(?:and|but|when|then|now|so|i|btw|tho|too|this|last|next|in)\\b))`,
  'giu',
);

/**
 * A person's age in years: phrases with a unit, or a number after "aged",
 * "I am", "she is" and the like. "In her eighties" is not suggested: a decade
 * is an age band, which the Board sees anyway (docs/redaction.md).
 */
export function findAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WITH_UNIT)) {
    if (!plausibleAge(m[1])) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'age', '[age]'));
  }
  for (const m of [...text.matchAll(STRONG), ...text.matchAll(WEAK)]) {
    const number = m[1] ?? '';
    if (!plausibleAge(number)) continue;
    const start = m.index + m[0].lastIndexOf(number);
    const end =
      m[0].endsWith(' years') || m[0].endsWith(' yrs')
        ? m.index + m[0].length
        : start + number.length;
    out.push(candidate(start, end, 'age', '[age]'));
  }
  return out;
}

function plausibleAge(n: string | undefined): boolean {
  const value = Number(n);
  return Number.isInteger(value) && value >= 13 && value <= 115;
}
