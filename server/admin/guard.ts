import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession, touchSession } from '../auth/session-store.ts';
import { findUserById, userBoards } from '../auth/users.ts';
import { problem } from '../http/problem.ts';
import { clientAddress } from '../middleware/client-address.ts';
import type { AdminEnv } from './admin-env.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes that happen before a session exists: JSON-only plus SameSite=Strict protect them. */
const NO_CSRF = new Set(['/admin/api/session', '/admin/api/setup', '/admin/api/setup/inspect']);

/** Largest admin API body; applied before any route runs, by limitBodies() in app.ts. */
export const ADMIN_BODY_LIMIT = 256 * 1024;

export const adminTooLarge = (c: Context) =>
  problem(c, { status: 413, title: 'Request too large', detail: 'Send at most 256 KB.' });

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * First middleware of every /admin/api request (its body was already limited in size before
 * any route, by limitBodies() in app.ts): 415 for a write that is not JSON (Hono's csrf() alone
 * lets JSON routes through: docs/stack-notes.md); loads the session from its cookie (expired sessions
 * count as none); then, for a write, demands a session (401) and the session's
 * CSRF token in `X-CSRF-Token` (403).
 */
export function adminGuard(): MiddlewareHandler<AdminEnv> {
  return async function adminGuardMiddleware(c, next) {
    const { deps } = c.var;
    c.header('Cache-Control', 'no-store');
    c.set('address', clientAddress(c, deps.config.trustProxy));
    const write = WRITE_METHODS.has(c.req.method);
    if (write && !/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
      return problem(c, {
        status: 415,
        title: 'Unsupported content type',
        detail: 'Send requests to the admin API as application/json.',
      });
    }
    const now = deps.now();
    const cookie = getCookie(c, SESSION_COOKIE);
    let session = cookie ? await findSession(deps.db, cookie, now) : undefined;
    if (session) {
      const user = await findUserById(deps.db, session.user_id);
      if (user && user.disabled === 0) {
        session = await touchSession(deps.db, session, now);
        const boards = await userBoards(deps.db, user);
        c.set('auth', { user, session, boardIds: boards.map((b) => b.id) });
      }
    }
    if (write && !NO_CSRF.has(c.req.path)) {
      const auth = c.var.auth;
      if (!auth) {
        return problem(c, {
          status: 401,
          title: 'Sign in to continue',
          detail: 'You are not signed in, or your session has ended.',
        });
      }
      const sent = c.req.header('X-CSRF-Token') ?? '';
      if (!sameToken(sent, auth.session.csrf_token)) {
        return problem(c, {
          status: 403,
          title: 'CSRF token missing or wrong',
          detail: 'Reload the page and try again.',
        });
      }
    }
    return next();
  };
}
