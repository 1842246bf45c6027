import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { isInLibrary } from '../../server/moderation/library.ts';
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

// Each test signs in (scrypt, ~0.2 s alone) on a machine shared with the whole suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
let coordinator: AdminClient & { account: StaffAccount };
let clock: number;
const NO_LIMITS = { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' };

beforeEach(async () => {
  deps = await createTestDeps({ env: NO_LIMITS });
  clock = new Date('2026-11-25T09:00:00Z').getTime();
  deps.now = () => new Date(clock);
  send = appRequester(createApp(deps));
  coordinator = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
});
afterEach(async () => deps.cleanup());

const curated = (overrides: Record<string, unknown> = {}) => ({
  title: 'Money went missing after care visits',
  summary:
    'An older person whose money went missing; the agency was changed but they were not told the outcome.',
  text: 'Money kept going missing after the morning visits. The social worker listened to me and changed the agency, but nobody told me what happened to [the carer] after that.',
  redactions: [
    { start: 120, end: 129, kind: 'role', replacement: '[the carer]', source: 'manual' },
  ],
  quotes: ['The social worker listened to me'],
  tags: {
    principles: ['empowerment', 'accountability'],
    wellbeingAreas: ['protection'],
    harmKinds: ['financial'],
    mspSteps: [7],
    themeIds: [],
  },
  ...overrides,
});

type Detail = {
  id: number;
  status: string;
  uses: string[];
  checks: { outcome: string; note: string | null; escalatedTo: string | null }[];
  curated: { quotes: string[]; approvedAt: string | null; tags: { mspSteps: number[] } } | null;
  hasOriginalText: boolean;
};

describe('the queue', () => {
  it('lists urgent stories first, then oldest first, with how long each has waited', async () => {
    const older = await submitStory(send, deps, adultStory());
    clock += 20 * 60_000;
    await coordinator.get('/admin/api/session');
    const newer = await submitStory(send, deps, representativeStory());
    clock += 20 * 60_000;
    await coordinator.get('/admin/api/session');
    const urgent = await submitStory(send, deps, adultStory({ atRiskNow: 'yes' }));
    clock += 10 * 60_000;
    const res = await coordinator.get('/admin/api/stories');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: { id: number; urgent: boolean; waitingMinutes: number }[];
      total: number;
    };
    expect(body.items.map((i) => i.id)).toEqual([urgent.id, older.id, newer.id]);
    expect(body.items[0]?.urgent).toBe(true);
    expect(body.items.map((i) => i.waitingMinutes)).toEqual([10, 50, 30]);
    expect(body.total).toBe(3);
  });

  it('filters by urgency, status, site and assignment, and pages', async () => {
    await submitStory(send, deps, adultStory());
    const urgent = await submitStory(send, deps, adultStory({ atRiskNow: 'yes' }));
    await submitStory(send, deps, representativeStory());
    expect(
      (
        (await (await coordinator.get('/admin/api/stories?urgent=true')).json()) as {
          total: number;
        }
      ).total,
    ).toBe(1);
    await coordinator.post(`/admin/api/stories/${urgent.id}/assign`);
    const mine = (await (await coordinator.get('/admin/api/stories?assigned=me')).json()) as {
      items: { id: number; status: string }[];
    };
    expect(mine.items.map((i) => [i.id, i.status])).toEqual([[urgent.id, 'in_review']]);
    expect(
      ((await (await coordinator.get('/admin/api/stories?status=new')).json()) as { total: number })
        .total,
    ).toBe(2);
    const page2 = (await (
      await coordinator.get('/admin/api/stories?pageSize=2&page=2')
    ).json()) as { items: unknown[]; total: number };
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBe(3);
    expect((await coordinator.get('/admin/api/stories?status=nonsense')).status).toBe(422);
    expect(
      ((await (await coordinator.get('/admin/api/stories?site=999')).json()) as { total: number })
        .total,
    ).toBe(0);
  });

  it('never shows stories of another Board, and answers 404 for their ids', async () => {
    await addBoardWithSite(deps, 'other-sab');
    const theirs = await submitStory(send, deps, adultStory({ siteKey: 'other-sab' }));
    expect(
      ((await (await coordinator.get('/admin/api/stories')).json()) as { total: number }).total,
    ).toBe(0);
    expect((await coordinator.get(`/admin/api/stories/${theirs.id}`)).status).toBe(404);
    expect((await coordinator.post(`/admin/api/stories/${theirs.id}/assign`)).status).toBe(404);
    expect(
      (await coordinator.post(`/admin/api/stories/${theirs.id}/original`, { reason: 'curious' }))
        .status,
    ).toBe(404);
  });
});

