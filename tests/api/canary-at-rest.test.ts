import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../server/app.ts';
import { createSealer, loadDataKeys } from '../../server/crypto/sealer.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { appRequester, type Requester, signInAs, submitStory } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { createTestDeps } from '../support/test-deps.ts';

// Each test signs in (scrypt, ~0.2 s alone) on a machine shared with the whole suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const run = promisify(execFile);
const CANARY = 'Canary sentence 9QX: the lilac kettle sang at midnight in Ashworth ward.';
const CANARY_EMAIL = 'canary.9qx@example.org';
const CHECK_NOTE = 'Canary note 9QX: rang the duty desk about the lilac kettle.';

let heard: RunningHeard;
let send: Requester;
beforeEach(async () => {
  heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  send = (path, init) => fetch(`${heard.url}${path}`, init);
});
afterEach(async () => heard.close());

const dbBytes = () =>
  Buffer.concat(
    ['heard.db', 'heard.db-wal', 'heard.db-shm']
      .map((f) => join(heard.deps.dataDir, f))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f)),
  );

/** Every way a fragment of the text could sit in the file: UTF-8, UTF-16LE, any case. */
function traces(bytes: Buffer, text: string): string[] {
  const found: string[] = [];
  const lower = bytes.toString('latin1').toLowerCase();
  for (const fragment of [text, text.slice(0, 16), text.slice(-16)]) {
    if (lower.includes(fragment.toLowerCase())) found.push(`utf8:${fragment}`);
    if (bytes.includes(Buffer.from(fragment, 'utf16le'))) found.push(`utf16:${fragment}`);
  }
  return found;
}

