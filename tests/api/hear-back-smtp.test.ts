import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../server/app-env.ts';
import { createSender, type Sender } from '../../server/messages/sender.ts';
import { createSmtpTransport } from '../../server/messages/transports/smtp.ts';
import { representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { waitFor } from '../support/outbox.ts';
import { demoBoardId, type StaffClient, staffClient } from './board-support.ts';

/**
 * Hearing back and the reference copy end to end (decision 0093): through the real sender and
 * SMTP transport into a real SMTP server in this process, parsed with mailparser.
 */

let heard: RunningHeard;
let mailbox: Mailbox;
let sender: Sender;
let coordinator: StaffClient;
let clock: Date;

const TELLER = 'teller@example.org';
const COPY_TO = 'a.copy@example.net';

beforeEach(async () => {
  heard = await startHeard();
  mailbox = await startMailbox();
  clock = new Date();
  heard.deps.now = () => clock;
  const transport = createSmtpTransport({ url: mailbox.url, from: 'noreply@heard.test' });
  sender = createSender({ ...heard.deps, now: () => clock }, { transports: [transport] });
  const http = {
    request: (path: string, init?: RequestInit) =>
      fetch(`http://127.0.0.1:${heard.port}${path}`, init),
  } as unknown as Hono<AppEnv>;
  coordinator = await staffClient(heard.deps, http, {
    role: 'coordinator',
    boardIds: [await demoBoardId(heard.deps)],
  });
});
afterEach(async () => {
  await sender.stop();
  await mailbox.close();
  await heard.close();
});

async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(`http://127.0.0.1:${heard.port}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('messages to a storyteller, delivered', () => {
  it('holds "your story has been read" for an hour, then it arrives neutral; the copy arrives at once', async () => {
    const told = await postJson(
      '/api/v1/stories',
      representativeStory({
        elapsedMs: 60_000,
        contact: { name: 'Priya Shah', method: 'email', email: TELLER, safeToLeaveMessage: true },
      }),
    );
    expect(told.status).toBe(201);
    const { reference } = (await told.json()) as { reference: string };
    expect(
      (await postJson('/api/v1/stories/copy', { reference, email: COPY_TO, language: 'en' }))
        .status,
    ).toBe(202);
    const storyId = (await heard.deps.db.selectFrom('story').select('id').executeTakeFirstOrThrow())
      .id;
    const checked = await coordinator.send('POST', `/admin/api/stories/${storyId}/check`, {
      outcome: 'no_current_risk',
    });
    expect(checked.status).toBe(200);

    // The copy is due at once; the news waits out its hold.
    await sender.runOnce();
    const [copyMail] = await waitFor(
      'the copy',
      () => mailbox.to(COPY_TO).length > 0 && mailbox.to(COPY_TO),
    );
    expect(copyMail?.subject).toBe('Your copy');
    expect(copyMail?.text).toContain(reference);
    expect(mailbox.to(TELLER)).toEqual([]);
    const copyRow = await heard.deps.db
      .selectFrom('message')
      .selectAll()
      .where('kind', '=', 'reference_copy')
      .executeTakeFirstOrThrow();
    expect(copyRow).toMatchObject({ status: 'sent', recipient_sealed: null, body_sealed: null });

    clock = new Date(clock.getTime() + 61 * 60_000);
    await sender.runOnce();
    const [news] = await waitFor(
      'the news',
      () => mailbox.to(TELLER).length > 0 && mailbox.to(TELLER),
    );
    expect(news?.subject).toBe('An update from Heard');
    expect(news?.text).toContain('The people you told have read what you sent.');
    for (const secret of [reference, 'Priya', 'nursing', 'safeguard', 'Safeguard', 'abuse'])
      expect(`${news?.raw}`).not.toContain(secret);
    expect(mailbox.mails).toHaveLength(2);
  });
});
