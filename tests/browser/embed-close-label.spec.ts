import { expect, type Page, test } from '@playwright/test';
import { updateSite } from '../../server/sites/site-admin.ts';
import {
  axeViolations,
  dialog,
  type EmbedWorld,
  journey,
  startEmbedWorld,
} from '../fixtures/host-pages/embed-harness.ts';

// The dialog's Close button speaks the journey's language (issue 8, decision 0023): the
// journey tells the loader its language and the label once it loads (`labels`).
test.describe.configure({ timeout: 120_000 });

let world: EmbedWorld;
test.beforeAll(async () => {
  world = await startEmbedWorld();
  await updateSite(world.heard.deps.db, 'demo', { languages: ['en', 'pl', 'ar'] }, new Date());
});
test.afterAll(async () => world.close());

const close = (page: Page) => dialog(page).locator('button.heard-dialog__close');

async function open(page: Page, lang: string): Promise<void> {
  await page.goto(`${world.host.url}/?lang=${lang}`);
  await page.locator('button.heard-launcher').click();
  await expect(dialog(page)).toBeVisible();
  await expect(journey(page).locator('main[data-page]')).toBeVisible();
}

test('data-heard-lang="pl": the Close button is in Polish, marked as Polish', async ({ page }) => {
  await open(page, 'pl');
  await expect(close(page)).toHaveText('Zamknij');
  await expect(close(page)).toHaveAttribute('lang', 'pl');
  expect(await axeViolations(page, 'dialog in Polish')).toEqual([]);
  await close(page).click();
  await expect(dialog(page)).toHaveCount(0);
});

test('a right-to-left language: Arabic label, and the button still closes', async ({ page }) => {
  await open(page, 'ar');
  await expect(close(page)).toHaveText('إغلاق');
  await expect(close(page)).toHaveAttribute('lang', 'ar');
  await close(page).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
});

test('a language the site does not offer: the journey and Close are both English', async ({
  page,
}) => {
  await open(page, 'tr');
  await expect(journey(page).locator('html')).toHaveAttribute('lang', 'en');
  await expect(close(page)).toHaveText('Close');
  await expect(close(page)).toHaveAttribute('lang', 'en');
});

test('choosing another language inside the journey changes Close too', async ({ page }) => {
  await open(page, 'en');
  await expect(close(page)).toHaveText('Close');
  const frame = journey(page);
  // The start page's language choice (widget/journey/i18n/language-picker.tsx).
  await frame.locator('a[data-language="pl"]').click();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(close(page)).toHaveText('Zamknij');
});
