import { type Candidate, candidate } from './types.ts';

const SUFFIX =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Crescent|Cres|Grove|Gr|Way|Terrace|Tce|Gardens|Gdns|Place|Pl|Row|Walk|Square|Sq|Mews|Hill|Park|Court|Ct|View|Rise|Green|Parade|Vale|Mount|Bank|Gate|Fold|Croft|Chase|Meadows?|Wynd|Brow|Approach|Boulevard|Embankment';
// Suffixes that are safe without a house number: "lived on Tennyson Avenue".
const BARE_SUFFIX =
  'Street|Road|Avenue|Lane|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Parade|Boulevard|St(?! [A-Z])|Rd';
const NAME_WORD = "(?:St\\.? |Saint )?[A-Z][\\p{L}'’-]+";
const LOWER_WORD = "[a-z][a-z'’-]+";
const STOP_LOWER = new Set([
  'the',
  'a',
  'an',
  'my',
  'his',
  'her',
  'our',
  'their',
  'your',
  'on',
  'in',
  'at',
  'to',
  'up',
  'down',
  'of',
  'off',
  'by',
  'for',
  'and',
  'or',
  'this',
  'that',
  'main',
  'same',
  'other',
  'times',
  'carers',
  'visits',
  'hours',
  'days',
  'weeks',
  'minutes',
  'people',
  'years',
  'miles',
  'was',
  'were',
]);

// Numbered street addresses, optionally after a flat or building part.
const FLAT =
  "(?:(?:Flat|Apartment|Apt|Unit|Room) \\d{1,4}[A-Za-z]?,? (?:[A-Z][\\p{L}'’-]+ (?:House|Court|Lodge|Mansions|Buildings|Tower|Point|Heights),? )?)";
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{N}])${FLAT}?(?:(?:number|No\\.?) )?\\d{1,4}[A-Za-z]?,? (?:${NAME_WORD} ){1,3}(?:${SUFFIX})\\b\\.?`,
  'gu',
);
// After "Flat 2," a building or street name needs no suffix: "Flat 11, Prospect House, 40 Kirkgate".
const FLAT_ONLY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Flat|Apartment|Apt) \\d{1,4}[A-Za-z]?(?:,? [A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+)*(?: House| Court| Lodge| Mansions| Buildings| Tower| Point| Heights)?)?(?:,? \\d{1,4}[A-Za-z]? [A-Z][\\p{L}'’-]+(?: (?:${SUFFIX}))?)?`,
  'gu',
);
const LOWER_NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,4}[a-z]?) ((?:${LOWER_WORD} ){1,2})(${SUFFIX.toLowerCase()})\\b`,
  'gu',
);
// "on walker st", "off station lane": lower-case storytellers name streets without numbers.
const LOWER_BARE = new RegExp(
  `(?<=\\b(?:on|off|in|at|to|along|near|down|up|from|onto|of) )(${LOWER_WORD}) (street|st|road|rd|lane|ln|avenue|ave|close|drive|crescent|terrace|grove|gardens|mews|parade)(?![\\p{L}])`,
  'gu',
);
const BARE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_WORD} ){1,2}(?:${BARE_SUFFIX})\\b`, 'gu');
const BARE_STOP =
  /^(?:The|A|An|My|Our|His|Her|Their|This|That|On|In|At|To|Up|Down|Main|High|Old|New|Every|Each|Some|One)\b/;

/**
 * Street addresses: "14 Acacia Avenue", "Flat 3, 22 High Street",
 * "12b Mill Lane", "7 brook street" (lower case), "Flat 11, Prospect House,
 * 40 Kirkgate", and a named street without a number ("Tennyson Avenue"). The
 * town and postcode are left to their own detectors.
 */
export function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const value = m[0].replace(/^(?:number|No\.?) /, '').replace(/\.$/, '');
    const start = m.index + m[0].indexOf(value);
    out.push(candidate(start, start + value.length, 'address', '[address]'));
  }
  for (const m of text.matchAll(FLAT_ONLY)) {
    out.push(candidate(m.index, m.index + m[0].length, 'address', '[address]'));
  }
  for (const m of text.matchAll(LOWER_NUMBERED)) {
    const words = (m[2] ?? '').trim().split(' ');
    if (words.some((w) => STOP_LOWER.has(w))) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'address', '[address]'));
  }
  for (const m of text.matchAll(LOWER_BARE)) {
    if (STOP_LOWER.has(m[1] ?? '')) continue;
    out.push({
      ...candidate(m.index, m.index + m[0].length, 'address', '[address]'),
      priority: 68,
    });
  }
  for (const m of text.matchAll(BARE)) {
    if (BARE_STOP.test(m[0])) {
      const rest = m[0].replace(BARE_STOP, '').trimStart();
      if (!/^[A-Z]/.test(rest) || rest.split(' ').length < 2) continue;
      const start = m.index + m[0].length - rest.length;
      out.push({
        ...candidate(start, m.index + m[0].length, 'address', '[address]'),
        priority: 68,
      });
      continue;
    }
    out.push({
      ...candidate(m.index, m.index + m[0].length, 'address', '[address]'),
      priority: 68,
    });
  }
  return out;
}
