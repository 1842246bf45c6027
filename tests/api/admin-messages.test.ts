import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { enqueueMessages, type NewMessage, onMessageQueued } from '../../server/messages/outbox.ts';
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

// The Messages screen's API (issue 13): who sees which outbox rows, what stop, retry and send-now
// may change, and that nothing sealed or personal ever leaves in a response.

const TYPED_ADDRESS = 'typed.person.7731@example.org';
const SEALED_BODY = 'Your answers: the carers took money from my purse';
const STAFF_BODY = 'A story marked urgent arrived for the demo Board.';

let deps: TestDeps;
let send: Requester;
let admin: AdminClient & { account: StaffAccount };
let coordOwn: AdminClient & { account: StaffAccount };
let coordOther: AdminClient & { account: StaffAccount };
let secretary: AdminClient & { account: StaffAccount };
let ownBoard: number;
let otherBoard: number;
let ownStory: { id: number; reference: string };
let otherStory: { id: number; reference: string };
/** Every response body read, to search for anything sealed or personal at the end. */
const bodies: string[] = [];

let seq = 0;
async function enqueue(message: Partial<NewMessage> & Pick<NewMessage, 'recipient'>) {
  seq += 1;
  const now = deps.now();
  await enqueueMessages(deps.db, { sealer: deps.sealer }, [
    {
      kind: 'urgent_alert',
      channel: 'email',
      subject: `Message ${seq}`,
      body: STAFF_BODY,
      dedupeKey: `test:${seq}`,
      now,
      ...message,
    },
  ]);
  return deps.db
    .selectFrom('message')
    .select('id')
    .where('dedupe_key', '=', `test:${seq}`)
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

async function json(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  bodies.push(text);
  return JSON.parse(text) as Record<string, unknown>;
}

type Item = {
  id: number;
  status: string;
  recipient: string;
  attempts: number;
  storyOpen: boolean;
  stoppedBy: string | null;
  nextAttemptAt: string | null;
  holdUntil: string | null;
  can: { stop: boolean; retry: boolean; sendNow: boolean };
};

async function listIds(client: AdminClient, query = ''): Promise<number[]> {
  const res = await client.get(`/admin/api/messages${query}`);
  expect(res.status).toBe(200);
  return ((await json(res)).items as Item[]).map((i) => i.id).sort((a, b) => a - b);
}

const holdUntil = () => new Date(deps.now().getTime() + 60 * 60_000);

let ids: Record<string, number>;

beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  send = appRequester(createApp(deps));
  otherBoard = (await addBoardWithSite(deps, 'other-sab')).boardId;
  ownBoard = (
    await deps.db
      .selectFrom('board')
      .select('id')
      .where('slug', '=', DEMO_BOARD_SLUG)
      .executeTakeFirstOrThrow()
  ).id;
  admin = await signInAs(send, deps, { role: 'admin' });
  coordOwn = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  coordOther = await signInAs(send, deps, { role: 'coordinator', boardSlugs: ['other-sab'] });
  secretary = await signInAs(send, deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  ownStory = await submitStory(send, deps, adultStory());
  otherStory = await submitStory(send, deps, adultStory({ siteKey: 'other-sab' }));

  const own = { boardId: ownBoard, storyId: ownStory.id };
  ids = {
    alertToCoord: await enqueue({
      ...own,
      recipient: { kind: 'user', userId: coordOwn.account.user.id },
    }),
    heldToTeller: await enqueue({
      ...own,
      kind: 'hear_back_read',
      recipient: { kind: 'storyteller' },
      holdUntil: holdUntil(),
    }),
    heldToTeller2: await enqueue({
      ...own,
      kind: 'hear_back_pack',
      channel: 'sms',
      recipient: { kind: 'storyteller' },
      holdUntil: holdUntil(),
    }),
    copyToAddress: await enqueue({
      ...own,
      kind: 'reference_copy',
      recipient: { kind: 'address', address: TYPED_ADDRESS },
      body: SEALED_BODY,
      sealBody: true,
    }),
    failedDuty: await enqueue({ ...own, recipient: { kind: 'duty_inbox' } }),
    otherHeld: await enqueue({
      boardId: otherBoard,
      storyId: otherStory.id,
      kind: 'hear_back_read',
      recipient: { kind: 'storyteller' },
      holdUntil: holdUntil(),
    }),
    attackToAdmin: await enqueue({
      kind: 'account_attack',
      recipient: { kind: 'user', userId: admin.account.user.id },
    }),
    newDeviceToCoordOther: await enqueue({
      kind: 'new_device',
      recipient: { kind: 'user', userId: coordOther.account.user.id },
    }),
    // A message whose writer tied it to the story only: still the story's Board's.
    storyOnly: await enqueue({
      storyId: ownStory.id,
      kind: 'hear_back_action',
      recipient: { kind: 'storyteller' },
    }),
    withdrawnStop: await enqueue({
      ...own,
      kind: 'hear_back_read',
      recipient: { kind: 'storyteller' },
    }),
  };
  await deps.db
    .updateTable('message')
    .set({ status: 'failed', attempts: 7, last_error: 'connection refused' })
    .where('id', '=', ids.failedDuty as number)
    .execute();
  // Stopped by the sender, not a person: its recipient is gone.
  await deps.db
    .updateTable('message')
    .set({ status: 'stopped', stopped_at: deps.now().toISOString() })
    .where('id', '=', ids.withdrawnStop as number)
    .execute();
}, 120_000);
afterAll(async () => deps.cleanup());

