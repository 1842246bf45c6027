/**
 * Story references: what a person writes down to withdraw or change their story later.
 * 12 random symbols of Crockford base32 (60 bits) and one Luhn mod 32 check symbol, shown in
 * groups of three and four ("K7M-2QX-4TR-8WZD") because short groups are easier to read over the
 * phone. The alphabet leaves out I, L, O and U, so "0"/"O" and "1"/"I"/"L" cannot be confused;
 * parsing maps them back. The check symbol catches every single mistyped symbol and most swaps
 * of neighbouring symbols. Public contract: never change the format of issued references.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 12;

function checkSymbol(body: string): string {
  // Luhn mod N (N = 32), computed from the right so every position is weighted 1 or 2.
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const value = ALPHABET.indexOf(body[i] as string);
    let addend = factor * value;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] as string;
}

function format(compact: string): string {
  return `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6, 9)}-${compact.slice(9)}`;
}

/** Makes a new reference from a source of random bytes (Web Crypto in browser and Node). */
export function generateReference(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(new ArrayBuffer(BODY_LENGTH)));
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte & 31];
  return format(body + checkSymbol(body));
}

export type ParsedReference =
  | { ok: true; reference: string }
  | { ok: false; problem: 'empty' | 'length' | 'characters' | 'check' };

/**
 * Reads a reference as a person typed it: any case, with or without spaces or dashes, and with
 * O for 0 or I/L for 1. Returns the canonical form, or why it cannot be a reference.
 */
export function parseReference(input: string): ParsedReference {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length === 0) return { ok: false, problem: 'empty' };
  if (compact.length !== BODY_LENGTH + 1) return { ok: false, problem: 'length' };
  for (const ch of compact) if (!ALPHABET.includes(ch)) return { ok: false, problem: 'characters' };
  const body = compact.slice(0, BODY_LENGTH);
  if (checkSymbol(body) !== compact[BODY_LENGTH]) return { ok: false, problem: 'check' };
  return { ok: true, reference: format(compact) };
}
