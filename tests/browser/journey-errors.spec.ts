import { expect, test } from '@playwright/test';
import { LIMITS } from '../../domain/limits.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { expectHeading, walkTo } from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

test('continuing without an answer shows a focused error summary linked to the question', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'who');
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.locator('.hj-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: Who is filling this in\?/);
  const link = summary.getByRole('link', { name: 'Select who is filling this in' });
  await expect(link).toHaveAttribute('href', '#f-respondent');
  // The inline message is part of the question's description, with a hidden "Error:" prefix.
  const group = page.getByRole('group', { name: 'Who is filling this in?' });
  await expect(group).toHaveAttribute('aria-describedby', /f-respondent-error/);
  await expect(page.locator('#f-respondent-error')).toHaveText(
    'Error: Select who is filling this in',
  );

  await link.press('Enter');
  await expect(
    page.getByRole('radio', { name: 'I am the person who had the support' }),
  ).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHeading(page, 'Did you get help because someone was worried about abuse or neglect?');
  await expect(page).toHaveTitle(/^Did you get help/);
});

test('an empty story is refused with its own message', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.hj-error-summary')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Tell us what happened' })).toHaveAttribute(
    'href',
    '#f-story',
  );
  await expect(page.getByRole('textbox', { name: /Tell us what happened/ })).toHaveAttribute(
    'aria-describedby',
    /f-story-error/,
  );
});

test('problems found by the server link back to the page that asks the question', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'check');
  await page.route('**/api/v1/stories', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        title: 'Some answers need checking',
        errors: [{ field: 'story', pointer: '#/story', detail: 'Tell us what happened' }],
      }),
    }),
  );
  await page.getByRole('button', { name: 'Send' }).click();
  const summary = page.locator('.hj-error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Tell us what happened' }).click();
  await expectHeading(page, 'Tell us what happened, in your own words');
  await expect(page.locator('#f-story-error')).toContainText('Tell us what happened');
  // The story the person wrote is still there.
  await expect(page.locator('textarea')).toHaveValue(/The team listened to me/);
});

test('a rate-limited send keeps every answer and says so calmly', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'check');
  let calls = 0;
  await page.route('**/api/v1/stories', (route) => {
    calls++;
    return calls === 1
      ? route.fulfill({ status: 429, headers: { 'Retry-After': '60' }, body: '' })
      : route.continue();
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('send-status')).toContainText('Everything you wrote is still here');
  await expect(page.getByText('The team listened to me')).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  expect(calls).toBe(2);
});

test('the character count says "1 character" and "2 characters"', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  const box = page.getByRole('textbox', { name: /Tell us what happened/ });
  const count = page.getByTestId('character-count');
  await box.fill('a'.repeat(LIMITS.story - 1));
  await expect(count).toHaveText('You have 1 character left');
  await box.fill('a'.repeat(LIMITS.story - 2));
  await expect(count).toHaveText('You have 2 characters left');
  await box.fill('a'.repeat(LIMITS.story + 1));
  await expect(count).toHaveText('You have 1 character too many');
});
