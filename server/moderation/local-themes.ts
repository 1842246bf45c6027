import type { Db } from '../../db/client.ts';
import type { LocalThemeRow } from '../../db/schema.ts';
import { constraintViolated } from '../../db/sqlite-errors.ts';
import { recordAudit } from '../audit/record.ts';
import { Conflict } from '../http/errors.ts';
import type { StaffAct } from './acting.ts';

/**
 * Each Board's managed list of local themes (issue 4: tagging). A theme is retired rather than
 * deleted: it stays on stories already tagged and is no longer offered for new tags.
 */

/** The Board's themes by label; retired ones only when asked for. */
export async function listThemes(
  db: Db,
  boardId: number,
  options: { includeRetired: boolean },
): Promise<LocalThemeRow[]> {
  let q = db.selectFrom('local_theme').selectAll().where('board_id', '=', boardId);
  if (!options.includeRetired) q = q.where('retired_at', 'is', null);
  return q.orderBy('label').execute();
}

export async function findTheme(
  db: Db,
  boardId: number,
  themeId: number,
): Promise<LocalThemeRow | undefined> {
  return db
    .selectFrom('local_theme')
    .selectAll()
    .where('id', '=', themeId)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
}

/**
 * Adds a theme to the Board, audited. A label the Board has already (in any case, retired or
 * not) is a 409, found by the unique index on (board, label) through db/sqlite-errors.ts.
 */
export async function createTheme(
  db: Db,
  boardId: number,
  label: string,
  act: StaffAct,
): Promise<LocalThemeRow> {
  try {
    return await db.transaction().execute(async (trx) => {
      const theme = await trx
        .insertInto('local_theme')
        .values({ board_id: boardId, label, retired_at: null, created_at: act.now.toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actor: act.userId,
        action: 'theme.created',
        objectType: 'theme',
        objectId: theme.id,
        boardId,
        address: act.address,
        detail: { label: theme.label },
        at: act.now,
      });
      return theme;
    });
  } catch (error) {
    if (constraintViolated(error) !== 'unique') throw error;
    throw new Conflict(
      'This theme already exists',
      'Choose the existing theme, or restore it if it was retired.',
    );
  }
}

/** Retires a theme (keeping the first retirement's time) or restores it, audited. */
export async function setThemeRetired(
  db: Db,
  theme: LocalThemeRow,
  retire: boolean,
  act: StaffAct,
): Promise<LocalThemeRow> {
  const retiredAt = retire ? (theme.retired_at ?? act.now.toISOString()) : null;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('local_theme')
      .set({ retired_at: retiredAt })
      .where('id', '=', theme.id)
      .execute();
    await recordAudit(trx, {
      actor: act.userId,
      action: retire ? 'theme.retired' : 'theme.restored',
      objectType: 'theme',
      objectId: theme.id,
      boardId: theme.board_id,
      address: act.address,
      at: act.now,
    });
  });
  return { ...theme, retired_at: retiredAt };
}
