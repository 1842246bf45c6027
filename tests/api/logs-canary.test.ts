import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { backupDatabase } from '../../server/backup/backup-database.ts';
import { runRetention } from '../../server/retention/run-retention.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// A full run through the real app with the real logger (test-deps captures every line):
// stories by API and by the no-JavaScript form, errors, a replay, a conflict, a rate limit,
// a full disk, a withdrawal by reference, retention and a backup. Then the log is searched for
// every canary: story words, contact details and the references issued.

const CANARY = 'Canary7d2b';
const EMAIL = 'canary7d2b@example.org';
const PHONE = '07700 900417';
const NAME = 'Canarina Sevenda';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_SITE: '30' } });
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const postForm = (path: string, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

describe('the log of a full run', () => {
  it('never contains story words, contact details or references', async () => {
    const references: string[] = [];
    const withCanary = representativeStory({
      story: `${CANARY} my father was neglected in the home.`,
      shouldChange: `${CANARY} listen sooner`,
      contact: { method: 'phone', phone: PHONE, name: NAME, safeToLeaveMessage: false },
      elapsedMs: 60_000,
    });
    const first = await postJson(withCanary, { 'Idempotency-Key': 'canary-key-0001' });
    expect(first.status).toBe(201);
    references.push(((await first.json()) as { reference: string }).reference);
    // A replay, a conflict, a quarantined story, invalid answers and malformed JSON.
    expect((await postJson(withCanary, { 'Idempotency-Key': 'canary-key-0001' })).status).toBe(201);
    const conflict = await postJson(
      { ...withCanary, story: `${CANARY} changed` },
      { 'Idempotency-Key': 'canary-key-0001' },
    );
    expect(conflict.status).toBe(422);
    const spam = await postJson(
      adultStory({ story: `${CANARY} spam`, website: EMAIL, elapsedMs: 1 }),
    );
    references.push(((await spam.json()) as { reference: string }).reference);
    expect((await postJson({ ...withCanary, respondent: CANARY })).status).toBe(422);
    expect((await postJson(`{"story":"${CANARY}`)).status).toBe(400);
    const email = adultStory({
      story: `${CANARY} by email`,
      consents: { ...adultStory().consents, contact_check: true } as never,
      contact: { method: 'email', email: EMAIL, safeToLeaveMessage: true },
      elapsedMs: 60_000,
    });
    const byEmail = await postJson(email);
    expect(byEmail.status).toBe(201);
    references.push(((await byEmail.json()) as { reference: string }).reference);

    // The no-JavaScript form: an invalid post shown again, then a story.
    expect((await postForm('/tell/demo', { story: `${CANARY} form` })).status).toBe(422);

    // Withdrawal by reference (the public page), and a mistyped reference.
    await postForm('/withdraw', { reference: references[0] as string });
    const withdrawn = await postForm('/withdraw/confirm', {
      reference: references[0] as string,
      action: 'withdraw',
    });
    expect(withdrawn.status).toBe(200);
    expect(deps.sqlite.prepare('select status from story where id = 1').get()).toEqual({
      status: 'withdrawn',
    });
    await postForm('/withdraw', { reference: `${CANARY}-not-a-reference` });

    // The per-site limit, a full disk, retention and a backup.
    for (let i = 0; i < 40; i++)
      await postJson(adultStory({ story: `${CANARY} ${i}`, elapsedMs: 60_000 }));
    const pages = deps.sqlite.pragma('page_count', { simple: true }) as number;
    deps.sqlite.pragma(`max_page_count = ${pages}`);
    const full = await postJson(
      adultStory({ story: `${CANARY} ${'x'.repeat(9000)}`, elapsedMs: 60_000 }),
      { 'Idempotency-Key': 'canary-full-0001' },
    );
    expect([429, 503]).toContain(full.status);
    deps.sqlite.pragma('max_page_count = 1073741823');
    await runRetention(deps, { months: 1, now: new Date(Date.now() + 90 * 86_400_000) });
    await backupDatabase(deps.sqlite, join(deps.dataDir, 'canary-backup.db'));

    const log = deps.logLines.join('\n');
    expect(deps.logLines.length).toBeGreaterThan(20);
    expect(log).toMatch(/story\.received/);
    expect(log).toMatch(/rate_limit\.site/);
    for (const secret of [CANARY, EMAIL, PHONE, PHONE.replace(/\s/g, ''), NAME, ...references]) {
      expect(log.includes(secret), `log contains ${secret}`).toBe(false);
    }
    // References are also never logged in their compact form.
    for (const ref of references) expect(log.includes(ref.replace(/-/g, ''))).toBe(false);
  });
});
