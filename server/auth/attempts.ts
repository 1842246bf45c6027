import type { AuthContext } from '../admin/admin-env.ts';
import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { ProblemError } from '../http/errors.ts';
import { queueAccountAttack } from '../messages/account-alerts.ts';
import { attemptFailed, type Reservation, reserveAttempt } from './throttle.ts';

/**
 * A step a signed-in (or half signed-in) person takes after their password: the second factor,
 * re-authentication, a password change, 2FA changes. `device` is the hash of this browser's
 * device cookie when it was issued for their account (server/auth/device-cookie.ts), else null.
 */
export type AccountStep = { auth: AuthContext; address: string; device: string | null };

/** 429 with Retry-After: the attempt was not counted and nothing was checked. */
export const tooManyAttempts = (wait: number) =>
  new ProblemError(
    {
      status: 429,
      title: 'Too many attempts to sign in',
      detail: `For your security, please wait ${Math.max(1, Math.ceil(wait / 60))} minutes and try again.`,
      retryAfterSeconds: wait,
    },
    { 'Retry-After': String(wait) },
  );

/** 401 for a wrong password or code on a step after sign-in. */
export const proofNotRecognised = () =>
  new ProblemError({
    status: 401,
    title: 'Not recognised',
    detail: 'That password or code was not right. Try again.',
  });

/** 401 for a wrong, old or reused authenticator code. */
export const codeNotRecognised = () =>
  new ProblemError({
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

/** The device hash for an audit detail, so a restart can count the failure the same way. */
export const deviceDetail = (device: string | null) => (device ? { device } : {});

/**
 * Counts an attempt on a step after the password before it is checked, keyed by the user, the
 * address, and the device cookie when it is one of theirs (decision 0063); throws 429 when the
 * caller must wait. Synchronous: nothing may come between the count and the check's start.
 */
export function reserveForUser(
  deps: Deps,
  step: AccountStep,
): Extract<Reservation, { reserved: true }> {
  const attempt = reserveAttempt(deps, {
    account: `user:${step.auth.user.id}`,
    address: step.address,
    device: step.device,
  });
  if (!attempt.reserved) throw tooManyAttempts(attempt.wait);
  return attempt;
}

/**
 * Keeps a failed attempt counted and, when it starts an episode of attack on the account,
 * records the one `account.under_attack` alert admins see on the users page (decision 0063).
 */
export async function failedAttempt(
  deps: Deps,
  attempt: Reservation,
  userId: number | null,
  address: string,
): Promise<void> {
  if (!attemptFailed(deps, attempt, userId) || userId === null) return;
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      actor: 'system',
      action: 'account.under_attack',
      objectType: 'user',
      objectId: userId,
      address,
      at,
    });
    // Admins are told by email too, once per episode (issue 13).
    await queueAccountAttack(trx, deps, { userId, at });
  });
}

/** A wrong password or code on a step after sign-in: audited as a failed re-authentication. */
export async function failedProof(
  deps: Deps,
  step: AccountStep,
  attempt: Reservation,
  detail: Record<string, unknown>,
): Promise<void> {
  const { user } = step.auth;
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'session.reauth_failed',
    objectType: 'user',
    objectId: user.id,
    address: step.address,
    detail: { ...detail, ...deviceDetail(step.device) },
    at: deps.now(),
  });
  await failedAttempt(deps, attempt, user.id, step.address);
}
