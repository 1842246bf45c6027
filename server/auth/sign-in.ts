import type { SessionRow, UserRow } from '../../db/schema.ts';
import type { AuthContext } from '../admin/admin-env.ts';
import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { ProblemError } from '../http/errors.ts';
import { queueNewDevice } from '../messages/account-alerts.ts';
import {
  type AccountStep,
  codeNotRecognised,
  deviceDetail,
  failedAttempt,
  failedProof,
  proofNotRecognised,
  reserveForUser,
  tooManyAttempts,
} from './attempts.ts';
import { verifyPassword } from './password.ts';
import {
  createSession,
  endSession,
  endUserSessions,
  markAuthenticated,
  type NewSession,
  rotateSession,
  type SessionState,
} from './session-store.ts';
import { attemptSucceeded, reserveAttempt } from './throttle.ts';
import { acceptTotpCode, totpSecret } from './totp-store.ts';
import { findUserByEmail, findUserById, noteSignIn } from './users.ts';

/** A session just started or stepped up, with the account as it now stands. */
export type SignedIn = { user: UserRow; session: NewSession };

/**
 * Where a session starts once the password is proven: the second factor when the account has
 * one; enrolment when the service requires 2FA and it has none; otherwise signed in.
 */
export function stateAfterPassword(deps: Deps, user: UserRow): SessionState {
  if (user.totp_enabled === 1) return 'totp_required';
  return deps.config.requireTwoFactor ? 'totp_enrolment_required' : 'signed_in';
}

/**
 * Sign-in with email and password (decision 0063). The attempt is counted before the ~200 ms
 * password hash with no await in between, so parallel guesses cannot slip past the limit; an
 * unknown, disabled or wrong account is answered exactly alike (401), after the same work. A
 * session the request came with is ended: the new one has a fresh id (no fixation).
 */
export async function signInWithPassword(
  deps: Deps,
  args: {
    email: string;
    password: string;
    address: string;
    device: string | null;
    previous: SessionRow | undefined;
  },
): Promise<SignedIn> {
  const { email, password, address, device } = args;
  const attempt = reserveAttempt(deps, { account: email, address, device });
  if (!attempt.reserved) {
    await recordAudit(deps.db, {
      actor: 'public',
      action: 'session.sign_in_throttled',
      address,
      detail: deviceDetail(device),
      at: deps.now(),
    });
    throw tooManyAttempts(attempt.wait);
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
      address,
      detail: {
        reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'wrong_password',
        ...deviceDetail(device),
      },
      at: now,
    });
    await failedAttempt(deps, attempt, user?.id ?? null, address);
    throw new ProblemError({
      status: 401,
      title: 'Email or password not recognised',
      detail: 'Check your email address and password and try again.',
    });
  }
  attemptSucceeded(deps, attempt);
  if (args.previous) await endSession(deps.db, args.previous);
  const state = stateAfterPassword(deps, user);
  const session = await createSession(deps.db, { userId: user.id, state, now });
  if (state === 'signed_in') await noteSignIn(deps.db, user.id, now);
  await recordAudit(deps.db, {
    actor: user.id,
    action: state === 'signed_in' ? 'session.sign_in' : 'session.password_accepted',
    objectType: 'user',
    objectId: user.id,
    address,
    detail: { state, ...deviceDetail(device) },
    at: now,
  });
  if (state === 'signed_in') {
    // A browser new to this account: tell its owner (issue 13).
    await queueNewDevice(deps.db, deps, {
      userId: user.id,
      firstSignIn: user.last_sign_in_at === null,
      device,
      at: now,
    });
  }
  return { user: (await findUserById(deps.db, user.id)) ?? user, session };
}

/**
 * The second factor of a session waiting for it: a current, unused code from the account's
 * authenticator. The session gets a new id, signed in and freshly authenticated.
 */
export async function signInWithCode(
  deps: Deps,
  step: AccountStep,
  code: string,
): Promise<SignedIn> {
  const { user } = step.auth;
  const attempt = reserveForUser(deps, step);
  const secret = totpSecret(deps.sealer, user);
  const now = deps.now();
  if (!secret || !(await acceptTotpCode(deps.db, user, secret, code, now))) {
    await recordAudit(deps.db, {
      actor: user.id,
      action: 'session.totp_failed',
      objectType: 'user',
      objectId: user.id,
      address: step.address,
      detail: deviceDetail(step.device),
      at: now,
    });
    await failedAttempt(deps, attempt, user.id, step.address);
    throw codeNotRecognised();
  }
  attemptSucceeded(deps, attempt);
  const session = await rotateSession(deps.db, step.auth.session, {
    state: 'signed_in',
    now,
    authenticatedAt: now,
  });
  await noteSignIn(deps.db, user.id, now);
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'session.sign_in',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    detail: { state: 'signed_in', factor: 'totp', ...deviceDetail(step.device) },
    at: now,
  });
  await queueNewDevice(deps.db, deps, {
    userId: user.id,
    firstSignIn: user.last_sign_in_at === null,
    device: step.device,
    at: now,
  });
  return { user: (await findUserById(deps.db, user.id)) ?? user, session };
}

/**
 * Proves it is still them (password, or a code when 2FA is on) and renews the session's
 * authentication time, which opening original text and exporting packs require (428).
 */
export async function reauthenticate(
  deps: Deps,
  step: AccountStep,
  proof: { password: string } | { code: string },
): Promise<SessionRow> {
  const { user } = step.auth;
  const attempt = reserveForUser(deps, step);
  let ok = false;
  if ('password' in proof) {
    ok = await verifyPassword(proof.password, user.password_hash);
  } else {
    const secret = totpSecret(deps.sealer, user);
    ok = secret !== null && (await acceptTotpCode(deps.db, user, secret, proof.code, deps.now()));
  }
  const now = deps.now();
  const factor = 'password' in proof ? 'password' : 'totp';
  if (!ok) {
    await failedProof(deps, step, attempt, { factor });
    throw proofNotRecognised();
  }
  attemptSucceeded(deps, attempt);
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'session.reauth',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    detail: { factor },
    at: now,
  });
  return markAuthenticated(deps.db, step.auth.session, now);
}

/** Ends this session, or with `everywhere` every session of the account; audited either way. */
export async function signOut(
  deps: Deps,
  auth: AuthContext,
  args: { address: string; everywhere: boolean },
): Promise<void> {
  if (args.everywhere) await endUserSessions(deps.db, auth.user.id);
  else await endSession(deps.db, auth.session);
  await recordAudit(deps.db, {
    actor: auth.user.id,
    action: args.everywhere ? 'session.sign_out_everywhere' : 'session.sign_out',
    objectType: 'user',
    objectId: auth.user.id,
    address: args.address,
    at: deps.now(),
  });
}
