import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHeard } from '../support/heard-server.ts';

/**
 * Keyboard-only steps for the journey specs. Nothing here clicks: focus moves with Tab, radios
 * with the arrow keys (the only way a keyboard user can reach the third radio of a group),
 * choices with Space and buttons with Enter.
 */

export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Serves a stand-in for the quick-exit page so tests never need the internet. */
export async function stubExitPage(page: Page): Promise<void> {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until the element has focus (fails after 60 presses). */
export async function tabTo(page: Page, locator: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** Selects a radio by its label: Tab into the group, then arrow keys (Space for the first). */
export async function chooseRadio(page: Page, label: string | RegExp): Promise<void> {
  const target = page.getByRole('radio', { name: label, exact: typeof label === 'string' });
  const name = await target.getAttribute('name');
  const group = page.locator(`input[type=radio][name="${name}"]`);
  for (let i = 0; i < 60; i++) {
    const inGroup = await group.evaluateAll((els) =>
      els.includes(document.activeElement as HTMLInputElement),
    );
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 15; i++) {
    if (await isFocused(target)) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

export async function tickCheckbox(page: Page, label: string | RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name: label });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

export async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  const field = page.getByLabel(label);
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a button (or link) by its name and presses Enter. */
export async function press(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * Continue, then wait for the next page's heading to take focus. The journey moves focus in an
 * effect that runs after the new page is painted; a test that tabbed on before it ran would have
 * its next key press land on the heading instead.
 */
export async function continueTo(page: Page, nextHeading: string | RegExp): Promise<void> {
  await press(page, 'Continue');
  await expectHeading(page, nextHeading);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

export async function expectHeading(page: Page, heading: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText(heading);
}

/** Runs axe with the WCAG 2.2 A/AA tags and expects no violations. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${context}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Everything the browser could have kept: cookies and every kind of storage. */
export async function browserStorage(page: Page) {
  const cookies = await page.context().cookies();
  const stores = await page.evaluate(async () => {
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return {
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDb: dbs.length,
      caches: caches.length,
    };
  });
  return { cookies: cookies.length, ...stores };
}

/** The stored story rows, newest first, with sealed text opened (tests only). */
export type StoredStory = Record<string, unknown> & {
  story: string;
  wanted: string | null;
  consents: Record<string, boolean>;
  /** The stored keyed hash of the reference (decision 0033): compare with referenceHashOf. */
  reference: string;
};

export function storedStories(heard: RunningHeard): StoredStory[] {
  const rows = heard.deps.sqlite.prepare('select * from story order by id desc').all() as Record<
    string,
    unknown
  >[];
  return rows.map((row) => ({
    ...row,
    story: heard.deps.sealer.open(String(row.story_sealed), 'story.story'),
    wanted: heard.deps.sealer.openOptional(
      (row.wanted_outcome_sealed as string | null) ?? null,
      'story.wanted_outcome',
    ),
    consents: Object.fromEntries(
      (
        heard.deps.sqlite
          .prepare('select purpose, granted from consent where story_id = ?')
          .all(row.id) as { purpose: string; granted: number }[]
      ).map((c) => [c.purpose, c.granted === 1]),
    ),
    reference: (
      heard.deps.sqlite
        .prepare('select code_hash from reference where story_id = ?')
        .get(row.id) as {
        code_hash: string;
      }
    ).code_hash,
  }));
}

/** Answers by page id for `walkTo`: a radio label, checkbox labels, or free text. */
export type WalkAnswers = Record<string, string | (string | RegExp)[] | { text: string }>;

const DEFAULT_WALK: WalkAnswers = {
  who: 'I am the person who had the support',
  'person-knows': 'Yes, and they are happy for me to tell you',
  reason: 'Yes',
  finished: 'Less than 3 months ago',
  'at-risk-now': 'No',
  asked: 'No',
  achieved: 'Yes, fully',
  safer: 'Yes, a bit safer',
  'experience-listened': 'Yes, completely',
  'experience-involved': 'Yes, completely',
  'experience-dignity': 'Yes, completely',
  'experience-informed': 'Yes, partly',
  'experience-understood-roles': 'Yes, partly',
  'experience-shared-when-needed': 'I do not know',
  'help-have-say': 'No one, and no help was needed',
  story: { text: 'The team listened to me and things got better after a few weeks.' },
};

/** The id of the page on screen (`<main data-page>`). */
export const currentPage = (page: Page) =>
  page.locator('main[data-page]').getAttribute('data-page');

/**
 * Answers pages with the mouse-free but quick Playwright actions until `until` is on screen.
 * For specs about one behaviour (exit, errors, retries); the keyboard journey is spelled out.
 */
export async function walkTo(page: Page, until: string, answers: WalkAnswers = {}): Promise<void> {
  const all = { ...DEFAULT_WALK, ...answers };
  for (let step = 0; step < 40; step++) {
    const id = await currentPage(page);
    if (id === until) return;
    if (id === 'start') {
      await page.getByRole('button', { name: 'Start now' }).click();
    } else {
      const answer = all[id ?? ''];
      if (typeof answer === 'string') {
        await page.getByRole('radio', { name: answer, exact: true }).check();
      } else if (Array.isArray(answer)) {
        for (const label of answer) await page.getByRole('checkbox', { name: label }).check();
      } else if (answer) {
        await page.locator('textarea').fill(answer.text);
      }
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.locator('main[data-page]')).not.toHaveAttribute('data-page', id ?? '');
  }
  throw new Error(`walkTo never reached ${until}`);
}
