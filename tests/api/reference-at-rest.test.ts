import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createMigrator } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/app-env.ts';
import { backupDatabase } from '../../server/backup/backup-database.ts';
import { readLedger } from '../../server/backup/erasure-ledger.ts';
import { restoreDatabase } from '../../server/backup/restore-database.ts';
import { boot } from '../../server/boot.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger } from '../../server/log.ts';
import { seedDemo } from '../../server/seed/demo.ts';
import { appRequester, type Requester } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';

// Issue 12, finding 9: a stolen database file or backup must not hold the references that
// withdraw stories and change consents (decision 0033), and the files must be private.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const run = promisify(execFile);
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'heard-refs-'));
  folders.push(dir);
  return dir;
};

type Booted = Deps & { close: () => Promise<void>; send: Requester };

async function bootAt(dataDir: string): Promise<Booted> {
  const deps = await boot(
    readEnv({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      HEARD_RATE_LIMIT_PER_ADDRESS: '0',
      HEARD_RATE_LIMIT_PER_SITE: '0',
    }),
    { log: createLogger('silent') },
  );
  return { ...deps, send: appRequester(createApp(deps)) };
}

async function freshHeard(dataDir = scratch()): Promise<Booted> {
  const heard = await bootAt(dataDir);
  await seedDemo(heard.db, { allowedOrigins: ['http://127.0.0.1:1'] });
  return heard;
}

async function tell(heard: Booted, idempotencyKey?: string): Promise<string> {
  const res = await heard.send('/api/v1/stories', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    },
    body: JSON.stringify({ elapsedMs: 300_000, ...adultStory() }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

/** Withdraws through the public page, as the person would, typing the reference in lower case. */
async function withdraw(heard: Booted, reference: string): Promise<number> {
  const res = await heard.send('/withdraw/confirm', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      reference: reference.toLowerCase(),
      action: 'withdraw',
    }).toString(),
  });
  return res.status;
}

const statuses = (heard: Booted) =>
  heard.sqlite.prepare('select id, status from story order by id').all() as {
    id: number;
    status: string;
  }[];

const fileBytes = (...files: string[]) =>
  Buffer.concat(files.filter((f) => existsSync(f)).map((f) => readFileSync(f)));
const databaseBytes = (dataDir: string) =>
  fileBytes(...['heard.db', 'heard.db-wal', 'heard.db-shm'].map((f) => join(dataDir, f)));

/** Every way a reference could sit in a file: with or without dashes, UTF-8 or UTF-16, any case. */
function traces(bytes: Buffer, reference: string): string[] {
  const lower = bytes.toString('latin1').toLowerCase();
  const found: string[] = [];
  for (const form of [reference, reference.replace(/-/g, '')]) {
    if (lower.includes(form.toLowerCase())) found.push(`utf8:${form}`);
    if (bytes.includes(Buffer.from(form, 'utf16le'))) found.push(`utf16:${form}`);
  }
  return found;
}

