import type { Db } from '../../db/client.ts';
import type { StoryStatus } from './statuses.ts';
import { type QueueItem, queueItems } from './story-view.ts';

/** What the coordinator asked the queue for (docs/admin-api.md `GET /stories`). */
export type QueueFilter = {
  /** The Boards to look in: the user's, or the one of them asked for. */
  boardIds: readonly number[];
  statuses: readonly StoryStatus[];
  /**
   * Also urgent stories held as possible spam, whatever `statuses` says: the default view and
   * "Urgent only" must never hide a story that speaks of danger now because a spam check held it.
   */
  withHeldUrgent?: boolean | undefined;
  siteId?: number | undefined;
  urgent?: boolean | undefined;
  /** Assigned to this user, or to nobody. */
  assigned?: { userId: number } | 'none' | undefined;
  page: number;
  pageSize: number;
};

/** One page of the moderation queue: urgent first, then oldest first. */
export async function queuePage(
  db: Db,
  filter: QueueFilter,
  now: Date,
): Promise<{ items: QueueItem[]; total: number }> {
  if (filter.boardIds.length === 0) return { items: [], total: 0 };
  let query = db
    .selectFrom('story')
    .leftJoin('moderation', 'moderation.story_id', 'story.id')
    .where('story.board_id', 'in', filter.boardIds)
    .where((eb) =>
      filter.withHeldUrgent
        ? eb.or([
            eb('story.status', 'in', filter.statuses),
            eb.and([eb('story.status', '=', 'quarantined'), eb('story.urgent', '=', 1)]),
          ])
        : eb('story.status', 'in', filter.statuses),
    );
  if (filter.siteId) query = query.where('story.site_id', '=', filter.siteId);
  if (filter.urgent !== undefined) query = query.where('story.urgent', '=', filter.urgent ? 1 : 0);
  if (filter.assigned === 'none') query = query.where('moderation.assigned_user_id', 'is', null);
  else if (filter.assigned)
    query = query.where('moderation.assigned_user_id', '=', filter.assigned.userId);
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const stories = await query
    .selectAll('story')
    .orderBy('story.urgent', 'desc')
    .orderBy('story.received_at', 'asc')
    .orderBy('story.id', 'asc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items: await queueItems(db, stories, now), total: Number(total) };
}
