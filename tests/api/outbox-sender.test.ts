import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptsInWindow, RETRY_WINDOW_MS, retryDelayMs } from '../../server/messages/backoff.ts';
import { enqueueMessages, type NewMessage } from '../../server/messages/outbox.ts';
import { createSender, type SenderDeps, stableMessageId } from '../../server/messages/sender.ts';
import { PermanentDeliveryError } from '../../server/messages/transport.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff } from '../support/admin-client.ts';
import { outboxRows, recordingTransport } from '../support/outbox.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let clock: Date;
let senderDeps: SenderDeps;
let boardId: number;
beforeEach(async () => {
  deps = await createTestDeps();
  clock = new Date('2026-12-08T10:00:00.000Z');
  senderDeps = { ...deps, now: () => clock };
  boardId = (await deps.db.selectFrom('board').select('id').executeTakeFirstOrThrow()).id;
});
afterEach(async () => deps.cleanup());

const toUser = (userId: number, key: string): NewMessage => ({
  kind: 'urgent_alert',
  channel: 'email',
  recipient: { kind: 'user', userId },
  boardId,
  subject: 'Urgent story waiting',
  body: 'A story arrived.',
  dedupeKey: key,
  now: clock,
});
const enqueue = (...messages: NewMessage[]) => enqueueMessages(deps.db, deps, messages);
const coordinator = async () =>
  (await createStaff(deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] })).user;
/** Moves the clock to when the first waiting message is next due. */
const toNextAttempt = () => {
  const next = outboxRows(deps).find((r) => r.status === 'waiting')?.next_attempt_at;
  if (next) clock = new Date(next);
};

