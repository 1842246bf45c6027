import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { runEscalation } from '../../server/messages/escalation.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  type AdminClient,
  appRequester,
  type Requester,
  type StaffAccount,
  signInAs,
  submitStory,
} from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 13: an urgent story nobody has checked within the Board's response time (in working
// hours, Europe/London, bank holidays skipped) escalates to the duty inbox and every admin,
// and repeats each response period until a safeguarding check is recorded. The clock is
// injected: each test sets it and runs the job, as the once-a-minute scheduler would.

let deps: TestDeps;
let clock: Date;
let send: Requester;
let admin: AdminClient & { account: StaffAccount };
let secondAdmin: AdminClient & { account: StaffAccount };
let coordinator: AdminClient;
let boardId: number;
const DUTY = 'front.door@council.example';

const setClock = (iso: string) => {
  clock = new Date(iso);
};
const run = () => runEscalation({ ...deps, now: () => clock });

type Row = {
  id: number;
  story_id: number;
  recipient_kind: string;
  recipient_user_id: number | null;
  channel: string;
  subject: string;
  body: string;
  dedupe_key: string;
  status: string;
};
const escalations = (storyId?: number) =>
  deps.sqlite
    .prepare(
      `select * from message where kind = 'urgent_escalation' ${storyId ? 'and story_id = ?' : ''} order by id`,
    )
    .all(...(storyId ? [storyId] : [])) as Row[];

const urgentStory = (overrides: Record<string, unknown> = {}) =>
  submitStory(send, deps, adultStory({ feelSafer: 'less_safe', ...overrides }));

