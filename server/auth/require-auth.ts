import type { MiddlewareHandler } from 'hono';
import type { SignedInEnv } from '../admin/admin-env.ts';
import { problem } from '../http/problem.ts';
import type { Role } from './roles.ts';
import { RECENT_AUTH_MINUTES } from './session-store.ts';

/**
 * Lets a request through only for a fully signed-in user with one of `roles`: 401 without a
 * session, 403 while sign-in is half done (second factor or enrolment outstanding) or for any
 * other role. Board scoping is checked by each route (objects of other Boards are a 404).
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<SignedInEnv> {
  // Typed as SignedInEnv so the handlers after it see `auth` as set: the check below is what
  // makes that true, so it must not be skipped on the strength of the type.
  return async function requireRoleMiddleware(c, next) {
    const auth = c.var.auth;
    if (!auth) {
      return problem(c, {
        status: 401,
        title: 'Sign in to continue',
        detail: 'You are not signed in, or your session has ended.',
      });
    }
    if (auth.session.state !== 'signed_in') {
      return problem(c, {
        status: 403,
        title: 'Finish signing in',
        detail:
          auth.session.state === 'totp_required'
            ? 'Enter the code from your authenticator app first.'
            : 'Set up two-factor sign-in first: this service requires it.',
      });
    }
    if (!roles.includes(auth.user.role)) {
      return problem(c, { status: 403, title: 'Not allowed', detail: 'Your role cannot do this.' });
    }
    await next();
  };
}

/** Any fully signed-in staff member. */
export const requireSignedIn = () => requireRole('admin', 'coordinator', 'board_secretary');

/**
 * Demands a password or TOTP code within the last 15 minutes (428 otherwise; the client calls
 * `POST /admin/api/session/reauth` and repeats). Used before original text, contact details and
 * pack exports (issue 6). Mount after requireRole().
 */
export function requireRecentAuth(): MiddlewareHandler<SignedInEnv> {
  return async function requireRecentAuthMiddleware(c, next) {
    const auth = c.var.auth;
    const { now } = c.var.deps;
    if (
      !auth ||
      now().getTime() - new Date(auth.session.authenticated_at).getTime() >
        RECENT_AUTH_MINUTES * 60_000
    ) {
      return problem(c, {
        status: 428,
        title: 'Confirm it is you',
        detail: 'Enter your password or a code from your authenticator app to continue.',
      });
    }
    await next();
  };
}
