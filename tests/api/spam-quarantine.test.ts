import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { adultStory } from '../support/fixtures.ts';
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
    body: JSON.stringify(body),
  });

const stored = () =>
  deps.sqlite.prepare('select status, spam_reasons from story order by id').all() as {
    status: string;
    spam_reasons: string;
  }[];

describe('suspected spam', () => {
  it('stores a story with a filled honeypot as quarantined and answers as usual', async () => {
    const res = await post(
      adultStory({ website: 'https://cheap-pills.example', elapsedMs: 90_000 }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ reference: expect.any(String) });
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();
    expect(stored()).toEqual([{ status: 'quarantined', spam_reasons: '["honeypot"]' }]);
  });

  it('quarantines a story sent faster than a person could answer', async () => {
    expect((await post(adultStory({ elapsedMs: 2_500 }))).status).toBe(201);
    expect(stored()).toEqual([{ status: 'quarantined', spam_reasons: '["too_fast"]' }]);
  });

  it('quarantines a JSON story that carries no timing at all', async () => {
    expect((await post(adultStory())).status).toBe(201);
    expect(stored()).toEqual([{ status: 'quarantined', spam_reasons: '["no_timing"]' }]);
  });

  it('records every reason that applies', async () => {
    await post(adultStory({ website: 'x', elapsedMs: 10 }));
    expect(JSON.parse(stored()[0]?.spam_reasons ?? '[]')).toEqual(['honeypot', 'too_fast']);
  });

  it('stores an ordinary story as new with no reasons', async () => {
    await post(adultStory({ website: '  ', elapsedMs: 240_000 }));
    expect(stored()).toEqual([{ status: 'new', spam_reasons: '[]' }]);
  });

  it('gives a quarantined story the same answer on an idempotent retry', async () => {
    const headers = { 'Idempotency-Key': 'spam-retry-0001' };
    const first = (await (await post(adultStory({ elapsedMs: 1 }), headers)).json()) as object;
    // A retry after a timeout carries a larger elapsedMs: still the same story, not a conflict.
    const retry = await post(adultStory({ elapsedMs: 30_000 }), headers);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(first);
    expect(stored()).toHaveLength(1);
  });

  it('keeps the urgent flag on a quarantined story that speaks of current risk', async () => {
    await post(adultStory({ atRiskNow: 'yes', feelSafer: 'less_safe', elapsedMs: 1 }));
    const row = deps.sqlite.prepare('select status, urgent from story').get();
    expect(row).toEqual({ status: 'quarantined', urgent: 1 });
  });
});
