import type { Db } from '../../db/client.ts';
import { hashToken, randomToken } from './tokens.ts';

export const SETUP_LINK_HOURS = 72;

/**
 * Issues a one-time set-up link token (stored hashed). For a user: they choose their password;
 * any earlier link of theirs stops working. With `userId` null: the bootstrap link that creates
 * the first admin.
 */
export async function createSetupToken(
  db: Db,
  args: { userId: number | null; now: Date; hours?: number },
): Promise<string> {
  const token = randomToken();
  if (args.userId !== null) {
    await db.deleteFrom('setup_token').where('user_id', '=', args.userId).execute();
  } else {
    await db.deleteFrom('setup_token').where('user_id', 'is', null).execute();
  }
  await db
    .insertInto('setup_token')
    .values({
      token_hash: hashToken(token),
      user_id: args.userId,
      created_at: args.now.toISOString(),
      expires_at: new Date(
        args.now.getTime() + (args.hours ?? SETUP_LINK_HOURS) * 3_600_000,
      ).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** A usable set-up token (not used, not expired), or undefined. */
export async function findSetupToken(db: Db, token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db
    .selectFrom('setup_token')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.expires_at <= now.toISOString()) return undefined;
  return row;
}

export async function markSetupTokenUsed(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('setup_token')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const setupUrl = (base: string, token: string) =>
  `${base.replace(/\/$/, '')}/admin/setup?token=${token}`;
