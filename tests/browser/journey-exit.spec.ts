import { expect, type Page, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { browserStorage, EXIT_URL, stubExitPage, walkTo } from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

const SECRET = 'He takes my pension every Friday';

/** Opens the journey and writes a story, so there is something to leave behind. */
async function writeSomething(page: Page): Promise<number> {
  await stubExitPage(page);
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  await page.locator('textarea').fill(SECRET);
  return page.evaluate(() => history.length);
}

async function expectLeftNothing(page: Page, historyBefore: number) {
  await expect(page).toHaveURL(EXIT_URL);
  // location.replace: the journey's entry became the exit page, no new entry was added.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(await browserStorage(page)).toEqual({
    cookies: 0,
    local: 0,
    session: 0,
    indexedDb: 0,
    caches: 0,
  });
  expect(await page.content()).not.toContain(SECRET);
  // Back reaches an earlier page of the journey, freshly loaded: nothing typed comes back.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.content()).not.toContain(SECRET);
  expect(await browserStorage(page)).toMatchObject({ local: 0, session: 0, indexedDb: 0 });
}

test('the Exit this page button leaves at once and leaves nothing behind', async ({ page }) => {
  const before = await writeSomething(page);
  await page.getByRole('button', { name: 'Exit this page' }).press('Enter');
  await expectLeftNothing(page, before);
});

test('pressing Shift three times leaves, and each press is announced', async ({ page }) => {
  const before = await writeSomething(page);
  await page.locator('textarea').blur();
  await page.keyboard.press('Shift');
  await expect(page.locator('[aria-live="assertive"]')).toHaveText('Shift pressed 1 of 3 times');
  await page.keyboard.press('Shift');
  await expect(page.locator('[aria-live="assertive"]')).toHaveText('Shift pressed 2 of 3 times');
  await page.keyboard.press('Shift');
  await expectLeftNothing(page, before);
});

test('typing capital letters with Shift does not leave the page', async ({ page }) => {
  await writeSomething(page);
  const box = page.locator('textarea');
  await box.press('End');
  await page.keyboard.type(' ABC DEF GHI');
  await expect(page).toHaveURL(`${heard.url}/tell/demo`);
  await expect(box).toHaveValue(`${SECRET} ABC DEF GHI`);
});
