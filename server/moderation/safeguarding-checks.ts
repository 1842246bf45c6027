import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { Conflict } from '../http/errors.ts';
import { stopEscalations } from '../messages/escalation.ts';
import { type MessageDeps, tellStorytellers } from '../messages/hear-back.ts';
import { auditStory, type StaffAct } from './acting.ts';
import type { CheckOutcome } from './statuses.ts';

export type SafeguardingCheckInput = {
  outcome: CheckOutcome;
  note?: string | undefined;
  escalatedTo?: string | undefined;
};

/**
 * Records a safeguarding check on the story, audited: a new one is appended and the latest
 * counts. Who it was escalated to and the note are sealed. 409 on a withdrawn story. Escalations
 * of the story not yet sent are stopped in the same transaction (issue 13). The first check is
 * when the story counts as read: a teller who asked to hear back is told (decision 0093).
 */
export async function recordSafeguardingCheck(
  db: Db,
  sealer: Sealer,
  story: StoryRow,
  check: SafeguardingCheckInput,
  act: StaffAct,
  messages: MessageDeps,
): Promise<void> {
  if (story.status === 'withdrawn') {
    throw new Conflict('This story was withdrawn', 'A withdrawn story cannot be changed.');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('safeguarding_check')
      .values({
        story_id: story.id,
        outcome: check.outcome,
        escalated_to_sealed: sealer.sealOptional(
          check.escalatedTo,
          'safeguarding_check.escalated_to',
        ),
        note_sealed: sealer.sealOptional(check.note, 'safeguarding_check.note'),
        recorded_by: act.userId,
        recorded_at: act.now.toISOString(),
      })
      .execute();
    await auditStory(trx, story, 'story.checked', act, { outcome: check.outcome });
    // Someone has looked: reminders that have not gone yet would only be noise (issue 13).
    await stopEscalations(trx, story.id, act);
    await tellStoryRead(trx, messages, story, act);
  });
}

/**
 * The story has been read: its first safeguarding check, or a decision on it, whichever comes
 * first (decision 0093). Its teller is told once, however often this runs.
 */
export async function tellStoryRead(
  trx: Db,
  messages: MessageDeps,
  story: Pick<StoryRow, 'id'>,
  act: StaffAct,
): Promise<void> {
  await tellStorytellers(trx, messages, [story.id], {
    news: { kind: 'hear_back_read' },
    eventKey: 'hear_back_read',
    actor: act.userId,
    address: act.address,
    now: act.now,
  });
}
