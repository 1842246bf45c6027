import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { expectHeading, storedStories, walkTo } from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

test('words of current danger show the emergency contacts and the story is stored as urgent', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  const panel = page.getByTestId('danger-panel');
  await expect(panel).toHaveCount(0);
  await page
    .locator('textarea')
    .pressSequentially('It is not over. He still hits me when nobody is here.');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Call 999 if someone is in danger right now.');
  await expect(panel.getByRole('link', { name: 'Phone: 020 7946 0000' })).toHaveAttribute(
    'href',
    'tel:02079460000',
  );
  await expect(
    panel.getByRole('link', { name: /Contact the Demo Borough adult safeguarding team online/ }),
  ).toBeVisible();
  // Not blocking: the story carries on, and the contacts stay on later pages.
  await page.getByRole('button', { name: 'Continue' }).click();
  await walkTo(page, 'check');
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  await expect(page.getByText('a forum coordinator will read your story today')).toBeVisible();
  const [stored] = storedStories(heard);
  expect(stored?.urgent).toBe(1);
  expect(JSON.parse(String(stored?.urgent_reasons))).toContain('danger_words');
});

test('saying the help is still happening shows the contacts straight away', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'finished');
  await page.getByRole('radio', { name: 'It is still happening' }).check();
  await expect(page.getByTestId('danger-panel')).toBeVisible();
});
