import type { Db } from '../../db/client.ts';
import type { FieldError } from '../http/problem.ts';
import { AUDIENCE_PURPOSE, shownTo } from '../moderation/consent-gate.ts';
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
 * The check every route into a pack passes (adding, reordering, reading a draft, issuing,
 * exporting): a story of this Board that the consent gate shows to a Board (`shownTo('board')`:
 * approved, approved curated version, current Board-sharing consent). Returns null when the
 * story may be used; otherwise why not, for the secretary.
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
    .select((eb) => shownTo('board', now)(eb).as('shown'))
    .where('story.id', '=', storyId)
    .executeTakeFirst();
  if (!story || story.board_id !== boardId) return 'not_found';
  // The gate decides; what follows only says why it refused.
  if (story.shown) return null;
  if (story.status === 'withdrawn') return 'withdrawn';
  const consent = await db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('purpose', '=', AUDIENCE_PURPOSE.board)
    .executeTakeFirst();
  if (consent?.granted !== 1 || consent.withdrawn_at !== null) return 'no_board_consent';
  if (!isCurrentConsent(consent, now) || story.status === 'expired') return 'consent_expired';
  return 'no_approved_redaction';
}

/** A story refused by the pack gate, by its place in the list that was sent. */
export type RefusedStory = { index: number; storyId: number; code: PackRefusal };

/** Every story of `storyIds` that packRefusal refuses, with its place in the list and why. */
export async function refusedStories(
  db: Db,
  storyIds: readonly number[],
  boardId: number,
  now: Date,
): Promise<RefusedStory[]> {
  const refused: RefusedStory[] = [];
  for (const [index, storyId] of storyIds.entries()) {
    const code = await packRefusal(db, storyId, boardId, now);
    if (code) refused.push({ index, storyId, code });
  }
  return refused;
}

/**
 * The refused stories as field errors at `field(index)` of the body (e.g. `storyIds.2`), each
 * with its public `code` (docs/admin-api.md) and the words for the secretary.
 */
export function refusalErrors(
  refused: readonly RefusedStory[],
  field: (index: number) => string,
): (FieldError & { code: PackRefusal })[] {
  return refused.map((r) => {
    const name = field(r.index);
    return {
      field: name,
      pointer: `#/${name.split('.').join('/')}`,
      detail: REFUSAL_TEXT[r.code],
      code: r.code,
    };
  });
}
