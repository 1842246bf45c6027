import { z } from 'zod';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import { parseReference } from '../../domain/reference.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../domain/vocabulary.ts';
import type { Deps } from '../app-env.ts';
import { referenceHasher } from '../crypto/reference-lookup.ts';
import { allTexts, oneText } from '../http/page-input.ts';
import type { FormFields } from '../http/read-body.ts';
import { createTokenBuckets, type TokenBuckets } from '../middleware/rate-limit.ts';
import { isCurrentConsent, storyConsents } from '../moderation/uses.ts';
import { withdrawConsents, withdrawStory } from './withdraw-story.ts';

/**
 * The withdrawal page's forms: the reference typed, the language, and on the second page the
 * choice (`withdraw` or `change`) and the uses to keep. Never fails: a form that could not be
 * parsed reads as empty (decision 0068) and is answered with the page's own error.
 */
const WithdrawFormSchema = z.object({
  reference: oneText,
  action: oneText,
  keep: allTexts,
  lang: oneText,
});

export type WithdrawForm = z.output<typeof WithdrawFormSchema>;

export const readWithdrawForm = (form: FormFields): WithdrawForm => WithdrawFormSchema.parse(form);

const lookups = new WeakMap<Deps, TokenBuckets>();
/**
 * Reference look-ups per client address: 10 at once, then 20 an hour. Only well-formed
 * references (check symbol right) are counted, so a person correcting typos is never blocked;
 * a 60-bit reference cannot be guessed at this rate.
 */
function lookupLimiter(deps: Deps): TokenBuckets {
  let found = lookups.get(deps);
  if (!found) {
    found = createTokenBuckets({ perHour: 20, capacity: 10 });
    lookups.set(deps, found);
  }
  return found;
}

/** A typed reference looked up: the story it names, or why not, for the reference page. */
export type Lookup =
  | { found: true; storyId: number; status: string; reference: string }
  | {
      found: false;
      status: 400 | 404 | 429;
      /** What to put back in the reference field, and the error to show by it. */
      value: string;
      error: string;
      retryAfter?: number;
    };

/** Checks a typed reference, spends a look-up from the address's allowance, then finds it. */
export async function lookUpReference(
  deps: Deps,
  args: { typed: string; address: string },
  tr: Translator,
): Promise<Lookup> {
  const { t } = tr;
  const typed = args.typed.slice(0, 100);
  const parsed = parseReference(typed);
  if (!parsed.ok) {
    return {
      found: false,
      status: 400,
      value: typed,
      error: t(`withdraw.error.${parsed.problem}`),
    };
  }
  const wait = lookupLimiter(deps).take(args.address, deps.now().getTime());
  if (wait > 0) {
    return {
      found: false,
      status: 429,
      value: parsed.reference,
      error: t('withdraw.error.tooMany', { minutes: Math.max(1, Math.ceil(wait / 60)) }),
      retryAfter: wait,
    };
  }
  const row = await deps.db
    .selectFrom('reference')
    .innerJoin('story', 'story.id', 'reference.story_id')
    .select(['story.id', 'story.status'])
    // Only the keyed hash is stored (decision 0033): hash what the person typed and match it.
    .where('reference.code_hash', '=', referenceHasher(deps.sqlite, deps.sealer)(parsed.reference))
    .executeTakeFirst();
  if (!row) {
    return {
      found: false,
      status: 404,
      value: parsed.reference,
      error: t('withdraw.error.notFound'),
    };
  }
  return { found: true, storyId: row.id, status: row.status, reference: parsed.reference };
}

/** The uses the person still allows: each consent purpose that is current. */
export async function currentPurposes(deps: Deps, storyId: number): Promise<ConsentPurpose[]> {
  const now = deps.now();
  const consents = await storyConsents(deps.db, storyId);
  return CONSENT_PURPOSES.filter((p) =>
    consents.some((c) => c.purpose === p && isCurrentConsent(c, now)),
  );
}

/**
 * Carries out what the person chose on the second page, at once: withdraw the whole story, or
 * keep only the uses still ticked. Undefined when no choice was made (the page asks again).
 */
export async function applyWithdrawalChoice(
  deps: Deps,
  args: { storyId: number; form: WithdrawForm; purposes: ConsentPurpose[]; address: string },
): Promise<'withdrawn' | 'changed' | 'unchanged' | undefined> {
  const ctx = {
    actor: 'public' as const,
    address: args.address,
    now: deps.now(),
    via: 'public' as const,
  };
  if (args.form.action === 'withdraw') {
    await withdrawStory(deps.db, args.storyId, ctx);
    return 'withdrawn';
  }
  if (args.form.action === 'change' && args.purposes.length > 0) {
    const keep = new Set(args.form.keep);
    const drop = args.purposes.filter((p) => !keep.has(p));
    if (drop.length === 0) return 'unchanged';
    await withdrawConsents(deps.db, args.storyId, drop, ctx);
    return 'changed';
  }
  return undefined;
}
