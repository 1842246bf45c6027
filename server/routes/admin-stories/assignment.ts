import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict } from '../../admin/read-json.ts';
import { OPEN_STATUSES } from '../../moderation/statuses.ts';
import {
  auditStory,
  auth,
  coordinator,
  detailResponse,
  Empty,
  storyAction,
} from './story-access.ts';

/** "Assign to me" (which takes a new or quarantined story into review) and unassign. */
export const assignmentRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/assign',
    coordinator,
    storyAction(Empty, async (c, story) => {
      if (!OPEN_STATUSES.includes(story.status as never)) {
        return conflict(
          c,
          'This story is not in the queue',
          `It is ${story.status}. Reopen it first to work on it.`,
        );
      }
      const { deps } = c.var;
      await deps.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('moderation')
          .values({
            story_id: story.id,
            assigned_user_id: auth(c).user.id,
            rejection_reason: null,
            decided_by: null,
            decided_at: null,
          })
          .onConflict((oc) =>
            oc.column('story_id').doUpdateSet({ assigned_user_id: auth(c).user.id }),
          )
          .execute();
        await trx
          .updateTable('story')
          .set({ status: 'in_review', updated_at: deps.now().toISOString() })
          .where('id', '=', story.id)
          .execute();
        await auditStory(c, story, 'story.assigned', { previousStatus: story.status }, trx);
      });
      return detailResponse(c, story.id);
    }),
  )

  .post(
    '/admin/api/stories/:id/unassign',
    coordinator,
    storyAction(Empty, async (c, story) => {
      const { db } = c.var.deps;
      // The moderation row may not exist yet (a story never assigned); make it, then clear it.
      await db
        .insertInto('moderation')
        .values({
          story_id: story.id,
          assigned_user_id: null,
          rejection_reason: null,
          decided_by: null,
          decided_at: null,
        })
        .onConflict((oc) => oc.column('story_id').doNothing())
        .execute();
      await db
        .updateTable('moderation')
        .set({ assigned_user_id: null })
        .where('story_id', '=', story.id)
        .execute();
      await auditStory(c, story, 'story.unassigned');
      return detailResponse(c, story.id);
    }),
  );
