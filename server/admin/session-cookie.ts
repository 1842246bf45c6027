import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../app-env.ts';
import { SESSION_ABSOLUTE_HOURS } from '../auth/session-store.ts';

/** Public contract with the admin app: the session cookie's name and path. */
export const SESSION_COOKIE = 'heard_admin_session';

const secure = (deps: Deps) => Boolean(deps.config.publicUrl?.startsWith('https:'));

/** HttpOnly, SameSite=Strict, Path=/admin, Secure behind https (plain-http localhost only without). */
export function setSessionCookie(c: Context, deps: Deps, id: string): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/admin',
    secure: secure(deps),
    maxAge: SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context, deps: Deps): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/admin',
    secure: secure(deps),
    httpOnly: true,
    sameSite: 'Strict',
  });
}
