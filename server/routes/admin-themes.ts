import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { LocalThemeRow } from '../../db/schema.ts';
import type { AdminEnv, AuthContext, SignedInEnv } from '../admin/admin-env.ts';
import { conflict, idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../auth/require-auth.ts';

const LabelSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(2, 'Enter a theme of at least 2 characters')
    .max(80, 'The theme must be 80 characters or fewer')
    .refine(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
      (v) => !/[\u0000-\u001f\u007f]/.test(v),
      'The theme must not contain control characters',
    ),
});
const Empty = z.strictObject({});

const view = (t: LocalThemeRow) => ({
  id: t.id,
  boardId: t.board_id,
  label: t.label,
  retiredAt: t.retired_at,
  createdAt: t.created_at,
});

/** The Board from the path if the user acts for it (admins: any Board), else undefined. */
function boardOf(c: Context<SignedInEnv>): number | undefined {
  const id = idParam(c, 'boardId');
  const auth = c.var.auth as AuthContext;
  return id !== undefined && auth.boardIds.includes(id) ? id : undefined;
}

async function themeOf(c: Context<SignedInEnv>, boardId: number) {
  const id = idParam(c, 'themeId');
  if (id === undefined) return undefined;
  return c.var.deps.db
    .selectFrom('local_theme')
    .selectAll()
    .where('id', '=', id)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
}

async function setRetired(c: Context<SignedInEnv>, retire: boolean) {
  const boardId = boardOf(c);
  if (boardId === undefined) return notFound(c, 'Board not found');
  const body = await readJson(c, Empty);
  if (!body.ok) return body.response;
  const theme = await themeOf(c, boardId);
  if (!theme) return notFound(c, 'Theme not found');
  const { db, now } = c.var.deps;
  const retiredAt = retire ? (theme.retired_at ?? now().toISOString()) : null;
  await db
    .updateTable('local_theme')
    .set({ retired_at: retiredAt })
    .where('id', '=', theme.id)
    .execute();
  await recordAudit(db, {
    actor: (c.var.auth as AuthContext).user.id,
    action: retire ? 'theme.retired' : 'theme.restored',
    objectType: 'theme',
    objectId: theme.id,
    boardId,
    address: c.var.address,
    at: now(),
  });
  return c.json(view({ ...theme, retired_at: retiredAt }));
}

/** The managed list of local themes per Board (issue 4: tagging). */
export const adminThemeRoutes = new Hono<AdminEnv>()
  .get(
    '/admin/api/boards/:boardId/themes',
    requireRole('admin', 'coordinator', 'board_secretary'),
    async (c) => {
      const boardId = boardOf(c);
      if (boardId === undefined) return notFound(c, 'Board not found');
      let q = c.var.deps.db.selectFrom('local_theme').selectAll().where('board_id', '=', boardId);
      if (c.req.query('includeRetired') !== 'true') q = q.where('retired_at', 'is', null);
      const rows = await q.orderBy('label').execute();
      return c.json({ items: rows.map(view) });
    },
  )

  .post('/admin/api/boards/:boardId/themes', requireRole('admin', 'coordinator'), async (c) => {
    const boardId = boardOf(c);
    if (boardId === undefined) return notFound(c, 'Board not found');
    const body = await readJson(c, LabelSchema);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    const clash = await db
      .selectFrom('local_theme')
      .select('id')
      .where('board_id', '=', boardId)
      .where((eb) => eb(eb.fn('lower', ['label']), '=', body.data.label.toLowerCase()))
      .executeTakeFirst();
    if (clash)
      return conflict(
        c,
        'This theme already exists',
        'Choose the existing theme, or restore it if it was retired.',
      );
    const theme = await db
      .insertInto('local_theme')
      .values({
        board_id: boardId,
        label: body.data.label,
        retired_at: null,
        created_at: now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(db, {
      actor: (c.var.auth as AuthContext).user.id,
      action: 'theme.created',
      objectType: 'theme',
      objectId: theme.id,
      boardId,
      address: c.var.address,
      detail: { label: theme.label },
      at: now(),
    });
    return c.json(view(theme), 201);
  })

  .post(
    '/admin/api/boards/:boardId/themes/:themeId/retire',
    requireRole('admin', 'coordinator'),
    (c) => setRetired(c, true),
  )
  .post(
    '/admin/api/boards/:boardId/themes/:themeId/restore',
    requireRole('admin', 'coordinator'),
    (c) => setRetired(c, false),
  );
