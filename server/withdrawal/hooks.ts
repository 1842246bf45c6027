import type { Db } from '../../db/client.ts';

/** Why a story stopped being usable by the Board. */
export type LeftLibraryReason = 'withdrawn' | 'board_consent_withdrawn' | 'expired' | 'reopened';

/**
 * Runs inside the transaction that takes a story out of the library, so whatever a hook changes
 * commits or rolls back with it. Packs register one to drop the story from unissued packs
 * (with a visible note). Hooks must not touch issued packs: they stay as the record.
 */
export type LeftLibraryHook = (
  trx: Db,
  storyId: number,
  reason: LeftLibraryReason,
) => Promise<void>;

const hooks: LeftLibraryHook[] = [];

/** Registers a hook (once, at module load, e.g. in server/packs/). Returns an unregister function. */
export function onStoryLeftLibrary(hook: LeftLibraryHook): () => void {
  hooks.push(hook);
  return () => {
    const i = hooks.indexOf(hook);
    if (i >= 0) hooks.splice(i, 1);
  };
}

export async function runLeftLibraryHooks(
  trx: Db,
  storyId: number,
  reason: LeftLibraryReason,
): Promise<void> {
  for (const hook of hooks) await hook(trx, storyId, reason);
}
