import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

test('the journey page loads in Chromium', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