describe('references at rest', () => {
  it('never stores a reference: not in the database file, its WAL or a backup', async () => {
    const dir = scratch();
    const heard = await freshHeard(dir);
    const plain = await tell(heard);
    const keyed = await tell(heard, 'retry-key-1');
    const references = [plain, keyed];
    expect(statSync(join(dir, 'heard.db-wal')).size).toBeGreaterThan(0);
    expect(references.flatMap((r) => traces(databaseBytes(dir), r))).toEqual([]);
    const backup = join(scratch(), 'backup.db');
    await backupDatabase(heard.sqlite, backup);
    expect(references.flatMap((r) => traces(fileBytes(backup), r))).toEqual([]);
    // The check can fail: the same search finds what is stored in the clear.
    expect(traces(fileBytes(backup), 'Demo Safeguarding Adults Board').length).toBeGreaterThan(0);

    // A retried post still gets its reference back, and the typed reference still withdraws.
    const again = await tell(heard, 'retry-key-1');
    expect(again).toBe(keyed);
    expect(await withdraw(heard, plain)).toBe(200);
    expect(statuses(heard).map((s) => s.status)).toEqual(['withdrawn', 'new']);
    heard.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(references.flatMap((r) => traces(databaseBytes(dir), r))).toEqual([]);
    await heard.close();
  });

  it('still withdraws by reference after the data key is rotated', async () => {
    const dir = scratch();
    const heard = await freshHeard(dir);
    const reference = await tell(heard);
    const lookupKeyBefore = heard.sqlite.prepare('select value_sealed from app_secret').get() as {
      value_sealed: string;
    };
    await heard.close();
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', 'rotate-key'],
      {
        env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent', HEARD_DATA_KEY: '' },
        cwd: process.cwd(),
      },
    );
    expect(stdout).toMatch(/Re-sealed/);
    // Only its new key is kept: the lookup key was re-sealed, not made again.
    rmSync(join(dir, 'heard-data.old-keys'));
    const after = await bootAt(dir);
    const lookupKeyAfter = after.sqlite.prepare('select value_sealed from app_secret').get() as {
      value_sealed: string;
    };
    expect(lookupKeyAfter.value_sealed).not.toBe(lookupKeyBefore.value_sealed);
    expect(await withdraw(after, reference)).toBe(200);
    expect(statuses(after)[0]?.status).toBe('withdrawn');
    await after.close();
  });

  it('still withdraws by reference after a restore, and re-applies later withdrawals', async () => {
    const dir = scratch();
    const heard = await freshHeard(dir);
    const withdrawnLater = await tell(heard);
    const kept = await tell(heard);
    const backup = join(scratch(), 'before.db');
    await backupDatabase(heard.sqlite, backup);
    expect(await withdraw(heard, withdrawnLater)).toBe(200);
    await heard.close();

    const restored = await restoreDatabase(dir, backup, { retentionMonths: 24 });
    expect(restored.erasuresReapplied).toBe(1);
    const after = await bootAt(dir);
    expect(statuses(after).map((s) => s.status)).toEqual(['withdrawn', 'new']);
    expect(await withdraw(after, kept)).toBe(200);
    expect(statuses(after).map((s) => s.status)).toEqual(['withdrawn', 'withdrawn']);
    await after.close();
  });

  it('converts a database from before the change: hashes its references and drops the codes', async () => {
    const dir = scratch();
    const heard = await freshHeard(dir);
    const open = await tell(heard, 'retry-key-2');
    const gone = await tell(heard);
    expect(await withdraw(heard, gone)).toBe(200);
    const [first, second] = statuses(heard);
    // Put the database and ledger back as the previous version left them: plain codes, no
    // lookup key, and a ledger line holding an unkeyed SHA-256 of the reference.
    await undoLaterMigrations(heard.db);
    heard.sqlite.exec(`
      drop table reference;
      create table reference (code text primary key,
        story_id integer not null unique references story(id) on delete cascade,
        issued_at text not null);
      drop table app_secret;
      alter table idempotency_key drop column reference_sealed;
      delete from kysely_migration where name = '2026-12-06-0100-reference-keyed-hash';`);
    const insert = heard.sqlite.prepare(
      "insert into reference (code, story_id, issued_at) values (?, ?, '2026-12-01T00:00:00Z')",
    );
    insert.run(open, first?.id);
    insert.run(gone, second?.id);
    const legacyHash = createHash('sha256').update(`heard-reference:${gone}`).digest('hex');
    writeFileSync(
      join(dir, 'erasures.jsonl'),
      `${JSON.stringify({ at: '2026-12-01T00:00:00Z', kind: 'withdrawal', storyId: second?.id, referenceHash: legacyHash })}\n`,
    );
    heard.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(traces(databaseBytes(dir), open).length).toBeGreaterThan(0);
    await heard.close();

    const after = await bootAt(dir);
    expect([...traces(databaseBytes(dir), open), ...traces(databaseBytes(dir), gone)]).toEqual([]);
    expect(await tell(after, 'retry-key-2')).toBe(open);
    expect(await withdraw(after, open)).toBe(200);
    // The ledger line now has a keyed twin, so a restore still re-applies that withdrawal.
    const hashOfGone = (
      after.sqlite
        .prepare('select code_hash from reference where story_id = ?')
        .get(second?.id) as {
        code_hash: string;
      }
    ).code_hash;
    expect(readLedger(dir).map((e) => e.referenceHash)).toContain(hashOfGone);
    await after.close();
  });
});

