import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readLedger } from '../../server/backup/erasure-ledger.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Story text is sealed (AES-256-GCM) before it reaches SQLite, so the canary's plain words are
// never in the file at all; what must disappear on withdrawal is the sealed value itself, which
// is the canary as it sits on disk. Withdrawal is the moderation engineer's withdrawStory().

let deps: TestDeps;
beforeEach(async () => {
  deps = await createTestDeps();
});
afterEach(async () => deps.cleanup());

const fileBytes = (suffix: string) => {
  try {
    return readFileSync(join(deps.dataDir, `heard.db${suffix}`));
  } catch {
    return Buffer.alloc(0);
  }
};
const onDisk = (needle: string) =>
  fileBytes('').includes(needle) || fileBytes('-wal').includes(needle);

async function storeCanary(): Promise<{ storyId: number; sealed: string[] }> {
  const app = createApp(deps);
  const res = await app.request('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(
      adultStory({
        story: 'CANARY-5c1e: the words of a story that is later withdrawn.',
        consents: {
          board_share: true,
          training: false,
          publish: false,
          quote: false,
          contact_check: true,
          contact_involve: false,
        },
        contact: { method: 'email', email: 'canary-5c1e@example.org', safeToLeaveMessage: false },
        elapsedMs: 60_000,
      }),
    ),
  });
  expect(res.status).toBe(201);
  const row = deps.sqlite
    .prepare(
      'select story.id, story_sealed, wanted_outcome_sealed, email_sealed from story join contact on contact.story_id = story.id',
    )
    .get() as {
    id: number;
    story_sealed: string;
    wanted_outcome_sealed: string;
    email_sealed: string;
  };
  return {
    storyId: row.id,
    sealed: [row.story_sealed, row.wanted_outcome_sealed, row.email_sealed].map((s) =>
      s.slice(-40),
    ),
  };
}

describe('withdrawn text in the database files', () => {
  it('is gone from the .db and -wal bytes after withdrawal and a checkpoint', async () => {
    const { storyId, sealed } = await storeCanary();
    deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const s of sealed) expect(onDisk(s)).toBe(true);

    await withdrawStory(deps.db, storyId, { actor: 'public', address: null, now: new Date() });
    deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const s of sealed) expect(onDisk(s)).toBe(false);
    expect(readLedger(deps.dataDir).map((e) => e.storyId)).toEqual([storyId]);
  });

  it('would stay readable without secure_delete (so the test above can fail)', async () => {
    const { storyId, sealed } = await storeCanary();
    deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    deps.sqlite.pragma('secure_delete = OFF');
    await withdrawStory(deps.db, storyId, { actor: 'public', address: null, now: new Date() });
    deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(sealed.some((s) => onDisk(s))).toBe(true);
  });
});
