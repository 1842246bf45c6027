import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { runDailyDigest } from '../../server/messages/daily-digest.ts';
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
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 13: each coordinator's daily summary, counts only, once a day at 08:00 UK time on
// working days, skipped when there is nothing to report; a person may turn it off.

let deps: TestDeps;
let clock: Date;
let send: Requester;
let staff: Requester;
let reader: AdminClient & { account: StaffAccount };
let optedOut: AdminClient & { account: StaffAccount };
let quietBoard: AdminClient & { account: StaffAccount };

const run = (iso: string) => runDailyDigest({ ...deps, now: () => new Date(iso) });
const digests = () =>
  deps.sqlite.prepare(`select * from message where kind = 'daily_digest' order by id`).all() as {
    recipient_user_id: number;
    subject: string;
    body: string;
    dedupe_key: string;
  }[];

beforeEach(async () => {
  clock = new Date('2026-12-07T09:00:00Z');
  deps = await createTestDeps({ env: { HEARD_PUBLIC_URL: 'https://heard.council.example' } });
  send = appRequester(createApp({ ...deps, now: () => clock }));
  staff = appRequester(createApp(deps));
  await addBoardWithSite(deps, 'quiet-sab');
  reader = await signInAs(staff, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  optedOut = await signInAs(staff, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  quietBoard = await signInAs(staff, deps, { role: 'coordinator', boardSlugs: ['quiet-sab'] });
  // Monday 7 December 2026, 09:00: one urgent story, one calm, one held as possible spam.
  const urgent = await submitStory(send, deps, adultStory({ feelSafer: 'less_safe' }));
  await submitStory(send, deps, adultStory());
  await submitStory(send, deps, adultStory({ elapsedMs: 1 }));
  expect(urgent.id).toBeGreaterThan(0);
});
afterEach(async () => deps.cleanup());

describe('the daily digest', () => {
  it('a person turns it off on their own account, audited', async () => {
    const off = await optedOut.put('/admin/api/account/daily-digest', { dailyDigest: false });
    expect(off.status).toBe(200);
    const session = (await (await optedOut.get('/admin/api/session')).json()) as {
      user: { dailyDigest: boolean };
    };
    expect(session.user.dailyDigest).toBe(false);
    expect(
      deps.sqlite
        .prepare(`select actor from audit_event where action = 'user.daily_digest_off'`)
        .all(),
    ).toEqual([{ actor: String(optedOut.account.user.id) }]);
    expect(
      (await optedOut.put('/admin/api/account/daily-digest', { dailyDigest: 'no' })).status,
    ).toBe(422);
  });

  it('goes once at 08:00 on a working day, counts only, and not to those who turned it off', async () => {
    await optedOut.put('/admin/api/account/daily-digest', { dailyDigest: false });
    // Tuesday 8 December 2026 (GMT).
    await run('2026-12-08T07:59:00Z');
    expect(digests()).toEqual([]);
    await run('2026-12-08T08:00:00Z');
    await run('2026-12-08T08:05:00Z');
    const rows = digests();
    expect(rows.map((r) => r.recipient_user_id)).toEqual([reader.account.user.id]);
    const [digest] = rows;
    expect(digest?.dedupe_key).toBe(`daily_digest:user:${reader.account.user.id}:date:2026-12-08`);
    expect(digest?.body).toContain('- 2 new stories waiting to be read');
    expect(digest?.body).toContain(
      '- 1 urgent story past its response time with no safeguarding check',
    );
    expect(digest?.body).toContain('- 1 story held as possible spam');
    expect(digest?.body).toContain('https://heard.council.example/admin/queue');
    expect(digest?.body).not.toMatch(/money|purse|carer/i);
    // Wednesday: a new day, a new digest.
    await run('2026-12-09T08:00:00Z');
    expect(digests()).toHaveLength(2);
  });

  it('is not sent at the weekend, on bank holidays, or when every count is zero', async () => {
    await run('2026-12-12T08:30:00Z');
    await run('2026-12-25T08:30:00Z');
    expect(digests()).toEqual([]);
    await run('2026-12-14T08:30:00Z');
    expect(digests().map((r) => r.recipient_user_id)).not.toContain(quietBoard.account.user.id);
  });

  it('follows UK time: 08:00 in summer is 07:00 UTC', async () => {
    await run('2027-06-08T06:59:00Z');
    expect(digests()).toEqual([]);
    await run('2027-06-08T07:00:00Z');
    expect(digests()).toHaveLength(2);
  });
});
