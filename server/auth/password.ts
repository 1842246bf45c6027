import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Unprocessable } from '../http/errors.ts';

/**
 * Password hashing with Node's scrypt at OWASP's parameters (N=2^14, r=8, p=5: ~190 ms here,
 * within the default 32 MiB maxmem; docs/stack-notes.md). Stored as `scrypt$N$r$p$salt$hash` (base64url) so
 * the parameters can be raised later without breaking existing hashes.
 */
const N = 16384;
const R = 8;
const P = 5;
const KEY_LENGTH = 32;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** A real hash of a random password, verified against when an email is unknown (same timing). */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash in constant time. With `null` (unknown email or no
 * password yet) it still does the full scrypt work so the response time does not reveal that.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  const target = stored ?? (await dummyHash);
  const [scheme, n, r, p, saltText, keyText] = target.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const key = await derive(
    password.slice(0, PASSWORD_MAX * 4),
    Buffer.from(saltText, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
  );
  return stored !== null && key.length === expected.length && timingSafeEqual(key, expected);
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.trim().toLowerCase()),
  );
  return common;
}

/**
 * NIST SP 800-63B rules: at least 12 characters, long passphrases allowed, not a common or
 * breached password, not the email address; no composition rules (they make passwords weaker
 * and harder to remember). Returns a plain-English problem, or null when the password is fine.
 */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return `Your password must be at least ${PASSWORD_MIN} characters. A few ordinary words together work well.`;
  if (length > PASSWORD_MAX) return `Your password must be ${PASSWORD_MAX} characters or fewer.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.trim()))
    return 'This password is too common: people who guess passwords try it first. Choose another.';
  if (/^(.)\1*$/u.test(password)) return 'Your password must not be one character repeated.';
  const local = email?.toLowerCase().split('@')[0] ?? '';
  if (
    email &&
    (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local) && length < 20))
  )
    return 'Your password must not be based on your email address.';
  return null;
}

/**
 * Refuses a new password that breaks a rule (422 "Choose a different password", naming `field`
 * with the rule in plain English), before anything is stored.
 */
export function requireGoodPassword(field: string, password: string, email: string): void {
  const rule = passwordProblem(password, email);
  if (rule)
    throw new Unprocessable(
      [{ field, pointer: `#/${field}`, detail: rule }],
      'Choose a different password',
      rule,
    );
}
