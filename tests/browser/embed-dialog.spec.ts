import { expect, test } from '@playwright/test';
import {
  addedGlobals,
  axeViolations,
  dialog,
  type EmbedWorld,
  journey,
  launcher,
  openByKeyboard,
  startEmbedWorld,
  tabTo,
  watchHostPage,
} from '../fixtures/host-pages/embed-harness.ts';

// Two servers, a cross-origin frame and axe on a shared 2-core machine: allow for slowness.
test.describe.configure({ timeout: 120_000 });

let world: EmbedWorld;
test.beforeAll(async () => {
  world = await startEmbedWorld();
});
test.afterAll(async () => world.close());

test('the snippet link becomes a button that opens a dialog', async ({ page }) => {
  await page.goto(world.host.url);
  await expect(launcher(page)).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(page.locator('a[data-heard-site]')).toHaveCount(0);
  // Nothing of the journey is loaded until the person asks for it.
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the dialog opens by keyboard with a name, a titled frame and focus on the journey heading', async ({
  page,
}) => {
  await page.goto(world.host.url);
  await openByKeyboard(page);
  await expect(dialog(page)).toHaveAccessibleName(
    'Tell us about your experience of safeguarding support',
  );
  await expect(page.locator('iframe.heard-frame')).toHaveAttribute(
    'title',
    'Tell us about your experience of safeguarding support',
  );
  await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
  // showModal makes the rest of the host page inert: its links cannot take focus.
  expect(
    await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.site-nav a');
      link?.focus();
      return Boolean(link) && document.activeElement !== link;
    }),
  ).toBe(true);
});

test('Escape inside the journey closes the dialog and focus returns to the button', async ({
  page,
}) => {
  await page.goto(world.host.url);
  await openByKeyboard(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
});

test('the journey asks to close only once Escape is released, never under a key still in flight', async ({
  page,
}) => {
  // Chromium loses a key event sent to a cross-origin frame as the loader removes it: closing
  // on keydown left the keyup of a `keyboard.press` waiting for the whole test timeout.
  await page.addInitScript(() => {
    addEventListener('message', (e) => {
      if (e.data === 'probe') (window as unknown as { probed: boolean }).probed = true;
    });
  });
  await page.goto(world.host.url);
  await openByKeyboard(page);
  await page.keyboard.down('Escape');
  // The frame's messages reach the host in order: once this probe, posted after the keydown
  // was handled, has arrived, a `close` sent on keydown would have closed the dialog already.
  const frame = page.frames().find((f) => f.url().includes('/tell/'));
  if (!frame) throw new Error('the journey frame is not on the page');
  await frame.evaluate(() => parent.postMessage('probe', '*'));
  await page.waitForFunction(() => (window as unknown as { probed?: boolean }).probed === true);
  await expect(dialog(page)).toBeVisible();
  await expect(page.locator('iframe.heard-frame')).toHaveCount(1);
  await page.keyboard.up('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
});

test('Escape on the host page closes the dialog and focus returns to the button', async ({
  page,
}) => {
  await page.goto(world.host.url);
  await openByKeyboard(page);
  const close = page.getByRole('button', { name: 'Close' });
  await tabTo(page, close, 'Shift+Tab');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
});

test('closing destroys the journey, so reopening starts afresh', async ({ page }) => {
  await page.goto(world.host.url);
  await openByKeyboard(page);
  const frame = journey(page);
  await frame.getByRole('button', { name: 'Start now' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
  const close = page.getByRole('button', { name: 'Close' });
  await tabTo(page, close);
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(journey(page).getByRole('button', { name: 'Start now' })).toBeVisible();
});

test('under the strict CSP the embed causes no violations and adds no globals, cookies or storage', async ({
  page,
}) => {
  const watch = await watchHostPage(page);
  const response = await page.goto(world.host.url);
  expect(response?.headers()['content-security-policy']).toBe(
    `default-src 'self'; script-src 'self' ${world.heard.url}; frame-src ${world.heard.url}; style-src 'self'`,
  );
  await openByKeyboard(page);
  await journey(page).getByRole('button', { name: 'Start now' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  expect(watch.violations()).toEqual([]);
  expect(await addedGlobals(page)).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
  ).toEqual([0, 0, '']);
});

for (const width of [320, 1280]) {
  test(`axe finds nothing on the host page at ${width} px, with the dialog closed and open`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(world.host.url);
    expect(await axeViolations(page, 'closed')).toEqual([]);
    await openByKeyboard(page);
    expect(await axeViolations(page, 'open')).toEqual([]);
    // Reflow (WCAG 1.4.10): the dialog fits the viewport without sideways scrolling.
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(width);
    expect(box?.x).toBeGreaterThanOrEqual(0);
  });
}

test('axe finds nothing on the inline page at 320 px, and the frame fits the width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${world.host.url}/tell-us`);
  await expect(journey(page).getByRole('button', { name: 'Start now' })).toBeVisible();
  expect(await axeViolations(page, 'inline')).toEqual([]);
  const box = await page.locator('iframe.heard-frame').boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
  // The host's own `iframe { max-width: 600px; border: 4px solid }` does not reach the frame.
  expect(
    await page.locator('iframe.heard-frame').evaluate((f) => getComputedStyle(f).borderTopWidth),
  ).toBe('0px');
});
