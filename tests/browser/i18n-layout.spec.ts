import { expect, type Page, test } from '@playwright/test';
import { ar } from '../../domain/messages/ar.ts';
import { pl } from '../../domain/messages/pl.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { en, offerAllLanguages } from './i18n-walk.ts';
import { stubExitPage } from './journey-steps.ts';

// Right to left is checked by DOM assertions, not by eye (issue 8), and the language choice by
// what the page says and where the browser's address points.

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
  offerAllLanguages(heard, ['en', 'pl', 'ar', 'ur']);
});
test.afterAll(async () => heard.close());

const centreX = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box.x + box.width / 2;
};

const arrowTransform = (page: Page) =>
  page.locator('.hj-back').evaluate((el) => getComputedStyle(el, '::before').transform);

async function toStayingSafe(page: Page, startLabel: string) {
  await page.getByRole('button', { name: startLabel, exact: true }).press('Enter');
  await expect(page.locator('main[data-page]')).toHaveAttribute('data-page', 'staying-safe');
}

for (const width of [320, 1280]) {
  test(`Arabic pages render right to left at ${width}px`, async ({ page }) => {
    await stubExitPage(page);
    await page.setViewportSize({ width, height: 800 });

    await page.goto(`${heard.url}/tell/demo`);
    await toStayingSafe(page, en['start.button']);
    const ltrArrow = await arrowTransform(page);
    expect(await centreX(page, '.hj-back')).toBeLessThan(width / 2);
    expect(await centreX(page, '[data-testid=exit]')).toBeLessThan(width / 2);

    await page.goto(`${heard.url}/tell/demo?lang=ar`);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['start.heading']);
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).textAlign)).toMatch(
      /^(start|right)$/,
    );

    await toStayingSafe(page, ar['start.button']);
    // The back link starts the line on the right, and its arrow points the other way.
    expect(await centreX(page, '.hj-back')).toBeGreaterThan(width / 2);
    expect(await arrowTransform(page)).not.toBe(ltrArrow);
    // Quick exit keeps its place at the start of the header (the right, in Arabic), at the top.
    const exit = page.getByTestId('exit');
    expect(await centreX(page, '[data-testid=exit]')).toBeGreaterThan(width / 2);
    expect((await exit.boundingBox())?.y ?? 999).toBeLessThan(100);
    await page.mouse.wheel(0, 2000);
    const afterScroll = await exit.boundingBox();
    if (width === 320) expect(afterScroll?.y ?? -1).toBeGreaterThanOrEqual(0);
    await expect(exit).toHaveText(ar['exit.button']);
  });
}

test('Arabic numbers in messages use Arabic-Indic digits', async ({ page }) => {
  await stubExitPage(page);
  await page.goto(`${heard.url}/tell/demo?lang=ar`);
  // The journey is running (its Arabic catalogue loaded) once its Arabic heading shows.
  await expect(page.locator('#hj-heading')).toHaveText(ar['start.heading']);
  // The Shift-press announcement counts in the page's digits.
  await page.locator('body').press('Shift');
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('١');
});

test('choosing a language on the start page switches the page in place', async ({ page }) => {
  await stubExitPage(page);
  await page.goto(`${heard.url}/tell/demo`);
  const nav = page.getByRole('navigation', { name: en['language.navLabel'] });
  // Each language is named in its own language, marked with its own lang and direction.
  await expect(nav.getByRole('link', { name: 'Polski' })).toHaveAttribute('lang', 'pl');
  await expect(nav.getByRole('link', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
  await expect(nav.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

  const polski = nav.getByRole('link', { name: 'Polski' });
  await polski.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl['start.heading']);
  await expect(page).toHaveURL(/[?&]lang=pl/);
  await expect(page).toHaveTitle(new RegExp(pl['service.name']));
  // The list is now named in Polish; focus stays where the person was, on their choice.
  const polishNav = page.getByRole('navigation', { name: pl['language.navLabel'] });
  await expect(polishNav.getByRole('link', { name: 'Polski' })).toBeFocused();
  await expect(polishNav.getByRole('link', { name: 'Polski' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The note that no native speaker has checked the translation, in that language.
  await expect(page.getByText(pl['language.machineDrafted'])).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl['start.heading']);
});

test('a language the site does not offer falls back to English', async ({ page }) => {
  await page.goto(`${heard.url}/tell/demo?lang=so`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['start.heading']);
  await page.goto(`${heard.url}/tell/demo?lang=xx-yy`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(5);
});

test('Easy Read is offered even when a site offers only English', async ({ page }) => {
  offerAllLanguages(heard, ['en']);
  try {
    await page.goto(`${heard.url}/tell/demo?lang=en-easy`);
    await expect(page.locator('html')).toHaveClass(/hj-easy-read/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
      'English',
      'Easy Read',
    ]);
  } finally {
    offerAllLanguages(heard, ['en', 'pl', 'ar', 'ur']);
  }
});
