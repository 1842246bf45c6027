import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { totpCode } from '../../server/auth/totp.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  appRequester,
  createStaff,
  type Requester,
  type StaffAccount,
} from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { addStory, curateAndApprove, demoBoardId, type StaffClient } from './board-support.ts';

// Re-authentication (issue 6): opening a person's original words, their contact details, and
// exporting or issuing a pack need a password or TOTP code from the last 15 minutes. The clock
// is the app's own (deps.now), moved past 15 minutes with nothing else happening; then a fresh
// proof, and only a right one, unlocks each action again.

let deps: TestDeps;
let send: Requester;
const T0 = new Date('2026-11-25T09:00:00Z');
let clock = T0.getTime();
const at = (minutes: number) => {
  clock = T0.getTime() + minutes * 60_000;
};
let coordinator: AdminClient;
let coordinatorAccount: StaffAccount;
let secretary: AdminClient;
let storyId: number;
let packBase: string;
let packId: number;
const WORDS = 'Money kept going missing after the morning visits';

/** The board-support helpers' client shape over a really signed-in AdminClient. */
const asStaff = (client: AdminClient): StaffClient => ({
  userId: 0,
  get: (path) => client.get(path),
  send: (method, path, body) => client.write(method as 'POST' | 'PUT', path, body),
});

beforeAll(async () => {
  deps = await createTestDeps();
  deps.now = () => new Date(clock);
  send = appRequester(createApp(deps));
  coordinatorAccount = await createStaff(deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    totp: true,
  });
  coordinator = new AdminClient(send);
  await coordinator.signIn(coordinatorAccount, deps.now());
  secretary = new AdminClient(send);
  await secretary.signIn(
    await createStaff(deps, { role: 'board_secretary', boardSlugs: [DEMO_BOARD_SLUG] }),
  );
  storyId = await addStory(
    deps,
    adultStory({
      consents: {
        board_share: true,
        training: false,
        publish: false,
        quote: true,
        contact_check: true,
        contact_involve: false,
      },
      contact: { method: 'email', name: 'Sam', email: 'sam@example.org', safeToLeaveMessage: true },
    } as never),
    T0,
  );
  await curateAndApprove(asStaff(coordinator), storyId, {
    title: 'Money went missing',
    text: 'Anonymised: money went missing after visits.',
  });
  packBase = `/admin/api/boards/${await demoBoardId(deps)}/packs`;
  const pack = await secretary.post(packBase, {
    title: 'January Board',
    meetingDate: '2027-01-20',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
  });
  expect(pack.status).toBe(201);
  packId = ((await pack.json()) as { packId: number }).packId;
  expect(
    (await secretary.put(`${packBase}/${packId}/stories`, { stories: [{ storyId }] })).status,
  ).toBe(200);
}, 120_000);
afterAll(async () => deps?.cleanup());

const original = () =>
  coordinator.post(`/admin/api/stories/${storyId}/original`, { reason: 'checking the redaction' });
const contact = () =>
  coordinator.post(`/admin/api/stories/${storyId}/contact`, { reason: 'telling them the outcome' });
const exportPack = (format: string) => secretary.get(`${packBase}/${packId}/export/${format}`);

describe('re-authentication after 15 minutes', () => {
  it('lets a fresh sign-in open original words, contact details and pack exports', async () => {
    at(14);
    const res = await original();
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(WORDS);
    expect((await contact()).status).toBe(200);
    expect((await exportPack('docx')).status).toBe(200);
    expect((await exportPack('html')).status).toBe(200);
  });

  it('asks again once 15 minutes have passed, and the refusal carries no words', async () => {
    at(30);
    for (const res of [await original(), await contact()]) {
      expect(res.status).toBe(428);
      const body = await res.text();
      expect(body).not.toContain(WORDS);
      expect(body).not.toContain('sam@example.org');
      expect(JSON.parse(body).title).toBe('Confirm it is you');
    }
    for (const format of ['docx', 'html', 'pdf']) {
      const res = await exportPack(format);
      expect(res.status, format).toBe(428);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
    expect((await secretary.post(`${packBase}/${packId}/issue`)).status).toBe(428);
  });

  it('is not satisfied by a wrong password or code, nor by simply using the app', async () => {
    at(31);
    expect((await coordinator.get('/admin/api/stories')).status).toBe(200);
    expect((await coordinator.post('/admin/api/session/reauth', { code: '000000' })).status).toBe(
      401,
    );
    expect(
      (await secretary.post('/admin/api/session/reauth', { password: 'not the password at all' }))
        .status,
    ).toBe(401);
    expect((await original()).status).toBe(428);
    expect((await exportPack('docx')).status).toBe(428);
  });

  it('unlocks original words with a fresh TOTP code, once', async () => {
    at(32);
    const code = totpCode(coordinatorAccount.totpSecret as string, deps.now());
    expect((await coordinator.post('/admin/api/session/reauth', { code })).status).toBe(200);
    const res = await original();
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(WORDS);
    // The same code cannot be used twice (a shoulder-surfed code is worth one use).
    expect((await coordinator.post('/admin/api/session/reauth', { code })).status).toBe(401);
  });

  it('unlocks pack exports with the password, for 15 minutes', async () => {
    at(33);
    expect(
      (await secretary.post('/admin/api/session/reauth', { password: 'quiet lantern orchard 47' }))
        .status,
    ).toBe(200);
    expect((await exportPack('docx')).status).toBe(200);
    at(33 + 14);
    expect((await exportPack('html')).status).toBe(200);
    at(33 + 16);
    expect((await exportPack('html')).status).toBe(428);
  });
});
