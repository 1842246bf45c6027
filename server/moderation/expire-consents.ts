import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record.ts';
import { runLeftLibraryHooks } from '../withdrawal/hooks.ts';

export type ExpiryResult = { consentsExpired: number; storiesExpired: number };

/**
 * Marks consents past their period as expired, and moves every story whose Board-sharing
 * consent expired out of the library: status `expired` (a withdrawn or rejected story keeps its
 * status), hooks run (packs), each change audited as 'system'. Safe to run any number of times:
 * retention calls it a minute after start, then daily in-process (server/retention/), and on
 * demand (`npm run heard -- retention`).
 */
export async function expireConsents(db: Db, now: Date): Promise<ExpiryResult> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('consent')
      .innerJoin('story', 'story.id', 'consent.story_id')
      .select([
        'consent.id',
        'consent.story_id',
        'consent.purpose',
        'story.status',
        'story.board_id',
      ])
      .where('consent.granted', '=', 1)
      .where('consent.withdrawn_at', 'is', null)
      .where('consent.expired_at', 'is', null)
      .where('consent.expires_at', 'is not', null)
      .where('consent.expires_at', '<=', at)
      .execute();
    if (due.length === 0) return { consentsExpired: 0, storiesExpired: 0 };
    await trx
      .updateTable('consent')
      .set({ expired_at: at })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .execute();
    const byStory = new Map<number, { purposes: string[]; status: string; boardId: number }>();
    for (const d of due) {
      const entry = byStory.get(d.story_id) ?? {
        purposes: [],
        status: d.status,
        boardId: d.board_id,
      };
      entry.purposes.push(d.purpose);
      byStory.set(d.story_id, entry);
    }
    let storiesExpired = 0;
    for (const [storyId, entry] of byStory) {
      await recordAudit(trx, {
        actor: 'system',
        action: 'consent.expired',
        objectType: 'story',
        objectId: storyId,
        boardId: entry.boardId,
        detail: { purposes: entry.purposes },
        at: now,
      });
      if (!entry.purposes.includes('board_share')) continue;
      if (['withdrawn', 'rejected', 'expired'].includes(entry.status)) continue;
      await trx
        .updateTable('story')
        .set({ status: 'expired', updated_at: at })
        .where('id', '=', storyId)
        .execute();
      await runLeftLibraryHooks(trx, storyId, 'expired');
      await recordAudit(trx, {
        actor: 'system',
        action: 'story.expired',
        objectType: 'story',
        objectId: storyId,
        boardId: entry.boardId,
        detail: { previousStatus: entry.status },
        at: now,
      });
      storiesExpired++;
    }
    return { consentsExpired: due.length, storiesExpired };
  });
}
