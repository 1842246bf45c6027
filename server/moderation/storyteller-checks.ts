import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { Conflict } from '../http/errors.ts';
import { auditStory, type StaffAct } from './acting.ts';
import { isCurrentConsent, storyConsents } from './uses.ts';

/**
 * "Check it with me first" (consent `contact_check`, issue 13): a story whose teller asked to
 * check it before use cannot be approved until a coordinator records that the check happened, or
 * that the person could not be reached after attempts and what was decided. The latest record
 * counts. What the person said and what was decided are sealed.
 */

export const STORYTELLER_CHECK_KINDS = ['checked', 'not_reached'] as const;
export type StorytellerCheckKind = (typeof STORYTELLER_CHECK_KINDS)[number];
export const STORYTELLER_CHECK_METHODS = [
  'phone',
  'email',
  'in_person',
  'letter',
  'advocate',
  'other',
] as const;

export type StorytellerCheckInput = {
  kind: StorytellerCheckKind;
  happenedOn: string;
  method: (typeof STORYTELLER_CHECK_METHODS)[number];
  note?: string | undefined;
  attempts?: string[] | undefined;
  decision?: string | undefined;
};

/** What the story page shows: whether a check is needed and, if recorded, its summary. */
export type StorytellerCheckView = {
  required: boolean;
  recorded: {
    kind: StorytellerCheckKind;
    happenedOn: string;
    method: string;
    attempts: string[];
    recordedAt: string;
  } | null;
};

/** Whether the teller currently asks to check the story first (granted, not withdrawn or past). */
async function checkAsked(db: Db, storyId: number, now: Date): Promise<boolean> {
  const consents = await storyConsents(db, storyId);
  return consents.some((c) => c.purpose === 'contact_check' && isCurrentConsent(c, now));
}

export async function storytellerCheckView(
  db: Db,
  storyId: number,
  now: Date,
): Promise<StorytellerCheckView> {
  const latest = await db
    .selectFrom('storyteller_check')
    .select(['kind', 'happened_on', 'method', 'attempts', 'recorded_at'])
    .where('story_id', '=', storyId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    required: await checkAsked(db, storyId, now),
    recorded: latest
      ? {
          kind: latest.kind,
          happenedOn: latest.happened_on,
          method: latest.method,
          attempts: JSON.parse(latest.attempts) as string[],
          recordedAt: latest.recorded_at,
        }
      : null,
  };
}

/** 409 while the teller asked to check the story first and nothing is recorded. */
export async function requireStorytellerCheck(db: Db, storyId: number, now: Date): Promise<void> {
  const view = await storytellerCheckView(db, storyId, now);
  if (view.required && view.recorded === null) {
    throw new Conflict(
      'Check the story with the person first',
      'The person asked to check their story before it is used. Record when and how you checked it with them and what they said, or that you could not reach them after at least two attempts and what was decided.',
    );
  }
}

/** Records the check with the person, audited, in one transaction. 409 on a withdrawn story. */
export async function recordStorytellerCheck(
  db: Db,
  sealer: Sealer,
  story: StoryRow,
  check: StorytellerCheckInput,
  act: StaffAct,
): Promise<void> {
  if (story.status === 'withdrawn') {
    throw new Conflict('This story was withdrawn', 'A withdrawn story cannot be changed.');
  }
  const attempts = check.kind === 'not_reached' ? (check.attempts ?? []) : [];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('storyteller_check')
      .values({
        story_id: story.id,
        kind: check.kind,
        happened_on: check.happenedOn,
        method: check.method,
        attempts: JSON.stringify(attempts),
        note_sealed: sealer.sealOptional(check.note, 'storyteller_check.note'),
        decision_sealed:
          check.kind === 'not_reached'
            ? sealer.sealOptional(check.decision, 'storyteller_check.decision')
            : null,
        recorded_by: act.userId,
        recorded_at: act.now.toISOString(),
      })
      .execute();
    await auditStory(trx, story, 'story.storyteller_checked', act, {
      kind: check.kind,
      method: check.method,
    });
  });
}
