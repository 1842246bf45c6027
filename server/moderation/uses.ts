import type { Db } from '../../db/client.ts';
import type { ConsentRow } from '../../db/schema.ts';
import type { ConsentPurpose } from '../../domain/vocabulary.ts';

/**
 * What an approved curated story may be used for. Public contract with the admin app and packs.
 * Derived from the person's consents only: staff never type it (issue 4).
 */
export const USES = ['board', 'training', 'publish', 'quote'] as const;
export type Use = (typeof USES)[number];

const PURPOSE_OF: Record<Use, ConsentPurpose> = {
  board: 'board_share',
  training: 'training',
  publish: 'publish',
  quote: 'quote',
};

/** A consent counts while it is granted, not withdrawn and not past its expiry. */
export function isCurrentConsent(consent: ConsentRow, now: Date): boolean {
  return (
    consent.granted === 1 &&
    consent.withdrawn_at === null &&
    (consent.expires_at === null || consent.expires_at > now.toISOString())
  );
}

export function usesFromConsents(consents: ConsentRow[], now: Date): Use[] {
  const current = new Set(consents.filter((c) => isCurrentConsent(c, now)).map((c) => c.purpose));
  return USES.filter((use) => current.has(PURPOSE_OF[use]));
}

export async function storyConsents(db: Db, storyId: number): Promise<ConsentRow[]> {
  return db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', '=', storyId)
    .orderBy('id')
    .execute();
}

export async function storyUses(db: Db, storyId: number, now: Date): Promise<Use[]> {
  return usesFromConsents(await storyConsents(db, storyId), now);
}
