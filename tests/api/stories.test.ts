import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReference } from '../../domain/reference.ts';
import { createApp } from '../../server/app.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const count = (table: 'story' | 'consent' | 'contact' | 'reference') =>
  (deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('POST /api/v1/stories', () => {
  it('stores a valid story and returns a checkable reference', async () => {
    const res = await post(adultStory());
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    expect(parseReference(reference)).toEqual({ ok: true, reference });
    expect(count('story')).toBe(1);
    expect(count('consent')).toBe(6);
  });

  it('names each invalid field in a problem+json response and stores nothing', async () => {
    const res = await post({ siteKey: 'demo', language: 'en' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { errors: { field: string; detail: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['respondent', 'finished', 'story', 'consents', 'experience']),
    );
    expect(body.errors.find((e) => e.field === 'respondent')?.detail).toBe(
      'Select who is filling this in',
    );
    expect(count('story')).toBe(0);
  });

  it('requires contact details only when a contact choice was made', async () => {
    const withoutContact = representativeStory({ contact: undefined });
    const res = await post(withoutContact);
    expect(res.status).toBe(422);
    const noChoice = adultStory({
      contact: { method: 'email', email: 'a@example.com', safeToLeaveMessage: true },
    });
    expect((await post(noChoice)).status).toBe(422);
    expect(count('story')).toBe(0);
  });

  it('returns 404 for an unknown site and 415 for a non-JSON body', async () => {
    expect((await post(adultStory({ siteKey: 'nope' }))).status).toBe(404);
    const res = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(adultStory()),
    });
    expect(res.status).toBe(415);
  });

  it('returns 413 for a body over the limit', async () => {
    const res = await post(adultStory({ story: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(count('story')).toBe(0);
  });

  it('stores one story for a repeated Idempotency-Key with the same body', async () => {
    const headers = { 'Idempotency-Key': 'retry-key-123456' };
    const first = (await (await post(adultStory(), headers)).json()) as { reference: string };
    const second = await post(adultStory(), headers);
    expect(second.status).toBe(201);
    expect(((await second.json()) as { reference: string }).reference).toBe(first.reference);
    expect(count('story')).toBe(1);
  });

  it('refuses an Idempotency-Key reused for a different story', async () => {
    const headers = { 'Idempotency-Key': 'retry-key-123456' };
    await post(adultStory(), headers);
    const res = await post(adultStory({ story: 'A different story.' }), headers);
    expect(res.status).toBe(422);
    expect(count('story')).toBe(1);
  });

  it('flags a story urgent when someone is hurting the person now, or they are not sure', async () => {
    await post(adultStory({ atRiskNow: 'yes' }));
    await post(adultStory({ atRiskNow: 'not_sure', story: 'Another story.' }));
    const rows = deps.sqlite
      .prepare('select urgent, urgent_reasons, at_risk_now from story order by id')
      .all() as { urgent: number; urgent_reasons: string; at_risk_now: string }[];
    expect(rows.map((r) => r.at_risk_now)).toEqual(['yes', 'not_sure']);
    for (const row of rows) {
      expect(row.urgent).toBe(1);
      expect(JSON.parse(row.urgent_reasons)).toEqual(['at_risk_now']);
    }
  });

  it('does not flag "the help is still happening" or "no one is hurting me now" as urgent', async () => {
    // Support going on is not harm going on (issue 13).
    await post(adultStory({ finished: 'still_happening', atRiskNow: 'no' }));
    await post(adultStory({ finished: 'still_happening', story: 'An older client.' }));
    const rows = deps.sqlite
      .prepare('select urgent, urgent_reasons, at_risk_now from story order by id')
      .all() as { urgent: number; urgent_reasons: string; at_risk_now: string | null }[];
    expect(rows.map((r) => r.at_risk_now)).toEqual(['no', null]);
    for (const row of rows) {
      expect(row.urgent).toBe(0);
      expect(JSON.parse(row.urgent_reasons)).toEqual([]);
    }
  });

  it('stores how the storyteller wants messages worded, private unless they chose plain', async () => {
    await post(representativeStory());
    await post(
      representativeStory({
        story: 'A second story from a family member.',
        contact: {
          method: 'email',
          email: 'me@example.com',
          safeToLeaveMessage: true,
          messageWording: 'named',
        },
      }),
    );
    const wordings = deps.sqlite
      .prepare('select message_wording from contact order by story_id')
      .all() as { message_wording: string }[];
    expect(wordings.map((w) => w.message_wording)).toEqual(['neutral', 'named']);
    const bad = await post(
      representativeStory({
        story: 'A third story.',
        contact: {
          method: 'phone',
          phone: '07700 900982',
          safeToLeaveMessage: true,
          messageWording: 'loud' as 'named',
        },
      }),
    );
    expect(bad.status).toBe(422);
  });

  it('seals story text so it is not stored as plain text', async () => {
    await post(adultStory({ story: 'Canary sentence about the purple giraffe.' }));
    const row = deps.sqlite.prepare('select story_sealed from story').get() as {
      story_sealed: string;
    };
    expect(row.story_sealed).not.toContain('giraffe');
    expect(deps.sealer.open(row.story_sealed, 'story.story')).toBe(
      'Canary sentence about the purple giraffe.',
    );
  });
});
