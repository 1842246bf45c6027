import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { addMonths } from '../../domain/dates.ts';
import { currentRiskReasons } from '../../domain/risk.ts';
import type { StoryInput } from '../../domain/story-schema.ts';
import { CONSENT_MONTHS } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { SpamReason } from '../spam/assess-spam.ts';
import { createStoryWriter, type StoryWriter, type WrittenStory } from './story-writer.ts';

export { IdempotencyConflictError } from './story-writer.ts';
export type CreatedStory = WrittenStory;

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

// One writer per connection: its queue is what lets concurrent stories share a commit.
const writers = new WeakMap<SQLite.Database, StoryWriter>();

function writerFor(deps: StoryDeps): StoryWriter {
  let writer = writers.get(deps.sqlite);
  if (!writer) {
    writer = createStoryWriter(deps.sqlite, deps.sealer, { linkBase: deps.config.linkBase });
    writers.set(deps.sqlite, writer);
  }
  return writer;
}

export type StoryDeps = {
  sqlite: SQLite.Database;
  sealer: Sealer;
  /** Where urgent alerts link to (config.linkBase). */
  config: { linkBase: string };
};

/**
 * Stores a validated story with its consents, contact details and reference, and resolves only
 * after the commit that holds it has returned (synchronous=FULL: it survives a power cut).
 * Stories arriving together share one commit (story-writer.ts, decision 0005). With an
 * idempotency key seen before for this site, returns the first story's reference instead of
 * storing a second copy; with the key reused for a different story, rejects with
 * IdempotencyConflictError.
 */
export async function createStory(
  deps: StoryDeps,
  args: {
    siteId: number;
    boardId: number;
    input: StoryInput;
    idempotencyKey?: string;
    now?: Date;
    /** From assessSpam(): any reason stores the story as `quarantined`, never drops it. */
    spamReasons?: readonly SpamReason[];
    /**
     * Which consent wording the person saw. The journey words the choices for whoever is
     * telling (the default); the one-page no-JavaScript form cannot, so it always shows the
     * adult's own words and says so here, keeping the stored wording true to what was shown.
     */
    consentWording?: 'as-answered' | 'own-words';
  },
): Promise<CreatedStory> {
  const { input } = args;
  const now = args.now ?? new Date();
  return writerFor(deps).write({
    siteId: args.siteId,
    boardId: args.boardId,
    input,
    bodyHash: hashStory(input),
    idempotencyKey: args.idempotencyKey,
    now: now.toISOString(),
    consentExpiry: addMonths(now, CONSENT_MONTHS).toISOString(),
    urgentReasons: currentRiskReasons({
      finished: input.finished,
      atRiskNow: input.atRiskNow,
      feelSafer: input.feelSafer,
      texts: [input.story, input.wantedOutcome, input.helpedMost, input.shouldChange],
    }),
    spamReasons: args.spamReasons ?? [],
    consentWordingForAnother:
      (args.consentWording ?? 'as-answered') === 'as-answered' && input.respondent !== 'self',
  });
}
