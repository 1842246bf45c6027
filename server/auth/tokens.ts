import { createHash, randomBytes } from 'node:crypto';

/** A random 256-bit secret, base64url: session ids, CSRF tokens and set-up links. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret token: a stolen database cannot be replayed as a cookie. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
