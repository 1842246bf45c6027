import { type Candidate, candidate } from './types.ts';

// Ages in words too: "ninety-one", "twenty six", "eighty".
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const WORDS = `(?:${TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred(?: and (?:one|two|three|four|five))?|one hundred|(?:thir|four|fif|six|seven|eigh|nine)teen)`;
const NUMBER = `(\\d{1,3}|${WORDS})`;

// "89 years old", "52 years of age", "an 87-year-old", "45yo", "38 y/o": the whole phrase goes.
const WITH_UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}(?:[ -]?(?:years?|yrs?)[ -]?(?:old|of age)|-year-old|[ ]?y/o|yo|[ ]?yrs? old)(?![\\p{L}])`,
  'giu',
);
// "aged 90", "age 19", "I am 45", "she's 92": only the number goes, so
// "aged [age]" still reads naturally. Units after the number rule it out.
const NOT_AN_AGE =
  "(?![\\p{L}\\p{N}]|[-.,:/]\\d|\\s*(?:%|£|p\\b|am\\b|pm\\b|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|times?|miles?|pounds?|quid|percent|per\\b|of\\b|out\\b|people|carers|visits|stone|kg|degrees|o'clock|years? ago|and a half|/))";
const STRONG = new RegExp(
  `(?<![\\p{L}])(?:aged|age|i am|i'm|im|i was|he is|she is|he's|she's|he was|she was|turned|turns)[ ]+(?:now |only |just |nearly |almost )?${NUMBER}(?: years| yrs)?${NOT_AN_AGE}`,
  'giu',
);
// "Dad is 81 and", "Frank is 80.": a bare "is"/"was" counts only when the
// number ends the clause, as ages do ("the bill was 45 pounds" does not).
const WEAK = new RegExp(
  `(?<![\\p{L}])(?:is|was|am|now)[ ]+(\\d{2,3}|${WORDS})(?: years| yrs)?${NOT_AN_AGE}(?=\\s*(?:[.,;:!?)]|$|\\n|(?:and|but|when|then|now|so|i|btw|tho|too|this|last|next|in|on|at|after|before|by|with|yesterday|today|tomorrow)\\b))`,
  'giu',
);

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEN_VALUES: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

function ageValue(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  const w = n.toLowerCase();
  if (w.includes('hundred')) return 100 + (UNITS[w.split(' ').at(-1) ?? ''] ?? 0);
  if (w.endsWith('teen')) return 15;
  const [tens = '', unit = ''] = w.split(/[- ]/);
  return (TEN_VALUES[tens] ?? 0) + (UNITS[unit] ?? 0);
}

function plausibleAge(n: string | undefined): boolean {
  const value = ageValue(n ?? '');
  return Number.isInteger(value) && value >= 13 && value <= 115;
}

// "Nan (91)", "Elsie (88)": an age in brackets straight after a person.
const BRACKETED =
  /(?<=(?:\p{Lu}[\p{L}'’-]*|\b(?:mum|dad|nan|nana|gran|grandma|grandad|husband|wife|son|daughter|brother|sister|mother|father|aunt|auntie|uncle|friend|neighbour|partner)) \()(\d{2,3})(?=\))/gu;

// "Jean Whitehead, 84, lives ...", "(Mum, 91)": an age set off by commas after a name.
const AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]+, )(\d{2,3})(?=[,)]|\s*(?:and|who|lives|has|is|was)\b)/gu;

/**
 * A person's age in years, in figures or words: phrases with a unit, or a
 * number after "aged", "I am", "she is" and the like. "In her eighties" is not
 * suggested: a decade is an age band, which the Board sees anyway
 * (docs/redaction.md).
 */
export function findAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WITH_UNIT)) {
    if (!plausibleAge(m[1])) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'age', '[age]'));
  }
  for (const m of text.matchAll(AFTER_NAME)) {
    if (!plausibleAge(m[1])) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'age', '[age]'));
  }
  for (const m of text.matchAll(BRACKETED)) {
    if (!plausibleAge(m[1])) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'age', '[age]'));
  }
  for (const m of [...text.matchAll(STRONG), ...text.matchAll(WEAK)]) {
    const number = m[1] ?? '';
    if (!plausibleAge(number)) continue;
    const start = m.index + m[0].lastIndexOf(number);
    const end = /(?: years| yrs)$/.test(m[0]) ? m.index + m[0].length : start + number.length;
    out.push(candidate(start, end, 'age', '[age]'));
  }
  return out;
}
