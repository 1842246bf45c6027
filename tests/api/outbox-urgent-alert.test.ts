import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import { WEBHOOK_SECRET_PURPOSE } from '../../server/messages/recipients.ts';
import { type Sender, startSender } from '../../server/messages/sender.ts';
import { createSmtpTransport } from '../../server/messages/transports/smtp.ts';
import {
  createWebhookTransport,
  verifyHeardSignature,
} from '../../server/messages/transports/webhook.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStory } from '../../server/stories/create-story.ts';
import {
  addBoardWithSite,
  createStaff,
  type StaffAccount,
  submitStory,
  urlRequester,
} from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { startRecorder } from '../support/http-recorder.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { outboxRows, waitFor } from '../support/outbox.ts';
import { demoBoardId } from './board-support.ts';

// Words only the story holds: none may reach a mailbox.
const STORY =
  'Xylophone Margarethe pushes me down the stairs every evening and I am frightened of Thursday.';
const storyWords = (draft: ReturnType<typeof adultStory>) =>
  [draft.story, draft.wantedOutcome, draft.helpedMost, draft.shouldChange]
    .join(' ')
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length >= 6);

let mailbox: Mailbox;
let heard: RunningHeard;
let sender: Sender;
let coordinators: StaffAccount[];
let disabled: StaffAccount;
let otherBoards: StaffAccount;
beforeEach(async () => {
  mailbox = await startMailbox();
  heard = await startHeard();
  coordinators = [
    await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }),
    await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }),
  ];
  disabled = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  await heard.deps.db
    .updateTable('user')
    .set({ disabled: 1 })
    .where('id', '=', disabled.user.id)
    .execute();
  await addBoardWithSite(heard.deps, 'other-sab');
  otherBoards = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['other-sab'] });
  sender = startSender(heard.deps, {
    transports: [createSmtpTransport({ url: mailbox.url, from: 'Alerts <alerts@heard.test>' })],
    messageIdDomain: 'heard.test',
  });
});
afterEach(async () => {
  await sender.stop();
  await heard.close();
  await mailbox.close();
});

const post = (draft: ReturnType<typeof adultStory>) =>
  submitStory(urlRequester(heard.url), heard.deps, draft as unknown as Record<string, unknown>);

const urgentOf = (id: number) =>
  heard.deps.sqlite.prepare('select urgent from story where id = ?').pluck().get(id);

/** Every alert of this story has arrived and its rows say sent. */
const allSent = (count: number) =>
  waitFor(
    `${count} alerts sent`,
    () =>
      mailbox.mails.length >= count &&
      outboxRows(heard.deps).every((r) => r.status === 'sent' || r.channel === 'webhook'),
  );

function expectNothingFromTheStory(
  mail: { subject: string; text: string; raw: string },
  draft: ReturnType<typeof adultStory>,
  reference: string,
) {
  const all = `${mail.subject}\n${mail.raw}\n${mail.text}`;
  for (const word of storyWords(draft)) {
    expect(all.toLowerCase(), `story word "${word}"`).not.toMatch(
      new RegExp(`\\b${word.toLowerCase()}\\b`),
    );
  }
  expect(all).not.toContain(reference);
  expect(all.replace(/[^A-Z0-9]/gi, '')).not.toContain(reference.replace(/[^A-Z0-9]/gi, ''));
}

