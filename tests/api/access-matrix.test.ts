import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  addBoardWithSite,
  appRequester,
  createStaff,
  type Requester,
  type StaffAccount,
  signInAs,
  submitStory,
  TEST_PASSWORD,
} from '../support/admin-client.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

/**
 * Every /admin/api route × every kind of caller, with the answer due: 401 (not signed in),
 * 403 (role never allowed), 404 (an object of another Board, or nothing there), or 'ok' (let
 * through: any other status below 500). The route list comes from the app itself, so a new
 * route without an entry here fails the first test: add its row to SPECS.
 */

const ACTORS = ['anonymous', 'admin', 'coordOwn', 'coordOther', 'secOwn', 'secOther'] as const;
type Actor = (typeof ACTORS)[number];
type Due = 'ok' | 401 | 403 | 404;
type Spec = { path: string; body?: unknown; fresh?: boolean; due: Record<Actor, Due> };

const all = (due: Due, anonymous: Due = 401): Record<Actor, Due> => ({
  anonymous,
  admin: due,
  coordOwn: due,
  coordOther: due,
  secOwn: due,
  secOther: due,
});
const adminOnly = { ...all(403), admin: 'ok' } as Record<Actor, Due>;
const coordinatorOwnStory = { ...all(403), coordOwn: 'ok', coordOther: 404 } as Record<Actor, Due>;
const boardStaffOwnBoard = { ...all(404), admin: 403, coordOwn: 'ok', secOwn: 'ok' } as Record<
  Actor,
  Due
>;
const themeWriters = { ...all(403), admin: 'ok', coordOwn: 'ok', coordOther: 404 } as Record<
  Actor,
  Due
>;

let deps: TestDeps;
let send: Requester;
const clients = {} as Record<Exclude<Actor, 'anonymous'>, AdminClient>;
const accounts = {} as Record<Exclude<Actor, 'anonymous'>, StaffAccount>;
let SPECS: Record<string, Spec>;

beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  send = appRequester(createApp(deps));
  const other = await addBoardWithSite(deps, 'other-sab');
  const own = (
    deps.sqlite.prepare('select id from board where slug = ?').get(DEMO_BOARD_SLUG) as {
      id: number;
    }
  ).id;
  const roles: Record<
    Exclude<Actor, 'anonymous'>,
    { role: 'admin' | 'coordinator' | 'board_secretary'; boardSlugs: string[] }
  > = {
    admin: { role: 'admin', boardSlugs: [] },
    coordOwn: { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] },
    coordOther: { role: 'coordinator', boardSlugs: ['other-sab'] },
    secOwn: { role: 'board_secretary', boardSlugs: [DEMO_BOARD_SLUG] },
    secOther: { role: 'board_secretary', boardSlugs: ['other-sab'] },
  };
  for (const [actor, options] of Object.entries(roles) as [
    Exclude<Actor, 'anonymous'>,
    (typeof roles)['admin'],
  ][]) {
    const client = await signInAs(send, deps, options);
    clients[actor] = client;
    accounts[actor] = client.account;
  }
  const coordinator = clients.coordOwn;
  // L: approved, in the library. Q: in the queue, with contact details. W: to be withdrawn.
  const library = await submitStory(send, deps, adultStory());
  await coordinator.post(`/admin/api/stories/${library.id}/check`, { outcome: 'no_current_risk' });
  await coordinator.put(`/admin/api/stories/${library.id}/curated`, {
    title: 'Title',
    summary: 'Summary',
    text: 'Anonymised text.',
    redactions: [],
    quotes: [],
    tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
  });
  expect((await coordinator.post(`/admin/api/stories/${library.id}/approve`)).status).toBe(200);
  const queue = await submitStory(send, deps, representativeStory());
  const withdrawn = await submitStory(send, deps, adultStory());
  await submitStory(send, deps, adultStory({ siteKey: 'other-sab' }));
  const theme = (await (
    await coordinator.post(`/admin/api/boards/${own}/themes`, { label: 'Being kept informed' })
  ).json()) as { id: number };
  const target = await createStaff(deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  const partner = (
    deps.sqlite.prepare('select id from partner order by id limit 1').get() as { id: number }
  ).id;
  const packFields = {
    title: 'Matrix pack',
    meetingDate: '2027-01-15',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
  };
  const madePack = await coordinator.post(`/admin/api/boards/${own}/packs`, packFields);
  expect(madePack.status, await madePack.clone().text()).toBe(201);
  const pack = deps.sqlite.prepare('select id from pack order by id desc limit 1').get() as {
    id: number;
  };
  const actionFields = {
    theme: 'Being kept informed',
    peopleSaid: 'Nobody told us',
    boardWillDo: 'Write to people',
    owner: 'Board manager',
    status: 'proposed',
  };
  const madeAction = await coordinator.post(`/admin/api/boards/${own}/actions`, actionFields);
  expect(madeAction.status, await madeAction.clone().text()).toBe(201);
  const action = (await madeAction.json()) as { id: number };
  const toTell = deps.sqlite
    .prepare(
      "insert into action_to_tell (action_id, story_id, status, created_at) values (?, ?, 'proposed', ?) returning id",
    )
    .get(action.id, queue.id, new Date().toISOString()) as { id: number };
  const PK = `/admin/api/boards/${own}/packs/${pack.id}`;
  const Q = `/admin/api/stories/${queue.id}`;
  const U = `/admin/api/users/${target.user.id}`;
  const T = `/admin/api/boards/${own}/themes/${theme.id}`;
  void other;

  SPECS = {
    'GET /admin/api/session': { path: '/admin/api/session', due: all('ok') },
    'POST /admin/api/session': { path: '/admin/api/session', body: {}, due: all('ok', 'ok') },
    'POST /admin/api/session/totp': {
      path: '/admin/api/session/totp',
      body: { code: '123456' },
      due: all('ok'),
    },
    'POST /admin/api/session/reauth': {
      path: '/admin/api/session/reauth',
      body: { password: TEST_PASSWORD },
      due: all('ok'),
    },
    'POST /admin/api/session/sign-out': {
      path: '/admin/api/session/sign-out',
      fresh: true,
      due: all('ok'),
    },
    'POST /admin/api/session/sign-out-everywhere': {
      path: '/admin/api/session/sign-out-everywhere',
      fresh: true,
      due: all('ok'),
    },
    'POST /admin/api/setup/inspect': {
      path: '/admin/api/setup/inspect',
      body: { token: 'x'.repeat(43) },
      due: all(404, 404),
    },
    'POST /admin/api/setup': {
      path: '/admin/api/setup',
      body: { token: 'x'.repeat(43), password: 'a long enough phrase' },
      due: all(404, 404),
    },
    'POST /admin/api/account/password': {
      path: '/admin/api/account/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      due: all('ok'),
    },
    'POST /admin/api/account/totp/start': { path: '/admin/api/account/totp/start', due: all('ok') },
    'POST /admin/api/account/totp/confirm': {
      path: '/admin/api/account/totp/confirm',
      body: { code: 'abc' },
      due: all('ok'),
    },
    'POST /admin/api/account/totp/disable': {
      path: '/admin/api/account/totp/disable',
      body: { code: 'abc' },
      due: all('ok'),
    },
    'GET /admin/api/vocabulary': { path: '/admin/api/vocabulary', due: all('ok') },
    'POST /admin/api/redactions/suggest': {
      path: '/admin/api/redactions/suggest',
      body: { text: 'Call 07700 900982' },
      due: { ...all(403), coordOwn: 'ok', coordOther: 'ok' },
    },
    'GET /admin/api/stories': {
      path: '/admin/api/stories',
      due: { ...all(403), coordOwn: 'ok', coordOther: 'ok' },
    },
    'GET /admin/api/stories/:id': { path: Q, due: coordinatorOwnStory },
    'POST /admin/api/stories/:id/assign': { path: `${Q}/assign`, due: coordinatorOwnStory },
    'POST /admin/api/stories/:id/unassign': { path: `${Q}/unassign`, due: coordinatorOwnStory },
    'POST /admin/api/stories/:id/original': {
      path: `${Q}/original`,
      body: { reason: 'access matrix' },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/contact': {
      path: `${Q}/contact`,
      body: { reason: 'access matrix' },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/check': {
      path: `${Q}/check`,
      body: { outcome: 'no_current_risk' },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/storyteller-check': {
      path: `${Q}/storyteller-check`,
      body: { kind: 'checked', happenedOn: '2026-12-01', method: 'phone', note: 'Fine.' },
      due: coordinatorOwnStory,
    },
    'PUT /admin/api/stories/:id/curated': {
      path: `${Q}/curated`,
      body: {
        title: 'T',
        summary: 'S',
        text: 'X',
        redactions: [],
        quotes: [],
        tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
      },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/approve': { path: `${Q}/approve`, due: coordinatorOwnStory },
    'POST /admin/api/stories/:id/reject': {
      path: `${Q}/reject`,
      body: { reason: 'access matrix' },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/reopen': { path: `${Q}/reopen`, due: coordinatorOwnStory },
    'POST /admin/api/stories/:id/consents/withdraw': {
      path: `${Q}/consents/withdraw`,
      body: { purposes: ['training'], reason: 'access matrix' },
      due: coordinatorOwnStory,
    },
    'POST /admin/api/stories/:id/withdraw': {
      path: `/admin/api/stories/${withdrawn.id}/withdraw`,
      body: { reason: 'access matrix' },
      due: coordinatorOwnStory,
    },
    'GET /admin/api/curated-stories': {
      path: '/admin/api/curated-stories',
      due: { ...all('ok'), admin: 403 },
    },
    'GET /admin/api/curated-stories/:storyId': {
      path: `/admin/api/curated-stories/${library.id}`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/themes': {
      path: `/admin/api/boards/${own}/themes`,
      due: { ...all(404), admin: 'ok', coordOwn: 'ok', secOwn: 'ok' },
    },
    'POST /admin/api/boards/:boardId/themes': {
      path: `/admin/api/boards/${own}/themes`,
      body: { label: 'A new theme' },
      due: themeWriters,
    },
    'POST /admin/api/boards/:boardId/themes/:themeId/retire': {
      path: `${T}/retire`,
      due: themeWriters,
    },
    'POST /admin/api/boards/:boardId/themes/:themeId/restore': {
      path: `${T}/restore`,
      due: themeWriters,
    },
    'GET /admin/api/boards/:boardId/alerting': {
      path: `/admin/api/boards/${own}/alerting`,
      due: { ...all(403), admin: 'ok', coordOwn: 'ok', coordOther: 404 },
    },
    'PUT /admin/api/boards/:boardId/alerting': {
      path: `/admin/api/boards/${own}/alerting`,
      body: {
        responseHours: 4,
        workingDays: [1, 2, 3, 4, 5],
        dayStarts: '09:00',
        dayEnds: '17:00',
        bankHolidays: [],
      },
      due: adminOnly,
    },
    'POST /admin/api/boards/:boardId/alerting/rotate-secret': {
      path: `/admin/api/boards/${own}/alerting/rotate-secret`,
      due: adminOnly,
    },
    'PUT /admin/api/account/daily-digest': {
      path: '/admin/api/account/daily-digest',
      body: { dailyDigest: true },
      due: all('ok'),
    },
    'GET /admin/api/users': { path: '/admin/api/users', due: adminOnly },
    'POST /admin/api/users': {
      path: '/admin/api/users',
      body: { email: 'matrix@staff.example', role: 'admin', boardIds: [] },
      due: adminOnly,
    },
    'GET /admin/api/users/:id': { path: U, due: adminOnly },
    'PUT /admin/api/users/:id': { path: U, body: { name: 'Matrix' }, due: adminOnly },
    'POST /admin/api/users/:id/disable': { path: `${U}/disable`, due: adminOnly },
    'POST /admin/api/users/:id/enable': { path: `${U}/enable`, due: adminOnly },
    'POST /admin/api/users/:id/setup-link': { path: `${U}/setup-link`, due: adminOnly },
    'POST /admin/api/users/:id/reset-totp': { path: `${U}/reset-totp`, due: adminOnly },
    'POST /admin/api/users/:id/unlock': { path: `${U}/unlock`, due: adminOnly },
    'GET /admin/api/boards': { path: '/admin/api/boards', due: all('ok') },
    'POST /admin/api/boards': {
      path: '/admin/api/boards',
      body: { slug: 'matrix-sab', name: 'Matrix' },
      due: adminOnly,
    },
    'PUT /admin/api/boards/:id': {
      path: `/admin/api/boards/${own}`,
      body: { name: 'Demo Safeguarding Adults Board' },
      due: adminOnly,
    },
    'GET /admin/api/partners': { path: '/admin/api/partners', due: adminOnly },
    'POST /admin/api/partners': {
      path: '/admin/api/partners',
      body: { name: 'Matrix Healthwatch', kind: 'healthwatch' },
      due: adminOnly,
    },
    'PUT /admin/api/partners/:id': {
      path: `/admin/api/partners/${partner}`,
      body: {},
      due: adminOnly,
    },
    'GET /admin/api/sites': { path: '/admin/api/sites', due: all('ok') },
    'GET /admin/api/sites/:key': { path: '/admin/api/sites/demo', due: adminOnly },
    'POST /admin/api/sites': { path: '/admin/api/sites', body: {}, due: adminOnly },
    'PUT /admin/api/sites/:key': {
      path: '/admin/api/sites/demo',
      body: { active: true },
      due: adminOnly,
    },
    'GET /admin/api/settings': { path: '/admin/api/settings', due: adminOnly },
    'GET /admin/api/audit': { path: '/admin/api/audit', due: adminOnly },
    // Board secretaries' routes (issue 5): packs, actions, library, measures.
    'GET /admin/api/boards/:boardId/library': {
      path: `/admin/api/boards/${own}/library`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/measures': {
      path: `/admin/api/boards/${own}/measures`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/measures.csv': {
      path: `/admin/api/boards/${own}/measures.csv`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/partners': {
      path: `/admin/api/boards/${own}/partners`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/packs': {
      path: `/admin/api/boards/${own}/packs`,
      due: boardStaffOwnBoard,
    },
    'POST /admin/api/boards/:boardId/packs': {
      path: `/admin/api/boards/${own}/packs`,
      body: packFields,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/packs/:packId': { path: PK, due: boardStaffOwnBoard },
    'PUT /admin/api/boards/:boardId/packs/:packId': {
      path: PK,
      body: packFields,
      due: boardStaffOwnBoard,
    },
    'PUT /admin/api/boards/:boardId/packs/:packId/stories': {
      path: `${PK}/stories`,
      body: { stories: [] },
      due: boardStaffOwnBoard,
    },
    'POST /admin/api/boards/:boardId/packs/:packId/issue': {
      path: `${PK}/issue`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/packs/:packId/export/:format{docx|html|pdf}': {
      path: `${PK}/export/html`,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/actions': {
      path: `/admin/api/boards/${own}/actions`,
      due: boardStaffOwnBoard,
    },
    'POST /admin/api/boards/:boardId/actions': {
      path: `/admin/api/boards/${own}/actions`,
      body: actionFields,
      due: boardStaffOwnBoard,
    },
    'PUT /admin/api/boards/:boardId/actions/:actionId': {
      path: `/admin/api/boards/${own}/actions/${action.id}`,
      body: actionFields,
      due: boardStaffOwnBoard,
    },
    'GET /admin/api/boards/:boardId/to-tell': {
      path: `/admin/api/boards/${own}/to-tell`,
      due: coordinatorOwnStory,
    },
    'POST /admin/api/boards/:boardId/to-tell/:id/told': {
      path: `/admin/api/boards/${own}/to-tell/${toTell.id}/told`,
      due: coordinatorOwnStory,
    },
  };
}, 180_000);
afterAll(async () => deps.cleanup());

function appRoutes(): string[] {
  const seen = new Set<string>();
  for (const r of createApp(deps).routes) {
    if (r.path.startsWith('/admin/api') && r.method !== 'ALL') seen.add(`${r.method} ${r.path}`);
  }
  return [...seen].sort();
}

describe('the admin API access matrix', () => {
  it('has an entry for every /admin/api route the app serves, and none for routes it does not', () => {
    const routes = appRoutes();
    const missing = routes.filter((r) => !(r in SPECS));
    expect(missing, 'add these routes to SPECS in tests/api/access-matrix.test.ts').toEqual([]);
    expect(Object.keys(SPECS).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('answers every route for every caller exactly as due', async () => {
    const wrong: string[] = [];
    // Routes that end sessions run last, so they do not sign the other checks out.
    const ordered = appRoutes().sort(
      (a, b) => Number(SPECS[a]?.fresh ?? false) - Number(SPECS[b]?.fresh ?? false),
    );
    for (const key of ordered) {
      const spec = SPECS[key];
      if (!spec) continue;
      const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT';
      for (const actor of ACTORS) {
        let client: AdminClient;
        if (actor === 'anonymous') client = new AdminClient(send);
        else if (spec.fresh) {
          client = new AdminClient(send);
          await client.signIn(accounts[actor]);
        } else client = clients[actor];
        const res =
          method === 'GET'
            ? await client.get(spec.path)
            : await client.write(method, spec.path, spec.body ?? {});
        const due = spec.due[actor];
        const fine =
          due === 'ok'
            ? ![401, 403, 404].includes(res.status) && res.status < 500
            : res.status === due;
        if (!fine) wrong.push(`${key} as ${actor}: got ${res.status}, due ${due}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
