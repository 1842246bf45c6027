import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { ConsentPurpose } from '../../domain/vocabulary.ts';
import { type AuditActor, recordAudit } from '../audit/record.ts';
import { stopStorytellerNews } from '../messages/hear-back.ts';
import { runLeftLibraryHooks } from './hooks.ts';

export type WithdrawContext = {
  actor: AuditActor;
  address: string | null;
  now: Date;
  /** Only for staff acting on a person's request (phone, letter): why. Never story text. */
  via?: 'public' | 'staff';
  /** Staff only: why (e.g. "asked by phone"). Never story text. */
  reason?: string;
};

/**
 * Withdraws a whole story at once, in one transaction: every consent withdrawn, status
 * `withdrawn`, the sealed free text and the contact details deleted (secure_delete overwrites
 * them in the file), the curated story and its tags deleted, the rejection reason cleared, then
 * every onStoryLeftLibrary hook (packs), and the audit record. Returns false when the story was
 * already withdrawn (nothing changes twice).
 */
export async function withdrawStory(
  db: Db,
  storyId: number,
  ctx: WithdrawContext,
): Promise<boolean> {
  const changed = await withdrawInTransaction(db, storyId, ctx);
  if (changed) await eraseFromLog(db);
  return changed;
}

/**
 * Copies the WAL into the database and truncates it, so the pages that held the deleted text
 * (curated text is stored plain; sealed values are ciphertext) do not linger in heard.db-wal
 * until a later checkpoint. With secure_delete on, the freed pages in heard.db are zeroed.
 * Best effort: a long-running reader can delay it, and the next checkpoint finishes the job.
 */
async function eraseFromLog(db: Db): Promise<void> {
  try {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  } catch {
    // An in-memory database has no WAL; nothing to erase.
  }
}

async function withdrawInTransaction(
  db: Db,
  storyId: number,
  ctx: WithdrawContext,
): Promise<boolean> {
  const at = ctx.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const story = await trx
      .selectFrom('story')
      .select(['id', 'status', 'board_id'])
      .where('id', '=', storyId)
      .executeTakeFirst();
    if (!story || story.status === 'withdrawn') return false;
    await trx
      .updateTable('consent')
      .set({ withdrawn_at: at })
      .where('story_id', '=', storyId)
      .where('withdrawn_at', 'is', null)
      .execute();
    await trx
      .updateTable('story')
      .set({
        status: 'withdrawn',
        story_sealed: null,
        wanted_outcome_sealed: null,
        helped_most_sealed: null,
        should_change_sealed: null,
        updated_at: at,
      })
      .where('id', '=', storyId)
      .execute();
    await trx.deleteFrom('contact').where('story_id', '=', storyId).execute();
    await trx.deleteFrom('curated_tag').where('story_id', '=', storyId).execute();
    await trx.deleteFrom('curated_story').where('story_id', '=', storyId).execute();
    await trx
      .updateTable('moderation')
      .set({ rejection_reason: null, assigned_user_id: null })
      .where('story_id', '=', storyId)
      .execute();
    await runLeftLibraryHooks(trx, storyId, 'withdrawn');
    await stopStorytellerNews(trx, {
      storyId,
      boardId: story.board_id,
      now: ctx.now,
      storyWithdrawn: true,
    });
    await recordAudit(trx, {
      actor: ctx.actor,
      action: 'story.withdrawn',
      objectType: 'story',
      objectId: storyId,
      boardId: story.board_id,
      address: ctx.address,
      detail: {
        previousStatus: story.status,
        via: ctx.via ?? 'public',
        ...(ctx.reason ? { reason: ctx.reason } : {}),
      },
      at: ctx.now,
    });
    return true;
  });
}

/**
 * Withdraws some consents (the person unticked purposes). Withdrawing `board_share` takes the
 * story out of the library (and runs the hooks); withdrawing `quote` removes the curated quotes;
 * contact purposes withdrawn together delete the contact details. Returns the purposes that
 * were actually withdrawn (granted and still current before).
 */
export async function withdrawConsents(
  db: Db,
  storyId: number,
  purposes: readonly ConsentPurpose[],
  ctx: WithdrawContext,
): Promise<ConsentPurpose[]> {
  const at = ctx.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const story = await trx
      .selectFrom('story')
      .select(['id', 'status', 'board_id'])
      .where('id', '=', storyId)
      .executeTakeFirst();
    if (!story || story.status === 'withdrawn' || purposes.length === 0) return [];
    const current = await trx
      .selectFrom('consent')
      .select(['purpose'])
      .where('story_id', '=', storyId)
      .where('purpose', 'in', [...purposes])
      .where('granted', '=', 1)
      .where('withdrawn_at', 'is', null)
      .execute();
    const withdrawn = current.map((r) => r.purpose);
    if (withdrawn.length === 0) return [];
    await trx
      .updateTable('consent')
      .set({ withdrawn_at: at })
      .where('story_id', '=', storyId)
      .where('purpose', 'in', withdrawn)
      .execute();
    if (withdrawn.includes('quote')) {
      await trx
        .updateTable('curated_story')
        .set({ quotes: '[]' })
        .where('story_id', '=', storyId)
        .execute();
    }
    const contactLeft = await trx
      .selectFrom('consent')
      .select('purpose')
      .where('story_id', '=', storyId)
      .where('purpose', 'in', ['contact_check', 'contact_involve'])
      .where('granted', '=', 1)
      .where('withdrawn_at', 'is', null)
      .execute();
    if (contactLeft.length === 0) {
      await trx.deleteFrom('contact').where('story_id', '=', storyId).execute();
      await stopStorytellerNews(trx, {
        storyId,
        boardId: story.board_id,
        now: ctx.now,
        storyWithdrawn: false,
      });
    }
    await trx.updateTable('story').set({ updated_at: at }).where('id', '=', storyId).execute();
    if (withdrawn.includes('board_share')) {
      await runLeftLibraryHooks(trx, storyId, 'board_consent_withdrawn');
    }
    await recordAudit(trx, {
      actor: ctx.actor,
      action: 'consent.withdrawn',
      objectType: 'story',
      objectId: storyId,
      boardId: story.board_id,
      address: ctx.address,
      detail: {
        purposes: withdrawn,
        via: ctx.via ?? 'public',
        ...(ctx.reason ? { reason: ctx.reason } : {}),
      },
      at: ctx.now,
    });
    return withdrawn;
  });
}
