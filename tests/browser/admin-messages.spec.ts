import { expect, type Page, test } from '@playwright/test';
import { enqueueMessages, type NewMessage } from '../../server/messages/outbox.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  signInWithKeyboard,
  submitStory,
  tabTo,
} from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 13: the Messages screen, by keyboard alone: find it, filter it, stop a held message,
// retry a failed one, and see why nothing goes out when no transport is set up. Axe at 320 and
// 1280 px in each state.
test.describe.configure({ timeout: 360_000 });

let heard: RunningHeard;
let admin: StaffAccount;
let coordinator: StaffAccount;
let storyId: number;
let boardId: number;
let seq = 0;

/** Puts one message in the outbox as the code that causes it would; returns its id. */
async function enqueue(message: Partial<NewMessage> & Pick<NewMessage, 'recipient'>) {
  seq += 1;
  const key = `browser:${seq}`;
  await enqueueMessages(heard.deps.db, { sealer: heard.deps.sealer }, [
    {
      kind: 'urgent_alert',
      channel: 'email',
      subject: `Subject ${seq}`,
      body: 'A story marked urgent arrived.',
      dedupeKey: key,
      boardId,
      storyId,
      now: new Date(),
      ...message,
    },
  ]);
  const row = await heard.deps.db
    .selectFrom('message')
    .select('id')
    .where('dedupe_key', '=', key)
    .executeTakeFirstOrThrow();
  return row.id;
}

const setRow = (id: number, values: Record<string, unknown>) =>
  heard.deps.db.updateTable('message').set(values).where('id', '=', id).execute();

test.beforeAll(async () => {
  heard = await startHeard();
  // Short addresses, so the signed-in header fits at 320 px.
  admin = await createStaff(heard.deps, { role: 'admin', email: 'ops@heard.test' });
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    email: 'coord@heard.test',
  });
  storyId = await submitStory(heard);
  boardId = (
    await heard.deps.db
      .selectFrom('board')
      .select('id')
      .where('slug', '=', DEMO_BOARD_SLUG)
      .executeTakeFirstOrThrow()
  ).id;
});
test.afterAll(async () => heard.close());

/** Axe at 1280 px, then at 320 px with no sideways scroll. */
async function checkBothWidths(page: Page, state: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, `${state} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoHorizontalScroll(page, `${state} at 320 px`);
  await expectNoAxeViolations(page, `${state} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an admin finds the Messages screen, filters it, stops a held message and retries a failed one', async ({
  page,
}) => {
  await signInWithKeyboard(page, heard, admin);
  await tabTo(page, page.getByRole('link', { name: 'Messages', exact: true }));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Messages' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('There are no messages yet.')).toBeVisible();
  await expect(page.getByTestId('delivery-notice')).toHaveCount(0);
  await checkBothWidths(page, 'empty');

  const held = await enqueue({
    kind: 'hear_back_read',
    recipient: { kind: 'storyteller' },
    subject: 'An update from the council',
    holdUntil: new Date(Date.now() + 60 * 60_000),
  });
  const failed = await enqueue({ recipient: { kind: 'duty_inbox' }, subject: 'Urgent story' });
  await setRow(failed, { status: 'failed', attempts: 9, last_error: 'mailbox unavailable' });
  const retrying = await enqueue({
    recipient: { kind: 'user', userId: coordinator.user.id },
    subject: 'Urgent story for you',
  });
  await setRow(retrying, {
    attempts: 2,
    last_error: 'connection refused',
    next_attempt_at: new Date(Date.now() + 5 * 60_000).toISOString(),
  });
  await page.reload();
  await expect(heading).toBeVisible();

  const notice = page.getByTestId('delivery-notice');
  await expect(notice).toContainText('No way to send messages is set up yet.');
  await expect(notice).toContainText('HEARD_SMTP_URL or GOV.UK Notify (see docs/operations.md)');
  await expect(page.locator('tbody tr')).toHaveCount(3);
  await expect(
    page.getByText(/Trying again (at|on) .+ \(attempt 3\): connection refused/),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Waiting 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Held 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Failed 1' })).toBeVisible();
  await checkBothWidths(page, 'with rows');

  // Filter to held messages and stop the one there, confirming first.
  await tabTo(page, page.getByRole('link', { name: 'Held 1' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Held 1' })).toHaveAttribute('aria-current', 'page');
  const stop = page.getByRole('button', {
    name: `Stop message ${held}, “An update from the council”, to The storyteller (email)`,
  });
  await tabTo(page, stop);
  await page.keyboard.press('Enter');
  const question = page.getByText('Stop this message?');
  await expect(question).toBeFocused();
  await checkBothWidths(page, 'asking to stop');
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Yes, stop message ${held},`) }));
  await page.keyboard.press('Enter');
  const done = page.locator('.govuk-notification-banner--success');
  await expect(done).toContainText(`Message ${held} (“An update from the council”) stopped.`);
  await expect(done).toBeFocused();
  await expect(page.getByText('No messages are held.')).toBeVisible();
  await checkBothWidths(page, 'after stopping');
  const stopped = await heard.deps.db
    .selectFrom('message')
    .select(['status', 'stopped_by'])
    .where('id', '=', held)
    .executeTakeFirstOrThrow();
  expect(stopped).toEqual({ status: 'stopped', stopped_by: admin.user.id });

  // Filter to failed messages and try the one there again.
  await tabTo(page, page.getByRole('link', { name: 'Failed 1' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Gave up after 9 attempts: mailbox unavailable/)).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Retry message ${failed},`) }));
  await page.keyboard.press('Enter');
  await expect(done).toContainText(`Message ${failed} (“Urgent story”) will be tried again now.`);
  await expect(page.getByText('No messages are failed.')).toBeVisible();
  const retried = await heard.deps.db
    .selectFrom('message')
    .select(['status', 'attempts'])
    .where('id', '=', failed)
    .executeTakeFirstOrThrow();
  expect(retried).toEqual({ status: 'waiting', attempts: 9 });

  // Someone else got there first: the screen says why nothing changed.
  const raced = await enqueue({
    kind: 'hear_back_action',
    recipient: { kind: 'storyteller' },
    subject: 'Raced',
    holdUntil: new Date(Date.now() + 60 * 60_000),
  });
  await page.reload();
  await tabTo(page, page.getByRole('link', { name: 'Held 1', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Stop message ${raced},`) }));
  await page.keyboard.press('Enter');
  await setRow(raced, { status: 'sent', sent_at: new Date().toISOString(), attempts: 1 });
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Yes, stop message ${raced},`) }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Only a message that is held or waiting can be stopped');
  await expect(summary).toBeFocused();
  // The list shows the message as it now stands.
  await expect(page.getByRole('link', { name: 'Sent 1', exact: true })).toBeVisible();
  await expect(page.getByText('No messages are held.')).toBeVisible();
  await checkBothWidths(page, 'error');
});

