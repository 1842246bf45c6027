import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { Conflict, NotFound } from '../http/errors.ts';
import { auditStory, type StaffAct } from './acting.ts';

/**
 * Opening what is sealed: the person's own words and their contact details. Each opening is
 * audited with its reason before anything is returned, so none goes unrecorded (issue 4), and
 * nothing opened here is stored anywhere else. The routes also demand a recent sign-in.
 */

/** The story's own words. 409 when it was withdrawn: the text no longer exists. */
export async function openOriginal(
  db: Db,
  sealer: Sealer,
  story: StoryRow,
  reason: string,
  act: StaffAct,
) {
  if (story.status === 'withdrawn' || story.story_sealed === null) {
    throw new Conflict(
      'The original text has been deleted',
      'The person withdrew their story, so its text no longer exists.',
    );
  }
  await auditStory(db, story, 'story.original_opened', act, { reason });
  return {
    story: sealer.openOptional(story.story_sealed, 'story.story'),
    wantedOutcome: sealer.openOptional(story.wanted_outcome_sealed, 'story.wanted_outcome'),
    helpedMost: sealer.openOptional(story.helped_most_sealed, 'story.helped_most'),
    shouldChange: sealer.openOptional(story.should_change_sealed, 'story.should_change'),
  };
}

/** How to reach the person. 404 when they left no contact details. */
export async function openContact(
  db: Db,
  sealer: Sealer,
  story: StoryRow,
  reason: string,
  act: StaffAct,
) {
  const contact = await db
    .selectFrom('contact')
    .selectAll()
    .where('story_id', '=', story.id)
    .executeTakeFirst();
  if (!contact) throw new NotFound('No contact details');
  await auditStory(db, story, 'story.contact_opened', act, { reason });
  return {
    method: contact.method,
    name: sealer.openOptional(contact.name_sealed, 'contact.name'),
    email: sealer.openOptional(contact.email_sealed, 'contact.email'),
    phone: sealer.openOptional(contact.phone_sealed, 'contact.phone'),
    safeToLeaveMessage: contact.safe_to_leave_message === 1,
  };
}