describe('urgent alerts by email', () => {
  it('reaches each coordinator of the Board and its duty inbox, saying nothing of the story', async () => {
    await heard.deps.db
      .insertInto('board_alerting')
      .values({
        board_id: await demoBoardId(heard.deps),
        duty_email: 'front.door@council.example',
        webhook_url: 'https://hooks.council.example/heard',
        updated_at: new Date().toISOString(),
      })
      .execute();
    const draft = adultStory({ story: STORY, feelSafer: 'less_safe' });
    const started = Date.now();
    const { id, reference } = await post(draft);
    expect(urgentOf(id)).toBe(1);
    await allSent(3);
    expect(Date.now() - started).toBeLessThan(10_000);

    for (const address of [...coordinators.map((c) => c.email), 'front.door@council.example']) {
      const mails = mailbox.to(address);
      expect(mails, address).toHaveLength(1);
      const mail = mails[0] as (typeof mails)[number];
      expect(mail.subject).toBe('Urgent story waiting: Demo Safeguarding Adults Board');
      expect(mail.text).toContain(`/admin/stories/${id}\n`);
      expect(mail.text).toMatch(/arrived at \d\d:\d\d on \w+day \d+ \w+ \d{4} \(UK time\)/);
      expect(mail.text).not.toContain('spam');
      expect(mail.from).toBe('"Heard" <alerts@heard.test>');
      expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@heard\.test>$/);
      expectNothingFromTheStory(mail, draft, reference);
    }
    expect(mailbox.to(disabled.email)).toHaveLength(0);
    expect(mailbox.to(otherBoards.email)).toHaveLength(0);
    expect(mailbox.mails).toHaveLength(3);
    expect(new Set(mailbox.mails.map((m) => m.messageId)).size).toBe(3);
    // The disabled coordinator was never queued; the webhook waits, untouched, for a transport.
    expect(
      outboxRows(heard.deps).map((r) => [r.recipient_kind, r.channel, r.status, r.attempts]),
    ).toEqual([
      ['user', 'email', 'sent', 1],
      ['user', 'email', 'sent', 1],
      ['duty_inbox', 'email', 'sent', 1],
      ['webhook', 'webhook', 'waiting', 0],
    ]);
  });

  it('does the same for an urgent story held as possible spam, and says it was held', async () => {
    const draft = adultStory({ story: STORY, feelSafer: 'less_safe', elapsedMs: 1 });
    const started = Date.now();
    const { id, reference } = await post(draft);
    const status = heard.deps.sqlite
      .prepare('select status from story where id = ?')
      .pluck()
      .get(id);
    expect(status).toBe('quarantined');
    await allSent(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const coordinator of coordinators) {
      const mails = mailbox.to(coordinator.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0] as (typeof mails)[number];
      expect(mail.text).toContain('held as possible spam');
      expect(mail.text).toContain(`/admin/stories/${id}\n`);
      expectNothingFromTheStory(mail, draft, reference);
    }
    expect(mailbox.mails).toHaveLength(2);
  });

  it('sends nothing for a story that is not urgent', async () => {
    const { id } = await post(adultStory());
    expect(urgentOf(id)).toBe(0);
    // The alert would have been written with the story: no row now means none ever.
    expect(outboxRows(heard.deps)).toEqual([]);
  });

  it('calls the Board webhook, signed, with nothing from the story', async () => {
    const receiver = await startRecorder(() => ({ status: 204 }));
    const hooks = startSender(heard.deps, {
      transports: [createWebhookTransport()],
      messageIdDomain: 'heard.test',
    });
    try {
      await heard.deps.db
        .insertInto('board_alerting')
        .values({
          board_id: await demoBoardId(heard.deps),
          webhook_url: `${receiver.url}/hook`,
          webhook_secret_sealed: heard.deps.sealer.seal(
            'a-long-shared-secret',
            WEBHOOK_SECRET_PURPOSE,
          ),
          updated_at: new Date().toISOString(),
        })
        .execute();
      const draft = adultStory({ story: STORY, feelSafer: 'less_safe' });
      const { id, reference } = await post(draft);
      const request = await waitFor('the webhook call', () => receiver.requests[0]);
      expect(
        verifyHeardSignature(
          'a-long-shared-secret',
          request.headers['heard-signature'] as string,
          request.body,
          new Date(),
        ),
      ).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({
        event: 'urgent_alert',
        board: DEMO_BOARD_SLUG,
        story: id,
        link: expect.stringMatching(new RegExp(`/admin/stories/${id}$`)),
      });
      expectNothingFromTheStory({ subject: '', text: request.body, raw: '' }, draft, reference);
      await allSent(2);
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await hooks.stop();
      await receiver.close();
    }
  });

  it('queues no alert for a story that was not stored', async () => {
    const site = heard.deps.sqlite
      .prepare("select id, board_id from site where key = 'demo'")
      .get() as {
      id: number;
      board_id: number;
    };
    const write = (story: string) =>
      createStory(heard.deps, {
        siteId: site.id,
        boardId: site.board_id,
        input: StoryInputSchema.parse(adultStory({ story, feelSafer: 'less_safe' })),
        idempotencyKey: 'same-key-0001',
      });
    const [first, second] = await Promise.allSettled([
      write('First story.'),
      write('Another story.'),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect(outboxRows(heard.deps)).toHaveLength(2);
  });

  it('alerts once when the same urgent story is sent again with its Idempotency-Key', async () => {
    const body = JSON.stringify({ ...adultStory({ feelSafer: 'less_safe' }), elapsedMs: 300_000 });
    const send = () =>
      fetch(`${heard.url}/api/v1/stories`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'urgent-retry-0001' },
        body,
      });
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    await allSent(2);
    expect(outboxRows(heard.deps)).toHaveLength(2);
  });
});
