import { onStoryLeftLibrary } from '../withdrawal/hooks.ts';
import { dataDirOf, recordErasure } from './erasure-ledger.ts';

/**
 * Every withdrawal (public, staff, or re-applied) writes the erasure ledger from inside its own
 * transaction, before it commits, and drops the story's Idempotency-Key row, whose hash was
 * computed from the words. Registered once, when app.ts imports this module.
 */
export const unregisterLedgerHook = onStoryLeftLibrary(async (trx, storyId, reason) => {
  if (reason !== 'withdrawn') return;
  const dataDir = await dataDirOf(trx);
  // An in-memory database (some unit tests) has no folder and nothing to restore.
  if (dataDir) await recordErasure(trx, dataDir, storyId);
  await trx.deleteFrom('idempotency_key').where('story_id', '=', storyId).execute();
});
