import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  type AdminClient,
  addBoardWithSite,
  appRequester,
  type Requester,
  type StaffAccount,
  signInAs,
  submitStory,
} from '../support/admin-client.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 13: "check it with me first" (consent contact_check) is enforced by the server.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
let coordinator: AdminClient & { account: StaffAccount };
const NO_LIMITS = { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' };

beforeEach(async () => {
  deps = await createTestDeps({ env: NO_LIMITS });
  deps.now = () => new Date('2026-12-07T09:00:00Z');
  send = appRequester(createApp(deps));
  coordinator = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
});
afterEach(async () => deps.cleanup());

const curated = {
  title: 'Weight loss in a nursing home',
  summary: 'A family member whose father lost weight in a nursing home.',
  text: 'My dad was in a nursing home and kept losing weight.',
  redactions: [],
  quotes: [],
  tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
};

type Detail = {
  status: string;
  storytellerCheck: {
    required: boolean;
    recorded: { kind: string; happenedOn: string; method: string; attempts: string[] } | null;
  };
};
type Problem = { title: string; detail: string; errors?: { field: string; detail: string }[] };

/** A story ready to approve in every other way: checked for safeguarding and curated. */
async function readyStory(draft = representativeStory()): Promise<number> {
  const story = await submitStory(send, deps, draft);
  expect(
    (await coordinator.post(`/admin/api/stories/${story.id}/check`, { outcome: 'no_current_risk' }))
      .status,
  ).toBe(200);
  expect((await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated)).status).toBe(
    200,
  );
  return story.id;
}

const approve = (id: number) => coordinator.post(`/admin/api/stories/${id}/approve`);
const record = (id: number, body: unknown) =>
  coordinator.post(`/admin/api/stories/${id}/storyteller-check`, body);

describe('check it with me first', () => {
  it('refuses approval until the check is recorded, then approves after "checked"', async () => {
    const id = await readyStory();
    const detail = (await (await coordinator.get(`/admin/api/stories/${id}`)).json()) as Detail;
    expect(detail.storytellerCheck).toEqual({ required: true, recorded: null });

    const refused = await approve(id);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as Problem;
    expect(problem.title).toBe('Check the story with the person first');
    expect(problem.detail).toContain('asked to check their story');

    const note = 'She asked us to leave out the name of the home';
    const res = await record(id, {
      kind: 'checked',
      happenedOn: '2026-12-05',
      method: 'phone',
      note,
    });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Detail;
    expect(after.storytellerCheck.recorded).toMatchObject({
      kind: 'checked',
      happenedOn: '2026-12-05',
      method: 'phone',
    });
    expect(JSON.stringify(after)).not.toContain(note);
    const raw = JSON.stringify(deps.sqlite.prepare('select * from storyteller_check').all());
    expect(raw).not.toContain('leave out');
    expect(
      deps.sqlite
        .prepare("select count(*) as n from audit_event where action = 'story.storyteller_checked'")
        .get(),
    ).toEqual({ n: 1 });

    const approved = await approve(id);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as Detail).status).toBe('approved');
  });

  it('approves after "could not reach" with two attempts and a decision', async () => {
    const id = await readyStory();
    const res = await record(id, {
      kind: 'not_reached',
      happenedOn: '2026-12-06',
      method: 'phone',
      attempts: ['2026-12-01', '2026-12-04'],
      decision: 'Use it for training only, without the quotes',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Detail).storytellerCheck.recorded).toMatchObject({
      kind: 'not_reached',
      attempts: ['2026-12-01', '2026-12-04'],
    });
    expect((await approve(id)).status).toBe(200);
  });

  it('approves a story without that consent as before', async () => {
    const id = await readyStory(adultStory());
    const detail = (await (await coordinator.get(`/admin/api/stories/${id}`)).json()) as Detail;
    expect(detail.storytellerCheck.required).toBe(false);
    expect((await approve(id)).status).toBe(200);
  });

  it('no longer requires the check once the contact_check consent is withdrawn', async () => {
    const id = await readyStory();
    expect((await approve(id)).status).toBe(409);
    const withdrawn = await coordinator.post(`/admin/api/stories/${id}/consents/withdraw`, {
      purposes: ['contact_check'],
      reason: 'Asked by phone',
    });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as Detail).storytellerCheck.required).toBe(false);
    expect((await approve(id)).status).toBe(200);
  });

  it("answers 404 to another Board's coordinator, before reading the body", async () => {
    const id = await readyStory();
    await addBoardWithSite(deps, 'elsewhere');
    const outsider = await signInAs(send, deps, { role: 'coordinator', boardSlugs: ['elsewhere'] });
    const body = { kind: 'checked', happenedOn: '2026-12-05', method: 'phone', note: 'Fine' };
    expect((await outsider.post(`/admin/api/stories/${id}/storyteller-check`, body)).status).toBe(
      404,
    );
    expect((await outsider.post(`/admin/api/stories/${id}/storyteller-check`, {})).status).toBe(
      404,
    );
    expect(deps.sqlite.prepare('select count(*) as n from storyteller_check').get()).toEqual({
      n: 0,
    });
  });

  it('answers 422 naming each field in plain words', async () => {
    const id = await readyStory();
    const fields = async (body: unknown) => {
      const res = await record(id, body);
      expect(res.status).toBe(422);
      return ((await res.json()) as Problem).errors?.map((e) => e.field).sort();
    };
    expect(await fields({})).toEqual(['happenedOn', 'kind', 'method']);
    expect(await fields({ kind: 'checked', happenedOn: '2026-02-30', method: 'phone' })).toEqual([
      'happenedOn',
      'note',
    ]);
    expect(
      await fields({
        kind: 'not_reached',
        happenedOn: '2026-12-06',
        method: 'letter',
        attempts: ['2026-12-01'],
      }),
    ).toEqual(['attempts', 'decision']);
    expect(
      await fields({
        kind: 'checked',
        happenedOn: '2026-12-06',
        method: 'pigeon',
        note: 'Fine',
        extra: 1,
      }),
    ).toEqual(['extra', 'method']);
    const res = await record(id, {});
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.find((e) => e.field === 'kind')?.detail).toBe(
      'Choose whether you checked the story with the person',
    );
    expect((await approve(id)).status).toBe(409);
  });
});
