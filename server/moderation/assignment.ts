import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { Conflict } from '../http/errors.ts';
import { auditStory, type StaffAct } from './acting.ts';
import { OPEN_STATUSES } from './statuses.ts';

/**
 * "Assign to me": the story is the coordinator's to work on, and a new or quarantined story goes
 * into review. 409 when the story is no longer in the queue.
 */
export async function assignStory(db: Db, story: StoryRow, act: StaffAct): Promise<void> {
  if (!OPEN_STATUSES.includes(story.status as never)) {
    throw new Conflict(
      'This story is not in the queue',
      `It is ${story.status}. Reopen it first to work on it.`,
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('moderation')
      .values({
        story_id: story.id,
        assigned_user_id: act.userId,
        rejection_reason: null,
        decided_by: null,
        decided_at: null,
      })
      .onConflict((oc) => oc.column('story_id').doUpdateSet({ assigned_user_id: act.userId }))
      .execute();
    await trx
      .updateTable('story')
      .set({ status: 'in_review', updated_at: act.now.toISOString() })
      .where('id', '=', story.id)
      .execute();
    await auditStory(trx, story, 'story.assigned', act, { previousStatus: story.status });
  });
}

/** Nobody is working on the story any more. */
export async function unassignStory(db: Db, story: StoryRow, act: StaffAct): Promise<void> {
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
  await auditStory(db, story, 'story.unassigned', act);
}
