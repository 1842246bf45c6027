import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { createApp } from '../../server/app.ts';
import { type RunningHost, startDemoHost } from '../../server/demo/start-demo-host.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { addStory, curateAndApprove, demoBoardId, staffClient } from '../api/board-support.ts';
import {
  type EmbedWorld,
  startEmbedWorld,
  watchHostPage,
} from '../fixtures/host-pages/embed-harness.ts';
import { adultStory } from '../support/fixtures.ts';

// Public Board views on a partner's page (issue 5, decision 0022): "You said, we did" and the
// story wall, through the snippet the site CLI prints, on a page with a strict CSP.
test.describe.configure({ timeout: 120_000 });

let world: EmbedWorld;
let unlisted: RunningHost;

const consents = (c: Record<string, boolean>) => ({
  board_share: true,
  training: false,
  publish: false,
  quote: false,
  contact_check: false,
  contact_involve: false,
  ...c,
});

test.beforeAll(async () => {
  world = await startEmbedWorld();
  // The council page again on another port: another origin, listed by no site of the Board.
  unlisted = await startDemoHost({ port: 0, heardOrigin: world.heard.url, siteKey: 'demo' });
  const deps = world.heard.deps;
  const app = createApp(deps);
  const boardId = await demoBoardId(deps);
  const coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
  const secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  const shared = await addStory(deps, adultStory({ consents: consents({ publish: true }) }));
  await curateAndApprove(coordinator, shared, {
    title: 'Nobody told me how it ended',
    text: 'The carers came late.\n\nNobody told me the outcome of the enquiry.',
  });
  const boardOnly = await addStory(deps, adultStory({ consents: consents({}) }));
  await curateAndApprove(coordinator, boardOnly, {
    title: 'For the Board only',
    text: 'I did not agree to this being published.',
  });
  const action = (theme: string, published: boolean) =>
    secretary.send('POST', `/admin/api/boards/${boardId}/actions`, {
      theme,
      peopleSaid: 'People were not told what happened at the end of an enquiry.',
      boardWillDo: 'Every partner writes to the person when an enquiry closes.',
      owner: 'Head of adult social care',
      dueDate: '2027-03-31',
      status: 'agreed',
      storyIds: [shared],
      published,
    });
  expect((await action('Being told the outcome', true)).status).toBe(201);
  expect((await action('A draft nobody should see', false)).status).toBe(201);
});
test.afterAll(async () => {
  await unlisted.close();
  await world.close();
});

/**
 * The council's page with both views, through the snippets the site CLI prints, served with
 * its strict CSP from `origin` (the demo host app: server/demo/host-app.ts).
 */
async function hostPage(_page: Page, origin: string, slug = DEMO_BOARD_SLUG): Promise<string> {
  return `${origin}/safeguarding-board?board=${slug}`;
}

const actionsFrame = (page: Page) => page.locator('iframe[title="You said, we did"]');
const storiesFrame = (page: Page) => page.locator('iframe[title="People’s stories"]');

test('both views appear in named frames, showing only what may be public', async ({ page }) => {
  const watch = await watchHostPage(page);
  await page.goto(await hostPage(page, world.host.url));
  await expect(actionsFrame(page)).toBeVisible();
  await expect(storiesFrame(page)).toBeVisible();
  // Screen readers announce each frame by its name (WCAG 4.1.2).
  await expect(actionsFrame(page)).toHaveAccessibleName('You said, we did');
  await expect(storiesFrame(page)).toHaveAccessibleName('People’s stories');
  // The fallback links made way for the frames.
  await expect(page.locator('[data-heard-board] a')).toHaveCount(0);

  const actions = page.frameLocator('iframe[title="You said, we did"]');
  await expect(actions.getByRole('heading', { level: 1 })).toHaveText('You said, we did');
  await expect(actions.getByRole('heading', { name: 'Being told the outcome' })).toBeVisible();
  await expect(actions.getByText('A draft nobody should see')).toHaveCount(0);
  // The partner's page is the site: none of Heard's own navigation or skip link inside.
  await expect(actions.getByRole('navigation')).toHaveCount(0);
  await expect(actions.getByRole('link')).toHaveCount(0);

  const stories = page.frameLocator('iframe[title="People’s stories"]');
  await expect(stories.getByRole('heading', { name: 'Nobody told me how it ended' })).toBeVisible();
  await expect(stories.getByText('Nobody told me the outcome of the enquiry.')).toBeVisible();
  await expect(stories.getByText('For the Board only')).toHaveCount(0);
  await expect(stories.getByText('I did not agree to this being published.')).toHaveCount(0);
  expect(watch.violations()).toEqual([]);
});

