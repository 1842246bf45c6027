import type { Db } from '../../db/client.ts';
import type { SessionRow } from '../../db/schema.ts';
import { hashToken, randomToken } from './tokens.ts';

export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** Opening original text or exporting a pack needs a password or code within this time. */
export const RECENT_AUTH_MINUTES = 15;

export type SessionState = 'signed_in' | 'totp_required' | 'totp_enrolment_required';

export type NewSession = { id: string; csrfToken: string; row: SessionRow };

/** Starts a session: a fresh random id (only its hash is stored) and its own CSRF token. */
export async function createSession(
  db: Db,
  args: { userId: number; state: SessionState; now: Date; authenticatedAt?: Date },
): Promise<NewSession> {
  const id = randomToken();
  const row: SessionRow = {
    id_hash: hashToken(id),
    user_id: args.userId,
    csrf_token: randomToken(),
    state: args.state,
    created_at: args.now.toISOString(),
    last_seen_at: args.now.toISOString(),
    authenticated_at: (args.authenticatedAt ?? args.now).toISOString(),
  };
  await db.insertInto('session').values(row).execute();
  return { id, csrfToken: row.csrf_token, row };
}

/**
 * Replaces a session with a new id (and CSRF token), keeping when it started: used at every step
 * up in trust (second factor, enrolment) so an id seen before the step is worthless.
 */
export async function rotateSession(
  db: Db,
  old: SessionRow,
  args: { state: SessionState; now: Date; authenticatedAt?: Date },
): Promise<NewSession> {
  await db.deleteFrom('session').where('id_hash', '=', old.id_hash).execute();
  const id = randomToken();
  const row: SessionRow = {
    ...old,
    id_hash: hashToken(id),
    csrf_token: randomToken(),
    state: args.state,
    last_seen_at: args.now.toISOString(),
    authenticated_at: (args.authenticatedAt ?? new Date(old.authenticated_at)).toISOString(),
  };
  await db.insertInto('session').values(row).execute();
  return { id, csrfToken: row.csrf_token, row };
}

export function sessionExpiry(row: SessionRow): Date {
  const idle = new Date(row.last_seen_at).getTime() + SESSION_IDLE_MINUTES * 60_000;
  const absolute = new Date(row.created_at).getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

/** The live session for a cookie value, or undefined (an expired one is deleted on sight). */
export async function findSession(db: Db, id: string, now: Date): Promise<SessionRow | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(id)) return undefined;
  const row = await db
    .selectFrom('session')
    .selectAll()
    .where('id_hash', '=', hashToken(id))
    .executeTakeFirst();
  if (!row) return undefined;
  if (sessionExpiry(row).getTime() <= now.getTime()) {
    await db.deleteFrom('session').where('id_hash', '=', row.id_hash).execute();
    return undefined;
  }
  return row;
}

export async function touchSession(db: Db, row: SessionRow, now: Date): Promise<SessionRow> {
  const updated = { ...row, last_seen_at: now.toISOString() };
  await db
    .updateTable('session')
    .set({ last_seen_at: updated.last_seen_at })
    .where('id_hash', '=', row.id_hash)
    .execute();
  return updated;
}

export async function markAuthenticated(db: Db, row: SessionRow, now: Date): Promise<SessionRow> {
  await db
    .updateTable('session')
    .set({ authenticated_at: now.toISOString() })
    .where('id_hash', '=', row.id_hash)
    .execute();
  return { ...row, authenticated_at: now.toISOString() };
}

export async function endSession(db: Db, row: SessionRow): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', row.id_hash).execute();
}

/** Ends every session of a user: sign-out everywhere, disabling, password change. */
export async function endUserSessions(db: Db, userId: number, except?: string): Promise<void> {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (except) q = q.where('id_hash', '!=', except);
  await q.execute();
}
