import { summaryRows, summaryText } from '../../domain/answer-summary.ts';
import { isRepresentative } from '../../domain/journey-flow.ts';
import { languageInfo } from '../../domain/languages.ts';
import { translatorFor } from '../../domain/messages/all-catalogues.ts';
import { type OutboundTranslator, outboundFor } from '../../domain/messages/outbound/index.ts';
import type { MessageWording } from '../../domain/outbox.ts';
import { parseReference } from '../../domain/reference.ts';
import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { referenceHasher } from '../crypto/reference-lookup.ts';
import { ProblemError } from '../http/errors.ts';
import { createTokenBuckets, type TokenBuckets } from '../middleware/rate-limit.ts';
import { storyAsAnswers } from '../stories/story-answers.ts';
import { enqueueMessages } from './outbox.ts';
import { STORYTELLER_SENDER } from './storyteller-wording.ts';

/**
 * A copy of the reference and answers, emailed to an address the person types at the end of the
 * journey (issue 13, decision 0093). The address and the copy are sealed in the message row and
 * cleared once sent; nothing else keeps them. Allowed once per story, within an hour of sending it.
 */

/** How long after a story is received its teller may ask for an emailed copy. */
export const COPY_WINDOW_MS = 60 * 60 * 1000;

export type CopyRequest = {
  reference: string;
  email: string;
  language: string;
  /** Unset: as the person chose for messages on the contact page, else neutral. */
  wording: MessageWording | undefined;
  /** The client address, for the look-up allowance and the audit; never the typed email. */
  address: string;
};

const lookups = new WeakMap<Deps, TokenBuckets>();
/**
 * Reference look-ups per client address, as /withdraw allows (10 at once, then 20 an hour): a
 * person asks once, a program guessing references is stopped long before 60 bits give way.
 */
function lookupLimiter(deps: Deps): TokenBuckets {
  let found = lookups.get(deps);
  if (!found) {
    found = createTokenBuckets({ perHour: 20, capacity: 10 });
    lookups.set(deps, found);
  }
  return found;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fieldProblem(tr: OutboundTranslator, errors: { field: string; detail: string }[]) {
  return new ProblemError({
    status: 422,
    title: tr.t('error.check.title'),
    errors: errors.map((e) => ({ ...e, pointer: `#/${e.field}` })),
  });
}

/**
 * Queues the copy; throws the problem to answer otherwise: 422 a malformed reference or email,
 * 429 too many look-ups, 410 no such story or too late (the same answer, so this says no more
 * about whether a reference exists than /withdraw does, and less), 409 a copy already sent.
 */
export async function requestReferenceCopy(deps: Deps, req: CopyRequest): Promise<void> {
  const tr = outboundFor(req.language);
  const parsed = parseReference(req.reference.slice(0, 100));
  const email = req.email.trim();
  const errors: { field: string; detail: string }[] = [];
  if (!parsed.ok) errors.push({ field: 'reference', detail: tr.t('error.reference') });
  if (email.length > 254 || !EMAIL.test(email))
    errors.push({ field: 'email', detail: tr.t('error.email') });
  if (!parsed.ok || errors.length > 0) throw fieldProblem(tr, errors);

  const now = deps.now();
  const wait = lookupLimiter(deps).take(req.address, now.getTime());
  if (wait > 0) {
    deps.log.warn('rate_limit.reference_copy', { retryAfter: wait });
    throw new ProblemError(
      {
        status: 429,
        title: tr.t('error.tooMany.title'),
        detail: tr.t('error.tooMany.detail'),
        retryAfterSeconds: wait,
      },
      { 'Retry-After': String(wait) },
    );
  }

  const story = await deps.db
    .selectFrom('reference')
    .innerJoin('story', 'story.id', 'reference.story_id')
    .selectAll('story')
    // Only the keyed hash is stored (decision 0033): hash what the person typed and match it.
    .where('reference.code_hash', '=', referenceHasher(deps.sqlite, deps.sealer)(parsed.reference))
    .executeTakeFirst();
  const late =
    !story ||
    story.status === 'withdrawn' ||
    now.getTime() - new Date(story.received_at).getTime() > COPY_WINDOW_MS;
  if (late) {
    throw new ProblemError({
      status: 410,
      title: tr.t('error.gone.title'),
      detail: tr.t('error.gone.detail'),
    });
  }

  const answers = await storyAsAnswers(deps.db, deps.sealer, story, now);
  const body = copyBody(
    story.language,
    parsed.reference,
    answers,
    `${deps.config.linkBase}/withdraw`,
    'contact.method' in answers,
  );
  const own = outboundFor(story.language);
  const wording =
    req.wording ??
    (
      await deps.db
        .selectFrom('contact')
        .select('message_wording')
        .where('story_id', '=', story.id)
        .executeTakeFirst()
    )?.message_wording ??
    'neutral';
  const subject =
    wording === 'named'
      ? own.t('copy.subject.named', { sender: STORYTELLER_SENDER })
      : own.t('copy.subject.neutral');
  const queued = await deps.db.transaction().execute(async (trx) => {
    const added = await enqueueMessages(trx, deps, [
      {
        kind: 'reference_copy',
        channel: 'email',
        recipient: { kind: 'address', address: email },
        boardId: story.board_id,
        storyId: story.id,
        subject,
        body,
        sealBody: true,
        dedupeKey: `reference_copy:story:${story.id}`,
        now,
      },
    ]);
    if (added === 0) return false;
    // Who asked and when; never the address typed.
    await recordAudit(trx, {
      actor: 'public',
      action: 'story.copy_requested',
      objectType: 'story',
      objectId: story.id,
      boardId: story.board_id,
      address: req.address,
      detail: { language: story.language, wording },
      at: now,
    });
    return true;
  });
  if (!queued) {
    throw new ProblemError({
      status: 409,
      title: tr.t('error.already.title'),
      detail: tr.t('error.already.detail'),
    });
  }
}

/** The copy's text, in the language the story was told in. */
function copyBody(
  language: string,
  reference: string,
  answers: Parameters<typeof summaryRows>[1],
  withdrawUrl: string,
  hadContact: boolean,
): string {
  const own = outboundFor(language);
  const { t } = translatorFor(languageInfo(language));
  // Someone telling it for another person saw the `.rep` wording; their copy says the same.
  const rep = isRepresentative(answers);
  const rows = summaryRows((key) => t(key, undefined, rep), answers);
  return [
    own.t('copy.intro'),
    `${t('done.referenceLabel')}: ${reference}`,
    own.t('copy.referenceUse', { url: withdrawUrl }),
    t('check.answersHeading'),
    summaryText(rows.filter((r) => !r.consent)),
    t('check.consentsHeading'),
    summaryText(rows.filter((r) => r.consent)),
    ...(hadContact ? [own.t('copy.contactLeftOut')] : []),
    STORYTELLER_SENDER,
  ].join('\n\n');
}
