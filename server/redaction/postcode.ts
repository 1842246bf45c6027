import { type Candidate, candidate } from './types.ts';

// Royal Mail shapes: A9, A99, AA9, AA99, A9A, AA9A outward, then 9AA inward.
// Letters Q, V, X never start a postcode; C, I, K, M, O, V never end one.
const FULL =
  /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?)[ \u00a0]{0,2}(\d[A-Za-z]{2})(?![\p{L}\p{N}])/gu;
const OUTWARD_ONLY =
  /(?<![\p{L}\p{N}])([A-Z]{1,2}\d[A-Z\d]?)(?=\s+(?:area|district|postcode)\b)|(?<=\bpostcode (?:is |of )?)([A-Z]{1,2}\d[A-Z\d]?)(?![\p{L}\p{N}])/gu;

function plausibleOutward(outward: string): boolean {
  const o = outward.toUpperCase();
  if (/^[QVX]/.test(o)) return false;
  if (/^[A-Z][IJZ]/.test(o)) return false;
  return /^(?:[A-Z]{1,2}\d{1,2}|[A-Z]{1,2}\d[A-Z])$/.test(o);
}

/**
 * Full UK postcodes in any case, with or without the space (LS6 2AB, ls62ab),
 * and outward codes alone only where they are clearly postcodes
 * ("the LS6 area", "postcode LS6").
 */
export function findPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FULL)) {
    const [whole, outward = '', inward = ''] = m;
    const mixedCase = whole !== whole.toUpperCase() && whole !== whole.toLowerCase();
    if (mixedCase || !plausibleOutward(outward)) continue;
    if (/[CIKMOV]/i.test(inward.slice(1))) continue;
    out.push(candidate(m.index, m.index + whole.length, 'postcode', '[postcode]'));
  }
  for (const m of text.matchAll(OUTWARD_ONLY)) {
    const code = m[1] ?? m[2] ?? '';
    if (!plausibleOutward(code)) continue;
    out.push(candidate(m.index, m.index + code.length, 'postcode', '[postcode]'));
  }
  return out;
}
