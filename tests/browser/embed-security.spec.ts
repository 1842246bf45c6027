import { expect, test } from '@playwright/test';
import { type RunningHost, startDemoHost } from '../../server/demo/start-demo-host.ts';
import {
  type EmbedWorld,
  journey,
  launcher,
  startEmbedWorld,
} from '../fixtures/host-pages/embed-harness.ts';

let world: EmbedWorld;
let unlisted: RunningHost;
test.beforeAll(async () => {
  world = await startEmbedWorld();
  // The same council page on another port: another origin, not in the site's allowed list.
  unlisted = await startDemoHost({ port: 0, heardOrigin: world.heard.url, siteKey: 'demo' });
});
test.afterAll(async () => {
  await unlisted.close();
  await world.close();
});

test('a page on an origin the site does not list cannot frame the journey', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(unlisted.url);
  await launcher(page).click();
  await expect(page.locator('iframe.heard-frame')).toHaveCount(1);
  // Chromium refuses the frame (frame-ancestors) and shows its own error page instead.
  await expect
    .poll(() => page.frames().map((f) => f.url()))
    .toContain('chrome-error://chromewebdata/');
  await expect(journey(page).getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(refused.join('\n')).toContain(`frame-ancestors ${world.host.url}`);
});

test('the journey page names exactly the allowed origin in frame-ancestors', async ({
  request,
}) => {
  const res = await request.get(`${world.heard.url}/tell/demo?embed=1`);
  expect(res.headers()['content-security-policy']).toContain(`frame-ancestors ${world.host.url}`);
  const unknown = await request.get(`${world.heard.url}/tell/no-such-site`);
  expect(unknown.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the snippet is a plain link that reaches the full-page journey', async ({ page }) => {
    await page.goto(world.host.url);
    const link = page.getByRole('link', {
      name: 'Tell us about your experience of safeguarding support',
    });
    await expect(link).toHaveAttribute('href', `${world.heard.url}/tell/demo`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${world.heard.url}/tell/demo`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('with embed.js blocked the link still reaches the journey', async ({ page }) => {
  await page.route('**/embed.js', (route) => route.abort());
  await page.goto(world.host.url);
  const link = page.getByRole('link', {
    name: 'Tell us about your experience of safeguarding support',
  });
  await link.click();
  await expect(page).toHaveURL(`${world.heard.url}/tell/demo`);
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});
