import { expect, type Page, test } from '@playwright/test';
import {
  dialog,
  type EmbedWorld,
  journey,
  openByKeyboard,
  startEmbedWorld,
  tabTo,
  walkFrameTo,
} from '../fixtures/host-pages/embed-harness.ts';

// Two servers, a cross-origin frame and axe on a shared 2-core machine: allow for slowness.
test.describe.configure({ timeout: 120_000 });

let world: EmbedWorld;
test.beforeAll(async () => {
  world = await startEmbedWorld();
});
test.afterAll(async () => world.close());

const SECRET = 'The neighbour keeps my bank card in his kitchen drawer';

/** Opens the dialog by keyboard and writes a story, so there is state to lose. */
async function openAndWrite(page: Page): Promise<number> {
  await page.goto(world.host.url);
  await openByKeyboard(page);
  const frame = journey(page);
  await walkFrameTo(frame, 'story');
  await frame.locator('textarea').fill(SECRET);
  return page.evaluate(() => history.length);
}

/** The top page is the site's exit page, in place of the council page (Back skips Heard). */
async function expectExited(page: Page, historyBefore: number) {
  await expect(page).toHaveURL(world.exitUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weather forecast');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(page.frames()).toHaveLength(1);
  expect(await page.content()).not.toContain(SECRET);
}

test('Shift pressed three times inside the journey takes the whole page to the exit URL', async ({
  page,
}) => {
  const before = await openAndWrite(page);
  await journey(page).locator('textarea').press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectExited(page, before);
});

test('Shift pressed three times on the host page leaves too', async ({ page }) => {
  const before = await openAndWrite(page);
  // Focus on the host document: the dialog's own Close button.
  await tabTo(page, page.getByRole('button', { name: 'Close' }));
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('heard-dialog__close');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectExited(page, before);
});

test('the journey’s Exit this page button leaves from the top page', async ({ page }) => {
  const before = await openAndWrite(page);
  const exit = journey(page).getByRole('button', { name: 'Exit this page' });
  await tabTo(page, exit);
  // Enter activates a button as the key goes down, and quick exit must not wait for more: the
  // frame is gone before the key comes up. Only the key-down is sent, so the test never waits
  // on a key-up aimed at a frame that no longer exists (the hang decision 0025 describes).
  await page.keyboard.down('Enter');
  await expectExited(page, before);
});

test('typing capitals on the host page does not trigger quick exit', async ({ page }) => {
  await page.goto(`${world.host.url}/tell-us`);
  await expect(journey(page).getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Search this site').click();
  await page.keyboard.type('Council Tax And Bins');
  await expect(page).toHaveURL(`${world.host.url}/tell-us`);
  await expect(page.locator('iframe.heard-frame')).toHaveCount(1);
});

test('Shift pressed three times on an inline page leaves', async ({ page }) => {
  await page.goto(`${world.host.url}/tell-us`);
  await expect(journey(page).getByRole('heading', { level: 1 })).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Adult social care' }).first().focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(world.exitUrl);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('without a Heard frame on the page, the host keeps its Shift key', async ({ page }) => {
  await page.goto(world.host.url);
  await page.getByLabel('Search this site').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  // No fixed wait: each press returns once its keyup was handled, and quick exit blanks the
  // page in that same handler, before it starts to navigate.
  expect(await page.evaluate(() => document.documentElement.style.visibility)).toBe('');
  await expect(page).toHaveURL(`${world.host.url}/`);
  await expect(dialog(page)).toHaveCount(0);
});
