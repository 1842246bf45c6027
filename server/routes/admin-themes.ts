import { Hono } from 'hono';
import { createFactory, createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { LocalThemeRow } from '../../db/schema.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { NotFound } from '../http/errors.ts';
import { ids, validate } from '../http/validate.ts';
import { createTheme, findTheme, listThemes, setThemeRetired } from '../moderation/local-themes.ts';
import { actingStaff } from './acting-staff.ts';
import { boardInScope, boardParam as boardParamOf } from './board-access.ts';

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
const ListQuery = z.object({ includeRetired: z.string().optional() });

const readers = requireRole('admin', 'coordinator', 'board_secretary');
const writers = requireRole('admin', 'coordinator');

/** The Board of the path, when the user acts for it (admins: any Board); else 404, first. */
const boardParam = boardParamOf();
const boardOfUser = createMiddleware<SignedInEnv, string, { out: { param: { boardId: number } } }>(
  async (c, next) => {
    boardInScope(c.var.auth, c.req.valid('param').boardId);
    await next();
  },
);
const themeParam = validate('param', ids('boardId', 'themeId'), { notFound: 'Theme not found' });

const view = (t: LocalThemeRow) => ({
  id: t.id,
  boardId: t.board_id,
  label: t.label,
  retiredAt: t.retired_at,
  createdAt: t.created_at,
});

/** Retires (`true`) or restores (`false`) one theme of the Board. */
const setRetired = (retire: boolean) =>
  createFactory<AdminEnv>().createHandlers(
    writers,
    boardParam,
    boardOfUser,
    validate('json', Empty),
    themeParam,
    async (c) => {
      const { boardId, themeId } = c.req.valid('param');
      const theme = await findTheme(c.var.deps.db, boardId, themeId);
      if (!theme) throw new NotFound('Theme not found');
      return c.json(view(await setThemeRetired(c.var.deps.db, theme, retire, actingStaff(c))));
    },
  );

/** The managed list of local themes per Board (issue 4: tagging). */
export const adminThemeRoutes = new Hono<AdminEnv>()
  .get(
    '/admin/api/boards/:boardId/themes',
    readers,
    boardParam,
    boardOfUser,
    validate('query', ListQuery),
    async (c) => {
      const { boardId } = c.req.valid('param');
      const includeRetired = c.req.valid('query').includeRetired === 'true';
      const rows = await listThemes(c.var.deps.db, boardId, { includeRetired });
      return c.json({ items: rows.map(view) });
    },
  )

  .post(
    '/admin/api/boards/:boardId/themes',
    writers,
    boardParam,
    boardOfUser,
    validate('json', LabelSchema),
    async (c) => {
      const { boardId } = c.req.valid('param');
      const { label } = c.req.valid('json');
      const theme = await createTheme(c.var.deps.db, boardId, label, actingStaff(c));
      return c.json(view(theme), 201);
    },
  )

  .post('/admin/api/boards/:boardId/themes/:themeId/retire', ...setRetired(true))
  .post('/admin/api/boards/:boardId/themes/:themeId/restore', ...setRetired(false));
