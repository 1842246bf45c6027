import type { Db } from '../../db/client.ts';
import { onStoryLeftLibrary } from '../withdrawal/hooks.ts';

/**
 * Takes a story out of every draft pack, leaving a visible note on each (docs/domain.md: withdrawal
 * stops all new use at once). Issued packs are never touched: they stay as the record.
 */
export async function dropStoryFromDraftPacks(
  db: Db,
  storyId: number,
  kind: 'story_withdrawn' | 'story_left_library',
  now: Date,
): Promise<number> {
  const packs = await db
    .selectFrom('pack_story')
    .innerJoin('pack', 'pack.id', 'pack_story.pack_id')
    .select('pack.id')
    .where('pack_story.story_id', '=', storyId)
    .where('pack.status', '=', 'draft')
    .execute();
  for (const { id } of packs) {
    await db
      .deleteFrom('pack_story')
      .where('pack_id', '=', id)
      .where('story_id', '=', storyId)
      .execute();
    await db.insertInto('pack_note').values({ pack_id: id, kind, at: now.toISOString() }).execute();
  }
  return packs.length;
}

// Registered once, when the packs module is first loaded (server/routes/board-packs.ts imports it).
onStoryLeftLibrary(async (trx, storyId, reason) => {
  await dropStoryFromDraftPacks(
    trx,
    storyId,
    reason === 'withdrawn' ? 'story_withdrawn' : 'story_left_library',
    new Date(),
  );
});
