import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CONTACT_PURPOSES, type ConsentPurpose } from '../../domain/vocabulary.ts';

/** Who a story may be shown to, and the consent purpose that allows it. */
export const AUDIENCE_PURPOSE = {
  board: 'board_share',
  public: 'publish',
} as const satisfies Record<string, ConsentPurpose>;

export type Audience = keyof typeof AUDIENCE_PURPOSE;

/**
 * The one definition of what may reach a Board or the public (issues 4–6): the story is
 * approved, its curated (redacted) version is approved, and the person's consent for that
 * audience is current — granted, not withdrawn, not past its expiry at `now`. A Kysely
 * expression over `story` joined to `curated_story`, so the library, packs and the public Board
 * pages all filter (or select) with the same SQL; tests/api/consent-gate.test.ts proves each
 * goes through it and that no other file re-implements it. The library search's membership
 * table (library_story) is kept by triggers that mirror the Board rule, checked against this
 * by tests/api/library-membership.test.ts.
 */
export function shownTo(audience: Audience, now: Date) {
  const at = now.toISOString();
  return (eb: ExpressionBuilder<Database, 'story' | 'curated_story'>) =>
    eb.and([
      eb('story.status', '=', 'approved'),
      eb('curated_story.approved_at', 'is not', null),
      eb.exists(
        eb
          .selectFrom('consent')
          .select(sql`1`.as('one'))
          .whereRef('consent.story_id', '=', 'story.id')
          .where('consent.purpose', '=', AUDIENCE_PURPOSE[audience])
          .where('consent.granted', '=', 1)
          .where('consent.withdrawn_at', 'is', null)
          .where((c) =>
            c.or([c('consent.expires_at', 'is', null), c('consent.expires_at', '>', at)]),
          ),
      ),
    ]);
}

/**
 * The one definition of who may be sent news of their story (issue 13, decision 0093), the rule
 * the coordinator's "people to tell" list already keeps: the story is not withdrawn, the person
 * still has a current wish to be contacted (contact_check or contact_involve: granted, not
 * withdrawn, not expired) and said it is safe to leave them a message. A Kysely expression over
 * `story` joined to `contact`, so a withdrawn story (its contact row deleted) never matches.
 */
export function mayHearBack(now: Date) {
  const at = now.toISOString();
  return (eb: ExpressionBuilder<Database, 'story' | 'contact'>) =>
    eb.and([
      eb('story.status', '!=', 'withdrawn'),
      eb('contact.safe_to_leave_message', '=', 1),
      eb.exists(
        eb
          .selectFrom('consent')
          .select(sql`1`.as('one'))
          .whereRef('consent.story_id', '=', 'story.id')
          .where('consent.purpose', 'in', CONTACT_PURPOSES)
          .where('consent.granted', '=', 1)
          .where('consent.withdrawn_at', 'is', null)
          .where((c) =>
            c.or([c('consent.expires_at', 'is', null), c('consent.expires_at', '>', at)]),
          ),
      ),
    ]);
}
