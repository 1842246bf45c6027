import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSender, type Sender } from '../../server/messages/sender.ts';
import { createSmtpTransport } from '../../server/messages/transports/smtp.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  createStaff,
  type StaffAccount,
  submitStory,
  urlRequester,
} from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { freePort, type Mailbox, startMailbox } from '../support/mailbox.ts';
import { outboxRows, waitFor } from '../support/outbox.ts';

// The mail server is down for five minutes of the sender's clock; the test does not wait them.
let heard: RunningHeard;
let port: number;
let mailbox: Mailbox | undefined;
let sender: Sender;
let clock: Date;
let coordinators: StaffAccount[];
beforeEach(async () => {
  heard = await startHeard();
  port = await freePort();
  coordinators = [
    await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }),
    await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }),
  ];
  clock = new Date();
  sender = createSender(
    { ...heard.deps, now: () => clock },
    {
      transports: [
        createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, from: 'alerts@heard.test' }),
      ],
    },
  );
});
afterEach(async () => {
  await sender.stop();
  await heard.close();
  await mailbox?.close();
  mailbox = undefined;
});

/** Moves the sender's clock to when every waiting alert is due again (each has its own jitter). */
function toNextRetry(): void {
  const next = outboxRows(heard.deps)
    .filter((r) => r.status === 'waiting')
    .map((r) => new Date(r.next_attempt_at).getTime())
    .sort((a, b) => b - a)[0];
  if (next !== undefined && next > clock.getTime()) clock = new Date(next);
}

describe('an SMTP outage', () => {
  it('keeps urgent alerts retrying with growing gaps, then delivers each once when mail is back', async () => {
    await submitStory(
      urlRequester(heard.url),
      heard.deps,
      adultStory({ feelSafer: 'less_safe' }) as unknown as Record<string, unknown>,
    );
    clock = new Date();
    const start = clock.getTime();
    const seen: { attempts: number[]; gap: number }[] = [];
    while (clock.getTime() - start < 5 * 60_000) {
      const before = clock.getTime();
      await sender.runOnce();
      const rows = outboxRows(heard.deps);
      expect(rows.map((r) => r.status)).toEqual(['waiting', 'waiting']);
      for (const row of rows) expect(row.last_error).toMatch(/ECONNREFUSED/);
      toNextRetry();
      seen.push({ attempts: rows.map((r) => r.attempts), gap: clock.getTime() - before });
    }
    // Every pass was one more try for each alert, each further from the last.
    expect(seen.map((s) => s.attempts[0])).toEqual(seen.map((_, i) => i + 1));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const gaps = seen.map((s) => s.gap);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);

    mailbox = await startMailbox(port);
    const box = mailbox;
    await sender.runOnce();
    await waitFor('both alerts', () => box.mails.length >= 2);
    await sender.runOnce();
    toNextRetry();
    await sender.runOnce();
    for (const c of coordinators) expect(box.to(c.email)).toHaveLength(1);
    expect(box.mails).toHaveLength(2);
    expect(outboxRows(heard.deps).map((r) => [r.status, r.last_error])).toEqual([
      ['sent', null],
      ['sent', null],
    ]);
  });
});
