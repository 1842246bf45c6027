import { type Candidate, candidate } from './types.ts';

// A UK number starts "0", "(0" or "+44" (optionally "+44 (0)"), then digit
// groups split by single spaces, dots or dashes. Every repetition is bounded
// and the lookbehind fixes the start, so the scan stays linear on long digit runs.
const PHONE =
  /(?<![\w+])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(0|0)\d{1,5}\)?(?:[ .-]?\d{2,5}){1,3}(?![\w])|(?<![\w+])\+44\d{9,10}(?!\w)/g;

/**
 * UK phone numbers in common layouts (07700 900123, +44 (0)7700 900123,
 * (01632) 960 588, 020-7946-0129, 01632.960.131). Short codes such as 999,
 * 111 and 101 are not personal and are never suggested.
 */
export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHONE)) {
    let digits = m[0].replace(/\(0\)/, '').replace(/\D/g, '');
    if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
    else if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
    if (digits.length < 10 || digits.length > 11) continue;
    if (!/^0[1235789]/.test(digits)) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'phone', '[phone number]'));
  }
  return out;
}
