import { type Candidate, candidate } from './types.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY =
  '(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

// A full stop belongs to an abbreviated month ("6 Sept. 2023"), not to "2 October.".
const ABBREVIATION_DOT = '(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.)?';
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]?first)';

// Each form is a bounded sequence of literals, so matching stays linear.
const FORMS: Array<{ re: RegExp; check?: (m: RegExpMatchArray) => boolean }> = [
  // [Tuesday] 4th [of] April [2023], "the 3rd of March"
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${WEEKDAY}\\.?,? (?:the )?)?(${DAY}) (?:of )?(${MONTH})${ABBREVIATION_DOT}(?:,? ${YEAR})?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    check: (m) => monthOk(m[2]) && !lowerMay(m[2]),
  },
  // [Wed] March 3rd [, 2024]: month first, so a capital is required ("may 3" is a verb)
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${WEEKDAY},? )?(${MONTH}) (?:the )?(${DAY})(?:,? ${YEAR})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    check: (m) => monthOk(m[1]),
  },
  // "the third of March", "twenty-first of May 2023": ordinal words need "of" and a month
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${ORDINAL_WORD} of (${MONTH})(?:,? ${YEAR})?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    check: (m) => monthOk(m[1]) && !lowerMay(m[1]),
  },
  // 05-Jan-2024, 7-Feb-24, 3 Mar. 24
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:[12]\\d|3[01]|0?[1-9])([-/.])(${MONTH})\\1(?:(?:19|20)\\d{2}|\\d{2})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    check: (m) => monthOk(m[2]),
  },
  // November 2021, Sept 2022
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${MONTH})\\.?,? ((?:19|20)\\d{2}|'\\d{2})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  },
  // Friday 22nd, Tuesday the 4th
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${WEEKDAY},? (?:the )?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  },
  // "on the 5th", "until the 21st": an ordinal day after a time preposition
  {
    re: /(?<=\b(?:on|by|until|till|til|from|since|before|after|of|to|around|about) )(?:the )?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}\p{N}])(?! (?:time|floor|visit|call|carer|one|day|week|month|year|person|place|attempt)s?\b)/giu,
  },
  // 03/03/2024, 6/4/23, 12.3.24, 20-03-2024 (day first, as in the UK)
  {
    re: /(?<![\p{L}\p{N}./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu,
    check: (m) => validDayMonth(Number(m[1]), Number(m[3])) && validYear(m[4] ?? ''),
  },
  // "discharged 14/2", "on 3/11": day and month alone, only after a word that takes a date
  {
    re: /(?<=\b(?:on|from|until|till|since|by|before|after|discharged|admitted|dated|visited|started|ended) )(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)/giu,
    check: (m) => validDayMonth(Number(m[1]), Number(m[2])),
  },
  // 2024-03-15, 2024/03/15
  {
    re: /(?<![\p{L}\p{N}./-])((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)/gu,
    check: (m) => validDayMonth(Number(m[4]), Number(m[3])),
  },
];

function monthOk(word: string | undefined): boolean {
  return word !== undefined && MONTHS[word.toLowerCase()] !== undefined;
}

// "may" in lower case is nearly always the verb ("3 may be"), so only "May" counts.
function lowerMay(word: string | undefined): boolean {
  return word === 'may' || word === 'mar';
}

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function validYear(year: string): boolean {
  return year.length === 2 || /^(?:19|20)\d{2}$/.test(year);
}

const BIRTH_YEAR =
  /\b(?:born(?: in)?|year of birth:?|yob:?|b\.)\s+((?:19|20)\d{2})(?![\p{L}\p{N}]|[/.-]\d)/giu;

// Words that make a nearby date a date of birth. Checked only in the few
// characters before the date and within the same sentence.
const BIRTH_CUE =
  /(?:\bborn\b|\bd\.?\s?o\.?\s?b\b\.?|\bdate of birth\b|\bbirth ?date\b|\bbirthday\b)[^.!?\n]{0,20}$/i;

/**
 * Exact dates in common UK forms: "3 March 2024", "3rd of March", "March 3rd",
 * "03/03/2024", "6/4/23", "12.3.24", "2024-03-15", "November 2021",
 * "Friday 22nd". Not dates: a year alone, a month alone, a weekday alone,
 * festivals and times ("10.30"). A date just after "born", "DOB" or "date of
 * birth" becomes a date of birth.
 */
export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // "born in 1941", "born 1939", "year of birth 1950": a year of birth is enough to identify.
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    out.push(candidate(start, start + year.length, 'date_of_birth', '[year of birth]'));
  }
  for (const { re, check } of FORMS) {
    for (const m of text.matchAll(re)) {
      if (check && !check(m)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const birth = BIRTH_CUE.test(before);
      out.push(
        birth
          ? candidate(start, end, 'date_of_birth', '[date of birth]')
          : candidate(start, end, 'date', '[date]'),
      );
    }
  }
  return out;
}
