import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseIntegrityError } from '../../db/client.ts';
import { boot } from '../../server/boot.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger } from '../../server/log.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps } from '../support/test-deps.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A real, migrated Heard database with stories in it, closed cleanly, then damaged on disk. */
async function damagedDatabase(): Promise<{ dataDir: string; file: string }> {
  const deps = await createTestDeps();
  const app = (await import('../../server/app.ts')).createApp(deps);
  for (let i = 0; i < 40; i++) {
    await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(adultStory({ story: `Story ${i} ${'words '.repeat(200)}` })),
    });
  }
  deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await deps.db.destroy();
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-damaged-'));
  dirs.push(dataDir, deps.dataDir);
  const file = join(dataDir, 'heard.db');
  const { copyFileSync } = await import('node:fs');
  copyFileSync(join(deps.dataDir, 'heard.db'), file);
  // Scribble over the middle of the file: b-tree pages become nonsense.
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 6);
  return { dataDir, file };
}

describe('the connection Heard serves from', () => {
  it('uses WAL, synchronous=FULL, secure_delete and foreign keys', async () => {
    const deps = await createTestDeps();
    try {
      expect(deps.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(deps.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(deps.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
      expect(deps.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      await deps.cleanup();
    }
  });
});

describe('starting on a damaged database', () => {
  it('refuses in boot with the reason and leaves the file unchanged', async () => {
    const { dataDir, file } = await damagedDatabase();
    const before = sha256(file);
    const env = readEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const attempt = boot(env, { log: createLogger('silent') });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseIntegrityError);
    await expect(attempt).rejects.toThrow(/failed its integrity check.*will not start.*restore/s);
    expect(sha256(file)).toBe(before);
  }, 120_000);

  it('makes the server process exit with the reason and leaves the file unchanged', async () => {
    const { dataDir, file } = await damagedDatabase();
    const before = sha256(file);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        DEMO_HOST_PORT: '0',
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/failed its integrity check/);
    expect(run.stdout).not.toMatch(/Heard is running/);
    expect(sha256(file)).toBe(before);
  }, 180_000);
});
