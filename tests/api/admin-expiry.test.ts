import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { expireConsents } from '../../server/moderation/expire-consents.ts';
import { isInLibrary } from '../../server/moderation/library.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { appRequester, type Requester, signInAs, submitStory } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Each test signs in (scrypt, ~0.2 s alone) on a machine shared with the whole suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
const T0 = new Date('2026-11-25T09:00:00Z');
beforeEach(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  deps.now = () => T0;
  send = appRequester(createApp(deps));
});
afterEach(async () => deps.cleanup());

async function approve(storyId: number) {
  const coordinator = await signInAs(send, deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  await coordinator.post(`/admin/api/stories/${storyId}/check`, { outcome: 'no_current_risk' });
  await coordinator.put(`/admin/api/stories/${storyId}/curated`, {
    title: 'T',
    summary: 'S',
    text: 'Anonymised.',
    redactions: [],
    quotes: [],
    tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
  });
  expect((await coordinator.post(`/admin/api/stories/${storyId}/approve`)).status).toBe(200);
}

describe('consent expiry', () => {
  it('keeps a story in the library until its Board consent expires, then moves it out as expired', async () => {
    const story = await submitStory(send, deps, adultStory());
    await approve(story.id);
    const justBefore = new Date('2028-11-25T08:59:00Z');
    expect(await expireConsents(deps.db, justBefore)).toEqual({
      consentsExpired: 0,
      storiesExpired: 0,
    });
    expect(await isInLibrary(deps.db, story.id, justBefore)).toBe(true);
    const after = new Date('2028-11-25T09:01:00Z');
    // Even before the job runs, an expired consent no longer counts.
    expect(await isInLibrary(deps.db, story.id, after)).toBe(false);
    expect(await expireConsents(deps.db, after)).toEqual({ consentsExpired: 2, storiesExpired: 1 });
    const row = deps.sqlite.prepare('select status from story where id = ?').get(story.id);
    expect(row).toEqual({ status: 'expired' });
    const expired = deps.sqlite
      .prepare(
        'select purpose from consent where story_id = ? and expired_at is not null order by purpose',
      )
      .all(story.id);
    expect(expired).toEqual([{ purpose: 'board_share' }, { purpose: 'quote' }]);
    const audit = deps.sqlite
      .prepare("select actor, action from audit_event where actor = 'system' order by id")
      .all();
    expect(audit).toEqual([
      { actor: 'system', action: 'consent.expired' },
      { actor: 'system', action: 'story.expired' },
    ]);
    expect(await expireConsents(deps.db, after)).toEqual({ consentsExpired: 0, storiesExpired: 0 });
  });

  it('leaves a withdrawn story withdrawn', async () => {
    const story = await submitStory(send, deps, adultStory());
    const { withdrawStory } = await import('../../server/withdrawal/withdraw-story.ts');
    await withdrawStory(deps.db, story.id, { actor: 'public', address: null, now: T0 });
    expect(await expireConsents(deps.db, new Date('2029-01-01T00:00:00Z'))).toEqual({
      consentsExpired: 0,
      storiesExpired: 0,
    });
    expect(deps.sqlite.prepare('select status from story where id = ?').get(story.id)).toEqual({
      status: 'withdrawn',
    });
  });
});
