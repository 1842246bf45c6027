import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { adultStory } from '../support/fixtures.ts';
import { referenceHashInFile } from '../support/references.ts';
import { type ChildHeard, ROOT, startChildHeard } from './child-server.ts';

// The operator's commands as they are really run: `npm run heard -- backup|restore|retention`
// (node --import tsx server/cli.ts) against a data folder the real server also uses.

const dataDir = mkdtempSync(join(tmpdir(), 'heard-cli-'));
const backup = join(dataDir, 'nightly.db');
let server: ChildHeard | undefined;
afterAll(() => {
  server?.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 180_000,
  });

/** A POST on a fresh connection: a pooled keep-alive socket may have been closed while the CLI ran. */
function post(url: string, path: string, type: string, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', agent: false, headers: { 'Content-Type': type } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function submit(url: string, story: string): Promise<string> {
  const res = await post(
    url,
    '/api/v1/stories',
    'application/json',
    JSON.stringify(adultStory({ story, elapsedMs: 60_000 })),
  );
  expect(res.status).toBe(201);
  return (JSON.parse(res.body) as { reference: string }).reference;
}

async function withdrawByReference(url: string, reference: string) {
  const body = new URLSearchParams({ reference, action: 'withdraw' }).toString();
  const res = await post(url, '/withdraw/confirm', 'application/x-www-form-urlencoded', body);
  expect(res.status).toBe(200);
}

/** A story's state, found by its reference (as typed) or by its stored keyed hash. */
const storyState = (reference: string, asHash = false) => {
  const db = new SQLite(join(dataDir, 'heard.db'), { readonly: true });
  try {
    return db
      .prepare(
        'select story.status, story.story_sealed is null as gone from story join reference on reference.story_id = story.id where reference.code_hash = ?',
      )
      .get(asHash ? reference : referenceHashInFile(db, dataDir, reference));
  } finally {
    db.close();
  }
};

describe('backup, restore and retention from the command line', () => {
  it('backs up while running, refuses to restore while running, and re-erases withdrawals', async () => {
    server = await startChildHeard(dataDir);
    const kept = await submit(server.url, 'A story that stays.');
    const withdrawn = await submit(server.url, 'A story withdrawn after the backup.');

    const made = cli('backup', backup);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/integrity check is ok/);

    // The person withdraws through the public page after the backup was taken.
    const running = server;
    await withdrawByReference(running.url, withdrawn).catch((error: unknown) => {
      throw new Error(`Withdrawal failed: ${String(error)}; server stderr: ${running.stderr()}`);
    });
    expect(storyState(withdrawn)).toEqual({ status: 'withdrawn', gone: 1 });

    const refused = cli('restore', backup);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/Heard is running on this data folder.*Stop it first/);

    server.child.kill('SIGTERM');
    await server.exited;
    server = undefined;

    const restored = cli('restore', backup);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/withdrawn again: 1/);
    expect(restored.stdout).toMatch(/kept at .*before-restore/);
    expect(storyState(withdrawn)).toEqual({ status: 'withdrawn', gone: 1 });
    expect(storyState(kept)).toEqual({ status: 'new', gone: 0 });
  }, 300_000);

  it('re-erases at start when an old database is put back by hand', async () => {
    const referenceHash = (
      new SQLite(backup, { readonly: true })
        .prepare(
          'select code_hash from reference join story on story.id = reference.story_id where story.story_sealed is not null order by story.id desc limit 1',
        )
        .get() as { code_hash: string }
    ).code_hash;
    // The backup still holds the withdrawn story's words; copy it over the stopped database.
    for (const suffix of ['-wal', '-shm'])
      rmSync(join(dataDir, `heard.db${suffix}`), { force: true });
    copyFileSync(backup, join(dataDir, 'heard.db'));
    expect(storyState(referenceHash, true)).toEqual({ status: 'new', gone: 0 });

    server = await startChildHeard(dataDir);
    server.child.kill('SIGTERM');
    await server.exited;
    server = undefined;
    expect(storyState(referenceHash, true)).toEqual({ status: 'withdrawn', gone: 1 });
  }, 300_000);

  it('reports what retention would do and then does it', { timeout: 300_000 }, () => {
    const dry = cli('retention', '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Would remove the original words of 0 stories .*24 months/);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'retention'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', HEARD_RETENTION_MONTHS: '1' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Removed the original words of 0 stories/);
    expect(existsSync(join(dataDir, 'erasures.jsonl'))).toBe(true);
  });

  it('explains its usage when called wrongly', { timeout: 120_000 }, () => {
    const bad = cli('restore');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Give one backup file/);
  });
});
