import type { Db } from '../../db/client.ts';
import { libraryQuery } from './library.ts';
import { curatedView } from './story-view.ts';
import { storyUses } from './uses.ts';

/**
 * Library stories as Board secretaries read them (`/admin/api/curated-stories`): curated words
 * only, never the original; quotes only with quote consent. Only what the consent gate lets
 * reach a Board (libraryQuery) is ever found here.
 */

export type CuratedStory = Awaited<ReturnType<typeof curatedStory>>;

async function curatedStory(db: Db, storyId: number, now: Date) {
  const story = await db
    .selectFrom('story')
    .innerJoin('site', 'site.id', 'story.site_id')
    .select([
      'story.id',
      'story.board_id',
      'story.site_id',
      'site.partner_id',
      'story.respondent',
      'story.received_at',
      'story.outcome_achieved',
      'story.feel_safer',
    ])
    .where('story.id', '=', storyId)
    .executeTakeFirstOrThrow();
  const curated = await curatedView(db, storyId);
  const uses = await storyUses(db, storyId, now);
  return {
    storyId: story.id,
    boardId: story.board_id,
    siteId: story.site_id,
    partnerId: story.partner_id,
    respondent: story.respondent,
    receivedAt: story.received_at,
    approvedAt: curated?.approvedAt ?? null,
    title: curated?.title ?? '',
    summary: curated?.summary ?? '',
    text: curated?.text ?? '',
    quotes: uses.includes('quote') ? (curated?.quotes ?? []) : [],
    tags: curated?.tags ?? null,
    themes: curated?.themes ?? [],
    uses,
    outcomeAchieved: story.outcome_achieved,
    feelSafer: story.feel_safer,
  };
}

/** One page of the library of these Boards, newest approval first. */
export async function curatedStoryPage(
  db: Db,
  boardIds: readonly number[],
  paging: { page: number; pageSize: number },
  now: Date,
): Promise<{ items: CuratedStory[]; total: number }> {
  if (boardIds.length === 0) return { items: [], total: 0 };
  const base = libraryQuery(db, now).where('story.board_id', 'in', boardIds);
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select('story.id')
    .orderBy('curated_story.approved_at', 'desc')
    .orderBy('story.id', 'desc')
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  const items: CuratedStory[] = [];
  for (const r of rows) items.push(await curatedStory(db, r.id, now));
  return { items, total: Number(total) };
}

/** The story when it is in the library of one of these Boards; otherwise undefined. */
export async function findCuratedStory(
  db: Db,
  storyId: number,
  boardIds: readonly number[],
  now: Date,
): Promise<CuratedStory | undefined> {
  if (boardIds.length === 0) return undefined;
  const row = await libraryQuery(db, now)
    .where('story.id', '=', storyId)
    .where('story.board_id', 'in', boardIds)
    .select('story.id')
    .executeTakeFirst();
  return row ? curatedStory(db, row.id, now) : undefined;
}
