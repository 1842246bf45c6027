import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { submitStory, urlRequester } from '../support/admin-client.ts';
import { representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
});
test.afterAll(async () => heard.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function noAxeViolations(page: Page, state: string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      results.violations.map(
        (v) => `${state} @${width}px: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`,
      ),
    ).toEqual([]);
    // 320 px reflow: nothing scrolls sideways (WCAG 1.4.10).
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

test('a person withdraws their story by keyboard alone, with no axe violations', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const story = await submitStory(urlRequester(heard.url), heard.deps, representativeStory());
  // The pages carry no script at all (the CSP allows none), so this walk is the no-JavaScript one.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${heard.url}/withdraw`);
  expect(await page.locator('script').count()).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Change your choices or withdraw your story',
  );
  await noAxeViolations(page, 'start');

  // A typo: the check symbol catches it, the error summary links to the field.
  const typo = `${story.reference.slice(0, -1)}${story.reference.endsWith('A') ? 'B' : 'A'}`;
  await page.getByLabel('Your reference number').fill(typo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Check your reference number');
  await expect(page).toHaveTitle(/^Error: /);
  await noAxeViolations(page, 'typo error');

  await page.getByLabel('Your reference number').fill(story.reference.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'What would you like to do?' })).toBeVisible();
  await noAxeViolations(page, 'choices');

  await page.getByRole('button', { name: 'Confirm' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Choose whether to withdraw your story');
  await noAxeViolations(page, 'choice error');

  await page.getByRole('radio', { name: 'Withdraw my story' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Confirm' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your story has been withdrawn');
  await noAxeViolations(page, 'confirmation');
  const row = heard.deps.sqlite
    .prepare('select status, story_sealed from story where id = ?')
    .get(story.id);
  expect(row).toEqual({ status: 'withdrawn', story_sealed: null });
  await context.close();
});

test('the page stays usable with forced colours and reduced motion', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${heard.url}/withdraw`);
  await page.getByLabel('Your reference number').focus();
  await expect(page.getByLabel('Your reference number')).toBeFocused();
  await noAxeViolations(page, 'forced colours');
  await context.close();
});
