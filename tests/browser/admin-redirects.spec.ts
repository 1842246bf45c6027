import { expect, test } from '@playwright/test';
import { REDIRECT_TRICKS } from '../fixtures/xss-payloads.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Open redirects after a real sign-in (issue 6): the sign-in page follows `next` only to a page
// of the admin app on this origin. Every trick is tried in real Chromium, which is what would
// resolve a scheme-relative, backslash or encoded address if the app let one through.

let heard: RunningHeard;
let coordinator: StaffAccount;

test.beforeAll(async () => {
  heard = await startHeard();
  coordinator = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
});
test.afterAll(async () => heard?.close());

/** Signs in from /admin/sign-in?next=… and returns where the app ended up, and anything off-site. */
async function signInWithNext(browser: import('@playwright/test').Browser, next: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const offSite: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname !== 'localhost') offSite.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${heard.url}/admin/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(coordinator.email);
  await page.getByLabel('Password').fill(coordinator.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const url = new URL(page.url());
  await context.close();
  return { url, offSite, dialogs };
}

test('sign-in follows `next` to a page of the admin app', async ({ browser }) => {
  const { url } = await signInWithNext(browser, '/admin/themes');
  expect(url.pathname).toBe('/admin/themes');
});

test('sign-in never follows `next` off the admin app, however it is written', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  for (const trick of [...REDIRECT_TRICKS, 'https://evil.example', 'http://localhost:1/admin/']) {
    const { url, offSite, dialogs } = await signInWithNext(browser, trick);
    if (url.origin !== new URL(heard.url).origin) found.push(`${trick} → ${url.href}`);
    else if (!/^\/admin\/[a-z]/.test(url.pathname) || url.pathname.includes('//'))
      found.push(`${JSON.stringify(trick)} → ${url.pathname}`);
    for (const r of offSite) found.push(`${JSON.stringify(trick)}: request to ${r}`);
    for (const d of dialogs) found.push(`${JSON.stringify(trick)}: dialog ${d}`);
  }
  expect(found).toEqual([]);
});