describe('the sender', () => {
  it('sends a due message once, marks it sent, with a Message-ID stable across retries', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:1'));
    const { transport, sent, state } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport], messageIdDomain: 'x.test' });
    state.fail = () => new Error('connect ECONNREFUSED 127.0.0.1:1');
    await sender.runOnce();
    state.fail = undefined;
    toNextAttempt();
    await sender.runOnce();
    await sender.runOnce();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      to: user.email,
      subject: 'Urgent story waiting',
      messageId: stableMessageId('test:1', 'x.test'),
      fromName: 'Heard',
    });
    expect(outboxRows(deps)[0]).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    await sender.stop();
  });

  it('never lets two senders on one database send the same message', async () => {
    const user = await coordinator();
    await enqueue(...Array.from({ length: 12 }, (_, i) => toUser(user.id, `test:many:${i}`)));
    const a = recordingTransport();
    const b = recordingTransport();
    // Each send yields, so the two senders' claims interleave.
    a.state.gate = () => new Promise((resolve) => setImmediate(resolve));
    b.state.gate = a.state.gate;
    const first = createSender(senderDeps, { transports: [a.transport], batchSize: 12 });
    const second = createSender(senderDeps, { transports: [b.transport], batchSize: 12 });
    await Promise.all([first.runOnce(), second.runOnce(), first.runOnce(), second.runOnce()]);
    const ids = [...a.sent, ...b.sent].map((e) => e.messageId);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(outboxRows(deps).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    await Promise.all([first.stop(), second.stop()]);
  });

  it('leaves a message leased by another sender alone until the lease runs out', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:leased'));
    const lease = new Date(clock.getTime() + 60_000).toISOString();
    deps.sqlite.prepare('update message set lease_until = ?').run(lease);
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    expect(await sender.runOnce()).toBe(0);
    expect(sent).toHaveLength(0);
    clock = new Date(clock.getTime() + 61_000);
    expect(await sender.runOnce()).toBe(1);
    expect(sent).toHaveLength(1);
    await sender.stop();
  });

  it('retries with growing back-off, then gives up as failed after about three days', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:down'));
    const { transport, state } = recordingTransport();
    state.fail = () => new Error('Connection refused by <someone@example.org> on +44 7700 900123');
    const sender = createSender(senderDeps, { transports: [transport], random: () => 0.5 });
    const started = clock.getTime();
    const gaps: number[] = [];
    for (let i = 0; i < 1_000 && outboxRows(deps)[0]?.status === 'waiting'; i++) {
      const before = clock.getTime();
      await sender.runOnce();
      const row = outboxRows(deps)[0];
      if (row?.status === 'waiting') gaps.push(new Date(row.next_attempt_at).getTime() - before);
      toNextAttempt();
    }
    expect(gaps.slice(0, 7)).toEqual([30, 60, 120, 240, 480, 960, 1800].map((s) => s * 1000));
    expect(Math.max(...gaps)).toBe(30 * 60_000);
    const row = outboxRows(deps)[0];
    expect(row).toMatchObject({ status: 'failed', attempts: attemptsInWindow() });
    const spent = clock.getTime() - started;
    expect(spent).toBeGreaterThan(RETRY_WINDOW_MS - 60 * 60_000);
    expect(spent).toBeLessThan(RETRY_WINDOW_MS + 60 * 60_000);
    // What is kept and logged names neither the address nor the number.
    expect(row?.last_error).toContain('[address]');
    expect(row?.last_error).not.toContain('someone@example.org');
    expect(row?.last_error).not.toContain('900123');
    expect(deps.logLines.join('\n')).not.toContain('someone@example.org');
    await sender.stop();
  });

  it('counts a send with no answer within its deadline as a failed try, well inside the lease', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:hung'));
    const { transport, state } = recordingTransport();
    state.gate = () => new Promise(() => {});
    const sender = createSender(senderDeps, { transports: [transport], sendDeadlineMs: 50 });
    await sender.runOnce();
    expect(outboxRows(deps)[0]).toMatchObject({
      status: 'waiting',
      attempts: 1,
      last_error: 'SendTimeout No answer from the provider within 0 s',
    });
    await sender.stop();
  });

  it('counts a fault of its own (a sealed value that will not open) as a try, not a loop', async () => {
    await enqueue({
      kind: 'reference_copy',
      channel: 'email',
      recipient: { kind: 'address', address: 'teller@home.example' },
      subject: 'Your copy',
      body: 'Your answers',
      dedupeKey: 'test:broken',
      now: clock,
    });
    deps.sqlite.prepare("update message set recipient_sealed = 'v1.nokey.xx.yy'").run();
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(sent).toHaveLength(0);
    const row = outboxRows(deps)[0];
    expect(row).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(row?.last_error).toMatch(/No data key/);
    expect(new Date(row?.next_attempt_at ?? 0).getTime()).toBeGreaterThan(clock.getTime());
    await sender.stop();
  });

  it('spreads retries by up to a fifth either way', () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
    expect(retryDelayMs(40, () => 0.5)).toBe(30 * 60_000);
  });

  it('marks a message the provider refuses for good as failed at once', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:refused'));
    const { transport, state } = recordingTransport();
    state.fail = () => new PermanentDeliveryError('The mail server refused the recipient (550)');
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(outboxRows(deps)[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'PermanentDeliveryError The mail server refused the recipient (550)',
    });
    await sender.stop();
  });

  it('stops a message whose recipient is gone: a disabled account, no duty inbox', async () => {
    const user = await coordinator();
    await deps.db.updateTable('user').set({ disabled: 1 }).where('id', '=', user.id).execute();
    await enqueue(toUser(user.id, 'test:disabled'), {
      ...toUser(user.id, 'test:duty'),
      recipient: { kind: 'duty_inbox' },
    });
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(sent).toHaveLength(0);
    expect(outboxRows(deps).map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['stopped', 0, 'The staff account is disabled'],
      ['stopped', 0, 'The Board has no duty inbox set'],
    ]);
    await sender.stop();
  });

  it('sends to the duty inbox set for the Board at send time', async () => {
    const user = await coordinator();
    await enqueue({ ...toUser(user.id, 'test:duty'), recipient: { kind: 'duty_inbox' } });
    await deps.db
      .insertInto('board_alerting')
      .values({
        board_id: boardId,
        duty_email: 'duty@council.example',
        updated_at: clock.toISOString(),
      })
      .execute();
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(sent.map((e) => e.to)).toEqual(['duty@council.example']);
    await sender.stop();
  });

  it('leaves messages waiting, with no attempt used, while no transport carries their channel', async () => {
    const user = await coordinator();
    await enqueue(toUser(user.id, 'test:nowhere'));
    const sms = recordingTransport({ channels: ['sms'], name: 'notify' });
    const sender = createSender(senderDeps, { transports: [sms.transport] });
    expect(await sender.runOnce()).toBe(0);
    const none = createSender(senderDeps, { transports: [] });
    expect(await none.runOnce()).toBe(0);
    expect(outboxRows(deps)[0]).toMatchObject({ status: 'waiting', attempts: 0, last_error: null });
    await Promise.all([sender.stop(), none.stop()]);
  });

  it('clears a typed address and a sealed body once sent, and opens them only to send', async () => {
    await enqueue({
      kind: 'reference_copy',
      channel: 'email',
      recipient: { kind: 'address', address: 'teller@home.example' },
      subject: 'Your copy',
      body: 'Your answers, sealed at rest',
      sealBody: true,
      dedupeKey: 'test:copy',
      now: clock,
    });
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(sent[0]).toMatchObject({
      to: 'teller@home.example',
      text: 'Your answers, sealed at rest',
    });
    // Neutral, whatever display name HEARD_MAIL_FROM carries.
    expect(sent[0]?.fromName).toBe('Heard');
    expect(outboxRows(deps)[0]).toMatchObject({
      status: 'sent',
      body_sealed: null,
      recipient_sealed: null,
    });
    await sender.stop();
  });

  it('releases a held message once its hold has passed', async () => {
    const user = await coordinator();
    await enqueue({
      ...toUser(user.id, 'test:held'),
      holdUntil: new Date(clock.getTime() + 3_600_000),
    });
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(outboxRows(deps)[0]?.status).toBe('held');
    clock = new Date(clock.getTime() + 3_600_000);
    await sender.runOnce();
    expect(sent).toHaveLength(1);
    await sender.stop();
  });

  it('stops a message to a storyteller who withdrew, and audits opening a contact as the system', async () => {
    const { addStory } = await import('./board-support.ts');
    const { adultStory } = await import('../support/fixtures.ts');
    const storyId = await addStory(
      deps,
      adultStory({
        consents: {
          board_share: true,
          training: false,
          publish: false,
          quote: false,
          contact_check: true,
          contact_involve: false,
        },
        contact: { method: 'email', email: 'teller@home.example', safeToLeaveMessage: true },
      } as never),
    );
    const toTeller = (key: string): NewMessage => ({
      kind: 'hear_back_read',
      channel: 'email',
      recipient: { kind: 'storyteller' },
      boardId,
      storyId,
      subject: 'An update',
      body: 'Your message has been read.',
      dedupeKey: key,
      now: clock,
    });
    await enqueue(toTeller('test:teller:1'));
    const { transport, sent } = recordingTransport();
    const sender = createSender(senderDeps, { transports: [transport] });
    await sender.runOnce();
    expect(sent.map((e) => e.to)).toEqual(['teller@home.example']);
    const audits = deps.sqlite
      .prepare("select actor, detail from audit_event where action = 'story.contact_opened'")
      .all() as { actor: string; detail: string }[];
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actor).toBe('system');
    expect(audits[0]?.detail).not.toContain('teller@');

    // The contact consent runs out during the hold: asked again when sending, so nothing goes.
    await deps.db
      .updateTable('consent')
      .set({ expires_at: new Date(clock.getTime() - 1000).toISOString() })
      .where('story_id', '=', storyId)
      .execute();
    await enqueue(toTeller('test:teller:expired'));
    await sender.runOnce();
    expect(sent).toHaveLength(1);
    expect(outboxRows(deps)[1]).toMatchObject({
      status: 'stopped',
      last_error: 'The person has not agreed to be contacted',
    });

    await deps.db
      .updateTable('story')
      .set({ status: 'withdrawn' })
      .where('id', '=', storyId)
      .execute();
    await enqueue(toTeller('test:teller:2'));
    await sender.runOnce();
    expect(sent).toHaveLength(1);
    expect(outboxRows(deps)[2]).toMatchObject({
      status: 'stopped',
      last_error: 'The person withdrew their story',
    });
    await sender.stop();
  });
});
