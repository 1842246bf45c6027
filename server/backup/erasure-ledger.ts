import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/client.ts';

/**
 * The erasure ledger: one JSON line per withdrawn story, in `DATA_DIR/erasures.jsonl`, beside the
 * database and never inside it. A backup taken before a withdrawal still holds the story; because
 * the ledger lives outside the database file, restoring that backup cannot roll the ledger back,
 * and `restore` and every start re-apply it (docs/decisions/0061-erasure-ledger.md).
 * It holds no story text, contact details or references: only the story id and a SHA-256 of
 * the reference, which is what identifies the story in a restored copy.
 */
export const LEDGER_FILE = 'erasures.jsonl';

export type ErasureKind = 'withdrawal';
export type ErasureEntry = {
  at: string;
  kind: ErasureKind;
  storyId: number;
  referenceHash: string;
};

export const ledgerPath = (dataDir: string) => join(dataDir, LEDGER_FILE);

export const hashReference = (code: string) =>
  createHash('sha256').update(`heard-reference:${code}`).digest('hex');

/**
 * Records that a story's text must be erased, durably (fsync) and before the erasure itself, so
 * a crash in between is healed by the next start. `eraseWithLedger` does both in order; call
 * this directly only when the erasure itself happens elsewhere. False when there is no story.
 */
export async function recordErasure(
  db: Db,
  dataDir: string,
  storyId: number,
  options: { kind?: ErasureKind; now?: Date } = {},
): Promise<boolean> {
  const row = await db
    .selectFrom('reference')
    .select('code')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  if (!row) return false;
  const entry: ErasureEntry = {
    at: (options.now ?? new Date()).toISOString(),
    kind: options.kind ?? 'withdrawal',
    storyId,
    referenceHash: hashReference(row.code),
  };
  const fd = openSync(ledgerPath(dataDir), 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Every entry in the ledger; a torn last line (a crash mid-append) is skipped. */
export function readLedger(dataDir: string): ErasureEntry[] {
  const path = ledgerPath(dataDir);
  if (!existsSync(path)) return [];
  const entries: ErasureEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as Partial<ErasureEntry>;
      if (typeof parsed.referenceHash === 'string' && typeof parsed.storyId === 'number') {
        entries.push(parsed as ErasureEntry);
      }
    } catch {
      // A partial line from a crash mid-write: its erasure never happened either.
    }
  }
  return entries;
}

/**
 * Erases a story's words: every sealed text column and its contact details are removed, its
 * idempotency hash dropped (it was computed from the text), and it is marked withdrawn. The
 * answers to multiple-choice questions stay for statistics, which carry no words of the person.
 * With `secure_delete` on (db/client.ts) the old bytes are overwritten, not left in free pages.
 */
export async function eraseStoryText(db: Db, storyId: number, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('story')
      .set({
        story_sealed: null,
        wanted_outcome_sealed: null,
        helped_most_sealed: null,
        should_change_sealed: null,
        status: 'withdrawn',
        updated_at: now.toISOString(),
      })
      .where('id', '=', storyId)
      .executeTakeFirst();
    await trx.deleteFrom('contact').where('story_id', '=', storyId).execute();
    await trx.deleteFrom('idempotency_key').where('story_id', '=', storyId).execute();
    return Number(result.numUpdatedRows) > 0;
  });
}

/**
 * Re-applies every ledger entry to the database: run after a restore and at every start.
 * A story is matched by its reference hash, so a database that never held it is untouched.
 * Returns how many stories still held text and were erased now.
 */
export async function reapplyErasures(db: Db, dataDir: string): Promise<number> {
  const entries = readLedger(dataDir);
  if (entries.length === 0) return 0;
  const wanted = new Set(entries.map((e) => e.referenceHash));
  const references = await db.selectFrom('reference').select(['code', 'story_id']).execute();
  let erased = 0;
  for (const ref of references) {
    if (!wanted.has(hashReference(ref.code))) continue;
    const story = await db
      .selectFrom('story')
      .select(['story_sealed', 'status'])
      .where('id', '=', ref.story_id)
      .executeTakeFirst();
    const contact = await db
      .selectFrom('contact')
      .select('story_id')
      .where('story_id', '=', ref.story_id)
      .executeTakeFirst();
    if (story && (story.story_sealed !== null || story.status !== 'withdrawn' || contact)) {
      await eraseStoryText(db, ref.story_id);
      erased++;
    }
  }
  return erased;
}

/**
 * Erases a story for good: ledger first (so no restore brings it back), then its text, then a
 * WAL checkpoint so the old page images leave the `-wal` file too. The withdrawal and retention
 * code call this. Returns false when there is no such story.
 */
export async function eraseWithLedger(
  deps: { db: Db; sqlite: { pragma: (source: string) => unknown }; dataDir: string },
  storyId: number,
  now = new Date(),
): Promise<boolean> {
  if (!(await recordErasure(deps.db, deps.dataDir, storyId, { now }))) return false;
  await eraseStoryText(deps.db, storyId, now);
  // TRUNCATE empties the -wal file when no reader holds it; otherwise the next checkpoint does.
  deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
