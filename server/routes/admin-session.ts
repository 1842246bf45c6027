import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv, AuthContext } from '../admin/admin-env.ts';
import { readJson } from '../admin/read-json.ts';
import { clearSessionCookie, setSessionCookie } from '../admin/session-cookie.ts';
import { sessionView } from '../admin/session-view.ts';
import { recordAudit } from '../audit/record.ts';
import { issueDeviceCookie, trustedDevice } from '../auth/device-cookie.ts';
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
import {
  attemptFailed,
  attemptSucceeded,
  type Reservation,
  reserveAttempt,
} from '../auth/throttle.ts';
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
const TotpStartSchema = z.strictObject({
  password: z.string().max(1024).optional(),
  code: CodeSchema.shape.code.optional(),
});
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
function totpSecret<E extends AdminEnv>(c: Context<E>, sealed: string | null): string | null {
  return sealed ? c.var.deps.sealer.open(sealed, 'user.totp_secret') : null;
}

/** Checks a code and records its time step so the same code is never accepted twice. */
async function acceptCode<E extends AdminEnv>(
  c: Context<E>,
  auth: AuthContext,
  secret: string,
  code: string,
) {
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

/**
 * Counts an attempt on a step after the password (second factor, re-authentication, password
 * change, 2FA changes) before it is checked: keyed by the user, the address, and this browser's
 * device cookie when it is one of theirs (decision 0063).
 */
const reserveForUser = <E extends AdminEnv>(c: Context<E>, auth: AuthContext) =>
  reserveAttempt(c.var.deps, {
    account: `user:${auth.user.id}`,
    address: c.var.address,
    device: trustedDevice(c, c.var.deps, auth.user.email),
  });

/** The device hash for the audit detail, so a restart can count the failure the same way. */
const deviceDetail = <E extends AdminEnv>(c: Context<E>, email: string) => {
  const device = trustedDevice(c, c.var.deps, email);
  return device ? { device } : {};
};

/**
 * Keeps a failed attempt counted and, when it starts an episode of attack on the account,
 * records the one `account.under_attack` alert admins see on the users page (decision 0063).
 */
async function failedAttempt<E extends AdminEnv>(
  c: Context<E>,
  attempt: Reservation,
  userId: number | null,
) {
  const { deps } = c.var;
  if (!attemptFailed(deps, attempt, userId)) return;
  await recordAudit(deps.db, {
    actor: 'system',
    action: 'account.under_attack',
    objectType: 'user',
    objectId: userId,
    address: c.var.address,
    at: deps.now(),
  });
}

/** A wrong password or code on a step after sign-in: audited as a failed re-authentication. */
async function failedProof<E extends AdminEnv>(
  c: Context<E>,
  auth: AuthContext,
  attempt: Reservation,
  detail: Record<string, unknown>,
) {
  const { deps } = c.var;
  await recordAudit(deps.db, {
    actor: auth.user.id,
    action: 'session.reauth_failed',
    objectType: 'user',
    objectId: auth.user.id,
    address: c.var.address,
    detail: { ...detail, ...deviceDetail(c, auth.user.email) },
    at: deps.now(),
  });
  await failedAttempt(c, attempt, auth.user.id);
}

const alreadyEnrolled = (c: Context) =>
  problem(c, {
    status: 409,
    title: 'Two-factor sign-in is already on',
    detail: 'Sign in again to change your authenticator app.',
  });

/**
 * The password (and the current code when 2FA is on) sent with a request that changes how the
 * account signs in. Counted like any sign-in attempt; null when proven, else the response.
 */
async function proveItIsThem<E extends AdminEnv>(
  c: Context<E>,
  auth: AuthContext,
  given: { password?: string | undefined; code?: string | undefined },
): Promise<Response | null> {
  const needCode = auth.user.totp_enabled === 1;
  const missing = [
    ...(given.password
      ? []
      : [{ field: 'password', pointer: '#/password', detail: 'Enter your password' }]),
    ...(needCode && !given.code
      ? [
          {
            field: 'code',
            pointer: '#/code',
            detail: 'Enter the current 6-digit code from your authenticator app',
          },
        ]
      : []),
  ];
  if (missing.length > 0) {
    return problem(c, {
      status: 422,
      title: 'Confirm it is you',
      detail: 'Enter your password, and your current code if you use an authenticator app.',
      errors: missing,
    });
  }
  const attempt = reserveForUser(c, auth);
  if (!attempt.reserved) return tooMany(c, attempt.wait);
  let ok = await verifyPassword(given.password ?? '', auth.user.password_hash);
  if (ok && needCode) {
    const secret = totpSecret(c, auth.user.totp_secret_sealed);
    ok = secret !== null && (await acceptCode(c, auth, secret, given.code ?? ''));
  }
  if (!ok) {
    await failedProof(c, auth, attempt, {
      factor: needCode ? 'password+totp' : 'password',
      during: 'totp_start',
    });
    return problem(c, {
      status: 401,
      title: 'Not recognised',
      detail: 'That password or code was not right. Try again.',
    });
  }
  attemptSucceeded(c.var.deps, attempt);
  return null;
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
    const device = trustedDevice(c, deps, email);
    // Counted before the ~200 ms password hash, with no await in between (decision 0063).
    const attempt = reserveAttempt(deps, { account: email, address: c.var.address, device });
    if (!attempt.reserved) {
      await recordAudit(deps.db, {
        actor: 'public',
        action: 'session.sign_in_throttled',
        address: c.var.address,
        detail: device ? { device } : {},
        at: deps.now(),
      });
      return tooMany(c, attempt.wait);
    }
    const user = await findUserByEmail(deps.db, email);
    // verifyPassword does the full scrypt work even without a user: same timing either way.
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    const now = deps.now();
    if (!ok || !user || user.disabled === 1) {
      await recordAudit(deps.db, {
        actor: 'public',
        action: 'session.sign_in_failed',
        objectType: user ? 'user' : null,
        objectId: user?.id ?? null,
        address: c.var.address,
        detail: {
          reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'wrong_password',
          ...(device ? { device } : {}),
        },
        at: now,
      });
      await failedAttempt(c, attempt, user?.id ?? null);
      return notRecognised(c);
    }
    attemptSucceeded(deps, attempt);
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
      detail: { state, ...(device ? { device } : {}) },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    if (state === 'signed_in') issueDeviceCookie(c, deps, user.email);
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
    const attempt = reserveForUser(c, auth);
    if (!attempt.reserved) return tooMany(c, attempt.wait);
    const secret = totpSecret(c, auth.user.totp_secret_sealed);
    const now = deps.now();
    if (!secret || !(await acceptCode(c, auth, secret, body.data.code))) {
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'session.totp_failed',
        objectType: 'user',
        objectId: auth.user.id,
        address: c.var.address,
        detail: deviceDetail(c, auth.user.email),
        at: now,
      });
      await failedAttempt(c, attempt, auth.user.id);
      return wrongCode(c);
    }
    attemptSucceeded(deps, attempt);
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
      detail: { state: 'signed_in', factor: 'totp', ...deviceDetail(c, auth.user.email) },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    issueDeviceCookie(c, deps, auth.user.email);
    const fresh = (await findUserById(deps.db, auth.user.id)) ?? auth.user;
    return c.json(await sessionView(deps, fresh, session.row));
  })

  .post('/admin/api/session/reauth', requireSignedIn(), async (c) => {
    const { deps } = c.var;
    const auth = c.var.auth as AuthContext;
    const body = await readJson(c, ReauthSchema);
    if (!body.ok) return body.response;
    const attempt = reserveForUser(c, auth);
    if (!attempt.reserved) return tooMany(c, attempt.wait);
    let ok = false;
    if ('password' in body.data) {
      ok = await verifyPassword(body.data.password, auth.user.password_hash);
    } else {
      const secret = totpSecret(c, auth.user.totp_secret_sealed);
      ok = secret !== null && (await acceptCode(c, auth, secret, body.data.code));
    }
    const now = deps.now();
    const factor = 'password' in body.data ? 'password' : 'totp';
    if (!ok) {
      await failedProof(c, auth, attempt, { factor });
      return problem(c, {
        status: 401,
        title: 'Not recognised',
        detail: 'That password or code was not right. Try again.',
      });
    }
    attemptSucceeded(deps, attempt);
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: 'session.reauth',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      detail: { factor },
      at: now,
    });
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
    const attempt = reserveForUser(c, auth);
    if (!attempt.reserved) return tooMany(c, attempt.wait);
    if (!(await verifyPassword(body.data.currentPassword, auth.user.password_hash))) {
      await failedProof(c, auth, attempt, { factor: 'password', during: 'password_change' });
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
    attemptSucceeded(deps, attempt);
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

  /**
   * A new authenticator secret. Straight after a password sign-in on a Heard that requires 2FA
   * (state `totp_enrolment_required`) the password was just proven, so nothing more is asked.
   * Otherwise a session alone is not enough (it may be stolen): the request itself must carry
   * the password, and the current code when 2FA is already on, so a session cannot enrol or
   * swap in an authenticator of its own (decision 0064).
   */
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
    const body = await readJson(c, TotpStartSchema);
    if (!body.ok) return body.response;
    if (auth.session.state === 'totp_enrolment_required') {
      if (auth.user.totp_enabled === 1) return alreadyEnrolled(c);
    } else {
      const proof = await proveItIsThem(c, auth, body.data);
      if (proof) return proof;
    }
    const secret = newTotpSecret();
    await deps.db
      .updateTable('user')
      .set({ totp_pending_sealed: deps.sealer.seal(secret, 'user.totp_pending') })
      .where('id', '=', auth.user.id)
      .execute();
    return c.json({ secret, uri: totpUri(secret, auth.user.email) });
  })

  /**
   * Proves the new secret with one of its codes and turns it on. This proves only that the
   * caller holds the new secret, so it never counts as re-authentication (the session keeps its
   * authentication time); every other session of the account ends, as after a password change.
   */
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
    if (auth.session.state === 'totp_enrolment_required' && auth.user.totp_enabled === 1) {
      return alreadyEnrolled(c);
    }
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
    const attempt = reserveForUser(c, auth);
    if (!attempt.reserved) return tooMany(c, attempt.wait);
    const now = deps.now();
    const step = verifyTotp(pending, auth.user.email, body.data.code, now);
    if (step === null) {
      await failedAttempt(c, attempt, auth.user.id);
      return wrongCode(c);
    }
    attemptSucceeded(deps, attempt);
    const replacing = auth.user.totp_enabled === 1;
    const finishingSignIn = auth.session.state === 'totp_enrolment_required';
    await deps.db
      .updateTable('user')
      .set({
        totp_secret_sealed: deps.sealer.seal(pending, 'user.totp_secret'),
        totp_pending_sealed: null,
        totp_enabled: 1,
        totp_last_step: step,
        updated_at: now.toISOString(),
        ...(finishingSignIn ? { last_sign_in_at: now.toISOString() } : {}),
      })
      .where('id', '=', auth.user.id)
      .execute();
    // No authenticatedAt: the session keeps the time its password was last proven.
    const session = await rotateSession(deps.db, auth.session, { state: 'signed_in', now });
    await endUserSessions(deps.db, auth.user.id, session.row.id_hash);
    await recordAudit(deps.db, {
      actor: auth.user.id,
      action: replacing ? 'account.totp_replaced' : 'account.totp_enabled',
      objectType: 'user',
      objectId: auth.user.id,
      address: c.var.address,
      detail: { otherSessionsEnded: true },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    if (finishingSignIn) issueDeviceCookie(c, deps, auth.user.email);
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
    const attempt = reserveForUser(c, auth);
    if (!attempt.reserved) return tooMany(c, attempt.wait);
    const secret = totpSecret(c, auth.user.totp_secret_sealed);
    if (!secret || !(await acceptCode(c, auth, secret, body.data.code))) {
      await failedProof(c, auth, attempt, { factor: 'totp', during: 'totp_disable' });
      return wrongCode(c);
    }
    attemptSucceeded(deps, attempt);
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
