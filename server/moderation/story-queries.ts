import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';

/** Finding a story and what has been recorded on it, for the coordinator's story routes. */

/** The story if it belongs to one of these Boards; otherwise undefined (a 404: no leak). */
export async function findStoryInBoards(
  db: Db,
  storyId: number,
  boardIds: readonly number[],
): Promise<StoryRow | undefined> {
  if (boardIds.length === 0) return undefined;
  return db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', storyId)
    .where('board_id', 'in', boardIds)
    .executeTakeFirst();
}

export async function getStory(db: Db, storyId: number): Promise<StoryRow> {
  return db.selectFrom('story').selectAll().where('id', '=', storyId).executeTakeFirstOrThrow();
}

/** Whether any safeguarding check has been recorded on the story. */
export async function hasSafeguardingCheck(db: Db, storyId: number): Promise<boolean> {
  const check = await db
    .selectFrom('safeguarding_check')
    .select('id')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  return check !== undefined;
}

/** Whether a curated (anonymised) story has been saved for the story. */
export async function hasCuratedStory(db: Db, storyId: number): Promise<boolean> {
  const curated = await db
    .selectFrom('curated_story')
    .select('story_id')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  return curated !== undefined;
}
