import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { notFound } from '../../admin/read-json.ts';
import { problem } from '../../http/problem.ts';
import { DEFAULT_QUEUE_STATUSES, isStoryStatus } from '../../moderation/statuses.ts';
import { queueItems } from '../../moderation/story-view.ts';
import { accessibleStory, auth, coordinator, detailResponse } from './story-access.ts';

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
        : [...DEFAULT_QUEUE_STATUSES],
    )
    .refine((list) => list.every(isStoryStatus), 'Unknown status'),
  site: z.coerce.number().int().positive().optional(),
  board: z.coerce.number().int().positive().optional(),
  urgent: z.enum(['true', 'false']).optional(),
  assigned: z.enum(['me', 'none']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The moderation queue (urgent first, then oldest first) and one story's detail. */
export const queueRoutes = new Hono<AdminEnv>()
  .get('/admin/api/stories', coordinator, async (c) => {
    const { deps } = c.var;
    const parsed = QueueQuery.safeParse(c.req.query());
    if (!parsed.success) {
      return problem(c, {
        status: 422,
        title: 'Some filters need checking',
        errors: parsed.error.issues.map((i) => ({
          field: i.path.join('.'),
          pointer: `#/${i.path.join('/')}`,
          detail: i.message,
        })),
      });
    }
    const q = parsed.data;
    const boardIds = q.board ? auth(c).boardIds.filter((b) => b === q.board) : auth(c).boardIds;
    if (boardIds.length === 0)
      return c.json({ items: [], page: q.page, pageSize: q.pageSize, total: 0 });
    let query = deps.db
      .selectFrom('story')
      .leftJoin('moderation', 'moderation.story_id', 'story.id')
      .where('story.board_id', 'in', boardIds)
      .where('story.status', 'in', q.status);
    if (q.site) query = query.where('story.site_id', '=', q.site);
    if (q.urgent) query = query.where('story.urgent', '=', q.urgent === 'true' ? 1 : 0);
    if (q.assigned === 'me')
      query = query.where('moderation.assigned_user_id', '=', auth(c).user.id);
    if (q.assigned === 'none') query = query.where('moderation.assigned_user_id', 'is', null);
    const { total } = await query
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const stories = await query
      .selectAll('story')
      .orderBy('story.urgent', 'desc')
      .orderBy('story.received_at', 'asc')
      .orderBy('story.id', 'asc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return c.json({
      items: await queueItems(deps.db, stories, deps.now()),
      page: q.page,
      pageSize: q.pageSize,
      total: Number(total),
    });
  })

  .get('/admin/api/stories/:id', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    return detailResponse(c, story.id);
  });
