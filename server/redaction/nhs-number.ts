import { type Candidate, candidate } from './types.ts';

// 3-3-4 grouping with the same optional separator, or ten digits together.
const NHS = /(?<![\d+])([1-9]\d{2})([ -]?)(\d{3})\2(\d{4})(?![\d])/g;

/**
 * True when ten digits pass the NHS modulus-11 check: weights 10..2 on the
 * first nine digits; check digit is 11 - (sum mod 11), 11 becomes 0, and a
 * result of 10 means the number can never be valid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** NHS numbers: only ten-digit numbers that pass the modulus-11 check. */
export function findNhsNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NHS)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!isValidNhsNumber(digits)) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'nhs_number', '[NHS number]'));
  }
  return out;
}
