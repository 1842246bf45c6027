import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { runRetention } from '../../server/retention/run-retention.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let clock: Date;
beforeEach(async () => {
  deps = await createTestDeps();
  clock = new Date('2024-01-10T12:00:00Z');
  deps.now = () => clock;
});
afterEach(async () => deps.cleanup());

async function submitAt(when: string, story = adultStory({ elapsedMs: 60_000 }), key?: string) {
  clock = new Date(when);
  const res = await createApp(deps).request('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(story),
  });
  expect(res.status).toBe(201);
}

const rows = () =>
  deps.sqlite
    .prepare(
      'select id, story_sealed is null as gone, wanted_outcome_sealed is null as wanted_gone, feel_safer, status, (select count(*) from contact where story_id = story.id) as contacts from story order by id',
    )
    .all();

describe('retention', () => {
  it('removes the words and contact details of stories past the period and keeps the answers', async () => {
    await submitAt('2024-01-10T12:00:00Z', representativeStory({ elapsedMs: 60_000 }));
    await submitAt('2025-06-01T12:00:00Z');
    const result = await runRetention(deps, { months: 24, now: new Date('2026-02-01T00:00:00Z') });
    expect(result.anonymised).toEqual([1]);
    // Its 24-month consent also ran out, so the moderation code's expiry moved it out too.
    expect(result.storiesExpired).toBe(1);
    expect(rows()).toEqual([
      { id: 1, gone: 1, wanted_gone: 1, feel_safer: 'a_bit', status: 'expired', contacts: 0 },
      { id: 2, gone: 0, wanted_gone: 0, feel_safer: 'a_bit', status: 'new', contacts: 0 },
    ]);
  });

  it('audits each anonymised story as a system action', async () => {
    await submitAt('2020-01-10T12:00:00Z');
    await runRetention(deps, { months: 24, now: new Date('2026-02-01T00:00:00Z') });
    const audit = deps.sqlite
      .prepare("select actor, object_id from audit_event where action = 'story.anonymised'")
      .all();
    expect(audit).toEqual([{ actor: 'system', object_id: '1' }]);
  });

  it('finds nothing to do on a second run', async () => {
    await submitAt('2020-01-10T12:00:00Z');
    const now = new Date('2026-02-01T00:00:00Z');
    expect((await runRetention(deps, { months: 24, now })).anonymised).toEqual([1]);
    expect((await runRetention(deps, { months: 24, now })).anonymised).toEqual([]);
  });

  it('honours a shorter period set by the deployment', async () => {
    await submitAt('2025-06-01T12:00:00Z');
    const now = new Date('2026-02-01T00:00:00Z');
    expect((await runRetention(deps, { months: 24, now })).anonymised).toEqual([]);
    expect((await runRetention(deps, { months: 6, now })).anonymised).toEqual([1]);
  });

  it('changes nothing on a dry run', async () => {
    await submitAt('2020-01-10T12:00:00Z');
    const result = await runRetention(deps, {
      months: 24,
      now: new Date('2026-02-01T00:00:00Z'),
      dryRun: true,
    });
    expect(result.anonymised).toEqual([1]);
    expect(rows()).toMatchObject([{ gone: 0 }]);
  });

  it('forgets week-old Idempotency-Keys and logs ids, never words', async () => {
    await submitAt('2026-01-01T12:00:00Z', adultStory({ elapsedMs: 60_000 }), 'old-key-00000001');
    await submitAt('2026-01-31T12:00:00Z', adultStory({ elapsedMs: 60_000 }), 'new-key-00000002');
    const result = await runRetention(deps, { months: 24, now: new Date('2026-02-01T00:00:00Z') });
    expect(result.idempotencyKeysForgotten).toBe(1);
    const keys = deps.sqlite.prepare('select key from idempotency_key').all();
    expect(keys).toEqual([{ key: 'new-key-00000002' }]);
    expect(deps.logLines.some((l) => l.includes('retention.finished'))).toBe(true);
    expect(deps.logLines.join('\n')).not.toMatch(/carers who took money/);
  });

  it('is set to 24 months unless HEARD_RETENTION_MONTHS says otherwise', async () => {
    expect(deps.config.retentionMonths).toBe(24);
    const other = await createTestDeps({ env: { HEARD_RETENTION_MONTHS: '36' } });
    expect(other.config.retentionMonths).toBe(36);
    await other.cleanup();
  });
});