describe('reading sealed text', () => {
  it('returns the original text only for a reason, and audits who, when and why', async () => {
    const story = await submitStory(send, deps, adultStory());
    const detail = (await (
      await coordinator.get(`/admin/api/stories/${story.id}`)
    ).json()) as Record<string, unknown>;
    expect(JSON.stringify(detail)).not.toContain('Money kept going missing');
    expect(detail.hasOriginalText).toBe(true);
    expect((await coordinator.post(`/admin/api/stories/${story.id}/original`, {})).status).toBe(
      422,
    );
    const res = await coordinator.post(`/admin/api/stories/${story.id}/original`, {
      reason: 'redacting for the Board',
    });
    expect(res.status).toBe(200);
    const text = (await res.json()) as { story: string; wantedOutcome: string };
    expect(text.story).toContain('Money kept going missing');
    expect(text.wantedOutcome).toContain('carers');
    const audit = deps.sqlite
      .prepare(
        "select actor, at, detail, object_id from audit_event where action = 'story.original_opened'",
      )
      .all() as { actor: string; at: string; detail: string; object_id: string }[];
    expect(audit).toEqual([
      {
        actor: String(coordinator.account.user.id),
        at: new Date(clock).toISOString(),
        detail: JSON.stringify({ reason: 'redacting for the Board' }),
        object_id: String(story.id),
      },
    ]);
  });

  it('returns contact details to a coordinator with a reason, audited', async () => {
    const story = await submitStory(send, deps, representativeStory());
    const res = await coordinator.post(`/admin/api/stories/${story.id}/contact`, {
      reason: 'to check the story',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { phone: string }).phone).toBe('07700 900982');
    const none = await submitStory(send, deps, adultStory());
    expect(
      (await coordinator.post(`/admin/api/stories/${none.id}/contact`, { reason: 'to check' }))
        .status,
    ).toBe(404);
    expect(
      deps.sqlite
        .prepare("select count(*) as n from audit_event where action = 'story.contact_opened'")
        .get(),
    ).toEqual({ n: 1 });
  });
});

