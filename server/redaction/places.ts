import { type Candidate, candidate } from './types.ts';

/** Replacement for each kind of place, by the word that names its type. */
const TYPES: Array<[RegExp, string]> = [
  [/^(?:ward|unit|wing|suite)$/i, '[ward]'],
  [
    /^(?:hospital|infirmary|hospice|clinic|surgery|medical centre|health centre|practice)$/i,
    '[hospital]',
  ],
  [
    /^(?:school|academy|college|university|primary|primary school|infant school|junior school|high school|grammar school|sixth form college)$/i,
    '[school]',
  ],
  [/^(?:day centre|centre|resource centre)$/i, '[day centre]'],
  [
    /^(?:care home|nursing home|residential home|rest home|home|lodge|house|court|manor|hall)$/i,
    '[care home]',
  ],
];
const TYPE_WORDS =
  'Care Home|Nursing Home|Residential Home|Rest Home|Hospital|Infirmary|Hospice|Clinic|Surgery|Medical Centre|Health Centre|Resource Centre|Day Centre|Centre|Unit|Ward|Wing|Suite|Lodge|House|Court|Manor|Academy|School|College|University|Primary School|Primary|Infant School|Junior School|High School|Grammar School|Sixth Form College';
const NAME_WORD = "[A-Z][\\p{L}'’-]*";
// Up to four capitalised words (optionally "St"/"Saint" first) before a type word.
const NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:(?:St\\.?|Saint) )?(?:${NAME_WORD} ){1,4})(${TYPE_WORDS})(?: (Care Home|Nursing Home|Residential Home))?(?![\\p{L}])`,
  'gu',
);
const WARD_NUMBER = /(?<![\p{L}\p{N}])(?:Ward|ward|WARD) \d{1,3}[A-Za-z]?(?![\p{L}\p{N}])/gu;
// Lower-case storytellers: "lakeside lodge", "rosewood care home".
const LOWER =
  /(?<![\p{L}\p{N}])([a-z][a-z'’-]+) (care home|nursing home|residential home|lodge|day centre)(?![\p{L}])/gu;
// "the Mount", "The Laurels": a capitalised "the" + name is too vague alone, so
// only after going into, living at or moving to somewhere.
const THE_PLACE =
  /(?<=(?:\b(?:at|to|in|into|from|and|been on|on)|,) )(?:the|The) ((?:Laurels|Mount|Priory|Cedars|Limes|Beeches|Elms|Willows|Grange|Poplars|Hollies|Maples|Oaks|Pines|Firs|Gables|Larches|Rowans|Meadows|Orchards|Paddocks|Chestnuts|Sycamores)\b)/gu;

// Words that make the phrase generic or an institution that identifies nobody.
const GENERIC_FIRST = new Set([
  'The',
  'A',
  'An',
  'My',
  'Our',
  'His',
  'Her',
  'Their',
  'This',
  'That',
  'Every',
  'Each',
  'Some',
  'In',
  'At',
  'To',
  'From',
  'On',
  'And',
  'But',
  'Or',
  'When',
  'Then',
  'After',
  'Before',
  'Her',
  'Intensive',
  'Care',
  'Stroke',
  'Acute',
  'Assessment',
  'Maternity',
  'Dementia',
  'Mental',
  'Health',
  'Day',
  'Family',
  'Crown',
  'Magistrates',
  'County',
  'Job',
  'Police',
  'Community',
  'Medical',
  'General',
  'Local',
  'District',
  'Royal',
  'Psychiatric',
  'Secure',
  'Hospital',
  'Residential',
  'Nursing',
  'Rest',
  'Respite',
  'Supported',
  'Sheltered',
  'Private',
  'Council',
  'Town',
  'City',
  'White',
  'Opera',
  'Coffee',
  'Public',
  'Safe',
  'Halfway',
  'Open',
  'New',
  'Old',
  'Big',
  'Main',
  'I',
  'We',
  'He',
  'She',
  'They',
  'It',
  'Mum',
  'Dad',
  'Social',
  'Adult',
  'Children',
  'Services',
  'Emergency',
  'Accident',
  'A&E',
  'GP',
  'NHS',
  'Primary',
  'Secondary',
  'High',
  'Special',
  'Sixth',
  'Form',
  'Further',
  'Education',
  'Sunday',
  'Night',
  'Elderly',
  'Learning',
  'Disability',
  'Rehab',
  'Rehabilitation',
  'Short',
  'Long',
  'Stay',
]);
const GENERIC_LOWER = new Set([
  'the',
  'a',
  'an',
  'my',
  'his',
  'her',
  'our',
  'their',
  'your',
  'this',
  'that',
  'new',
  'old',
  'local',
  'same',
  'other',
  'another',
  'private',
  'council',
  'first',
  'second',
  'residential',
  'nursing',
  'care',
  'big',
  'small',
  'nice',
  'good',
  'bad',
  'supported',
  'sheltered',
  'own',
  'respite',
  'dementia',
  'specialist',
  'secure',
  'hunting',
  'ski',
  'gate',
  'hospital',
  'in',
  'at',
  'to',
  'from',
  'into',
  'a',
  'one',
  'some',
  'any',
  'every',
  'no',
  'day',
  'what',
  'which',
]);

const COURT_WORDS = new Set([
  'Crown',
  'Magistrates',
  "Magistrates'",
  'County',
  'Family',
  'Coroners',
  "Coroner's",
  'Youth',
  'High',
  'Supreme',
  'Royal',
  'Appeal',
]);
// Words that start a phrase without being part of a place's name.
const LEADING_WORDS = new Set([
  'The',
  'A',
  'An',
  'My',
  'Our',
  'His',
  'Her',
  'Their',
  'This',
  'That',
  'Every',
  'Each',
  'Some',
  'In',
  'At',
  'To',
  'From',
  'On',
  'And',
  'But',
  'Or',
  'When',
  'Then',
  'After',
  'Before',
  'I',
  'We',
  'He',
  'She',
  'They',
  'It',
  'Mum',
  'Dad',
  'Into',
  'Of',
  'With',
  'Went',
  'Moved',
  'Visited',
  'Left',
]);
// "the Northern General", "the Royal Gwent": a hospital known by its short name.
const SHORT_HOSPITAL =
  /(?<=\bthe )(?:(?:[A-Z][a-z]+ )?General|Royal [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\p{L}]| (?:Mail|Navy|Air|Family|Marines|Society|Court|Legion|Opera|Academy|Institution|College|Assembly|Secretary|Manager|Practitioner|Public|Election|Hospital|Infirmary|Unit|Ward|House|Lodge|School|Centre|Surgery|Hospice))/gu;

// "Brookvale, a supported living service", "Larkfield, the care home": a name
// explained by the kind of place right after it.
const EXPLAINED =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?=,? (?:a|an|the|our|my|his|her) (?:[\p{L}-]+ ){0,2}?(care home|nursing home|residential home|supported living|day centre|hospital|hostel|refuge|hospice|unit|ward|home|school|college)\b)/gu;

// "St James's", "St Mary's": a saint's name alone is a hospital, school or church everyone knows.
const SAINT_PLACE = /(?<![\p{L}])(?:St\.?|Saint) [A-Z][a-z]+['’]s?(?![\p{L}])/gu;

function replacementFor(typeWord: string): string {
  for (const [re, replacement] of TYPES) if (re.test(typeWord)) return replacement;
  return '[place]';
}

/**
 * Named places that identify someone: care homes, wards, units, hospitals,
 * day centres, schools ("Rosewood Care Home", "Ward 7", "Elm Ward",
 * "St Thomas' Hospital", "the Maple Unit" — without "the"). Generic phrases
 * ("the care home", "Intensive Care Unit", "Crown Court") are left alone.
 */
export function findPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAMED)) {
    const words = (m[1] ?? '').trim().split(' ');
    // Drop generic leading words ("The", "Our") but keep the name after them.
    let skip = 0;
    while (
      skip < words.length &&
      LEADING_WORDS.has(words[skip] ?? '') &&
      !/^(?:St\.?|Saint)$/.test(words[skip] ?? '')
    )
      skip += 1;
    if (skip === words.length) continue;
    const typeWordAll = m[3] ?? m[2] ?? '';
    // Courts and generic descriptions identify nobody: "Crown Court", "Intensive Care Unit".
    if (typeWordAll === 'Court' && words.some((w) => COURT_WORDS.has(w))) continue;
    if (words.slice(skip).every((w) => GENERIC_FIRST.has(w))) continue;
    const kept = words.slice(skip).join(' ');
    const start = m.index + (m[1] ?? '').indexOf(kept);
    const typeWord = m[3] ?? m[2] ?? '';
    out.push(candidate(start, m.index + m[0].length, 'place', replacementFor(typeWord)));
  }
  for (const m of text.matchAll(EXPLAINED)) {
    const name = m[1] ?? '';
    if (name.split(' ').some((w) => GENERIC_FIRST.has(w) || LEADING_WORDS.has(w))) continue;
    const kind = /^(?:unit|ward)$/.test(m[2] ?? '') ? '[ward]' : replacementFor(m[2] ?? '');
    out.push({ ...candidate(m.index, m.index + name.length, 'place', kind), priority: 63 });
  }
  for (const m of text.matchAll(SAINT_PLACE)) {
    out.push({ ...candidate(m.index, m.index + m[0].length, 'place', '[place]'), priority: 64 });
  }
  for (const m of text.matchAll(SHORT_HOSPITAL)) {
    if (
      /^(?:Attorney|Secretary|Director|Surgeon|Postmaster|Inspector|Registrar|Consul|Governor|Adjutant|Solicitor) General$/.test(
        m[0],
      )
    )
      continue;
    out.push(candidate(m.index, m.index + m[0].length, 'place', '[hospital]'));
  }
  for (const m of text.matchAll(WARD_NUMBER)) {
    out.push(candidate(m.index, m.index + m[0].length, 'place', '[ward]'));
  }
  for (const m of text.matchAll(LOWER)) {
    if (GENERIC_LOWER.has(m[1] ?? '')) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'place', replacementFor(m[2] ?? '')));
  }
  for (const m of text.matchAll(THE_PLACE)) {
    out.push(candidate(m.index, m.index + m[0].length, 'place', '[care home]'));
  }
  return out;
}
