import { expect, type Page, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  signInWithKeyboard,
  tabTo,
} from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 13: an admin sets a Board's duty inbox, response time, working hours and webhook on
// its "Alerts and response time" page, by keyboard only, with axe clean at 320 and 1280 px
// in every state (empty, errors, saved with the one-time webhook secret).

let heard: RunningHeard;
let admin: StaffAccount;
test.describe.configure({ timeout: 360_000 });

test.beforeAll(async () => {
  heard = await startHeard();
  admin = await createStaff(heard.deps, { role: 'admin' });
});
test.afterAll(async () => heard.close());

async function checkBothWidths(page: Page, state: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, `${state} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoHorizontalScroll(page, `${state} at 320 px`);
  await expectNoAxeViolations(page, `${state} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Selects all of a field's text by keyboard and types over it. */
async function retype(page: Page, label: string | RegExp, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: typeof label === 'string' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

test('an admin sets alerts and the response time by keyboard; errors are summarised; the secret is shown once', async ({
  page,
}) => {
  await signInWithKeyboard(page, heard, admin);
  await page.goto(`${heard.url}/admin/boards`);
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
  const link = page.getByRole('link', { name: /Alerts and response time/ }).first();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alerts and response time' }),
  ).toBeVisible();
  await expect(page.getByLabel('Response time, in working hours')).toHaveValue('4');
  await checkBothWidths(page, 'defaults');

  // Mistakes: an address that is not one, too many hours, a day that ends before it starts.
  await retype(page, 'Duty inbox (optional)', 'front door');
  await retype(page, 'Response time, in working hours', '80');
  await retype(page, 'Working day ends', '08:00');
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  // Client-side check first: the hours.
  await expect(summary).toContainText('whole number from 1 to 72');
  await retype(page, 'Response time, in working hours', '6');
  await page.keyboard.press('Enter');
  await expect(summary).toContainText('Enter an email address');
  await expect(summary).toContainText('The working day must end after it starts');
  await checkBothWidths(page, 'errors');
  // The summary links to the field.
  await tabTo(page, summary.getByRole('link', { name: /end after it starts/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Working day ends')).toBeFocused();

  await retype(page, 'Working day ends', '17:30');
  await retype(page, 'Duty inbox (optional)', 'front.door@council.example');
  // Saturday is a working day here, and Christmas Eve a day off.
  await tabTo(page, page.getByRole('checkbox', { name: 'Saturday' }));
  await page.keyboard.press('Space');
  await retype(page, 'Bank holidays and other days off', '2026-12-24');
  await retype(page, 'Webhook address (optional)', 'https://hooks.council.example/heard');
  await tabTo(page, page.getByRole('button', { name: 'Save settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copy the webhook secret now', { exact: true })).toBeVisible();
  const secret = (await page.locator('#webhook-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await checkBothWidths(page, 'saved, with the webhook secret');

  const row = await heard.deps.db
    .selectFrom('board_alerting')
    .selectAll()
    .executeTakeFirstOrThrow();
  expect(row).toMatchObject({
    duty_email: 'front.door@council.example',
    response_hours: 6,
    working_days: '[1,2,3,4,5,6]',
    day_ends: '17:30',
    bank_holidays: '["2026-12-24"]',
  });
  expect(row.webhook_secret_sealed).not.toContain(secret);

  // Shown once: after a reload it is gone; "Make a new webhook secret" shows a new one.
  await page.reload();
  await expect(page.getByLabel('Duty inbox (optional)')).toHaveValue('front.door@council.example');
  await expect(page.locator('#webhook-secret')).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Make a new webhook secret' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#webhook-secret')).not.toHaveText(secret);
  await expect(page.locator('#webhook-secret')).toHaveText(/^[A-Za-z0-9_-]{43}$/);
});

test('a coordinator turns their daily summary off by keyboard on their account page', async ({
  page,
}) => {
  const coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/account`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const box = page.getByRole('checkbox', { name: 'Send me a daily summary' });
  await expect(box).toBeChecked();
  await checkBothWidths(page, 'account with the daily summary');
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Save summary setting' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(async () =>
      heard.deps.sqlite
        .prepare('select daily_digest from user where id = ?')
        .pluck()
        .get(coordinator.user.id),
    )
    .toBe(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Send me a daily summary' })).not.toBeChecked();
});
