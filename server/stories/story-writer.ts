import type SQLite from 'better-sqlite3';
import { isStorageFailure } from '../../db/sqlite-errors.ts';
import { CONSENT_WORDING_VERSION } from '../../domain/limits.ts';
import { catalogueFor } from '../../domain/messages/all-catalogues.ts';
import { translate } from '../../domain/messages.ts';
import { generateReference } from '../../domain/reference.ts';
import type { StoryInput } from '../../domain/story-schema.ts';
import { CONSENT_PURPOSES } from '../../domain/vocabulary.ts';
import { referenceHasher } from '../crypto/reference-lookup.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { prepareEnqueue } from '../messages/outbox.ts';
import { urgentAlertMessages } from '../messages/urgent-alert.ts';

/**
 * Group commit for incoming stories. Every story waiting in the same turn of the event loop is
 * written in ONE transaction (one fsync under synchronous=FULL) and each caller is answered only
 * after that commit, so an acknowledged story is still durable — but the disk flush is shared.
 * Each story runs in its own savepoint, so one story's failure (an idempotency conflict) never
 * takes its neighbours with it; a failed commit (disk full) fails the whole batch, and none of
 * it is acknowledged. Prepared statements keep the per-story cost small.
 * See docs/decisions/0005-group-commit.md.
 */

/** One story, already validated, sealed-ready and assessed for risk and spam. */
export type StoryWrite = {
  siteId: number;
  boardId: number;
  input: StoryInput;
  bodyHash: string;
  idempotencyKey?: string | undefined;
  now: string;
  consentExpiry: string;
  urgentReasons: readonly string[];
  spamReasons: readonly string[];
  /** Whether the consent choices were shown in the words for someone telling it for another. */
  consentWordingForAnother: boolean;
};

export type WrittenStory = {
  reference: string;
  urgent: boolean;
  replayed: boolean;
  quarantined: boolean;
};

/** Thrown when an Idempotency-Key is reused with a different story. */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError';
}

type Job = {
  write: StoryWrite;
  resolve: (value: WrittenStory) => void;
  reject: (error: unknown) => void;
};

export type StoryWriter = { write: (write: StoryWrite) => Promise<WrittenStory> };

const MAX_BATCH = 256;

export type StoryWriterOptions = {
  /** config.linkBase: urgent alerts link to the story in /admin from here. */
  linkBase: string;
};

