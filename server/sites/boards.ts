import type { Db } from '../../db/client.ts';
import type { BoardRow } from '../../db/schema.ts';
import { constraintViolated } from '../../db/sqlite-errors.ts';
import { ProblemError } from '../http/errors.ts';

/** Safeguarding Adults Boards: what the admin screens and `site` commands read and change. */

/** These Boards, by name (a user's Boards; every Board for an admin). */
export async function listBoards(db: Db, ids: readonly number[]): Promise<BoardRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('board').selectAll().where('id', 'in', ids).orderBy('name').execute();
}

export async function findBoard(db: Db, id: number): Promise<BoardRow | undefined> {
  return db.selectFrom('board').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBoardBySlug(db: Db, slug: string): Promise<BoardRow | undefined> {
  return db.selectFrom('board').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/**
 * Adds a Board. A slug already in use is a 409 naming `slug`, found by the unique index
 * (db/sqlite-errors.ts), so two admins adding the same slug at once get the same answer.
 */
export async function insertBoard(
  db: Db,
  board: { slug: string; name: string },
  now: Date,
): Promise<BoardRow> {
  try {
    return await db
      .insertInto('board')
      .values({ slug: board.slug, name: board.name, created_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (constraintViolated(error) !== 'unique') throw error;
    throw new ProblemError({
      status: 409,
      title: 'This Board slug is in use',
      errors: [
        { field: 'slug', pointer: '#/slug', detail: 'Choose another slug: this one is in use' },
      ],
    });
  }
}

/** Renames a Board; its slug never changes (public pages and snippets carry it). */
export async function renameBoard(db: Db, id: number, name: string): Promise<void> {
  await db.updateTable('board').set({ name }).where('id', '=', id).execute();
}
