import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { NotFound } from '../http/errors.ts';
import { ids, validate } from '../http/validate.ts';
import { curatedStoryPage, findCuratedStory } from '../moderation/curated-stories.ts';

const ListQuery = z.object({
  board: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const readers = requireRole('coordinator', 'board_secretary');

/** Approved curated stories of the user's Boards: the library's basic read routes. */
export const adminCuratedRoutes = new Hono<AdminEnv>()
  .get('/admin/api/curated-stories', readers, validate('query', ListQuery), async (c) => {
    const { db, now } = c.var.deps;
    const { board, page, pageSize } = c.req.valid('query');
    const { boardIds } = c.var.auth;
    const boards = board ? boardIds.filter((b) => b === board) : boardIds;
    const { items, total } = await curatedStoryPage(db, boards, { page, pageSize }, now());
    return c.json({ items, page, pageSize, total });
  })

  .get(
    '/admin/api/curated-stories/:storyId',
    readers,
    validate('param', ids('storyId'), { notFound: 'Story not found' }),
    async (c) => {
      const { db, now } = c.var.deps;
      const { storyId } = c.req.valid('param');
      const story = await findCuratedStory(db, storyId, c.var.auth.boardIds, now());
      if (!story) throw new NotFound('Story not found');
      return c.json(story);
    },
  );
