import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { dangers, watchForXss } from '../api/security-xss-browser.ts';
import { STORED_PAYLOADS, seedXssWorld, type XssWorld } from '../api/security-xss-seed.ts';
import { urlRequester } from '../support/admin-client.ts';
import { openAdmin, signIn } from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Stored XSS in the admin app, in real Chromium: every payload in the corpus is put, through
// the real APIs over HTTP, into story words, curated titles, summaries, text and quotes, themes,
// Board, partner, site and user names and settings, actions and packs; then each screen that
// shows them is opened. CSP is bypassed, so Preact's escaping is what is tested (the strict CSP
// is a second wall). Nothing may run (no dialog, no `__heardXss` call, no `window.__pwned`) and
// no payload may become an element (no <img onerror>, <svg onload>, javascript: link, <iframe>).

let heard: RunningHeard;
let world: XssWorld;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  world = await seedXssWorld(urlRequester(heard.url), heard.deps);
});
test.afterAll(async () => heard?.close());

/** A context with CSP bypassed and the tripwires set, signed in as one of the world's staff. */
async function signedIn(
  browser: import('@playwright/test').Browser,
  who: 'admin' | 'coordinator' | 'secretary',
): Promise<{ context: BrowserContext; page: Page; seen: { dialogs: string[] } }> {
  const context = await browser.newContext({ bypassCSP: true });
  const seen = await watchForXss(context);
  const page = await context.newPage();
  await signIn(page, heard, world[who].account);
  return { context, page, seen };
}

/** Opens each path, waits for its heading, and collects whatever a payload managed to do. */
async function sweep(page: Page, paths: string[], found: string[], before?: () => Promise<void>) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of paths) {
    errors.length = 0;
    try {
      await openAdmin(page, heard, path);
    } catch {
      // A page that fails to render is a finding too (a payload must not break the app).
      const text = ((await page.locator('body').textContent()) ?? '').slice(0, 200);
      found.push(`${path}: no heading; errors: ${errors.join(' | ')}; text: ${text}`);
      continue;
    }
    await before?.();
    // Let lazy chunks and API calls finish so every payload the page will show is on it.
    await page.waitForLoadState('networkidle');
    const { fired, risky, pwned } = await dangers(page, { allowScriptsFrom: heard.url });
    if (fired.length || risky.length || pwned)
      found.push(`${path}: ${[...fired, ...risky, pwned ? 'window.__pwned set' : ''].join(', ')}`);
  }
}

/** Some payload text must be on the page as words, or the sweep proved nothing. */
async function expectPayloadsShown(page: Page, min = 1) {
  const text = (await page.locator('main').textContent()) ?? '';
  const shown = STORED_PAYLOADS.filter((p) => text.includes(p.text.trim().slice(0, 24)));
  expect(shown.length, 'payloads shown as text on the page').toBeGreaterThanOrEqual(min);
}

test('the queue and every story page, with the original words opened', async ({ browser }) => {
  test.setTimeout(600_000);
  const { context, page, seen } = await signedIn(browser, 'coordinator');
  const found: string[] = [];
  await sweep(page, ['/admin/queue', '/admin/queue?status=approved'], found);
  await openAdmin(page, heard, '/admin/queue');
  await page.waitForLoadState('networkidle');
  await expectPayloadsShown(page, 3);

  // Approved stories: curated title, summary, text, quotes, themes, check notes.
  await sweep(
    page,
    world.storyIds.map((id) => `/admin/stories/${id}`),
    found,
  );
  await openAdmin(page, heard, `/admin/stories/${world.storyIds[2]}`);
  await page.waitForLoadState('networkidle');
  await expectPayloadsShown(page, 1);
  // Stories in the queue: the person's own sealed words, opened with a reason as a
  // coordinator does before redacting.
  for (const id of world.queueStoryIds) {
    await sweep(page, [`/admin/stories/${id}`], found, async () => {
      await page
        .getByLabel('Why do you need to read the original text?')
        .fill('Checking the words for the security test');
      await page.getByRole('button', { name: 'Open original text' }).click();
      await expect(page.getByText(/Story \d+:/).first()).toBeVisible();
    });
  }
  await expectPayloadsShown(page, 1);
  await sweep(page, ['/admin/themes', '/admin/board/to-tell', '/admin/board/actions'], found);
  expect(seen.dialogs).toEqual([]);
  expect(found).toEqual([]);
  await context.close();
});

test('the library, packs and "You said, we did"', async ({ browser }) => {
  test.setTimeout(600_000);
  const { context, page, seen } = await signedIn(browser, 'secretary');
  const found: string[] = [];
  await sweep(page, ['/admin/board/packs', '/admin/board/actions', '/admin/board/measures'], found);
  await openAdmin(page, heard, '/admin/board/actions');
  await page.waitForLoadState('networkidle');
  await expectPayloadsShown(page, 5);

  const packPaths = world.packIds.map((id) => `/admin/board/packs/${world.boardId}/${id}`);
  await sweep(page, packPaths, found);
  // The library, searched from the combined pack's page: every curated title and summary.
  await openAdmin(page, heard, `/admin/board/packs/${world.boardId}/${world.combinedPackId}`);
  await page.getByLabel('Search the library').fill('Anonymised');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForLoadState('networkidle');
  await expectPayloadsShown(page, 5);
  const { fired, risky, pwned } = await dangers(page, { allowScriptsFrom: heard.url });
  if (fired.length || risky.length || pwned) found.push(`library: ${[...fired, ...risky]}`);
  expect(seen.dialogs).toEqual([]);
  expect(found).toEqual([]);
  await context.close();
});

test('users, Boards, partners, sites, themes and the audit log', async ({ browser }) => {
  test.setTimeout(600_000);
  const { context, page, seen } = await signedIn(browser, 'admin');
  const found: string[] = [];
  await sweep(
    page,
    [
      '/admin/users',
      '/admin/users?page=2',
      '/admin/boards',
      '/admin/partners',
      '/admin/sites',
      '/admin/themes',
      '/admin/audit',
      '/admin/settings',
      ...world.siteKeys.map((key) => `/admin/sites/${key}`),
    ],
    found,
  );
  for (const path of ['/admin/users', '/admin/boards', '/admin/sites']) {
    await openAdmin(page, heard, path);
    await page.waitForLoadState('networkidle');
    await expectPayloadsShown(page, 5);
  }
  expect(seen.dialogs).toEqual([]);
  expect(found).toEqual([]);
  await context.close();
});
