import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import { ProblemError } from '../http/errors.ts';
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
  /** Whether they get the daily digest (coordinators; issue 13). */
  dailyDigest: boolean;
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
    dailyDigest: user.daily_digest === 1,
  };
}

/** 409 naming the `email` field: another account already has this address. */
export class EmailInUseError extends ProblemError {
  constructor() {
    super({
      status: 409,
      title: 'This email address already has an account',
      errors: [
        {
          field: 'email',
          pointer: '#/email',
          detail: 'This email address already has an account',
        },
      ],
    });
    this.name = 'EmailInUseError';
  }
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
  if (await findUserByEmail(db, email)) throw new EmailInUseError();
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

/** Every staff account, by email address. */
export async function allUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('user').selectAll().orderBy('email').execute();
}

/** One page of staff accounts by email address, and how many there are in all. */
export async function usersPage(
  db: Db,
  page: { page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const total = await countUsers(db);
  const rows = await db
    .selectFrom('user')
    .selectAll()
    .orderBy('email')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total };
}

/** The Boards a user is linked to (none for an admin, who acts for every Board). */
export async function linkedBoardIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_board')
    .select('board_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.board_id);
}

/**
 * Refuses (422 naming `boardIds`) Boards a coordinator or Board secretary cannot be given: none
 * at all, or one that does not exist. An admin acts for every Board, so needs none.
 */
export async function checkStaffBoards(db: Db, role: Role, boardIds: number[]): Promise<void> {
  if (role === 'admin') return;
  if (boardIds.length === 0) {
    throw new ProblemError({
      status: 422,
      title: 'Choose a Board',
      errors: [
        {
          field: 'boardIds',
          pointer: '#/boardIds',
          detail: 'Choose at least one Board for this person',
        },
      ],
    });
  }
  const found = await db.selectFrom('board').select('id').where('id', 'in', boardIds).execute();
  if (found.length !== new Set(boardIds).size) {
    throw new ProblemError({
      status: 422,
      title: 'Unknown Board',
      errors: [
        { field: 'boardIds', pointer: '#/boardIds', detail: 'One of these Boards does not exist' },
      ],
    });
  }
}

/** Changes a user's role, name (when given; empty clears it) and Boards together. */
export async function updateUser(
  db: Db,
  userId: number,
  args: { role: Role; name?: string | null | undefined; boardIds: number[]; now: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user')
      .set({
        role: args.role,
        ...(args.name !== undefined ? { name: args.name || null } : {}),
        updated_at: args.now.toISOString(),
      })
      .where('id', '=', userId)
      .execute();
    await setUserBoards(trx, userId, args.role === 'admin' ? [] : args.boardIds);
  });
}

/** Disables an account (the caller ends its sessions) or enables it again. */
export async function setUserDisabled(
  db: Db,
  userId: number,
  disabled: boolean,
  now: Date,
): Promise<void> {
  await db
    .updateTable('user')
    .set({ disabled: disabled ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}

/** Stores a new password hash (a change, or one chosen through a set-up link). */
export async function setPasswordHash(
  db: Db,
  userId: number,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('user')
    .set({ password_hash: passwordHash, updated_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}

/** Notes a completed sign-in (admins see it as "last signed in"). */
export async function noteSignIn(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('user')
    .set({ last_sign_in_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}
