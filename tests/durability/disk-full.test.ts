import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../domain/messages/en.ts';
import { createApp } from '../../server/app.ts';
import { adultStory, completeNoJsForm, formBody } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// The disk is "filled" with `PRAGMA max_page_count` on the server's own connection: SQLite then
// fails exactly as on a full disk (SQLITE_FULL), inside the story's transaction.

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

const post = (n: number, key: string) =>
  app.request('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(
      adultStory({ story: `Story ${n}: ${'so much to say. '.repeat(600)}`, elapsedMs: 60_000 }),
    ),
  });

const count = (table: string) =>
  (deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('a full disk', () => {
  it('answers 503 problem+json, stores no partial story, and recovers when space returns', async () => {
    const pages = deps.sqlite.pragma('page_count', { simple: true }) as number;
    deps.sqlite.pragma(`max_page_count = ${pages + 12}`);

    let full: Response | undefined;
    let n = 0;
    for (; n < 50; n++) {
      const res = await post(n, `disk-full-${n}-key`);
      if (res.status !== 201) {
        full = res;
        break;
      }
    }
    expect(full?.status).toBe(503);
    expect(full?.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(full?.headers.get('Retry-After')).toBe('60');
    expect(await full?.text()).toMatch(/Nothing was saved/);

    // No partial story: every stored story has all its parts, and the failed one has none.
    const stories = count('story');
    expect(stories).toBe(n);
    expect(count('consent')).toBe(stories * 6);
    expect(count('reference')).toBe(stories);
    expect(count('idempotency_key')).toBe(stories);
    expect(deps.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(deps.logLines.some((l) => l.includes('story.storage_unavailable'))).toBe(true);

    // Space returns: the same request, retried with its key, is stored once.
    deps.sqlite.pragma('max_page_count = 1073741823');
    const retry = await post(n, `disk-full-${n}-key`);
    expect(retry.status).toBe(201);
    expect(count('story')).toBe(stories + 1);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('answers the no-JavaScript form with its own page, 503, and stores no partial story', async () => {
    const pages = deps.sqlite.pragma('page_count', { simple: true }) as number;
    deps.sqlite.pragma(`max_page_count = ${pages + 12}`);
    const form = (n: number) =>
      formBody(
        completeNoJsForm({
          idempotencyKey: `form-full-${n}-key`,
          story: `Story ${n}: ${'so much to say. '.repeat(600)}`,
          consents: ['board_share', 'training'],
        }),
      );

    let full: Response | undefined;
    let n = 0;
    for (; n < 50; n++) {
      const res = await app.request('http://localhost/tell/demo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form(n),
      });
      if (res.status !== 200) {
        full = res;
        break;
      }
    }
    // The storage failure is recognised by its SQLite code (db/sqlite-errors.ts): the person
    // gets the form again with its calm error, not a 500.
    expect(full?.status).toBe(503);
    expect(full?.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(full?.headers.get('Retry-After')).toBe('60');
    expect(await full?.text()).toContain(en['check.failed'].slice(0, 40));
    expect(count('story')).toBe(n);
    expect(count('consent')).toBe(n * 6);
    expect(deps.logLines.some((l) => l.includes('story.storage_unavailable'))).toBe(true);
  });
});
