import type { Db } from '../../db/client.ts';
import { isCurrentConsent } from '../moderation/uses.ts';

/** Why a story cannot be in a pack. Public contract (API `errors[].code`): never rename. */
export type PackRefusal =
  | 'not_found'
  | 'withdrawn'
  | 'no_board_consent'
  | 'consent_expired'
  | 'no_approved_redaction';

export const REFUSAL_TEXT: Record<PackRefusal, string> = {
  not_found: 'This story is not in your Board’s library',
  withdrawn: 'The person who told this story has withdrawn it',
  no_board_consent: 'The person did not agree to share this story with the Board',
  consent_expired: 'The person’s permission to share this story with the Board has ended',
  no_approved_redaction: 'This story has no approved anonymised version yet',
};

/**
 * The one gate every route into a pack passes (adding, reordering, reading a draft, issuing,
 * exporting): Board-sharing consent granted, current (not withdrawn, not expired), and an approved
 * curated (redacted) story of this Board. Returns null when the story may be used.
 */
export async function packRefusal(
  db: Db,
  storyId: number,
  boardId: number,
  now: Date,
): Promise<PackRefusal | null> {
  const story = await db
    .selectFrom('story')
    .leftJoin('curated_story', 'curated_story.story_id', 'story.id')
    .select(['story.status', 'story.board_id', 'curated_story.approved_at'])
    .where('story.id', '=', storyId)
    .executeTakeFirst();
  if (!story || story.board_id !== boardId) return 'not_found';
  if (story.status === 'withdrawn') return 'withdrawn';
  const consent = await db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('purpose', '=', 'board_share')
    .executeTakeFirst();
  if (consent?.granted !== 1 || consent.withdrawn_at !== null) return 'no_board_consent';
  if (!isCurrentConsent(consent, now) || story.status === 'expired') return 'consent_expired';
  if (story.status !== 'approved' || !story.approved_at) return 'no_approved_redaction';
  return null;
}
