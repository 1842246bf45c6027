import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import { expectHeading, storedStories, walkTo } from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

test('a failed send retries with the same key and body and stores one story', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'check');
  const before = storedStories(heard).length;
  const sent: { key: string | null; body: string | null }[] = [];
  await page.route('**/api/v1/stories', async (route) => {
    const request = route.request();
    sent.push({ key: request.headers()['idempotency-key'] ?? null, body: request.postData() });
    if (sent.length === 1) return route.abort('connectionreset');
    return route.continue();
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('send-status')).toContainText('We are trying again');
  await expectHeading(page, 'Your story has been sent');
  expect(sent).toHaveLength(2);
  expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
  expect(sent[1]?.key).toBe(sent[0]?.key);
  expect(sent[1]?.body).toBe(sent[0]?.body);
  expect(storedStories(heard)).toHaveLength(before + 1);
});

test('a response lost after the story was stored does not store it twice', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'check');
  const before = storedStories(heard).length;
  let calls = 0;
  await page.route('**/api/v1/stories', async (route) => {
    calls++;
    // The first request reaches the server, but its answer never reaches the browser.
    if (calls === 1) {
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  const reference = (await page.getByTestId('reference').textContent())?.trim();
  const stories = storedStories(heard);
  expect(stories).toHaveLength(before + 1);
  expect(stories[0]?.reference).toBe(referenceHashOf(heard.deps, reference ?? ''));
});