describe('who sees which messages', () => {
  it('shows an admin every message, newest first, with counts per status', async () => {
    const res = await admin.get('/admin/api/messages');
    expect(res.status).toBe(200);
    const page = await json(res);
    const items = page.items as Item[];
    expect(items.map((i) => i.id)).toEqual(Object.values(ids).sort((a, b) => b - a));
    expect(page.total).toBe(10);
    expect(page.counts).toEqual({ held: 3, waiting: 5, sent: 0, stopped: 1, failed: 1 });
    expect(page.transports).toEqual([]);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(ids.alertToCoord as number)?.recipient).toBe(coordOwn.account.email);
    expect(byId.get(ids.failedDuty as number)?.recipient).toBe('Duty inbox');
    expect(byId.get(ids.heldToTeller as number)?.recipient).toBe('The storyteller (email)');
    expect(byId.get(ids.heldToTeller2 as number)?.recipient).toBe('The storyteller (phone)');
    expect(byId.get(ids.copyToAddress as number)?.recipient).toBe(
      'An address the storyteller typed',
    );
    // Admins manage; they do not read stories, so no link.
    expect(byId.get(ids.heldToTeller as number)?.storyOpen).toBe(false);
    expect(byId.get(ids.heldToTeller as number)?.can).toEqual({
      stop: true,
      retry: false,
      sendNow: true,
    });
  });

  it('shows a coordinator their Boards’ messages and their own, never another Board’s', async () => {
    expect(await listIds(coordOwn)).toEqual(
      [
        ids.alertToCoord,
        ids.heldToTeller,
        ids.heldToTeller2,
        ids.copyToAddress,
        ids.failedDuty,
        ids.storyOnly,
        ids.withdrawnStop,
      ].sort((a, b) => (a as number) - (b as number)),
    );
    expect(await listIds(coordOther)).toEqual([ids.otherHeld, ids.newDeviceToCoordOther]);
    const page = await json(await coordOwn.get('/admin/api/messages'));
    const held = (page.items as Item[]).find((i) => i.id === ids.heldToTeller);
    expect(held?.storyOpen).toBe(true);
    // A staff alert is theirs to read but not to stop.
    const alert = (page.items as Item[]).find((i) => i.id === ids.alertToCoord);
    expect(alert?.can).toEqual({ stop: false, retry: false, sendNow: false });
  });

  it('filters by status, kind and Board, and pages', async () => {
    expect(await listIds(admin, '?status=held')).toEqual([
      ids.heldToTeller,
      ids.heldToTeller2,
      ids.otherHeld,
    ]);
    expect(await listIds(admin, `?status=held&board=${otherBoard}`)).toEqual([ids.otherHeld]);
    expect(await listIds(admin, '?kind=reference_copy')).toEqual([ids.copyToAddress]);
    const filtered = await json(await admin.get('/admin/api/messages?status=held&pageSize=2'));
    expect(filtered.total).toBe(3);
    expect((filtered.items as Item[]).length).toBe(2);
    // Counts ignore the status filter, so the screen can offer every status with its number.
    expect((filtered.counts as Record<string, number>).waiting).toBe(5);
    const second = await json(await admin.get('/admin/api/messages?status=held&pageSize=2&page=2'));
    expect((second.items as Item[]).map((i) => i.id)).toEqual([ids.heldToTeller]);
  });

  it('refuses Board secretaries and people not signed in', async () => {
    expect((await secretary.get('/admin/api/messages')).status).toBe(403);
    expect((await secretary.post(`/admin/api/messages/${ids.heldToTeller}/stop`)).status).toBe(403);
    expect((await send('/admin/api/messages')).status).toBe(401);
  });

  it('says which transports are set up, from the configuration', async () => {
    deps.config.messaging = { transports: ['smtp'] };
    try {
      expect((await json(await admin.get('/admin/api/messages'))).transports).toEqual(['smtp']);
    } finally {
      deps.config.messaging = undefined;
    }
  });

  it('lists a story’s messages to the coordinators of its Board only', async () => {
    const res = await coordOwn.get(`/admin/api/stories/${ownStory.id}/messages`);
    expect(res.status).toBe(200);
    const items = (await json(res)).items as Item[];
    expect(items.map((i) => i.id).sort((a, b) => a - b)).toEqual(
      [
        ids.alertToCoord,
        ids.heldToTeller,
        ids.heldToTeller2,
        ids.copyToAddress,
        ids.failedDuty,
        ids.storyOnly,
        ids.withdrawnStop,
      ].sort((a, b) => (a as number) - (b as number)),
    );
    expect((await coordOther.get(`/admin/api/stories/${ownStory.id}/messages`)).status).toBe(404);
    expect((await admin.get(`/admin/api/stories/${ownStory.id}/messages`)).status).toBe(403);
    expect((await secretary.get(`/admin/api/stories/${ownStory.id}/messages`)).status).toBe(403);
  });
});

