import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { verifyTotp } from './totp.ts';

/**
 * A staff account's authenticator secrets as stored: sealed (never in the clear), the one in use
 * and the one being set up, and the last time step accepted so that no code works twice.
 */

/** The secret of the authenticator in use, or null when the account has none. */
export const totpSecret = (sealer: Sealer, user: UserRow): string | null =>
  sealer.openOptional(user.totp_secret_sealed, 'user.totp_secret');

/** The secret being set up (POST /account/totp/start), or null when none was started. */
export const pendingTotpSecret = (sealer: Sealer, user: UserRow): string | null =>
  sealer.openOptional(user.totp_pending_sealed, 'user.totp_pending');

/**
 * Checks a code against `secret` and records its time step, so the same code is never accepted
 * twice (the update only succeeds for a step later than the last one, even in parallel).
 */
export async function acceptTotpCode(
  db: Db,
  user: UserRow,
  secret: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const step = verifyTotp(secret, user.email, code, now);
  if (step === null || step <= user.totp_last_step) return false;
  const result = await db
    .updateTable('user')
    .set({ totp_last_step: step })
    .where('id', '=', user.id)
    .where('totp_last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keeps a new secret, sealed, until one of its codes confirms it. */
export async function storePendingTotp(
  db: Db,
  sealer: Sealer,
  userId: number,
  secret: string,
): Promise<void> {
  await db
    .updateTable('user')
    .set({ totp_pending_sealed: sealer.seal(secret, 'user.totp_pending') })
    .where('id', '=', userId)
    .execute();
}

/**
 * Makes a confirmed secret the one in use, from the step of the code that confirmed it. When
 * this finishes signing in (enrolment was required), it is also the account's latest sign-in.
 */
export async function turnOnTotp(
  db: Db,
  sealer: Sealer,
  userId: number,
  args: { secret: string; step: number; now: Date; signingIn: boolean },
): Promise<void> {
  const at = args.now.toISOString();
  await db
    .updateTable('user')
    .set({
      totp_secret_sealed: sealer.seal(args.secret, 'user.totp_secret'),
      totp_pending_sealed: null,
      totp_enabled: 1,
      totp_last_step: args.step,
      updated_at: at,
      ...(args.signingIn ? { last_sign_in_at: at } : {}),
    })
    .where('id', '=', userId)
    .execute();
}

/** Turns two-factor sign-in off at the person's own request (a secret being set up is kept). */
export async function turnOffTotp(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('user')
    .set({ totp_secret_sealed: null, totp_enabled: 0, updated_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}

/** An admin's reset: both secrets go, and the person enrols again at their next sign-in. */
export async function resetTotp(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('user')
    .set({
      totp_enabled: 0,
      totp_secret_sealed: null,
      totp_pending_sealed: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', userId)
    .execute();
}