/**
 * That version had none of what later migrations added: run their `down`s, so this test keeps
 * working as migrations are added after it.
 */
async function undoLaterMigrations(db: Kysely<Database>): Promise<void> {
  const { error } = await createMigrator(db).migrateTo('2026-12-06-0100-reference-keyed-hash');
  if (error) throw error;
}

/** Turns a database file back into what the previous version left: plain codes, no lookup key. */
async function makeLegacy(file: string, codes: [reference: string, storyId: number][]) {
  const opened = openDatabase(file);
  await undoLaterMigrations(opened.db);
  await opened.close();
  const db = new SQLite(file);
  try {
    db.exec(`
      drop table reference;
      create table reference (code text primary key,
        story_id integer not null unique references story(id) on delete cascade,
        issued_at text not null);
      drop table app_secret;
      alter table idempotency_key drop column reference_sealed;
      delete from kysely_migration where name = '2026-12-06-0100-reference-keyed-hash';`);
    const insert = db.prepare(
      "insert into reference (code, story_id, issued_at) values (?, ?, '2026-12-01T00:00:00Z')",
    );
    for (const [code, id] of codes) insert.run(code, id);
  } finally {
    db.close();
  }
}

describe('a backup from before references were hashed', () => {
  it('is converted on restore with the live lookup key, so later withdrawals still match', async () => {
    const dir = scratch();
    const heard = await freshHeard(dir);
    const withdrawnLater = await tell(heard);
    const kept = await tell(heard);
    const [first, second] = statuses(heard);
    const backup = join(scratch(), 'old-version.db');
    await backupDatabase(heard.sqlite, backup);
    await makeLegacy(backup, [
      [withdrawnLater, first?.id as number],
      [kept, second?.id as number],
    ]);
    expect(traces(fileBytes(backup), kept).length).toBeGreaterThan(0);
    // Withdrawn after the upgrade: the ledger line holds the live database's keyed hash.
    expect(await withdraw(heard, withdrawnLater)).toBe(200);
    await heard.close();

    const restored = await restoreDatabase(dir, backup, { retentionMonths: 24 });
    expect(restored.erasuresReapplied).toBe(1);
    const after = await bootAt(dir);
    expect(statuses(after).map((s) => s.status)).toEqual(['withdrawn', 'new']);
    expect(traces(databaseBytes(dir), kept)).toEqual([]);
    expect(await withdraw(after, kept)).toBe(200);
    await after.close();
  });
});

describe('file modes', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('makes the data folder 0700 and its database, WAL, key, ledger and backups 0600', async () => {
    const parent = scratch();
    chmodSync(parent, 0o755);
    const dir = join(parent, 'data');
    const heard = await freshHeard(dir);
    const reference = await tell(heard);
    expect(await withdraw(heard, reference)).toBe(200);
    const backups = join(parent, 'backups');
    await backupDatabase(heard.sqlite, join(backups, 'nightly.db'));
    expect(mode(dir)).toBe(0o700);
    for (const file of [
      'heard.db',
      'heard.db-wal',
      'heard.db-shm',
      'heard-data.key',
      'erasures.jsonl',
    ]) {
      expect([file, mode(join(dir, file))]).toEqual([file, 0o600]);
    }
    expect(mode(backups)).toBe(0o700);
    expect(mode(join(backups, 'nightly.db'))).toBe(0o600);
    await heard.close();
  });

  it('tightens a data folder an older version left open, at start', async () => {
    const dir = join(scratch(), 'data');
    mkdirSync(dir, { mode: 0o755 });
    const heard = await freshHeard(dir);
    await heard.close();
    chmodSync(dir, 0o755);
    for (const file of ['heard.db', 'heard-data.key']) chmodSync(join(dir, file), 0o644);
    const again = await bootAt(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'heard.db'))).toBe(0o600);
    expect(mode(join(dir, 'heard-data.key'))).toBe(0o600);
    await again.close();
  });
});