async function auditRows(messageId: number) {
  return deps.db
    .selectFrom('audit_event')
    .select(['action', 'actor', 'board_id', 'detail'])
    .where('object_type', '=', 'message')
    .where('object_id', '=', String(messageId))
    .orderBy('id')
    .execute();
}

describe('stop, retry and send now', () => {
  it('lets a coordinator stop a held message to a storyteller of their Board, once, audited', async () => {
    const id = ids.heldToTeller as number;
    const res = await coordOwn.post(`/admin/api/messages/${id}/stop`);
    expect(res.status).toBe(200);
    const stopped = (await json(res)) as unknown as Item;
    expect(stopped.status).toBe('stopped');
    expect(stopped.stoppedBy).toBe(coordOwn.account.email);
    expect(stopped.can.retry).toBe(true);
    const again = await coordOwn.post(`/admin/api/messages/${id}/stop`);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(again)).title).toBe('This message cannot be stopped');
    expect(await auditRows(id)).toEqual([
      {
        action: 'message.stopped',
        actor: String(coordOwn.account.user.id),
        board_id: ownBoard,
        detail: JSON.stringify({ kind: 'hear_back_read', from: 'held', attempts: 0 }),
      },
    ]);
  });

  it('tries a message a person stopped again, keeping its attempts', async () => {
    const id = ids.heldToTeller as number;
    const res = await coordOwn.post(`/admin/api/messages/${id}/retry`);
    expect(res.status).toBe(200);
    const retried = (await json(res)) as unknown as Item;
    expect(retried.status).toBe('waiting');
    expect(retried.stoppedBy).toBeNull();
    expect(new Date(retried.nextAttemptAt ?? 0).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await coordOwn.post(`/admin/api/messages/${id}/retry`)).status).toBe(409);
    expect((await auditRows(id)).map((r) => r.action)).toEqual([
      'message.stopped',
      'message.retried',
    ]);
  });

  it('sends a held message now, and only a held one', async () => {
    const id = ids.heldToTeller2 as number;
    let wakes = 0;
    const stopListening = onMessageQueued(() => {
      wakes += 1;
    });
    const res = await coordOwn.post(`/admin/api/messages/${id}/send-now`);
    stopListening();
    expect(res.status).toBe(200);
    // The sender is woken, so the message goes at once rather than at its next look.
    expect(wakes).toBe(1);
    const sent = (await json(res)) as unknown as Item;
    expect(sent.status).toBe('waiting');
    expect(sent.holdUntil).toBeNull();
    expect((await coordOwn.post(`/admin/api/messages/${id}/send-now`)).status).toBe(409);
    expect((await auditRows(id)).map((r) => r.action)).toEqual(['message.sent_now']);
  });

  it('retries a failed message for an admin, attempts kept; a coordinator may not touch staff alerts', async () => {
    const id = ids.failedDuty as number;
    expect((await coordOwn.post(`/admin/api/messages/${id}/retry`)).status).toBe(403);
    expect((await coordOwn.post(`/admin/api/messages/${ids.alertToCoord}/stop`)).status).toBe(403);
    const res = await admin.post(`/admin/api/messages/${id}/retry`);
    expect(res.status).toBe(200);
    const retried = (await json(res)) as unknown as Item;
    expect(retried.status).toBe('waiting');
    expect(retried.attempts).toBe(7);
    expect((await auditRows(id)).map((r) => [r.action, r.actor])).toEqual([
      ['message.retried', String(admin.account.user.id)],
    ]);
  });

  it('answers 404 for another Board’s message, and changes nothing', async () => {
    const id = ids.otherHeld as number;
    for (const action of ['stop', 'retry', 'send-now']) {
      const res = await coordOwn.post(`/admin/api/messages/${id}/${action}`);
      expect(res.status).toBe(404);
      expect((await json(res)).title).toBe('Message not found');
    }
    const row = await deps.db
      .selectFrom('message')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('held');
    expect(await auditRows(id)).toEqual([]);
    // Their own Board's coordinator may.
    expect((await coordOther.post(`/admin/api/messages/${id}/stop`)).status).toBe(200);
  });

  it('refuses to retry a message stopped because its recipient is gone', async () => {
    const res = await admin.post(`/admin/api/messages/${ids.withdrawnStop}/retry`);
    expect(res.status).toBe(409);
    expect((await json(res)).detail).toMatch(/recipient no longer exists/);
  });

  it('refuses to stop a message the sender is delivering right now', async () => {
    const id = ids.storyOnly as number;
    await deps.db
      .updateTable('message')
      .set({ lease_until: new Date(Date.now() + 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
    const res = await coordOwn.post(`/admin/api/messages/${id}/stop`);
    expect(res.status).toBe(409);
    expect((await json(res)).title).toBe('This message is being sent now');
    await deps.db.updateTable('message').set({ lease_until: null }).where('id', '=', id).execute();
    expect((await coordOwn.post(`/admin/api/messages/${id}/stop`)).status).toBe(200);
  });

  it('refuses to stop a sent message', async () => {
    const id = ids.attackToAdmin as number;
    await deps.db
      .updateTable('message')
      .set({ status: 'sent', sent_at: new Date().toISOString(), attempts: 1 })
      .where('id', '=', id)
      .execute();
    expect((await admin.post(`/admin/api/messages/${id}/stop`)).status).toBe(409);
    expect((await admin.post(`/admin/api/messages/${id}/retry`)).status).toBe(409);
    expect((await admin.post(`/admin/api/messages/${id}/send-now`)).status).toBe(409);
  });
});

describe('bad input', () => {
  it('answers problem+json for ids that cannot be, unknown messages and bad filters', async () => {
    for (const path of [
      '/admin/api/messages/abc/stop',
      '/admin/api/messages/0/retry',
      '/admin/api/messages/99999999/send-now',
    ]) {
      const res = await admin.post(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const bad = await admin.get('/admin/api/messages?status=lost&pageSize=1000');
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json(bad);
    expect(problem.title).toBe('Some filters need checking');
    expect((problem.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'pageSize',
      'status',
    ]);
    const body = await admin.post(`/admin/api/messages/${ids.copyToAddress}/stop`, { now: 1 });
    expect(body.status).toBe(422);
  });
});

describe('privacy', () => {
  it('never sends a sealed field, the typed address, the body or a reference', async () => {
    for (const client of [admin, coordOwn, coordOther]) {
      await json(await client.get('/admin/api/messages'));
    }
    await json(await coordOwn.get(`/admin/api/stories/${ownStory.id}/messages`));
    const sealed = await deps.db
      .selectFrom('message')
      .select(['recipient_sealed', 'body_sealed'])
      .where('id', '=', ids.copyToAddress as number)
      .executeTakeFirstOrThrow();
    expect(sealed.recipient_sealed).toBeTruthy();
    const all = bodies.join('\n');
    expect(bodies.length).toBeGreaterThan(10);
    for (const secret of [
      TYPED_ADDRESS,
      SEALED_BODY,
      STAFF_BODY,
      sealed.recipient_sealed as string,
      sealed.body_sealed as string,
      ownStory.reference,
      otherStory.reference,
      'Money kept going missing',
      'body',
      'dedupe',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
