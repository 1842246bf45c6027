import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../server/backup/backup-database.ts';
import { readLedger } from '../../server/backup/erasure-ledger.ts';
import {
  PID_FILE,
  RestoreRefusedError,
  restoreDatabase,
} from '../../server/backup/restore-database.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import { integrity, snapshot } from './db-snapshot.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function heardWithoutLimits(): Promise<RunningHeard> {
  const heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  cleanups.push(() => heard.close());
  return heard;
}

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'heard-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const submit = async (heard: RunningHeard, story: string) => {
  const res = await fetch(`${heard.url}/api/v1/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adultStory({ story, elapsedMs: 60_000 })),
  });
  if (res.status !== 201) throw new Error(`Unexpected ${res.status}`);
  return ((await res.json()) as { reference: string }).reference;
};

describe('backup under load', () => {
  it('is a consistent copy of the source at one moment, and restores identically', async () => {
    const heard = await heardWithoutLimits();
    for (let i = 0; i < 50; i++) await submit(heard, `Before the backup ${i}.`);
    let stop = false;
    let sent = 0;
    const load = (async () => {
      while (!stop) {
        await submit(heard, `During the backup ${sent}.`);
        sent++;
      }
    })();
    // Let writes run for a while, so the backup starts and steps while stories keep arriving.
    while (sent < 30) await new Promise((r) => setTimeout(r, 5));
    const dir = scratchDir();
    const file = join(dir, 'under-load.db');
    const summary = await backupDatabase(heard.deps.sqlite, file);
    stop = true;
    await load;

    expect(integrity(file)).toBe('ok');
    const copy = snapshot(file);
    const copiedStories = copy.counts.story ?? 0;
    expect(summary.tables.story).toBe(copiedStories);
    expect(copiedStories).toBeGreaterThanOrEqual(80);
    expect(sent).toBeGreaterThan(30);
    // Every table of the copy equals the source cut at the copy's last story: no torn rows.
    const maxId = (
      new SQLite(file, { readonly: true }).prepare('select max(id) as m from story').get() as {
        m: number;
      }
    ).m;
    expect(maxId).toBe(copiedStories);
    expect(snapshot(heard.deps.sqlite, { maxStoryId: maxId }).hashes).toEqual(copy.hashes);

    // Restore into a fresh data folder and compare with the backup exactly.
    const target = scratchDir();
    const restored = await restoreDatabase(target, file, { retentionMonths: 24 });
    expect(restored.previous).toBeUndefined();
    expect(integrity(join(target, 'heard.db'))).toBe('ok');
    expect(snapshot(join(target, 'heard.db'))).toEqual(copy);
  });

  it('writes nothing under the target name when the source cannot be read', async () => {
    const dir = scratchDir();
    const closed = new SQLite(join(dir, 'x.db'));
    closed.close();
    await expect(backupDatabase(closed, join(dir, 'never.db'))).rejects.toThrow();
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });
});

describe('restore', () => {
  it('keeps the database it replaces and re-applies withdrawals made after the backup', async () => {
    const heard = await heardWithoutLimits();
    const canary = 'CANARY-withdrawn-after-backup-7f3a';
    const reference = await submit(heard, `My story. ${canary}`);
    await submit(heard, 'A story that stays.');
    const dir = scratchDir();
    const file = join(dir, 'before-withdrawal.db');
    await backupDatabase(heard.deps.sqlite, file);

    const storyId = (
      heard.deps.sqlite
        .prepare('select story_id from reference where code_hash = ?')
        .get(referenceHashOf(heard.deps, reference)) as {
        story_id: number;
      }
    ).story_id;
    // The moderation engineer's withdrawal; the ledger is written by its hook (ledger-hook.ts).
    const now = new Date();
    expect(
      await withdrawStory(heard.deps.db, storyId, { actor: 'public', address: null, now }),
    ).toBe(true);
    expect(readLedger(heard.deps.dataDir)).toHaveLength(1);
    await heard.deps.db.destroy();

    const result = await restoreDatabase(heard.deps.dataDir, file, { retentionMonths: 24 });
    expect(result.erasuresReapplied).toBe(1);
    expect(result.previous && existsSync(result.previous)).toBeTruthy();
    const restored = new SQLite(join(heard.deps.dataDir, 'heard.db'), { readonly: true });
    const rows = restored
      .prepare('select id, status, story_sealed from story order by id')
      .all() as { id: number; status: string; story_sealed: string | null }[];
    restored.close();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: storyId, status: 'withdrawn', story_sealed: null });
    const audit = new SQLite(join(heard.deps.dataDir, 'heard.db'), { readonly: true })
      .prepare(
        "select actor, action from audit_event where object_id = ? and action = 'story.withdrawn'",
      )
      .all(String(storyId));
    expect(audit).toEqual([{ actor: 'system', action: 'story.withdrawn' }]);
    expect(rows[1]?.story_sealed).not.toBeNull();
    // The backup file itself still holds the story: the ledger is what keeps it erased.
    expect(snapshot(file).counts.story).toBe(2);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const target = scratchDir();
    const bad = join(target, 'bad.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, Buffer.alloc(8192, 7));
    await expect(restoreDatabase(target, bad, { retentionMonths: 24 })).rejects.toBeInstanceOf(
      RestoreRefusedError,
    );
    expect(readdirSync(target)).toEqual(['bad.db']);
  });

  it('refuses while a server process is using the data folder', async () => {
    const heard = await heardWithoutLimits();
    const dir = scratchDir();
    const file = join(dir, 'b.db');
    await backupDatabase(heard.deps.sqlite, file);
    const { writeFileSync } = await import('node:fs');
    // The parent of this test process stands in for a running server: it is certainly alive.
    writeFileSync(join(heard.deps.dataDir, PID_FILE), String(process.ppid));
    await expect(
      restoreDatabase(heard.deps.dataDir, file, { retentionMonths: 24 }),
    ).rejects.toThrow(/Stop it first/);
  });
});
