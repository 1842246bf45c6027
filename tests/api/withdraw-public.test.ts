import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { isInLibrary } from '../../server/moderation/library.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { appRequester, type Requester, signInAs, submitStory } from '../support/admin-client.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Each test signs in (scrypt, ~0.2 s alone) on a machine shared with the whole suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
beforeEach(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  send = appRequester(createApp(deps));
});
afterEach(async () => deps.cleanup());

const form = (path: string, fields: [string, string][]) =>
  send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

/** Changes one symbol of a reference so its check symbol no longer matches. */
const typo = (reference: string) => {
  const chars = reference.split('');
  chars[0] = chars[0] === 'A' ? 'B' : 'A';
  return chars.join('');
};

const CURATED_CANARY = 'Curated canary 7f3a: the agency was changed after the visits.';

async function approvedStory(story = adultStory()) {
  const coordinator = await signInAs(send, deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const s = await submitStory(send, deps, story);
  await coordinator.post(`/admin/api/stories/${s.id}/check`, { outcome: 'no_current_risk' });
  await coordinator.post(`/admin/api/stories/${s.id}/storyteller-check`, {
    kind: 'checked',
    happenedOn: '2026-12-01',
    method: 'phone',
    note: 'Happy for it to be used.',
  });
  await coordinator.put(`/admin/api/stories/${s.id}/curated`, {
    title: 'Visits and missing money',
    summary: 'Money went missing after care visits.',
    text: CURATED_CANARY,
    redactions: [],
    quotes: [],
    tags: {
      principles: ['empowerment'],
      wellbeingAreas: [],
      harmKinds: ['financial'],
      mspSteps: [],
      themeIds: [],
    },
  });
  const approved = await coordinator.post(`/admin/api/stories/${s.id}/approve`);
  expect(approved.status).toBe(200);
  return s;
}

const fileHas = (needle: string) =>
  ['heard.db', 'heard.db-wal'].some((f) => {
    try {
      return readFileSync(join(deps.dataDir, f)).includes(needle);
    } catch {
      return false;
    }
  });

describe('the /withdraw page', () => {
  it('shows a form for the reference, with a strict CSP and no framing', async () => {
    const res = await send('/withdraw');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<label class="hw-label" for="reference">Your reference number</label>');
    expect(html).toContain('aria-describedby="reference-hint"');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
  });

  it('catches a mistyped reference with the check symbol and says so', async () => {
    const story = await submitStory(send, deps, adultStory());
    const res = await form('/withdraw', [['reference', typo(story.reference)]]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      'Check your reference number: one of the letters or numbers may be wrong',
    );
    expect(html).toContain('<title>Error: ');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('href="#reference"');
  });

  it('says it cannot find a well-formed reference that matches nothing', async () => {
    const story = await submitStory(send, deps, adultStory());
    deps.sqlite.prepare('delete from reference').run();
    const res = await form('/withdraw', [['reference', story.reference]]);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('We could not find a story with that reference.');
  });

  it('accepts a reference typed in lower case without dashes, and shows the current choices', async () => {
    const story = await submitStory(send, deps, representativeStory());
    const res = await form('/withdraw', [
      ['reference', story.reference.toLowerCase().replace(/-/g, ' ')],
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="board_share" checked');
    expect(html).toContain('value="training" checked');
    expect(html).toContain('value="contact_check" checked');
    expect(html).not.toContain('value="publish"');
  });

  it('asks for a choice when none was made', async () => {
    const story = await submitStory(send, deps, adultStory());
    const res = await form('/withdraw/confirm', [['reference', story.reference]]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Choose whether to withdraw your story or change your choices',
    );
  });
});

describe('withdrawing a story', () => {
  it('removes it everywhere at once: library, text, contact details, consents, curated story', async () => {
    const story = await approvedStory(
      adultStory({
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
          email: 'withdraw-canary@example.org',
          safeToLeaveMessage: false,
        },
      }),
    );
    expect(await isInLibrary(deps.db, story.id, new Date())).toBe(true);
    deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHas(CURATED_CANARY)).toBe(true);

    const res = await form('/withdraw/confirm', [
      ['reference', story.reference],
      ['action', 'withdraw'],
    ]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Your story has been withdrawn');

    expect(await isInLibrary(deps.db, story.id, new Date())).toBe(false);
    const row = deps.sqlite
      .prepare(
        'select status, story_sealed, wanted_outcome_sealed, helped_most_sealed, should_change_sealed from story where id = ?',
      )
      .get(story.id);
    expect(row).toEqual({
      status: 'withdrawn',
      story_sealed: null,
      wanted_outcome_sealed: null,
      helped_most_sealed: null,
      should_change_sealed: null,
    });
    expect(deps.sqlite.prepare('select count(*) as n from contact').get()).toEqual({ n: 0 });
    expect(deps.sqlite.prepare('select count(*) as n from curated_story').get()).toEqual({ n: 0 });
    expect(deps.sqlite.prepare('select count(*) as n from curated_tag').get()).toEqual({ n: 0 });
    expect(
      deps.sqlite
        .prepare('select count(*) as n from consent where story_id = ? and withdrawn_at is null')
        .get(story.id),
    ).toEqual({ n: 0 });
    const audit = deps.sqlite
      .prepare("select actor, detail from audit_event where action = 'story.withdrawn'")
      .all();
    expect(audit).toEqual([
      { actor: 'public', detail: JSON.stringify({ previousStatus: 'approved', via: 'public' }) },
    ]);
    expect(fileHas(CURATED_CANARY)).toBe(false);

    const secretary = await signInAs(send, deps, {
      role: 'board_secretary',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    expect((await secretary.get(`/admin/api/curated-stories/${story.id}`)).status).toBe(404);
    const again = await form('/withdraw', [['reference', story.reference]]);
    expect(await again.text()).toContain('This story has already been withdrawn');
  });

  it('unticks chosen uses only, leaving the rest', async () => {
    const story = await approvedStory(
      adultStory({
        consents: {
          board_share: true,
          training: true,
          publish: false,
          quote: true,
          contact_check: false,
          contact_involve: false,
        },
      }),
    );
    const res = await form('/withdraw/confirm', [
      ['reference', story.reference],
      ['action', 'change'],
      ['keep', 'training'],
    ]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Your choices have been changed');
    const current = deps.sqlite
      .prepare(
        'select purpose from consent where story_id = ? and granted = 1 and withdrawn_at is null order by purpose',
      )
      .all(story.id);
    expect(current).toEqual([{ purpose: 'training' }]);
    expect(await isInLibrary(deps.db, story.id, new Date())).toBe(false);
    expect(
      deps.sqlite
        .prepare('select story_sealed is not null as kept from story where id = ?')
        .get(story.id),
    ).toEqual({ kept: 1 });
    const unchanged = await form('/withdraw/confirm', [
      ['reference', story.reference],
      ['action', 'change'],
      ['keep', 'training'],
    ]);
    expect(await unchanged.text()).toContain('You did not untick anything');
  });

  it('limits reference look-ups from one address', async () => {
    const story = await submitStory(send, deps, adultStory());
    let status = 0;
    for (let i = 0; i < 11; i++)
      status = (await form('/withdraw', [['reference', story.reference]])).status;
    expect(status).toBe(429);
    // Mistyped references are not counted: a person correcting a typo is never blocked by them.
    expect((await form('/withdraw', [['reference', typo(story.reference)]])).status).toBe(400);
  });
});
