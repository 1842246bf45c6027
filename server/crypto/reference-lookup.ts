import { createHmac, randomBytes } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { Sealer } from './sealer.ts';

/**
 * References are stored only as a keyed hash (HMAC-SHA256), so a stolen database or backup does
 * not hand a thief the codes that withdraw stories and change consents; a look-up hashes what the
 * person typed and matches exactly (docs/decisions/0033-reference-lookup-key.md).
 *
 * The hash key is not the data key: the data key can be rotated (decision 0030), and a keyed
 * hash cannot be recomputed without the plaintext. It is a separate random key, made once per
 * database and kept in `app_secret.value_sealed`, sealed under the data key; rotation re-seals
 * it like any sealed column, and its value never changes.
 */
export const LOOKUP_KEY_NAME = 'reference_lookup';
export const LOOKUP_KEY_PURPOSE = 'app_secret.value';

/** The keyed hash of a canonical reference: what `reference.code_hash` holds. */
export const hashReference = (lookupKey: Buffer, code: string): string =>
  createHmac('sha256', lookupKey).update(`heard-reference:${code}`).digest('base64url');

const cache = new WeakMap<SQLite.Database, Buffer>();

/**
 * This database's lookup key, made (and sealed) on first use. Made with `insert or ignore` and
 * read back, so two processes sharing the file agree on one key.
 */
export function referenceLookupKey(sqlite: SQLite.Database, sealer: Sealer): Buffer {
  const known = cache.get(sqlite);
  if (known) return known;
  const read = () =>
    sqlite.prepare('select value_sealed from app_secret where name = ?').get(LOOKUP_KEY_NAME) as
      | { value_sealed: string }
      | undefined;
  let row = read();
  if (!row) {
    const fresh = randomBytes(32).toString('base64');
    sqlite
      .prepare('insert or ignore into app_secret (name, value_sealed) values (?, ?)')
      .run(LOOKUP_KEY_NAME, sealer.seal(fresh, LOOKUP_KEY_PURPOSE));
    row = read();
  }
  if (!row) throw new Error('The reference lookup key could not be stored');
  const key = Buffer.from(sealer.open(row.value_sealed, LOOKUP_KEY_PURPOSE), 'base64');
  cache.set(sqlite, key);
  return key;
}

/** Hashes references for this database: `(code) => code_hash`. */
export function referenceHasher(sqlite: SQLite.Database, sealer: Sealer): (code: string) => string {
  const key = referenceLookupKey(sqlite, sealer);
  return (code) => hashReference(key, code);
}
