import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv, AuthContext } from '../admin/admin-env.ts';
import { readJson } from '../admin/read-json.ts';
import { clearSessionCookie, setSessionCookie } from '../admin/session-cookie.ts';
import { sessionView } from '../admin/session-view.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { requireSignedIn } from '../auth/require-auth.ts';
import {
  createSession,
  endSession,
  endUserSessions,
  markAuthenticated,
  rotateSession,
  type SessionState,
} from '../auth/session-store.ts';
import { clearSignInFailures, recordSignInFailure, signInWait } from '../auth/throttle.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../auth/totp.ts';
import { findUserByEmail, findUserById } from '../auth/users.ts';
import { problem } from '../http/problem.ts';

const SignInSchema = z.strictObject({
  email: z.string().max(320, 'Enter an email address of 320 characters or fewer'),
  password: z.string().max(1024, 'Enter a password of 1,024 characters or fewer'),
});
const CodeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Enter the 6-digit code from your authenticator app'),
});
const ReauthSchema = z.union([
  z.strictObject({ password: z.string().min(1, 'Enter your password').max(1024) }),
  CodeSchema,
]);
const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(4096),
});

const tooMany = (c: Context, wait: number) =>
  problem(
    c,
    {
      status: 429,
      title: 'Too many attempts to sign in',
      detail: `For your security, please wait ${Math.max(1, Math.ceil(wait / 60))} minutes and try again.`,
      retryAfterSeconds: wait,
    },
    { 'Retry-After': String(wait) },
  );

const notRecognised = (c: Context) =>
  problem(c, {
    status: 401,
    title: 'Email or password not recognised',
    detail: 'Check your email address and password and try again.',
  });

const wrongCode = (c: Context) =>
  problem(c, {
    status: 401,
    title: 'Code not recognised',
    detail: 'Enter the current 6-digit code from your authenticator app. Each code works once.',
    errors: [
      {
        field: 'code',
        pointer: '#/code',
        detail: 'Enter the current 6-digit code from your authenticator app',
      },
    ],
  });

const notSignedIn = (c: Context) =>
  problem(c, {
    status: 401,
    title: 'Sign in to continue',
    detail: 'You are not signed in, or your session has ended.',
  });

/** Opens the sealed TOTP secret of a user, or null when they have none. */
function totpSecret(c: Context<AdminEnv>, sealed: string | null): string | null {
  return sealed ? c.var.deps.sealer.open(sealed, 'user.totp_secret') : null;
}

