import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import { queuePage } from '../../moderation/queue.ts';
import {
  DEFAULT_QUEUE_STATUSES,
  isStoryStatus,
  type StoryStatus,
} from '../../moderation/statuses.ts';
import { coordinator, freshDetail, storyOfPath } from './story-access.ts';

const QueueQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .refine((list) => list === undefined || list.every(isStoryStatus), 'Unknown status'),
  site: z.coerce.number().int().positive().optional(),
  board: z.coerce.number().int().positive().optional(),
  urgent: z.enum(['true', 'false']).optional(),
  assigned: z.enum(['me', 'none']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The moderation queue (urgent first, then oldest first) and one story's detail. */
export const queueRoutes = new Hono<AdminEnv>()
  .get('/admin/api/stories', coordinator, validate('query', QueueQuery), async (c) => {
    const { db, now } = c.var.deps;
    const { auth } = c.var;
    const q = c.req.valid('query');
    const { items, total } = await queuePage(
      db,
      {
        boardIds: q.board ? auth.boardIds.filter((b) => b === q.board) : auth.boardIds,
        statuses: (q.status as StoryStatus[] | undefined) ?? DEFAULT_QUEUE_STATUSES,
        // The default view (no status asked for) shows urgent stories held as possible spam too.
        withHeldUrgent: q.status === undefined,
        siteId: q.site,
        urgent: q.urgent === undefined ? undefined : q.urgent === 'true',
        assigned: q.assigned === 'me' ? { userId: auth.user.id } : q.assigned,
        page: q.page,
        pageSize: q.pageSize,
      },
      now(),
    );
    return c.json({ items, page: q.page, pageSize: q.pageSize, total });
  })

  .get('/admin/api/stories/:id', coordinator, ...storyOfPath, async (c) =>
    c.json(await freshDetail(c.var.deps, c.var.story.id)),
  );
