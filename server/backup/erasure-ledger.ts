import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { withdrawStory } from '../withdrawal/withdraw-story.ts';

/**
 * The erasure ledger: one JSON line per withdrawn story, in `erasures.jsonl` beside the database
 * file and never inside it. A backup taken before a withdrawal still holds the story; because
 * the ledger lives outside the database, restoring that backup cannot roll the ledger back, and
 * `restore` and every start re-apply it (docs/decisions/0061-erasure-ledger.md).
 * It holds no story text, contact details or references: only the story id and the reference's
 * keyed hash as the database stores it (`reference.code_hash`, decision 0033), which is what
 * identifies the story in a restored copy. Lines written before that decision hold an unkeyed
 * SHA-256; the migration that hashed the references added a keyed twin for each.
 */
export const LEDGER_FILE = 'erasures.jsonl';

export type ErasureEntry = {
  at: string;
  kind: 'withdrawal';
  storyId: number;
  referenceHash: string;
};

export const ledgerPath = (dataDir: string) => join(dataDir, LEDGER_FILE);

/** The folder of the database file `db` is connected to: where its ledger lives. */
export async function dataDirOf(db: Db): Promise<string | undefined> {
  const { rows } = await sql<{
    file: string;
  }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = rows[0]?.file;
  return file ? dirname(file) : undefined;
}

/**
 * Records, durably (fsync), that a story's words must stay erased. Called by the withdrawal
 * hook (ledger-hook.ts) inside the withdrawal's transaction, before it commits, so a crash in
 * between is healed by the next start. No-op when the story has no reference or the ledger
 * already has it. Returns whether the story is in the ledger now.
 */
export async function recordErasure(
  db: Db,
  dataDir: string,
  storyId: number,
  now = new Date(),
): Promise<boolean> {
  const row = await db
    .selectFrom('reference')
    .select('code_hash')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  if (!row) return false;
  const referenceHash = row.code_hash;
  if (readLedger(dataDir).some((e) => e.referenceHash === referenceHash)) return true;
  const entry: ErasureEntry = { at: now.toISOString(), kind: 'withdrawal', storyId, referenceHash };
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
      // A partial line from a crash mid-write: its withdrawal never committed either.
    }
  }
  return entries;
}

/**
 * Re-applies every ledger entry to the database: run after a restore and at every start.
 * A story is matched by its reference hash (a database that never held it is untouched) and,
 * if it is not withdrawn, withdrawn again through the moderation code's `withdrawStory`, so
 * curated copies, tags and packs are cleaned exactly as the first time, and audited.
 * Returns how many stories were withdrawn again.
 */
export async function reapplyErasures(db: Db, dataDir: string, now = new Date()): Promise<number> {
  const entries = readLedger(dataDir);
  if (entries.length === 0) return 0;
  const wanted = new Set(entries.map((e) => e.referenceHash));
  const references = await db
    .selectFrom('reference')
    .innerJoin('story', 'story.id', 'reference.story_id')
    .select(['reference.code_hash', 'reference.story_id', 'story.status', 'story.story_sealed'])
    .execute();
  let again = 0;
  for (const ref of references) {
    if (!wanted.has(ref.code_hash)) continue;
    if (ref.status === 'withdrawn' && ref.story_sealed === null) continue;
    await withdrawStory(db, ref.story_id, {
      actor: 'system',
      address: null,
      now,
      via: 'staff',
      reason: 'withdrawn before a restore: re-applied from the erasure ledger',
    });
    again++;
  }
  return again;
}