describe('safeguarding check, curation and decisions', () => {
  it('will not let an urgent story leave the queue without a safeguarding check', async () => {
    const story = await submitStory(send, deps, adultStory({ atRiskNow: 'yes' }));
    const reject = await coordinator.post(`/admin/api/stories/${story.id}/reject`, {
      reason: 'Not about safeguarding',
    });
    expect(reject.status).toBe(409);
    expect(((await reject.json()) as { title: string }).title).toBe(
      'Record the safeguarding check first',
    );
    expect(
      (await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated())).status,
    ).toBe(200);
    expect((await coordinator.post(`/admin/api/stories/${story.id}/approve`)).status).toBe(409);
    const escalatedNoTarget = await coordinator.post(`/admin/api/stories/${story.id}/check`, {
      outcome: 'escalated',
    });
    expect(escalatedNoTarget.status).toBe(422);
    const check = await coordinator.post(`/admin/api/stories/${story.id}/check`, {
      outcome: 'escalated',
      escalatedTo: 'Duty social worker, adult social care',
      note: 'Phoned the duty team at 10:05',
    });
    expect(check.status).toBe(200);
    const detail = (await check.json()) as Detail;
    expect(detail.checks[0]).toMatchObject({
      outcome: 'escalated',
      escalatedTo: 'Duty social worker, adult social care',
    });
    const raw = JSON.stringify(deps.sqlite.prepare('select * from safeguarding_check').all());
    expect(raw).not.toContain('Duty social worker');
    const approved = await coordinator.post(`/admin/api/stories/${story.id}/approve`);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as Detail).status).toBe('approved');
  });

  it('rejects a non-urgent story with a reason and no check', async () => {
    const story = await submitStory(send, deps, adultStory());
    expect(
      (await coordinator.post(`/admin/api/stories/${story.id}/reject`, { reason: '' })).status,
    ).toBe(422);
    const res = await coordinator.post(`/admin/api/stories/${story.id}/reject`, {
      reason: 'A duplicate of another story',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'A duplicate of another story',
    });
  });

  it('derives uses from consents and refuses quotes without quote consent', async () => {
    const story = await submitStory(send, deps, representativeStory());
    const detail = (await (
      await coordinator.get(`/admin/api/stories/${story.id}`)
    ).json()) as Detail;
    expect(detail.uses).toEqual(['board', 'training']);
    const res = await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated());
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain('quotes');
    expect(
      (await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated({ quotes: [] })))
        .status,
    ).toBe(200);
  });

  it('refuses a quote that is not in the anonymised text, and staff cannot set uses', async () => {
    const story = await submitStory(send, deps, adultStory());
    const res = await coordinator.put(
      `/admin/api/stories/${story.id}/curated`,
      curated({ quotes: ['Words the person never said'] }),
    );
    expect(res.status).toBe(422);
    const typed = await coordinator.put(`/admin/api/stories/${story.id}/curated`, {
      ...curated(),
      uses: ['publish'],
    });
    expect(typed.status).toBe(422);
  });

  it('cannot approve a story the person did not agree to share, train with or publish', async () => {
    const story = await submitStory(
      send,
      deps,
      adultStory({
        consents: {
          board_share: false,
          training: false,
          publish: false,
          quote: false,
          contact_check: false,
          contact_involve: false,
        },
      }),
    );
    await coordinator.post(`/admin/api/stories/${story.id}/check`, { outcome: 'no_current_risk' });
    await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated({ quotes: [] }));
    const res = await coordinator.post(`/admin/api/stories/${story.id}/approve`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { title: string }).title).toBe(
      'There is no consent to use this story',
    );
  });

  it('puts an approved story with Board consent in the library, and a reopened one out of it', async () => {
    const story = await submitStory(send, deps, adultStory());
    await coordinator.post(`/admin/api/stories/${story.id}/check`, { outcome: 'no_current_risk' });
    expect((await coordinator.post(`/admin/api/stories/${story.id}/approve`)).status).toBe(409);
    await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated());
    const approved = (await (
      await coordinator.post(`/admin/api/stories/${story.id}/approve`)
    ).json()) as Detail;
    expect(approved.uses).toEqual(['board', 'quote']);
    expect(approved.curated?.approvedAt).toBeTruthy();
    expect(await isInLibrary(deps.db, story.id, deps.now())).toBe(true);
    const secretary = await signInAs(send, deps, {
      role: 'board_secretary',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    const list = (await (await secretary.get('/admin/api/curated-stories')).json()) as {
      items: { storyId: number; text: string; quotes: string[] }[];
    };
    expect(list.items.map((i) => i.storyId)).toEqual([story.id]);
    expect(list.items[0]?.quotes).toEqual(['The social worker listened to me']);
    // A filter that cannot be read is named, so the screen can say which one to fix.
    const badFilter = await secretary.get('/admin/api/curated-stories?pageSize=500');
    expect(badFilter.status).toBe(422);
    expect(
      ((await badFilter.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['pageSize']);
    expect(JSON.stringify(list)).not.toContain(
      'morning visits. The social worker listened to me and changed the agency, but nobody told me what happened to the carer',
    );
    expect(
      (await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated())).status,
    ).toBe(409);
    expect((await coordinator.post(`/admin/api/stories/${story.id}/reopen`)).status).toBe(200);
    expect(await isInLibrary(deps.db, story.id, deps.now())).toBe(false);
    expect((await secretary.get(`/admin/api/curated-stories/${story.id}`)).status).toBe(404);
  });

  it('tags with local themes of the Board, and refuses retired or foreign themes', async () => {
    const boardId = (
      deps.sqlite.prepare('select id from board where slug = ?').get(DEMO_BOARD_SLUG) as {
        id: number;
      }
    ).id;
    const other = await addBoardWithSite(deps, 'other-sab');
    const made = await coordinator.post(`/admin/api/boards/${boardId}/themes`, {
      label: 'Being kept informed',
    });
    expect(made.status).toBe(201);
    const theme = (await made.json()) as { id: number };
    expect(
      (
        await coordinator.post(`/admin/api/boards/${boardId}/themes`, {
          label: 'being KEPT informed',
        })
      ).status,
    ).toBe(409);
    expect(
      (await coordinator.post(`/admin/api/boards/${other.boardId}/themes`, { label: 'Elsewhere' }))
        .status,
    ).toBe(404);
    const story = await submitStory(send, deps, adultStory());
    const tagged = await coordinator.put(
      `/admin/api/stories/${story.id}/curated`,
      curated({ tags: { ...curated().tags, themeIds: [theme.id] } }),
    );
    expect(tagged.status).toBe(200);
    expect(
      ((await tagged.json()) as { curated: { themes: { label: string }[] } }).curated.themes,
    ).toEqual([{ id: theme.id, label: 'Being kept informed' }]);
    expect(
      (await coordinator.post(`/admin/api/boards/${boardId}/themes/${theme.id}/retire`)).status,
    ).toBe(200);
    const listed = (await (
      await coordinator.get(`/admin/api/boards/${boardId}/themes`)
    ).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(0);
    const second = await submitStory(send, deps, adultStory());
    expect(
      (
        await coordinator.put(
          `/admin/api/stories/${second.id}/curated`,
          curated({ tags: { ...curated().tags, themeIds: [theme.id] } }),
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await coordinator.put(
          `/admin/api/stories/${story.id}/curated`,
          curated({ tags: { ...curated().tags, themeIds: [theme.id] } }),
        )
      ).status,
    ).toBe(200);
  });

  it("records withdrawal of a consent on the person's behalf, taking the story out of the library", async () => {
    const story = await submitStory(send, deps, adultStory());
    await coordinator.post(`/admin/api/stories/${story.id}/check`, {
      outcome: 'already_supported',
    });
    await coordinator.put(`/admin/api/stories/${story.id}/curated`, curated());
    await coordinator.post(`/admin/api/stories/${story.id}/approve`);
    const res = await coordinator.post(`/admin/api/stories/${story.id}/consents/withdraw`, {
      purposes: ['board_share', 'quote'],
      reason: 'Asked by phone',
    });
    expect(res.status).toBe(200);
    const detail = (await res.json()) as Detail;
    expect(detail.uses).toEqual([]);
    expect(detail.curated?.quotes).toEqual([]);
    expect(await isInLibrary(deps.db, story.id, deps.now())).toBe(false);
  });

  it('returns suggestions from the redaction engine to coordinators only', async () => {
    const res = await coordinator.post('/admin/api/redactions/suggest', {
      text: 'Ring me on 07700 900982 or email jo@example.org',
    });
    expect(res.status).toBe(200);
    const { suggestions } = (await res.json()) as {
      suggestions: { start: number; end: number; kind: string }[];
    };
    expect(suggestions.length).toBeGreaterThan(0);
    const secretary = await signInAs(send, deps, {
      role: 'board_secretary',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    expect((await secretary.post('/admin/api/redactions/suggest', { text: 'x' })).status).toBe(403);
  });
});

describe('the audit log', () => {
  it('lets admins filter it and nobody change it', async () => {
    const story = await submitStory(send, deps, adultStory());
    await coordinator.post(`/admin/api/stories/${story.id}/original`, { reason: 'redaction' });
    const admin = await signInAs(send, deps, { role: 'admin' });
    const res = await admin.get(
      `/admin/api/audit?action=story.original_opened&objectType=story&objectId=${story.id}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: { actorEmail: string; detail: { reason: string } }[];
      total: number;
    };
    expect(body.total).toBe(1);
    expect(body.items[0]?.actorEmail).toBe(coordinator.account.email);
    expect((await coordinator.get('/admin/api/audit')).status).toBe(403);
    expect(() => deps.sqlite.prepare('update audit_event set action = ?').run('x')).toThrow(
      /append-only/,
    );
    expect(() => deps.sqlite.prepare('delete from audit_event').run()).toThrow(/append-only/);
    expect((await admin.get('/admin/api/audit?from=nonsense')).status).toBe(422);
  });
});