/** Checks a code and records its time step so the same code is never accepted twice. */
async function acceptCode(c: Context<AdminEnv>, auth: AuthContext, secret: string, code: string) {
  const { deps } = c.var;
  const step = verifyTotp(secret, auth.user.email, code, deps.now());
  if (step === null || step <= auth.user.totp_last_step) return false;
  const result = await deps.db
    .updateTable('user')
    .set({ totp_last_step: step })
    .where('id', '=', auth.user.id)
    .where('totp_last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sign-in, second factor, re-authentication, sign-out, and the person's own password and 2FA. */
export const adminSessionRoutes = new Hono<AdminEnv>()
  .get('/admin/api/session', async (c) => {
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    return c.json(await sessionView(c.var.deps, auth.user, auth.session));
  })

  .post('/admin/api/session', async (c) => {
    const { deps } = c.var;
    const body = await readJson(c, SignInSchema);
    if (!body.ok) return body.response;
    const { email, password } = body.data;
    const wait = signInWait(deps, email, c.var.address);
    if (wait > 0) {
      await recordAudit(deps.db, {
        actor: 'public',
        action: 'session.sign_in_throttled',
        address: c.var.address,
        at: deps.now(),
      });
      return tooMany(c, wait);
    }
    const user = await findUserByEmail(deps.db, email);
    // verifyPassword does the full scrypt work even without a user: same timing either way.
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    const now = deps.now();
    if (!ok || !user || user.disabled === 1) {
      recordSignInFailure(deps, email, c.var.address);
      await recordAudit(deps.db, {
        actor: 'public',
        action: 'session.sign_in_failed',
        objectType: user ? 'user' : null,
        objectId: user?.id ?? null,
        address: c.var.address,
        detail: {
          reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'wrong_password',
        },
        at: now,
      });
      return notRecognised(c);
    }
    clearSignInFailures(deps, email);
    // A session that came with the request is ended: the new one has a fresh id (no fixation).
    if (c.var.auth) await endSession(deps.db, c.var.auth.session);
    const state: SessionState =
      user.totp_enabled === 1
        ? 'totp_required'
        : deps.config.requireTwoFactor
          ? 'totp_enrolment_required'
          : 'signed_in';
    const session = await createSession(deps.db, { userId: user.id, state, now });
    if (state === 'signed_in') {
      await deps.db
        .updateTable('user')
        .set({ last_sign_in_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
    }
    await recordAudit(deps.db, {
      actor: user.id,
      action: state === 'signed_in' ? 'session.sign_in' : 'session.password_accepted',
      objectType: 'user',
      objectId: user.id,
      address: c.var.address,
      detail: { state },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    const fresh = (await findUserById(deps.db, user.id)) ?? user;
    return c.json(await sessionView(deps, fresh, session.row));
  })

  .post('/admin/api/session/totp', async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    if (auth.session.state !== 'totp_required') {
      return problem(c, {
        status: 409,
        title: 'No code needed',
        detail: 'This session is not waiting for a code.',
      });
    }
    const body = await readJson(c, CodeSchema);
    if (!body.ok) return body.response;
    const wait = signInWait(deps, `user:${auth.user.id}`, c.var.address);
    if (wait > 0) return tooMany(c, wait);
    const secret = totpSecret(c, auth.user.totp_secret_sealed);
    const now = deps.now();
    if (!secret || !(await acceptCode(c, auth, secret, body.data.code))) {
      recordSignInFailure(deps, `user:${auth.user.id}`, c.var.address);
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'session.totp_failed',
        objectType: 'user',
        objectId: auth.user.id,
        address: c.var.address,
        at: now,
      });
      return wrongCode(c);
    }
    const session = await rotateSession(deps.db, auth.session, {
      state: 'signed_in',
      now,
      authenticatedAt: now,
    });
    await deps.db
      .updateTable('user')
      .set({ last_sign_in_at: now.toISOString() })
      .where('id', '=', auth.user.id)
      .execute();
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'session.sign_in',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      detail: { state: 'signed_in', factor: 'totp' },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    const fresh = (await findUserById(deps.db, auth.user.id)) ?? auth.user;
    return c.json(await sessionView(deps, fresh, session.row));
  })

  .post('/admin/api/session/reauth', requireSignedIn(), async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth as AuthContext;
    const body = await readJson(c, ReauthSchema);
    if (!body.ok) return body.response;
    const wait = signInWait(deps, `user:${auth.user.id}`, c.var.address);
    if (wait > 0) return tooMany(c, wait);
    let ok = false;
    if ('password' in body.data) {
      ok = await verifyPassword(body.data.password, auth.user.password_hash);
    } else {
      const secret = totpSecret(c, auth.user.totp_secret_sealed);
      ok = secret !== null && (await acceptCode(c, auth, secret, body.data.code));
    }
    const now = deps.now();
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: ok ? 'session.reauth' : 'session.reauth_failed',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      detail: { factor: 'password' in body.data ? 'password' : 'totp' },
      at: now,
    });
    if (!ok) {
      recordSignInFailure(deps, `user:${auth.user.id}`, c.var.address);
      return problem(c, {
        status: 401,
        title: 'Not recognised',
        detail: 'That password or code was not right. Try again.',
      });
    }
    const session = await markAuthenticated(deps.db, auth.session, now);
    return c.json(await sessionView(deps, auth.user, session));
  })

  .post('/admin/api/session/sign-out', async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    await endSession(deps.db, auth.session);
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'session.sign_out',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      at: deps.now(),
    });
    clearSessionCookie(c, deps);
    return c.body(null, 204);
  })

  .post('/admin/api/session/sign-out-everywhere', async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    await endUserSessions(deps.db, auth.user.id);
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'session.sign_out_everywhere',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      at: deps.now(),
    });
    clearSessionCookie(c, deps);
    return c.body(null, 204);
  })

  .post('/admin/api/account/password', requireSignedIn(), async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth as AuthContext;
    const body = await readJson(c, PasswordChangeSchema);
    if (!body.ok) return body.response;
    const wait = signInWait(deps, `user:${auth.user.id}`, c.var.address);
    if (wait > 0) return tooMany(c, wait);
    if (!(await verifyPassword(body.data.currentPassword, auth.user.password_hash))) {
      recordSignInFailure(deps, `user:${auth.user.id}`, c.var.address);
      return problem(c, {
        status: 401,
        title: 'Current password not recognised',
        detail: 'Enter your current password.',
        errors: [
          {
            field: 'currentPassword',
            pointer: '#/currentPassword',
            detail: 'Enter your current password',
          },
        ],
      });
    }
    const rule = passwordProblem(body.data.newPassword, auth.user.email);
    if (rule) {
      return problem(c, {
        status: 422,
        title: 'Choose a different password',
        detail: rule,
        errors: [{ field: 'newPassword', pointer: '#/newPassword', detail: rule }],
      });
    }
    const now = deps.now();
    await deps.db
      .updateTable('user')
      .set({
        password_hash: await hashPassword(body.data.newPassword),
        updated_at: now.toISOString(),
      })
      .where('id', '=', auth.user.id)
      .execute();
    // Other sessions may belong to whoever knew the old password.
    await endUserSessions(deps.db, auth.user.id, auth.session.id_hash);
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'account.password_changed',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      at: now,
    });
    return c.body(null, 204);
  })

  .post('/admin/api/account/totp/start', async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    if (auth.session.state === 'totp_required') {
      return problem(c, {
        status: 403,
        title: 'Finish signing in',
        detail: 'Enter the code from your authenticator app first.',
      });
    }
    const secret = newTotpSecret();
    await deps.db
      .updateTable('user')
      .set({ totp_pending_sealed: deps.sealer.seal(secret, 'user.totp_pending') })
      .where('id', '=', auth.user.id)
      .execute();
    return c.json({ secret, uri: totpUri(secret, auth.user.email) });
  })

  .post('/admin/api/account/totp/confirm', async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth;
    if (!auth) return notSignedIn(c);
    if (auth.session.state === 'totp_required') {
      return problem(c, {
        status: 403,
        title: 'Finish signing in',
        detail: 'Enter the code from your authenticator app first.',
      });
    }
    const body = await readJson(c, CodeSchema);
    if (!body.ok) return body.response;
    const pending = auth.user.totp_pending_sealed
      ? deps.sealer.open(auth.user.totp_pending_sealed, 'user.totp_pending')
      : null;
    if (!pending) {
      return problem(c, {
        status: 409,
        title: 'Start setting up first',
        detail: 'Ask for a new secret, add it to your app, then enter a code.',
      });
    }
    const wait = signInWait(deps, `user:${auth.user.id}`, c.var.address);
    if (wait > 0) return tooMany(c, wait);
    const now = deps.now();
    const step = verifyTotp(pending, auth.user.email, body.data.code, now);
    if (step === null) {
      recordSignInFailure(deps, `user:${auth.user.id}`, c.var.address);
      return wrongCode(c);
    }
    await deps.db
      .updateTable('user')
      .set({
        totp_secret_sealed: deps.sealer.seal(pending, 'user.totp_secret'),
        totp_pending_sealed: null,
        totp_enabled: 1,
        totp_last_step: step,
        updated_at: now.toISOString(),
        ...(auth.session.state !== 'signed_in' ? { last_sign_in_at: now.toISOString() } : {}),
      })
      .where('id', '=', auth.user.id)
      .execute();
    const session = await rotateSession(deps.db, auth.session, {
      state: 'signed_in',
      now,
      authenticatedAt: now,
    });
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'account.totp_enabled',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    const fresh = (await findUserById(deps.db, auth.user.id)) ?? auth.user;
    return c.json(await sessionView(deps, fresh, session.row));
  })

  .post('/admin/api/account/totp/disable', requireSignedIn(), async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth as AuthContext;
    if (deps.config.requireTwoFactor) {
      return problem(c, {
        status: 409,
        title: 'Two-factor sign-in is required here',
        detail: 'This service requires two-factor sign-in for everyone.',
      });
    }
    const body = await readJson(c, CodeSchema);
    if (!body.ok) return body.response;
    const secret = totpSecret(c, auth.user.totp_secret_sealed);
    if (!secret || !(await acceptCode(c, auth, secret, body.data.code))) return wrongCode(c);
    await deps.db
      .updateTable('user')
      .set({ totp_secret_sealed: null, totp_enabled: 0, updated_at: deps.now().toISOString() })
      .where('id', '=', auth.user.id)
      .execute();
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'account.totp_disabled',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      at: deps.now(),
    });
    return c.body(null, 204);
  });
