import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../app-env.ts';
import { normaliseEmail } from './users.ts';

/**
 * OWASP "device cookies" (decision 0063): after a full sign-in, the browser gets a long-lived
 * cookie that names the account it signed in to, sealed with the data key (AES-GCM, so it cannot
 * be forged or moved to another account). Attempts that bring it are counted per device, apart
 * from everyone else's, so an attacker's failures cannot lock the real person out.
 */
export const DEVICE_COOKIE = 'heard_device';
const PURPOSE = 'cookie.device';
const DEVICE_DAYS = 365;

const secure = (deps: Deps) => Boolean(deps.config.publicUrl?.startsWith('https:'));

/** Gives this browser a device cookie for the account it has just fully signed in to. */
export function issueDeviceCookie(c: Context, deps: Deps, email: string): void {
  const nonce = randomBytes(16).toString('base64url');
  const value = deps.sealer.seal(JSON.stringify({ n: nonce, e: normaliseEmail(email) }), PURPOSE);
  setCookie(c, DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/admin',
    secure: secure(deps),
    maxAge: DEVICE_DAYS * 86_400,
  });
}

/**
 * The device's id (a hash of its nonce, safe to audit) when the request carries a device cookie
 * issued for this account, or null. Synchronous, so it can sit inside an atomic reservation.
 */
export function trustedDevice(c: Context, deps: Deps, email: string): string | null {
  const value = getCookie(c, DEVICE_COOKIE);
  if (!value || value.length > 400) return null;
  try {
    const { n, e } = JSON.parse(deps.sealer.open(value, PURPOSE)) as { n?: unknown; e?: unknown };
    if (typeof n !== 'string' || e !== normaliseEmail(email)) return null;
    return createHash('sha256').update(n).digest('base64url').slice(0, 16);
  } catch {
    return null;
  }
}
