import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { Conflict, ProblemError, Unprocessable } from '../http/errors.ts';
import {
  type AccountStep,
  codeNotRecognised,
  failedAttempt,
  failedProof,
  proofNotRecognised,
  reserveForUser,
} from './attempts.ts';
import { hashPassword, requireGoodPassword, verifyPassword } from './password.ts';
import { endUserSessions, rotateSession } from './session-store.ts';
import type { SignedIn } from './sign-in.ts';
import { attemptSucceeded } from './throttle.ts';
import { newTotpSecret, totpUri, verifyTotp } from './totp.ts';
import {
  acceptTotpCode,
  pendingTotpSecret,
  storePendingTotp,
  totpSecret,
  turnOffTotp,
  turnOnTotp,
} from './totp-store.ts';
import { findUserById, setPasswordHash } from './users.ts';

/**
 * How a signed-in person changes the way their own account signs in: their password and their
 * authenticator. Each change proves it is them first, counted like a sign-in (decision 0063),
 * so a stolen session alone cannot take the account over (decision 0064).
 */

const alreadyEnrolled = () =>
  new Conflict(
    'Two-factor sign-in is already on',
    'Sign in again to change your authenticator app.',
  );

/**
 * The password (and the current code when 2FA is on) sent with a request that changes how the
 * account signs in: 422 when one is missing, 401 when wrong (audited), 429 when counted out.
 */
async function proveItIsThem(
  deps: Deps,
  step: AccountStep,
  given: { password?: string | undefined; code?: string | undefined },
): Promise<void> {
  const { user } = step.auth;
  const needCode = user.totp_enabled === 1;
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
    throw new Unprocessable(
      missing,
      'Confirm it is you',
      'Enter your password, and your current code if you use an authenticator app.',
    );
  }
  const attempt = reserveForUser(deps, step);
  let ok = await verifyPassword(given.password ?? '', user.password_hash);
  if (ok && needCode) {
    const secret = totpSecret(deps.sealer, user);
    ok =
      secret !== null &&
      (await acceptTotpCode(deps.db, user, secret, given.code ?? '', deps.now()));
  }
  if (!ok) {
    await failedProof(deps, step, attempt, {
      factor: needCode ? 'password+totp' : 'password',
      during: 'totp_start',
    });
    throw proofNotRecognised();
  }
  attemptSucceeded(deps, attempt);
}

/**
 * A new password, after the current one: every other session of the account ends, as they may
 * belong to whoever knew the old password.
 */
export async function changePassword(
  deps: Deps,
  step: AccountStep,
  args: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { user, session } = step.auth;
  const attempt = reserveForUser(deps, step);
  if (!(await verifyPassword(args.currentPassword, user.password_hash))) {
    await failedProof(deps, step, attempt, { factor: 'password', during: 'password_change' });
    throw new ProblemError({
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
  requireGoodPassword('newPassword', args.newPassword, user.email);
  const now = deps.now();
  await setPasswordHash(deps.db, user.id, await hashPassword(args.newPassword), now);
  await endUserSessions(deps.db, user.id, session.id_hash);
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'account.password_changed',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    at: now,
  });
}

/**
 * A new authenticator secret, kept until a code confirms it. Straight after a password sign-in
 * on a Heard that requires 2FA (state `totp_enrolment_required`) the password was just proven,
 * so nothing more is asked; otherwise the request must prove it is them (decision 0064).
 */
export async function startTotp(
  deps: Deps,
  step: AccountStep,
  given: { password?: string | undefined; code?: string | undefined },
): Promise<{ secret: string; uri: string }> {
  const { user, session } = step.auth;
  if (session.state === 'totp_enrolment_required') {
    if (user.totp_enabled === 1) throw alreadyEnrolled();
  } else {
    await proveItIsThem(deps, step, given);
  }
  const secret = newTotpSecret();
  await storePendingTotp(deps.db, deps.sealer, user.id, secret);
  return { secret, uri: totpUri(secret, user.email) };
}

/**
 * Proves the new secret with one of its codes and turns it on. This proves only that the caller
 * holds the new secret, so it never counts as re-authentication (the session keeps its
 * authentication time); every other session of the account ends, as after a password change.
 * `signingIn` is true when this finished a sign-in that required enrolment.
 */
export async function confirmTotp(
  deps: Deps,
  step: AccountStep,
  code: string,
): Promise<SignedIn & { signingIn: boolean }> {
  const { user } = step.auth;
  const signingIn = step.auth.session.state === 'totp_enrolment_required';
  if (signingIn && user.totp_enabled === 1) throw alreadyEnrolled();
  const pending = pendingTotpSecret(deps.sealer, user);
  if (!pending) {
    throw new Conflict(
      'Start setting up first',
      'Ask for a new secret, add it to your app, then enter a code.',
    );
  }
  const attempt = reserveForUser(deps, step);
  const now = deps.now();
  const timeStep = verifyTotp(pending, user.email, code, now);
  if (timeStep === null) {
    await failedAttempt(deps, attempt, user.id, step.address);
    throw codeNotRecognised();
  }
  attemptSucceeded(deps, attempt);
  const replacing = user.totp_enabled === 1;
  await turnOnTotp(deps.db, deps.sealer, user.id, {
    secret: pending,
    step: timeStep,
    now,
    signingIn,
  });
  // No authenticatedAt: the session keeps the time its password was last proven.
  const session = await rotateSession(deps.db, step.auth.session, { state: 'signed_in', now });
  await endUserSessions(deps.db, user.id, session.row.id_hash);
  await recordAudit(deps.db, {
    actor: user.id,
    action: replacing ? 'account.totp_replaced' : 'account.totp_enabled',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    detail: { otherSessionsEnded: true },
    at: now,
  });
  return { user: (await findUserById(deps.db, user.id)) ?? user, session, signingIn };
}

/** Turns two-factor sign-in off, with a current code from the authenticator in use. */
export async function disableTotp(deps: Deps, step: AccountStep, code: string): Promise<void> {
  const { user } = step.auth;
  const attempt = reserveForUser(deps, step);
  const secret = totpSecret(deps.sealer, user);
  if (!secret || !(await acceptTotpCode(deps.db, user, secret, code, deps.now()))) {
    await failedProof(deps, step, attempt, { factor: 'totp', during: 'totp_disable' });
    throw codeNotRecognised();
  }
  attemptSucceeded(deps, attempt);
  await turnOffTotp(deps.db, user.id, deps.now());
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'account.totp_disabled',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    at: deps.now(),
  });
}
