import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { StoryRow } from '../../../db/schema.ts';
import type { SignedInEnv } from '../../admin/admin-env.ts';
import type { Deps } from '../../app-env.ts';
import { requireRole } from '../../auth/require-auth.ts';
import { NotFound } from '../../http/errors.ts';
import { ids, validate } from '../../http/validate.ts';
import { findStoryInBoards, getStory } from '../../moderation/story-queries.ts';
import { storyDetail } from '../../moderation/story-view.ts';

/** What every coordinator story route shares: who may call it, which story, how it answers. */

export const coordinator = requireRole('coordinator');

export const ReasonSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why, in a few words')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});
export const Empty = z.strictObject({});

/** After `storyOfPath`: the story the route acts on is `c.var.story`. */
export type StoryEnv = { Variables: SignedInEnv['Variables'] & { story: StoryRow } };

/**
 * The story of the path (`:id`) when it belongs to one of the coordinator's Boards; otherwise
 * 404, before any body is read, so nothing about other Boards leaks. Mount after `coordinator`
 * and before the body's validator: `coordinator, ...storyOfPath, validate('json', …)`.
 */
export const storyOfPath = [
  validate('param', ids('id'), { notFound: 'Story not found' }),
  createMiddleware<StoryEnv, string, { out: { param: { id: number } } }>(async (c, next) => {
    const { db } = c.var.deps;
    const story = await findStoryInBoards(db, c.req.valid('param').id, c.var.auth.boardIds);
    if (!story) throw new NotFound('Story not found');
    c.set('story', story);
    await next();
  }),
] as const;

/** Every change answers with the story as it now stands, read fresh after the write. */
export async function freshDetail({ db, sealer, now }: Deps, storyId: number) {
  return storyDetail(db, sealer, await getStory(db, storyId), now());
}