beforeEach(async () => {
  setClock('2026-12-07T09:00:00Z');
  deps = await createTestDeps({
    env: { HEARD_PUBLIC_URL: 'https://heard.council.example' },
  });
  // Stories arrive on the test's clock; staff work on the real one, so their sessions last.
  send = appRequester(createApp({ ...deps, now: () => clock }));
  const staff = appRequester(createApp(deps));
  admin = await signInAs(staff, deps, { role: 'admin' });
  secondAdmin = await signInAs(staff, deps, { role: 'admin' });
  coordinator = await signInAs(staff, deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  boardId = (
    deps.sqlite.prepare('select id from board where slug = ?').get(DEMO_BOARD_SLUG) as {
      id: number;
    }
  ).id;
  const saved = await admin.put(`/admin/api/boards/${boardId}/alerting`, {
    dutyEmail: DUTY,
    responseHours: 4,
    workingDays: [1, 2, 3, 4, 5],
    dayStarts: '09:00',
    dayEnds: '17:00',
    bankHolidays: [],
  });
  expect(saved.status, await saved.clone().text()).toBe(200);
});
afterEach(async () => deps.cleanup());

describe('escalation of urgent stories nobody has checked', () => {
  it('reaches the duty inbox and every admin once the response time has run out, not before', async () => {
    // Tuesday 8 December 2026, 10:00 GMT: due at 14:00.
    setClock('2026-12-08T10:00:00Z');
    const story = await urgentStory();
    expect(deps.sqlite.prepare('select urgent from story where id = ?').get(story.id)).toEqual({
      urgent: 1,
    });

    setClock('2026-12-08T13:59:00Z');
    await run();
    expect(escalations()).toEqual([]);

    setClock('2026-12-08T14:00:00Z');
    await run();
    const rows = escalations();
    expect(rows.map((r) => [r.recipient_kind, r.recipient_user_id, r.status])).toEqual([
      ['duty_inbox', null, 'waiting'],
      ['user', admin.account.user.id, 'waiting'],
      ['user', secondAdmin.account.user.id, 'waiting'],
    ]);
    expect(rows.map((r) => r.dedupe_key)).toEqual([
      `urgent_escalation:story:${story.id}:n:1:duty_inbox`,
      `urgent_escalation:story:${story.id}:n:1:user:${admin.account.user.id}`,
      `urgent_escalation:story:${story.id}:n:1:user:${secondAdmin.account.user.id}`,
    ]);
    for (const row of rows) {
      expect(row.channel).toBe('email');
      expect(row.body).toContain(`https://heard.council.example/admin/stories/${story.id}`);
      // No story words and no reference, in the subject or the body.
      for (const text of [row.subject, row.body]) {
        expect(text).not.toContain(story.reference);
        expect(text).not.toMatch(/money|purse|carer|advocate/i);
      }
    }

    // Every minute after: nothing new until the next period has run out.
    setClock('2026-12-08T16:59:00Z');
    await run();
    await run();
    expect(escalations()).toHaveLength(3);
  });

  it('repeats each response period in working hours, and recording the check stops it', async () => {
    setClock('2026-12-08T10:00:00Z');
    const story = await urgentStory();
    setClock('2026-12-08T14:00:00Z');
    await run();
    // Second period: 14:00 + 3 hours to 17:00, then 1 hour on Wednesday: 10:00.
    setClock('2026-12-09T09:59:00Z');
    await run();
    expect(escalations()).toHaveLength(3);
    setClock('2026-12-09T10:00:00Z');
    await run();
    expect(escalations().filter((r) => r.dedupe_key.includes(':n:2:'))).toHaveLength(3);
    expect(escalations().find((r) => r.dedupe_key.includes(':n:2:'))?.subject).toMatch(
      /^Reminder 2:/,
    );

    const checked = await coordinator.post(`/admin/api/stories/${story.id}/check`, {
      outcome: 'escalated',
      escalatedTo: 'Adult social care front door',
      note: 'Passed to the duty social worker.',
    });
    expect(checked.status, await checked.clone().text()).toBe(200);
    // Reminders not yet sent are stopped; none is added however long the clock runs.
    expect(new Set(escalations().map((r) => r.status))).toEqual(new Set(['stopped']));
    setClock('2026-12-14T16:00:00Z');
    await run();
    expect(escalations()).toHaveLength(6);
  });

  it('does not count the weekend', async () => {
    // Friday 11 December 2026, 16:00: one working hour on Friday, three on Monday.
    setClock('2026-12-11T16:00:00Z');
    await urgentStory();
    for (const t of [
      '2026-12-11T23:00:00Z',
      '2026-12-12T14:00:00Z',
      '2026-12-13T20:00:00Z',
      '2026-12-14T11:59:00Z',
    ]) {
      setClock(t);
      await run();
      expect(escalations(), t).toEqual([]);
    }
    setClock('2026-12-14T12:00:00Z');
    await run();
    expect(escalations()).toHaveLength(3);
  });

  it('does not count bank holidays (the England and Wales defaults, or the Board’s own)', async () => {
    // Thursday 24 December 2026, 16:00: 25 and 28 December are bank holidays.
    setClock('2026-12-24T16:00:00Z');
    const christmas = await urgentStory();
    setClock('2026-12-28T16:00:00Z');
    await run();
    expect(escalations(christmas.id)).toEqual([]);
    setClock('2026-12-29T12:00:00Z');
    await run();
    expect(escalations(christmas.id)).toHaveLength(3);

    // A Board's own list replaces the defaults: Wednesday 30 December is a day off here.
    await admin.put(`/admin/api/boards/${boardId}/alerting`, {
      dutyEmail: DUTY,
      responseHours: 4,
      workingDays: [1, 2, 3, 4, 5],
      dayStarts: '09:00',
      dayEnds: '17:00',
      bankHolidays: ['2026-12-30'],
    });
    setClock('2026-12-29T16:00:00Z');
    const local = await urgentStory();
    setClock('2026-12-30T16:00:00Z');
    await run();
    expect(escalations(local.id)).toEqual([]);
    setClock('2026-12-31T12:00:00Z');
    await run();
    expect(escalations(local.id)).toHaveLength(3);
  });

  it('escalates an urgent story held as possible spam too; calm and checked stories never', async () => {
    setClock('2026-12-08T10:00:00Z');
    const held = await urgentStory({ elapsedMs: 1 });
    expect(deps.sqlite.prepare('select status from story where id = ?').get(held.id)).toEqual({
      status: 'quarantined',
    });
    const calm = await submitStory(send, deps, adultStory());
    const checkedEarly = await urgentStory();
    await coordinator.post(`/admin/api/stories/${checkedEarly.id}/check`, {
      outcome: 'no_current_risk',
    });
    setClock('2026-12-08T14:00:00Z');
    await run();
    expect(new Set(escalations().map((r) => r.story_id))).toEqual(new Set([held.id]));
    expect(escalations(calm.id)).toEqual([]);
  });

  it('goes to the Board’s webhook when it has one, and to admins only when there is no duty inbox', async () => {
    await admin.put(`/admin/api/boards/${boardId}/alerting`, {
      responseHours: 2,
      workingDays: [1, 2, 3, 4, 5],
      dayStarts: '09:00',
      dayEnds: '17:00',
      bankHolidays: [],
      webhookUrl: 'https://hooks.council.example/heard',
    });
    setClock('2026-12-08T10:00:00Z');
    await urgentStory();
    setClock('2026-12-08T12:00:00Z');
    await run();
    expect(escalations().map((r) => [r.recipient_kind, r.channel])).toEqual([
      ['user', 'email'],
      ['user', 'email'],
      ['webhook', 'webhook'],
    ]);
  });
});