test('a coordinator stops a held message from the story page', async ({ page }) => {
  const held = await enqueue({
    kind: 'hear_back_pack',
    channel: 'sms',
    recipient: { kind: 'storyteller' },
    subject: 'News from your council',
    holdUntil: new Date(Date.now() + 60 * 60_000),
  });
  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/stories/${storyId}`);
  const section = page.getByRole('region', { name: 'Messages about this story' });
  await expect(section).toContainText('News from your council');
  await expect(section).toContainText('The storyteller (phone)');
  await checkBothWidths(page, 'story page with messages');
  await tabTo(page, section.getByRole('button', { name: new RegExp(`^Stop message ${held},`) }), {
    max: 200,
  });
  await page.keyboard.press('Enter');
  await expect(section.getByText('Stop this message?')).toBeFocused();
  await tabTo(
    page,
    section.getByRole('button', { name: new RegExp(`^Yes, stop message ${held},`) }),
  );
  await page.keyboard.press('Enter');
  await expect(section.getByText(`Stopped by coord@heard.test`)).toBeVisible();
  await checkBothWidths(page, 'story page after stopping');

  // The Messages screen links the coordinator to the story.
  await tabTo(page, page.getByRole('link', { name: 'Messages', exact: true }), {
    max: 200,
    back: true,
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeFocused();
  await expect(page.getByRole('link', { name: `Story ${storyId}` }).first()).toBeVisible();
  await checkBothWidths(page, 'coordinator messages');
});

test('with a transport set up, a quiet outbox says messages are waiting and none has gone out', async ({
  page,
}) => {
  heard.deps.config.messaging = { transports: ['smtp'] };
  try {
    const longAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await heard.deps.db
      .updateTable('message')
      .set({ sent_at: longAgo(60) })
      .where('status', '=', 'sent')
      .execute();
    const stuck = await enqueue({ recipient: { kind: 'duty_inbox' }, subject: 'Stuck alert' });
    await setRow(stuck, { created_at: longAgo(30), attempts: 4, last_error: 'timed out' });
    await signInWithKeyboard(page, heard, admin);
    await tabTo(page, page.getByRole('link', { name: 'Messages', exact: true }));
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('delivery-notice');
    await expect(notice).toContainText('Messages are waiting, and none has been sent since');
    await expect(notice).not.toContainText('No way to send messages');
    await expect(page.getByText(/\(attempt 5\): timed out/)).toBeVisible();
    await checkBothWidths(page, 'quiet outbox');
  } finally {
    heard.deps.config.messaging = undefined;
  }
});
