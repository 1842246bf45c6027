import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { adultStory } from '../support/fixtures.ts';
import { referenceHashInFile } from '../support/references.ts';
import { type ChildHeard, ROOT, startChildHeard } from './child-server.ts';
import { integrity } from './db-snapshot.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'heard-kill-'));
let current: ChildHeard | undefined;
afterAll(() => {
  current?.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

type Attempt = { key: string; body: string; reference?: string };

/** One story post; undefined when the server died or did not answer (the caller retries). */
async function send(url: string, attempt: Attempt): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': attempt.key },
      body: attempt.body,
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 201) return undefined;
    return ((await res.json()) as { reference: string }).reference;
  } catch {
    return undefined;
  }
}

describe('SIGKILL under load', () => {
  it('loses no acknowledged story and duplicates none across repeated kills', async () => {
    const attempts: Attempt[] = [];
    const acknowledged = new Map<string, string>();
    let next = 0;
    const ROUNDS = 6;
    const kills: number[] = [];
    let backupChecked = false;

    for (let round = 0; round <= ROUNDS; round++) {
      current = await startChildHeard(dataDir);
      const server = current;
      let alive = true;
      void server.exited.then(() => {
        alive = false;
      });
      // Retry every story that was sent but not acknowledged, with its original key and body.
      const pending = attempts.filter((a) => !a.reference);
      for (const a of pending) {
        // As the journey does: retry with the same key until answered (a slow machine may time out).
        let ref: string | undefined;
        for (let tries = 0; tries < 5 && !ref; tries++) ref = await send(server.url, a);
        if (!ref) throw new Error('A retry after restart failed five times');
        a.reference = ref;
        acknowledged.set(a.key, ref);
      }
      if (round === ROUNDS) break;

      // Four clients submit continuously until the server dies.
      const target = acknowledged.size + 40 + Math.floor(Math.random() * 60);
      const client = async () => {
        while (alive) {
          const n = next++;
          const attempt: Attempt = {
            key: `kill-test-${String(n).padStart(6, '0')}`,
            body: JSON.stringify(adultStory({ story: `Kill test story ${n}.`, elapsedMs: 60_000 })),
          };
          attempts.push(attempt);
          const ref = await send(server.url, attempt);
          if (ref) {
            attempt.reference = ref;
            acknowledged.set(attempt.key, ref);
          }
        }
      };
      const clients = [client(), client(), client(), client()];

      if (round === 2 && !backupChecked) {
        // A backup from another process (the CLI) while the server is under load.
        const before = [...acknowledged.values()];
        const file = join(dataDir, 'under-load-backup.db');
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'server/cli.ts', 'backup', file],
          {
            cwd: ROOT,
            env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
            encoding: 'utf8',
            timeout: 180_000,
          },
        );
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(integrity(file)).toBe('ok');
        const copy = new SQLite(file, { readonly: true });
        const has = copy.prepare('select 1 from reference where code_hash = ?');
        for (const ref of before) {
          expect(has.get(referenceHashInFile(copy, dataDir, ref))).toBeTruthy();
        }
        copy.close();
        backupChecked = true;
      }

      while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 2));
      server.child.kill('SIGKILL');
      kills.push(acknowledged.size);
      await server.exited;
      await Promise.all(clients);
    }
    current?.child.kill('SIGTERM');
    await current?.exited;

    const file = join(dataDir, 'heard.db');
    expect(integrity(file)).toBe('ok');
    const db = new SQLite(file, { readonly: true });
    const stories = (db.prepare('select count(*) as n from story').get() as { n: number }).n;
    const refs = new Set(
      (db.prepare('select code_hash from reference').all() as { code_hash: string }[]).map(
        (r) => r.code_hash,
      ),
    );
    const hashes = new Map(
      [...acknowledged.values()].map((ref) => [ref, referenceHashInFile(db, dataDir, ref)]),
    );
    const hashOf = (ref: string) => hashes.get(ref) as string;
    const keys = (db.prepare('select count(*) as n from idempotency_key').get() as { n: number }).n;
    db.close();

    expect(kills.length).toBeGreaterThanOrEqual(5);
    expect(backupChecked).toBe(true);
    // Every acknowledged reference exists, and there is exactly one story per key sent.
    for (const ref of acknowledged.values()) expect(refs.has(hashOf(ref))).toBe(true);
    expect(attempts.every((a) => a.reference)).toBe(true);
    expect(acknowledged.size).toBe(attempts.length);
    expect(stories).toBe(attempts.length);
    expect(keys).toBe(attempts.length);
    expect(new Set(acknowledged.values()).size).toBe(attempts.length);
    console.info(
      `kill test: ${kills.length} SIGKILLs at ${kills.join(', ')} acknowledged; ${attempts.length} stories, 0 lost, 0 duplicated`,
    );
  }, 600_000);
});