export function createStoryWriter(
  sqlite: SQLite.Database,
  sealer: Sealer,
  options: StoryWriterOptions,
): StoryWriter {
  const findReplay = sqlite.prepare<[number, string]>(
    `select i.body_hash, i.reference_sealed, s.urgent, s.status
       from idempotency_key i
       join story s on s.id = i.story_id
      where i.site_id = ? and i.key = ?`,
  );
  const insertStory = sqlite.prepare(
    `insert into story (site_id, board_id, language, respondent, person_knows, support_reason,
       finished, at_risk_now, asked_outcomes, wanted_outcome_sealed, outcome_achieved, feel_safer,
       exp_listened, exp_involved, exp_dignity, exp_informed, exp_understood_roles,
       exp_shared_when_needed, help_to_have_say, harm_kinds, location, story_sealed,
       helped_most_sealed, should_change_sealed, urgent, urgent_reasons, status, spam_reasons,
       received_at, updated_at)
     values (@site_id, @board_id, @language, @respondent, @person_knows, @support_reason,
       @finished, @at_risk_now, @asked_outcomes, @wanted_outcome_sealed, @outcome_achieved, @feel_safer,
       @exp_listened, @exp_involved, @exp_dignity, @exp_informed, @exp_understood_roles,
       @exp_shared_when_needed, @help_to_have_say, @harm_kinds, @location, @story_sealed,
       @helped_most_sealed, @should_change_sealed, @urgent, @urgent_reasons, @status,
       @spam_reasons, @received_at, @updated_at)`,
  );
  const insertConsent = sqlite.prepare(
    `insert into consent (story_id, purpose, wording_version, wording_text, granted, decided_at,
       expires_at, withdrawn_at) values (?, ?, ?, ?, ?, ?, ?, null)`,
  );
  const insertContact = sqlite.prepare(
    `insert into contact (story_id, method, name_sealed, email_sealed, phone_sealed,
       safe_to_leave_message, message_wording) values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReference = sqlite.prepare(
    'insert into reference (code_hash, story_id, issued_at) values (?, ?, ?) on conflict (code_hash) do nothing',
  );
  const insertKey = sqlite.prepare(
    `insert into idempotency_key (site_id, key, body_hash, story_id, created_at, reference_sealed)
     values (?, ?, ?, ?, ?, ?)`,
  );
  // An urgent story's alerts are written in its own transaction (decision 0086): a crash after
  // the commit still sends them, and a story that was not stored alerts nobody. Read only for
  // urgent stories, so the ordinary story's path is unchanged.
  const enqueue = prepareEnqueue(sqlite, { sealer });
  const boardName = sqlite.prepare<[number]>('select name from board where id = ?').pluck();
  const activeCoordinators = sqlite
    .prepare<[number]>(
      `select u.id from user u join user_board ub on ub.user_id = u.id
        where ub.board_id = ? and u.role = 'coordinator' and u.disabled = 0 order by u.id`,
    )
    .pluck();
  const alerting = sqlite.prepare<[number]>(
    'select duty_email, webhook_url from board_alerting where board_id = ?',
  );
  const alertUrgent = (storyId: number, w: StoryWrite, heldAsSpam: boolean): void => {
    const settings = alerting.get(w.boardId) as
      | { duty_email: string | null; webhook_url: string | null }
      | undefined;
    const messages = urgentAlertMessages({
      storyId,
      boardId: w.boardId,
      boardName: String(boardName.get(w.boardId) ?? 'your Board'),
      heldAsSpam,
      receivedAt: new Date(w.now),
      coordinatorIds: activeCoordinators.all(w.boardId) as number[],
      hasDutyInbox: Boolean(settings?.duty_email?.trim()),
      hasWebhook: Boolean(settings?.webhook_url),
      linkBase: options.linkBase,
    });
    for (const message of messages) enqueue(message);
  };

  // Only the keyed hash of a reference is stored (decision 0033); the reference itself is kept
  // sealed beside an Idempotency-Key, so a retried post is answered with the same reference.
  const hashReference = referenceHasher(sqlite, sealer);

  const writeOne = sqlite.transaction((w: StoryWrite): WrittenStory => {
    const { input } = w;
    if (w.idempotencyKey) {
      const seen = findReplay.get(w.siteId, w.idempotencyKey) as
        | { body_hash: string; reference_sealed: string | null; urgent: number; status: string }
        | undefined;
      if (seen) {
        if (seen.body_hash !== w.bodyHash) {
          throw new IdempotencyConflictError('This Idempotency-Key was used for a different story');
        }
        if (!seen.reference_sealed) {
          throw new IdempotencyConflictError('This Idempotency-Key was used for a different story');
        }
        return {
          reference: sealer.open(seen.reference_sealed, 'idempotency_key.reference'),
          urgent: seen.urgent === 1,
          replayed: true,
          quarantined: seen.status === 'quarantined',
        };
      }
    }
    const quarantined = w.spamReasons.length > 0;
    const storyId = Number(
      insertStory.run({
        site_id: w.siteId,
        board_id: w.boardId,
        language: input.language,
        respondent: input.respondent,
        person_knows: input.personKnows ?? null,
        support_reason: input.supportReason,
        finished: input.finished,
        at_risk_now: input.atRiskNow ?? null,
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
        urgent: w.urgentReasons.length > 0 ? 1 : 0,
        urgent_reasons: JSON.stringify(w.urgentReasons),
        status: quarantined ? 'quarantined' : 'new',
        spam_reasons: JSON.stringify(w.spamReasons),
        received_at: w.now,
        updated_at: w.now,
      }).lastInsertRowid,
    );
    for (const purpose of CONSENT_PURPOSES) {
      const granted = input.consents[purpose];
      insertConsent.run(
        storyId,
        purpose,
        CONSENT_WORDING_VERSION,
        // The exact words shown, in the language shown (issue 8), so a consent can always be
        // read as the person read it; the purpose code above means the same in every language.
        translate(
          catalogueFor(input.language),
          `consent.${purpose}`,
          undefined,
          w.consentWordingForAnother,
        ),
        granted ? 1 : 0,
        w.now,
        granted ? w.consentExpiry : null,
      );
    }
    if (input.contact) {
      const c = input.contact;
      insertContact.run(
        storyId,
        c.method,
        sealer.sealOptional(c.name, 'contact.name'),
        c.method === 'email' ? sealer.sealOptional(c.email, 'contact.email') : null,
        c.method === 'phone' ? sealer.sealOptional(c.phone, 'contact.phone') : null,
        c.safeToLeaveMessage ? 1 : 0,
        c.messageWording ?? 'neutral',
      );
    }
    let reference: string | undefined;
    // 60 random bits: a collision is vanishingly rare, but a retry costs nothing.
    for (let attempt = 0; attempt < 5 && !reference; attempt++) {
      const code = generateReference();
      if (insertReference.run(hashReference(code), storyId, w.now).changes === 1) reference = code;
    }
    if (!reference) throw new Error('Could not issue a unique reference');
    if (w.idempotencyKey) {
      insertKey.run(
        w.siteId,
        w.idempotencyKey,
        w.bodyHash,
        storyId,
        w.now,
        sealer.seal(reference, 'idempotency_key.reference'),
      );
    }
    if (w.urgentReasons.length > 0) alertUrgent(storyId, w, quarantined);
    return { reference, urgent: w.urgentReasons.length > 0, replayed: false, quarantined };
  });

  const pending: Job[] = [];
  let scheduled = false;

  const flush = (): void => {
    scheduled = false;
    // Kysely may hold an open transaction on this same connection across an await; joining it
    // would tie these stories to its fate. Wait for it to finish instead.
    if (sqlite.inTransaction) {
      schedule();
      return;
    }
    const batch = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) schedule();
    const outcomes: ({ ok: true; value: WrittenStory } | { ok: false; error: unknown })[] = [];
    try {
      sqlite
        .transaction(() => {
          for (const job of batch) {
            try {
              outcomes.push({ ok: true, value: writeOne(job.write) });
            } catch (error) {
              // Storage failures (a full disk) end the whole transaction: fail the batch with
              // the real cause, so every caller gets a 503, not a confusing "no transaction".
              if (!sqlite.inTransaction || isStorageFailure(error)) throw error;
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch was stored.
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error ?? new Error('Story was not written'));
    });
  };

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    write: (write) =>
      new Promise<WrittenStory>((resolve, reject) => {
        pending.push({ write, resolve, reject });
        schedule();
      }),
  };
}