for (const width of [320, 1280]) {
  test(`at ${width} px the frames fit their content and have no axe violations`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(await hostPage(page, world.host.url));
    for (const frame of [actionsFrame(page), storiesFrame(page)]) {
      await expect(frame).toBeVisible();
      const inner = (await frame.elementHandle())?.contentFrame();
      const content = await (await inner)?.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      // Height follows the content (no scroll bar inside), width reflows (WCAG 1.4.10).
      await expect
        .poll(async () => (await frame.boundingBox())?.height ?? 0)
        .toBeGreaterThanOrEqual((content?.height ?? 1) - 1);
      expect(content?.width).toBeLessThanOrEqual(content?.viewport ?? 0);
    }
    const analyze = () =>
      new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
    // axe must have gone inside both frames (a node there is named by its frame, then itself);
    // on a loaded machine a frame can miss one pass, so ask again rather than pass blind.
    let results = await analyze();
    const framesReached = (r: typeof results) =>
      new Set(
        r.passes
          .flatMap((p) => p.nodes)
          .flatMap((n) => (n.target.length > 1 ? [String(n.target[0])] : [])),
      ).size;
    // One axe pass over three documents can outlast the 10 s expect timeout on a loaded
    // machine, which left no second try: allow several passes.
    await expect
      .poll(
        async () => {
          results = await analyze();
          return framesReached(results);
        },
        { timeout: 90_000 },
      )
      .toBe(2);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
  });
}

test('the views do not take the host page’s Shift key (no quick exit for public pages)', async ({
  page,
}) => {
  const url = await hostPage(page, world.host.url);
  await page.goto(url);
  await expect(storiesFrame(page)).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  // Quick exit would have replaced the page; a public page holds nothing of the person's.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What the Safeguarding Adults Board did',
  );
  expect(page.url()).toBe(url);
});

test('an unknown Board leaves the fallback links and no broken frame', async ({ page }) => {
  await page.goto(await hostPage(page, world.host.url, 'no-such-board'));
  await expect(page.locator('iframe.heard-frame')).toHaveCount(2);
  // Give the frames time to have loaded (the 404 page cannot be framed at all).
  await expect
    .poll(() => page.frames().filter((f) => f.url().startsWith('chrome-error:')).length)
    .toBe(2);
  await expect(page.getByRole('link', { name: 'You said, we did' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'People’s stories' })).toBeVisible();
  for (const frame of await page.locator('iframe.heard-frame').all()) {
    await expect(frame).toBeHidden();
    expect((await frame.boundingBox())?.height ?? 0).toBe(0);
  }
});

test('a page on an origin no site of the Board lists cannot frame the views', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(await hostPage(page, unlisted.url));
  await expect
    .poll(() => page.frames().filter((f) => f.url().startsWith('chrome-error:')).length)
    .toBe(2);
  expect(refused.join('\n')).toContain(`frame-ancestors ${world.host.url}`);
  // Nothing broken shows: the frames stay hidden, the links stay.
  await expect(page.locator('iframe.heard-frame').first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'People’s stories' })).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each view is a link to the full public page', async ({ page }) => {
    await page.goto(await hostPage(page, world.host.url));
    const link = page.getByRole('link', { name: 'People’s stories' });
    await expect(link).toHaveAttribute(
      'href',
      `${world.heard.url}/boards/${DEMO_BOARD_SLUG}/stories`,
    );
    await link.click();
    await expect(page.getByRole('heading', { name: 'Nobody told me how it ended' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'You said, we did' })).toBeVisible();
  });
});
