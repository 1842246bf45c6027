import type { Db } from '../../db/client.ts';
import { shownTo } from './consent-gate.ts';

/**
 * "In the library" (what Board secretaries and packs may see): the stories the consent gate
 * shows to a Board (`shownTo('board')`). Everything that lists or fetches library stories builds
 * on this query.
 */
export function libraryQuery(db: Db, now: Date) {
  return db
    .selectFrom('story')
    .innerJoin('curated_story', 'curated_story.story_id', 'story.id')
    .where(shownTo('board', now));
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
