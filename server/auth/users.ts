import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import type { Role } from './roles.ts';

/** A staff account as the API shows it: never the hash or the TOTP secret. */
export type UserView = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  boards: { id: number; slug: string; name: string }[];
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('user')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The Boards a user acts for: every Board for an admin, their own Boards otherwise. */
export async function userBoards(
  db: Db,
  user: Pick<UserRow, 'id' | 'role'>,
): Promise<{ id: number; slug: string; name: string }[]> {
  if (user.role === 'admin') {
    return db.selectFrom('board').select(['id', 'slug', 'name']).orderBy('name').execute();
  }
  return db
    .selectFrom('user_board')
    .innerJoin('board', 'board.id', 'user_board.board_id')
    .select(['board.id', 'board.slug', 'board.name'])
    .where('user_board.user_id', '=', user.id)
    .orderBy('board.name')
    .execute();
}

export async function userView(db: Db, user: UserRow): Promise<UserView> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    boards: await userBoards(db, user),
    totpEnabled: user.totp_enabled === 1,
    disabled: user.disabled === 1,
    createdAt: user.created_at,
    lastSignInAt: user.last_sign_in_at,
  };
}

export class EmailInUseError extends Error {
  override name = 'EmailInUseError';
}

/** Creates a staff account; `passwordHash` null means they choose one through a set-up link. */
export async function createUser(
  db: Db,
  args: {
    email: string;
    name?: string | null;
    role: Role;
    boardIds: number[];
    passwordHash: string | null;
    now: Date;
  },
): Promise<UserRow> {
  const email = normaliseEmail(args.email);
  if (await findUserByEmail(db, email)) throw new EmailInUseError('email in use');
  const now = args.now.toISOString();
  const user = await db
    .insertInto('user')
    .values({
      email,
      name: args.name ?? null,
      role: args.role,
      password_hash: args.passwordHash,
      totp_secret_sealed: null,
      totp_pending_sealed: null,
      last_sign_in_at: null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await setUserBoards(db, user.id, args.role === 'admin' ? [] : args.boardIds);
  return user;
}

export async function setUserBoards(db: Db, userId: number, boardIds: number[]): Promise<void> {
  await db.deleteFrom('user_board').where('user_id', '=', userId).execute();
  const unique = [...new Set(boardIds)];
  if (unique.length > 0) {
    await db
      .insertInto('user_board')
      .values(unique.map((board_id) => ({ user_id: userId, board_id })))
      .execute();
  }
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
