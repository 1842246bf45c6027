import type SQLite from 'better-sqlite3';
import type { Deps } from '../../server/app-env.ts';
import {
  hashReference,
  LOOKUP_KEY_NAME,
  LOOKUP_KEY_PURPOSE,
  referenceHasher,
} from '../../server/crypto/reference-lookup.ts';
import { createSealer, loadDataKeys } from '../../server/crypto/sealer.ts';

/**
 * References are stored only as keyed hashes (decision 0033), so tests find a story from the
 * reference a person was shown the same way Heard does: by hashing it.
 */
export function referenceHashOf(deps: Pick<Deps, 'sqlite' | 'sealer'>, reference: string): string {
  return referenceHasher(deps.sqlite, deps.sealer)(reference);
}

/** The id of the story a reference was issued for, or undefined. */
export function storyIdOfReference(
  deps: Pick<Deps, 'sqlite' | 'sealer'>,
  reference: string,
): number | undefined {
  const row = deps.sqlite
    .prepare('select story_id from reference where code_hash = ?')
    .get(referenceHashOf(deps, reference)) as { story_id: number } | undefined;
  return row?.story_id;
}

/**
 * The same hash for a database file opened outside Heard (a child process's data folder or a
 * backup): its sealed lookup key is opened with the data keys in `dataDir`.
 */
export function referenceHashInFile(
  sqlite: SQLite.Database,
  dataDir: string,
  reference: string,
): string {
  const sealer = createSealer(loadDataKeys(dataDir));
  const row = sqlite
    .prepare('select value_sealed from app_secret where name = ?')
    .get(LOOKUP_KEY_NAME) as { value_sealed: string };
  const key = Buffer.from(sealer.open(row.value_sealed, LOOKUP_KEY_PURPOSE), 'base64');
  return hashReference(key, reference);
}