describe('encryption at rest', () => {
  it('leaves no trace of a story, contact email or check note in the database files', async () => {
    const story = await submitStory(send, heard.deps, {
      ...adultStory({
        story: CANARY,
        helpedMost: CANARY,
        consents: {
          board_share: true,
          training: false,
          publish: false,
          quote: false,
          contact_check: true,
          contact_involve: false,
        },
        contact: {
          method: 'email',
          email: CANARY_EMAIL,
          name: 'Lilac Canary',
          safeToLeaveMessage: false,
        },
      }),
    });
    const coordinator = await signInAs(send, heard.deps, {
      role: 'coordinator',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    await coordinator.post(`/admin/api/stories/${story.id}/check`, {
      outcome: 'escalated',
      escalatedTo: 'Duty desk',
      note: CHECK_NOTE,
    });
    const opened = await coordinator.post(`/admin/api/stories/${story.id}/original`, {
      reason: 'canary test',
    });
    expect(((await opened.json()) as { story: string }).story).toBe(CANARY);
    const contact = await coordinator.post(`/admin/api/stories/${story.id}/contact`, {
      reason: 'canary test',
    });
    expect(((await contact.json()) as { email: string }).email).toBe(CANARY_EMAIL);

    // Before and after a checkpoint: the WAL and the main file both.
    const before = dbBytes();
    expect(statSync(join(heard.deps.dataDir, 'heard.db-wal')).size).toBeGreaterThan(0);
    expect([
      ...traces(before, CANARY),
      ...traces(before, CANARY_EMAIL),
      ...traces(before, CHECK_NOTE),
    ]).toEqual([]);
    heard.deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const after = dbBytes();
    expect([
      ...traces(after, CANARY),
      ...traces(after, CANARY_EMAIL),
      ...traces(after, CHECK_NOTE),
    ]).toEqual([]);
    // The test can fail: the same bytes check finds a value that is stored in the clear.
    expect(traces(after, 'Demo Safeguarding Adults Board').length).toBeGreaterThan(0);
    expect(heard.deps.logLines.join('\n')).not.toContain('lilac kettle');
  });

  it('records every opening of original text in the audit log', async () => {
    const story = await submitStory(send, heard.deps, adultStory({ story: CANARY }));
    const coordinator = await signInAs(send, heard.deps, {
      role: 'coordinator',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    for (const reason of ['first look', 'second look', 'checking a redaction']) {
      expect(
        (await coordinator.post(`/admin/api/stories/${story.id}/original`, { reason })).status,
      ).toBe(200);
    }
    const rows = heard.deps.sqlite
      .prepare(
        "select actor, detail from audit_event where action = 'story.original_opened' order by id",
      )
      .all() as { actor: string; detail: string }[];
    expect(rows.map((r) => JSON.parse(r.detail).reason)).toEqual([
      'first look',
      'second look',
      'checking a redaction',
    ]);
    expect(new Set(rows.map((r) => r.actor))).toEqual(
      new Set([String(coordinator.account.user.id)]),
    );
  });
});

describe('key rotation', () => {
  it('re-seals every sealed value with a new key, keeping the old one only for old backups', async () => {
    const deps = await createTestDeps({
      env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
    });
    const local = appRequester(createApp(deps));
    const dir = deps.dataDir;
    try {
      const story = await submitStory(local, deps, {
        ...adultStory({
          story: CANARY,
          consents: {
            board_share: true,
            training: false,
            publish: false,
            quote: false,
            contact_check: true,
            contact_involve: false,
          },
          contact: { method: 'email', email: CANARY_EMAIL, safeToLeaveMessage: false },
        }),
      });
      const coordinator = await signInAs(local, deps, {
        role: 'coordinator',
        boardSlugs: [DEMO_BOARD_SLUG],
        totp: true,
      });
      await coordinator.post(`/admin/api/stories/${story.id}/check`, {
        outcome: 'escalated',
        escalatedTo: 'Duty desk',
        note: CHECK_NOTE,
      });
      const oldKeyId = deps.sealer.currentKeyId;
      const sealedValues = (sqlite: typeof deps.sqlite) =>
        sqlite
          .prepare(
            `select story_sealed as v from story where story_sealed is not null
             union all select email_sealed from contact where email_sealed is not null
             union all select note_sealed from safeguarding_check
             union all select escalated_to_sealed from safeguarding_check
             union all select totp_secret_sealed from user where totp_secret_sealed is not null`,
          )
          .all() as { v: string }[];
      expect(sealedValues(deps.sqlite).every((r) => r.v.split('.')[1] === oldKeyId)).toBe(true);
      await deps.db.destroy();

      const env = { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent', HEARD_DATA_KEY: '' };
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'server/cli.ts', 'rotate-key'],
        { env, cwd: process.cwd() },
      );
      // Eight values from the story, contact, check and user, and the reference lookup key
      // (decision 0033), re-sealed with its value unchanged.
      expect(stdout, stdout).toMatch(/Re-sealed 9 values/);

      const keys = loadDataKeys(dir);
      expect(createSealer(keys).currentKeyId).not.toBe(oldKeyId);
      expect(
        readFileSync(join(dir, 'heard-data.old-keys'), 'utf8').trim().split('\n'),
      ).toHaveLength(1);
      expect(statSync(join(dir, 'heard-data.key')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'heard-data.old-keys')).mode & 0o777).toBe(0o600);
      // Without the old key, everything still opens: nothing is left sealed with it.
      const onlyNew = createSealer([keys[0] as Buffer]);
      const opened = openDatabase(join(dir, 'heard.db'));
      const values = sealedValues(opened.sqlite);
      expect(values).toHaveLength(5);
      expect(values.every((r) => r.v.split('.')[1] === onlyNew.currentKeyId)).toBe(true);
      const row = opened.sqlite
        .prepare('select story_sealed from story where id = ?')
        .get(story.id) as { story_sealed: string };
      expect(onlyNew.open(row.story_sealed, 'story.story')).toBe(CANARY);
      const note = opened.sqlite.prepare('select note_sealed from safeguarding_check').get() as {
        note_sealed: string;
      };
      expect(onlyNew.open(note.note_sealed, 'safeguarding_check.note')).toBe(CHECK_NOTE);
      expect(
        opened.sqlite
          .prepare("select count(*) as n from audit_event where action = 'keys.rotated'")
          .get(),
      ).toEqual({ n: 1 });
      await opened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
