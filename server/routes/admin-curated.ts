import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv, AuthContext } from '../admin/admin-env.ts';
import { idParam, notFound } from '../admin/read-json.ts';
import type { Deps } from '../app-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { problem } from '../http/problem.ts';
import { libraryQuery } from '../moderation/library.ts';
import { curatedView } from '../moderation/story-view.ts';
import { storyUses } from '../moderation/uses.ts';

const ListQuery = z.object({
  board: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** A library story as Board secretaries see it: curated words only, never the original. */
async function curatedStory(deps: Deps, storyId: number) {
  const now = deps.now();
  const story = await deps.db
    .selectFrom('story')
    .innerJoin('site', 'site.id', 'story.site_id')
    .select([
      'story.id',
      'story.board_id',
      'story.site_id',
      'site.partner_id',
      'story.respondent',
      'story.received_at',
      'story.outcome_achieved',
      'story.feel_safer',
    ])
    .where('story.id', '=', storyId)
    .executeTakeFirstOrThrow();
  const curated = await curatedView(deps.db, storyId);
  const uses = await storyUses(deps.db, storyId, now);
  return {
    storyId: story.id,
    boardId: story.board_id,
    siteId: story.site_id,
    partnerId: story.partner_id,
    respondent: story.respondent,
    receivedAt: story.received_at,
    approvedAt: curated?.approvedAt ?? null,
    title: curated?.title ?? '',
    summary: curated?.summary ?? '',
    text: curated?.text ?? '',
    quotes: uses.includes('quote') ? (curated?.quotes ?? []) : [],
    tags: curated?.tags ?? null,
    themes: curated?.themes ?? [],
    uses,
    outcomeAchieved: story.outcome_achieved,
    feelSafer: story.feel_safer,
  };
}

/** Approved curated stories of the user's Boards: the library's basic read routes. */
export const adminCuratedRoutes = new Hono<AdminEnv>()
  .get('/admin/api/curated-stories', requireRole('coordinator', 'board_secretary'), async (c) => {
    const { deps } = c.var;
    const parsed = ListQuery.safeParse(c.req.query());
    if (!parsed.success) return problem(c, { status: 422, title: 'Some filters need checking' });
    const q = parsed.data;
    const auth = c.var.auth as AuthContext;
    const boardIds = q.board ? auth.boardIds.filter((b) => b === q.board) : auth.boardIds;
    if (boardIds.length === 0)
      return c.json({ items: [], page: q.page, pageSize: q.pageSize, total: 0 });
    const base = libraryQuery(deps.db, deps.now()).where('story.board_id', 'in', boardIds);
    const { total } = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await base
      .select('story.id')
      .orderBy('curated_story.approved_at', 'desc')
      .orderBy('story.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    const items = [];
    for (const r of rows) items.push(await curatedStory(deps, r.id));
    return c.json({ items, page: q.page, pageSize: q.pageSize, total: Number(total) });
  })

  .get(
    '/admin/api/curated-stories/:storyId',
    requireRole('coordinator', 'board_secretary'),
    async (c) => {
      const { deps } = c.var;
      const id = idParam(c, 'storyId');
      const auth = c.var.auth as AuthContext;
      if (id === undefined || auth.boardIds.length === 0) return notFound(c, 'Story not found');
      const row = await libraryQuery(deps.db, deps.now())
        .where('story.id', '=', id)
        .where('story.board_id', 'in', auth.boardIds)
        .select('story.id')
        .executeTakeFirst();
      if (!row) return notFound(c, 'Story not found');
      return c.json(await curatedStory(deps, row.id));
    },
  );
