import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

/**
 * The one definition of "in the library" (what Board secretaries and packs may see): approved,
 * with an approved curated story, and a current Board-sharing consent (granted, not withdrawn,
 * not expired). Everything that lists or fetches library stories builds on this query.
 */
export function libraryQuery(db: Db, now: Date) {
  const at = now.toISOString();
  return db
    .selectFrom('story')
    .innerJoin('curated_story', 'curated_story.story_id', 'story.id')
    .where('story.status', '=', 'approved')
    .where('curated_story.approved_at', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('consent')
          .select(sql`1`.as('one'))
          .whereRef('consent.story_id', '=', 'story.id')
          .where('consent.purpose', '=', 'board_share')
          .where('consent.granted', '=', 1)
          .where('consent.withdrawn_at', 'is', null)
          .where((eb) =>
            eb.or([eb('consent.expires_at', 'is', null), eb('consent.expires_at', '>', at)]),
          ),
      ),
    );
}

/** Ids of library stories of these Boards, newest approval first. */
export async function libraryStoryIds(db: Db, boardIds: number[], now: Date): Promise<number[]> {
  if (boardIds.length === 0) return [];
  const rows = await libraryQuery(db, now)
    .where('story.board_id', 'in', boardIds)
    .select('story.id')
    .orderBy('curated_story.approved_at', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

export async function isInLibrary(db: Db, storyId: number, now: Date): Promise<boolean> {
  const row = await libraryQuery(db, now)
    .where('story.id', '=', storyId)
    .select('story.id')
    .executeTakeFirst();
  return row !== undefined;
}
