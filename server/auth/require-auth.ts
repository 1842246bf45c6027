import type { Context, MiddlewareHandler } from 'hono';
import type { SignedInEnv } from '../admin/admin-env.ts';
import { Conflict, ProblemError } from '../http/errors.ts';
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

/**
 * Any session, even one half-way through signing in: for the steps that finish signing in (the
 * second factor, enrolment) and for reading or ending the session. 401 without one.
 */
export function requireSession(): MiddlewareHandler<SignedInEnv> {
  return async function requireSessionMiddleware(c, next) {
    if (!c.var.auth) {
      throw new ProblemError({
        status: 401,
        title: 'Sign in to continue',
        detail: 'You are not signed in, or your session has ended.',
      });
    }
    await next();
  };
}

/** Lets a signed-in request through unless `refusal` names a problem for it, which is thrown. */
function refuseWhen(
  refusal: (c: Context<SignedInEnv>) => ProblemError | null,
): MiddlewareHandler<SignedInEnv> {
  return async function refuseWhenMiddleware(c, next) {
    const problem = refusal(c);
    if (problem) throw problem;
    await next();
  };
}

/** A session whose second factor is done (signed in, or only enrolment left): 403 otherwise. */
export const requireCodeEntered = () =>
  refuseWhen((c) =>
    c.var.auth.session.state === 'totp_required'
      ? new ProblemError({
          status: 403,
          title: 'Finish signing in',
          detail: 'Enter the code from your authenticator app first.',
        })
      : null,
  );

/** A session waiting for the code from an authenticator app: 409 otherwise. */
export const requireCodeAwaited = () =>
  refuseWhen((c) =>
    c.var.auth.session.state === 'totp_required'
      ? null
      : new Conflict('No code needed', 'This session is not waiting for a code.'),
  );

/** Turning two-factor sign-in off is refused (409) where the service requires it for everyone. */
export const requireTwoFactorOptional = () =>
  refuseWhen((c) =>
    c.var.deps.config.requireTwoFactor
      ? new Conflict(
          'Two-factor sign-in is required here',
          'This service requires two-factor sign-in for everyone.',
        )
      : null,
  );
