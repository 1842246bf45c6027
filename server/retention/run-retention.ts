import type { Db } from '../../db/client.ts';
import { addMonths } from '../../domain/dates.ts';
import { recordAudit } from '../audit/record.ts';
import type { Logger } from '../log.ts';
import { expireConsents } from '../moderation/expire-consents.ts';

/** How long an Idempotency-Key is remembered: far longer than any retry, short enough to forget. */
export const IDEMPOTENCY_KEY_DAYS = 7;

export type RetentionResult = {
  /** Stories whose original words (sealed text, contact details) were removed. */
  anonymised: number[];
  idempotencyKeysForgotten: number;
  /** From the moderation code's expireConsents(): consents past their period, stories moved out. */
  consentsExpired: number;
  storiesExpired: number;
  cutoff: string;
};

/**
 * Applies the retention period: every story received before `now - months` loses its original
 * words (all sealed text columns and its contact details); its multiple-choice answers stay, as
 * they carry no words of the person and feed the Board's statistics. Idempotency keys older
 * than a week are forgotten (their hash was computed from the text). Then consents past their
 * period are expired by the moderation code (`expireConsents`: curated stories leave the library).
 * Idempotent: a second run finds nothing. Each anonymised story is audited as 'system' in the
 * same transaction, and logged by id (never text or reference).
 */
export async function runRetention(
  deps: { db: Db; log: Logger },
  options: { months: number; now?: Date; dryRun?: boolean },
): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const cutoff = addMonths(now, -options.months).toISOString();
  const keyCutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_DAYS * 86_400_000).toISOString();
  const due = await deps.db
    .selectFrom('story')
    .leftJoin('contact', 'contact.story_id', 'story.id')
    .select('story.id')
    .where('story.received_at', '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('story.story_sealed', 'is not', null),
        eb('story.wanted_outcome_sealed', 'is not', null),
        eb('story.helped_most_sealed', 'is not', null),
        eb('story.should_change_sealed', 'is not', null),
        eb('contact.story_id', 'is not', null),
      ]),
    )
    .orderBy('story.id')
    .execute();
  const anonymised = due.map((r) => r.id);
  if (options.dryRun) {
    return {
      anonymised,
      idempotencyKeysForgotten: 0,
      consentsExpired: 0,
      storiesExpired: 0,
      cutoff,
    };
  }

  const forgotten = await deps.db.transaction().execute(async (trx) => {
    for (const id of anonymised) {
      const story = await trx
        .selectFrom('story')
        .select('board_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actor: 'system',
        action: 'story.anonymised',
        objectType: 'story',
        objectId: id,
        boardId: story.board_id,
        detail: { retentionMonths: options.months, cutoff },
        at: now,
      });
      await trx
        .updateTable('story')
        .set({
          story_sealed: null,
          wanted_outcome_sealed: null,
          helped_most_sealed: null,
          should_change_sealed: null,
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('contact').where('story_id', '=', id).execute();
      await trx.deleteFrom('idempotency_key').where('story_id', '=', id).execute();
    }
    const keys = await trx
      .deleteFrom('idempotency_key')
      .where('created_at', '<', keyCutoff)
      .executeTakeFirst();
    return Number(keys.numDeletedRows);
  });
  const expiry = await expireConsents(deps.db, now);
  for (const id of anonymised) {
    deps.log.info('retention.anonymised', { storyId: id, cutoff });
  }
  deps.log.info('retention.finished', {
    anonymised: anonymised.length,
    idempotencyKeysForgotten: forgotten,
    ...expiry,
    cutoff,
  });
  return { anonymised, idempotencyKeysForgotten: forgotten, ...expiry, cutoff };
}

/**
 * Runs retention once soon after start and then every 24 hours, in-process. The timer is
 * unref'd so it never keeps the process alive; a failed run is logged and retried next time.
 */
export function scheduleRetention(
  deps: { db: Db; log: Logger },
  options: { months: number; firstRunMs?: number },
): () => void {
  const run = () => {
    runRetention(deps, { months: options.months }).catch((error: unknown) => {
      deps.log.error('retention.failed', { name: (error as Error).name });
    });
  };
  const first = setTimeout(run, options.firstRunMs ?? 60_000);
  const daily = setInterval(run, 86_400_000);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
