import { afterEach, beforeEach, expect, it } from 'vitest';
import { runEscalation } from '../../server/messages/escalation.ts';
import { type Sender, startSender } from '../../server/messages/sender.ts';
import { createSmtpTransport } from '../../server/messages/transports/smtp.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { AdminClient, createStaff, submitStory, urlRequester } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { waitFor } from '../support/outbox.ts';
import { demoBoardId } from './board-support.ts';

// Issue 13, end to end: with the clock moved past the response time and no safeguarding check,
// the escalation reaches the duty inbox's mailbox over real SMTP (smtp-server in this process),
// with no story words and no reference; recording the check stops the repeats.

const DUTY = 'front.door@council.example';
const STORY = 'Quillon Bartholomew locks me in the shed every night and took my bank card.';

let mailbox: Mailbox;
let heard: RunningHeard;
let sender: Sender | undefined;
beforeEach(async () => {
  mailbox = await startMailbox();
  heard = await startHeard({ env: { HEARD_PUBLIC_URL: 'https://heard.council.example' } });
});
afterEach(async () => {
  await sender?.stop();
  await heard.close();
  await mailbox.close();
});

const escalationMails = (address: string) =>
  mailbox.to(address).filter((m) => /not checked|still not checked/.test(m.subject));

it('an unchecked urgent story escalates to the duty inbox by email, until the check is recorded', async () => {
  const send = urlRequester(heard.url);
  const admin = new AdminClient(send);
  const adminAccount = await createStaff(heard.deps, { role: 'admin' });
  await admin.signIn(adminAccount);
  const saved = await admin.put(`/admin/api/boards/${await demoBoardId(heard.deps)}/alerting`, {
    dutyEmail: DUTY,
    responseHours: 4,
    workingDays: [1, 2, 3, 4, 5],
    dayStarts: '09:00',
    dayEnds: '17:00',
    bankHolidays: [],
  });
  expect(saved.status).toBe(200);
  const story = await submitStory(
    send,
    heard.deps,
    adultStory({ feelSafer: 'less_safe', story: STORY }),
  );

  // Ten days on, the response time has run out whatever the weekday or holiday.
  let clock = new Date(Date.now() + 10 * 86_400_000);
  const deps = { ...heard.deps, now: () => clock };
  expect((await runEscalation(deps)).queued).toBeGreaterThan(0);
  sender = startSender(deps, {
    transports: [
      createSmtpTransport({ url: mailbox.url, from: 'Heard alerts <alerts@heard.test>' }),
    ],
    messageIdDomain: 'heard.test',
  });
  const [toDuty] = await waitFor('the escalation in the duty inbox', () => {
    const got = escalationMails(DUTY);
    return got.length > 0 && got;
  });
  await waitFor(
    'the escalation to the admin',
    () => escalationMails(adminAccount.email).length > 0,
  );
  // Many response periods have passed: one reminder (the latest), not a burst of old ones.
  expect(toDuty?.subject).toMatch(/^Reminder \d+: urgent story still not checked/);
  expect(toDuty?.text).toContain(`https://heard.council.example/admin/stories/${story.id}`);
  for (const word of ['Quillon', 'Bartholomew', 'shed', 'locks', 'bank card']) {
    expect(toDuty?.raw).not.toContain(word);
  }
  expect(toDuty?.raw).not.toContain(story.reference);

  // A coordinator records the check: no further reminder, however long the clock runs.
  const coordinator = new AdminClient(send);
  await coordinator.signIn(
    await createStaff(heard.deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }),
  );
  const checked = await coordinator.post(`/admin/api/stories/${story.id}/check`, {
    outcome: 'no_current_risk',
  });
  expect(checked.status).toBe(200);
  clock = new Date(clock.getTime() + 30 * 86_400_000);
  expect((await runEscalation(deps)).queued).toBe(0);
  await sender.runOnce();
  expect(escalationMails(DUTY)).toHaveLength(1);
});
