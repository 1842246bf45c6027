import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { Conflict } from '../http/errors.ts';
import type { MessageDeps } from '../messages/hear-back.ts';
import { runLeftLibraryHooks } from '../withdrawal/hooks.ts';
import { auditStory, type StaffAct } from './acting.ts';
import { tellStoryRead } from './safeguarding-checks.ts';
import { DECIDED_STATUSES, OPEN_STATUSES } from './statuses.ts';
import { hasCuratedStory, hasSafeguardingCheck } from './story-queries.ts';
import { requireStorytellerCheck } from './storyteller-checks.ts';
import { storyUses } from './uses.ts';

/**
 * A coordinator's decisions on a story (decision 0031): approve (needs a safeguarding check, a
 * saved curated story and a current consent to a use), reject with a reason (an urgent story
 * needs its check first), and reopen a decided story. A rule not met is a 409 saying why.
 */

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

export async function approveStory(db: Db, story: StoryRow, act: StaffAct): Promise<void> {
  if (!['new', 'in_review'].includes(story.status)) {
    throw new Conflict('This story cannot be approved now', `It is ${story.status}.`);
  }
  await requireStorytellerCheck(db, story.id, act.now);
  if (!(await hasSafeguardingCheck(db, story.id))) {
    throw new Conflict(
      'Record the safeguarding check first',
      'Every story needs a safeguarding check before it is approved.',
    );
  }
  if (!(await hasCuratedStory(db, story.id))) {
    throw new Conflict(
      'Save the curated story first',
      'Approve the anonymised version: save a title, summary and anonymised text first.',
    );
  }
  const uses = await storyUses(db, story.id, act.now);
  if (!uses.some((u) => u === 'board' || u === 'training' || u === 'publish')) {
    throw new Conflict(
      'There is no consent to use this story',
      'The person did not agree (or no longer agrees) to share it with the Board, use it in training or publish it. It still counts in the statistics.',
    );
  }
  const at = act.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await recordDecision(trx, {
      storyId: story.id,
      status: 'approved',
      by: act.userId,
      at,
      rejectionReason: null,
    });
    await trx
      .updateTable('curated_story')
      .set({ approved_at: at, approved_by: act.userId })
      .where('story_id', '=', story.id)
      .execute();
    await auditStory(trx, story, 'story.approved', act, { uses });
  });
}

export async function rejectStory(
  db: Db,
  story: StoryRow,
  reason: string,
  act: StaffAct,
  messages: MessageDeps,
): Promise<void> {
  if (!OPEN_STATUSES.includes(story.status as never)) {
    throw new Conflict('This story cannot be rejected now', `It is ${story.status}.`);
  }
  if (story.urgent === 1 && !(await hasSafeguardingCheck(db, story.id))) {
    throw new Conflict(
      'Record the safeguarding check first',
      'This story is urgent: record the safeguarding check before it leaves the queue.',
    );
  }
  await db.transaction().execute(async (trx) => {
    await recordDecision(trx, {
      storyId: story.id,
      status: 'rejected',
      by: act.userId,
      at: act.now.toISOString(),
      rejectionReason: reason,
    });
    await auditStory(trx, story, 'story.rejected', act, {
      reason,
      previousStatus: story.status,
    });
    // A story rejected without a safeguarding check (not urgent) has still been read.
    await tellStoryRead(trx, messages, story, act);
  });
}

/** Back into review (e.g. to correct a redaction); an approved story leaves the library. */
export async function reopenStory(db: Db, story: StoryRow, act: StaffAct): Promise<void> {
  if (!DECIDED_STATUSES.includes(story.status as never)) {
    throw new Conflict('This story cannot be reopened', `It is ${story.status}.`);
  }
  const at = act.now.toISOString();
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
    await auditStory(trx, story, 'story.reopened', act, { previousStatus: story.status });
  });
}
