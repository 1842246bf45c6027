import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { addMonths } from '../../domain/dates.ts';
import { CONSENT_WORDING_VERSION } from '../../domain/limits.ts';
import { en, translate } from '../../domain/messages.ts';
import { generateReference } from '../../domain/reference.ts';
import { currentRiskReasons } from '../../domain/risk.ts';
import type { StoryInput } from '../../domain/story-schema.ts';
import { CONSENT_MONTHS, CONSENT_PURPOSES } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { SpamReason } from '../spam/assess-spam.ts';

export type CreatedStory = {
  reference: string;
  urgent: boolean;
  replayed: boolean;
  quarantined: boolean;
};

/** Thrown when an Idempotency-Key is reused with a different story. */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError';
}

/**
 * Stable hash of the validated story, so the same story sent twice hashes the same. The spam
 * signals are left out: a retry after a timeout carries a larger `elapsedMs` but is the same story.
 */
export function hashStory(input: StoryInput): string {
  const { website: _website, elapsedMs: _elapsedMs, ...story } = input;
  const canonical = JSON.stringify(story, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Stores a validated story with its consents, contact details and reference in one
 * transaction, and returns only after it is committed (synchronous=FULL: it survives a power
 * cut). With an idempotency key seen before for this site, returns the first story's reference
 * instead of storing a second copy.
 */
export async function createStory(
  db: Db,
  sealer: Sealer,
  args: {
    siteId: number;
    boardId: number;
    input: StoryInput;
    idempotencyKey?: string;
    now?: Date;
    /** From assessSpam(): any reason stores the story as `quarantined`, never drops it. */
    spamReasons?: readonly SpamReason[];
  },
): Promise<CreatedStory> {
  const { input, siteId, boardId, idempotencyKey } = args;
  const spamReasons = args.spamReasons ?? [];
  const now = (args.now ?? new Date()).toISOString();
  const bodyHash = hashStory(input);
  const reasons = currentRiskReasons({
    finished: input.finished,
    feelSafer: input.feelSafer,
    texts: [input.story, input.wantedOutcome, input.helpedMost, input.shouldChange],
  });

  return db.transaction().execute(async (trx) => {
    if (idempotencyKey) {
      const seen = await trx
        .selectFrom('idempotency_key')
        .innerJoin('reference', 'reference.story_id', 'idempotency_key.story_id')
        .innerJoin('story', 'story.id', 'idempotency_key.story_id')
        .select(['idempotency_key.body_hash', 'reference.code', 'story.urgent', 'story.status'])
        .where('idempotency_key.site_id', '=', siteId)
        .where('idempotency_key.key', '=', idempotencyKey)
        .executeTakeFirst();
      if (seen) {
        if (seen.body_hash !== bodyHash) {
          throw new IdempotencyConflictError('This Idempotency-Key was used for a different story');
        }
        return {
          reference: seen.code,
          urgent: seen.urgent === 1,
          replayed: true,
          quarantined: seen.status === 'quarantined',
        };
      }
    }

    const { id: storyId } = await trx
      .insertInto('story')
      .values({
        site_id: siteId,
        board_id: boardId,
        language: input.language,
        respondent: input.respondent,
        person_knows: input.personKnows ?? null,
        support_reason: input.supportReason,
        finished: input.finished,
        asked_outcomes: input.askedOutcomes,
        wanted_outcome_sealed: sealer.sealOptional(input.wantedOutcome, 'story.wanted_outcome'),
        outcome_achieved: input.outcomeAchieved ?? null,
        feel_safer: input.feelSafer,
        exp_listened: input.experience.listened,
        exp_involved: input.experience.involved,
        exp_dignity: input.experience.dignity,
        exp_informed: input.experience.informed,
        exp_understood_roles: input.experience.understood_roles,
        exp_shared_when_needed: input.experience.shared_when_needed,
        help_to_have_say: input.helpToHaveSay,
        harm_kinds: JSON.stringify(input.harmKinds),
        location: input.location ?? null,
        story_sealed: sealer.seal(input.story, 'story.story'),
        helped_most_sealed: sealer.sealOptional(input.helpedMost, 'story.helped_most'),
        should_change_sealed: sealer.sealOptional(input.shouldChange, 'story.should_change'),
        urgent: reasons.length > 0 ? 1 : 0,
        urgent_reasons: JSON.stringify(reasons),
        status: spamReasons.length > 0 ? 'quarantined' : 'new',
        spam_reasons: JSON.stringify(spamReasons),
        received_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const expires = addMonths(new Date(now), CONSENT_MONTHS).toISOString();
    await trx
      .insertInto('consent')
      .values(
        CONSENT_PURPOSES.map((purpose) => ({
          story_id: storyId,
          purpose,
          wording_version: CONSENT_WORDING_VERSION,
          // The exact words shown; the journey shows the catalogue of the story's language.
          wording_text: translate(en, `consent.${purpose}`, undefined, input.respondent !== 'self'),
          granted: input.consents[purpose] ? 1 : 0,
          decided_at: now,
          expires_at: input.consents[purpose] ? expires : null,
          withdrawn_at: null,
        })),
      )
      .execute();

    if (input.contact) {
      await trx
        .insertInto('contact')
        .values({
          story_id: storyId,
          method: input.contact.method,
          name_sealed: sealer.sealOptional(input.contact.name, 'contact.name'),
          email_sealed:
            input.contact.method === 'email'
              ? sealer.sealOptional(input.contact.email, 'contact.email')
              : null,
          phone_sealed:
            input.contact.method === 'phone'
              ? sealer.sealOptional(input.contact.phone, 'contact.phone')
              : null,
          safe_to_leave_message: input.contact.safeToLeaveMessage ? 1 : 0,
        })
        .execute();
    }

    const reference = await insertUniqueReference(trx, storyId, now);
    if (idempotencyKey) {
      await trx
        .insertInto('idempotency_key')
        .values({
          site_id: siteId,
          key: idempotencyKey,
          body_hash: bodyHash,
          story_id: storyId,
          created_at: now,
        })
        .execute();
    }
    return {
      reference,
      urgent: reasons.length > 0,
      replayed: false,
      quarantined: spamReasons.length > 0,
    };
  });
}

async function insertUniqueReference(trx: Db, storyId: number, now: string): Promise<string> {
  // 60 random bits: a collision is vanishingly rare, but a retry costs nothing.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateReference();
    const result = await trx
      .insertInto('reference')
      .values({ code, story_id: storyId, issued_at: now })
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return code;
  }
  throw new Error('Could not issue a unique reference');
}
