import { Hono } from 'hono';
import type { Db } from '../../../db/client.ts';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict } from '../../admin/read-json.ts';
import { DECIDED_STATUSES, OPEN_STATUSES } from '../../moderation/statuses.ts';
import { storyUses } from '../../moderation/uses.ts';
import { runLeftLibraryHooks } from '../../withdrawal/hooks.ts';
import {
  auditStory,
  auth,
  coordinator,
  detailResponse,
  Empty,
  hasSafeguardingCheck,
  ReasonSchema,
  storyAction,
} from './story-access.ts';

/** Approve or reject: the story's new status and who decided, when and why, in one place. */
async function recordDecision(
  trx: Db,
  d: {
    storyId: number;
    status: 'approved' | 'rejected';
    by: number;
    at: string;
    rejectionReason: string | null;
  },
): Promise<void> {
  await trx
    .updateTable('story')
    .set({ status: d.status, updated_at: d.at })
    .where('id', '=', d.storyId)
    .execute();
  const decision = { rejection_reason: d.rejectionReason, decided_by: d.by, decided_at: d.at };
  await trx
    .insertInto('moderation')
    .values({ story_id: d.storyId, assigned_user_id: null, ...decision })
    .onConflict((oc) => oc.column('story_id').doUpdateSet(decision))
    .execute();
}

/**
 * Approve (needs a safeguarding check, a saved curated story and a current consent to a use),
 * reject with a reason (an urgent story needs its check first), and reopen a decided story.
 */
export const decisionRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/approve',
    coordinator,
    storyAction(Empty, async (c, story) => {
      const { db, now } = c.var.deps;
      if (!['new', 'in_review'].includes(story.status)) {
        return conflict(c, 'This story cannot be approved now', `It is ${story.status}.`);
      }
      if (!(await hasSafeguardingCheck(db, story.id))) {
        return conflict(
          c,
          'Record the safeguarding check first',
          'Every story needs a safeguarding check before it is approved.',
        );
      }
      const curated = await db
        .selectFrom('curated_story')
        .select('story_id')
        .where('story_id', '=', story.id)
        .executeTakeFirst();
      if (!curated) {
        return conflict(
          c,
          'Save the curated story first',
          'Approve the anonymised version: save a title, summary and anonymised text first.',
        );
      }
      const uses = await storyUses(db, story.id, now());
      if (!uses.some((u) => u === 'board' || u === 'training' || u === 'publish')) {
        return conflict(
          c,
          'There is no consent to use this story',
          'The person did not agree (or no longer agrees) to share it with the Board, use it in training or publish it. It still counts in the statistics.',
        );
      }
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        await recordDecision(trx, {
          storyId: story.id,
          status: 'approved',
          by: auth(c).user.id,
          at,
          rejectionReason: null,
        });
        await trx
          .updateTable('curated_story')
          .set({ approved_at: at, approved_by: auth(c).user.id })
          .where('story_id', '=', story.id)
          .execute();
        await auditStory(c, story, 'story.approved', { uses }, trx);
      });
      return detailResponse(c, story.id);
    }),
  )

  .post(
    '/admin/api/stories/:id/reject',
    coordinator,
    storyAction(ReasonSchema, async (c, story, body) => {
      const { db, now } = c.var.deps;
      if (!OPEN_STATUSES.includes(story.status as never)) {
        return conflict(c, 'This story cannot be rejected now', `It is ${story.status}.`);
      }
      if (story.urgent === 1 && !(await hasSafeguardingCheck(db, story.id))) {
        return conflict(
          c,
          'Record the safeguarding check first',
          'This story is urgent: record the safeguarding check before it leaves the queue.',
        );
      }
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        await recordDecision(trx, {
          storyId: story.id,
          status: 'rejected',
          by: auth(c).user.id,
          at,
          rejectionReason: body.reason,
        });
        await auditStory(
          c,
          story,
          'story.rejected',
          { reason: body.reason, previousStatus: story.status },
          trx,
        );
      });
      return detailResponse(c, story.id);
    }),
  )

  .post(
    '/admin/api/stories/:id/reopen',
    coordinator,
    storyAction(Empty, async (c, story) => {
      if (!DECIDED_STATUSES.includes(story.status as never)) {
        return conflict(c, 'This story cannot be reopened', `It is ${story.status}.`);
      }
      const { db, now } = c.var.deps;
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('story')
          .set({ status: 'in_review', updated_at: at })
          .where('id', '=', story.id)
          .execute();
        await trx
          .updateTable('curated_story')
          .set({ approved_at: null, approved_by: null })
          .where('story_id', '=', story.id)
          .execute();
        if (story.status === 'approved') await runLeftLibraryHooks(trx, story.id, 'reopened');
        await auditStory(c, story, 'story.reopened', { previousStatus: story.status }, trx);
      });
      return detailResponse(c, story.id);
    }),
  );
