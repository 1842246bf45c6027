import { expect, type Locator, type Page, test } from '@playwright/test';
import type { LanguageCode } from '../../domain/languages.ts';
import { type Catalogue, en } from '../../domain/messages.ts';
import type { RunningHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import { expectNoAxeViolations, storedStories } from './journey-steps.ts';

/**
 * One journey driven by answer codes rather than English labels, so the same walk runs in
 * every language and the stored codes can be compared (issue 8: "the stored answers are
 * identical in meaning"). Keyboard only: Tab, arrow keys, Space and Enter. Every page is
 * checked by axe at 320 px and at 1280 px wide.
 */

export type CodeStep =
  | { page: string; radio: { name: string; value: string } }
  | { page: string; checks: { name: string; values: string[] } }
  | { page: string; text: { selector: string; value: string } }
  | { page: string; skip: true }
  | { page: string; fields: CodeStep[] };

/** The same answers in every language; only the free text is written in that language. */
export function adultSteps(words: { wanted: string; story: string; helped: string }): CodeStep[] {
  return [
    { page: 'who', radio: { name: 'respondent', value: 'self' } },
    { page: 'reason', radio: { name: 'supportReason', value: 'yes' } },
    { page: 'finished', radio: { name: 'finished', value: '3_to_12_months' } },
    { page: 'at-risk-now', radio: { name: 'atRiskNow', value: 'no' } },
    { page: 'asked', radio: { name: 'askedOutcomes', value: 'yes_expressed' } },
    { page: 'wanted', text: { selector: 'textarea', value: words.wanted } },
    { page: 'achieved', radio: { name: 'outcomeAchieved', value: 'partly' } },
    { page: 'safer', radio: { name: 'feelSafer', value: 'a_bit' } },
    {
      page: 'experience-listened',
      radio: { name: 'experience.listened', value: 'yes_completely' },
    },
    { page: 'experience-involved', radio: { name: 'experience.involved', value: 'yes_partly' } },
    { page: 'experience-dignity', radio: { name: 'experience.dignity', value: 'yes_completely' } },
    { page: 'experience-informed', radio: { name: 'experience.informed', value: 'no' } },
    {
      page: 'experience-understood-roles',
      radio: { name: 'experience.understood_roles', value: 'dont_know' },
    },
    {
      page: 'experience-shared-when-needed',
      radio: { name: 'experience.shared_when_needed', value: 'not_applicable' },
    },
    { page: 'help-have-say', radio: { name: 'helpToHaveSay', value: 'advocate' } },
    { page: 'harm', checks: { name: 'harmKinds', values: ['financial'] } },
    { page: 'where', radio: { name: 'location', value: 'own_home' } },
    { page: 'story', text: { selector: 'textarea', value: words.story } },
    { page: 'helped', text: { selector: 'textarea', value: words.helped } },
    { page: 'change', skip: true },
    { page: 'consent', checks: { name: 'consents', values: ['board_share', 'contact_check'] } },
    {
      page: 'contact',
      fields: [
        { page: 'contact', radio: { name: 'contact.method', value: 'email' } },
        { page: 'contact', text: { selector: 'input[type=email]', value: 'sam@example.com' } },
        { page: 'contact', radio: { name: 'contact.safeToLeaveMessage', value: 'no' } },
        { page: 'contact', radio: { name: 'contact.messageWording', value: 'named' } },
      ],
    },
  ];
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

async function tabTo(page: Page, locator: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

async function pressButton(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  const group = page.locator(`input[type=radio][name="${name}"]`);
  const target = page.locator(`input[type=radio][name="${name}"][value="${value}"]`);
  for (let i = 0; i < 80; i++) {
    const inGroup = await group.evaluateAll((els) => els.includes(document.activeElement as never));
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

async function fill(page: Page, step: CodeStep): Promise<void> {
  if ('radio' in step) await chooseRadio(page, step.radio.name, step.radio.value);
  else if ('checks' in step) {
    for (const value of step.checks.values) {
      const box = page.locator(
        `input[type=checkbox][name="${step.checks.name}"][value="${value}"]`,
      );
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  } else if ('text' in step) {
    const field = page.locator(`main ${step.text.selector}`);
    await tabTo(page, field);
    await page.keyboard.type(step.text.value);
  } else if ('fields' in step) {
    for (const inner of step.fields) await fill(page, inner);
  }
}

/** Answers one page, then presses Continue (or "Skip this question"). */
async function answer(page: Page, step: CodeStep, t: Catalogue): Promise<void> {
  await fill(page, step);
  await pressButton(page, 'skip' in step ? t['common.skip'] : t['common.continue']);
}

export const pageId = (page: Page) => page.locator('main[data-page]');

/** Checks the page at both widths the issue names, then returns to the narrow one. */
export async function axeAtBothWidths(page: Page, context: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page, `${context} at 320px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, `${context} at 1280px`);
  await page.setViewportSize({ width: 320, height: 800 });
}

/**
 * Walks from the start page (already open, in the right language) to the confirmation and
 * returns the reference shown. `t` is the catalogue the page should be in.
 */
export async function walkByCodes(
  page: Page,
  t: Catalogue,
  steps: CodeStep[],
  options: { onPage?: (id: string) => Promise<void>; axe?: boolean } = {},
): Promise<string> {
  const { onPage = async () => {}, axe = true } = options;
  const check = async (id: string) => {
    if (process.env.HEARD_TRACE) console.log(new Date().toISOString(), id);
    await test.step(`page ${id}`, async () => {
      await expect(pageId(page)).toHaveAttribute('data-page', id);
      await onPage(id);
      if (axe) await axeAtBothWidths(page, id);
    });
  };
  await check('start');
  await pressButton(page, t['start.button']);
  await check('staying-safe');
  await pressButton(page, t['common.continue']);
  for (const step of steps) {
    await check(step.page);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await answer(page, step, t);
  }
  await check('check');
  await pressButton(page, t['check.send']);
  await check('done');
  return (await page.getByTestId('reference').textContent())?.trim() ?? '';
}

/**
 * The coded answers of the stored story: what a Board counts, whatever the language. Text,
 * times, status and spam signals ("too fast" depends on the typist) are left out.
 */
const NOT_ANSWERS =
  /(_sealed|^id$|_at$|^reference$|^story$|^wanted$|^language$|urgent|^status$|quarantine|spam)/;

export function storedCodes(heard: RunningHeard, reference: string) {
  const hash = referenceHashOf(heard.deps, reference);
  const row = storedStories(heard).find((s) => s.reference === hash);
  if (!row) throw new Error(`No story stored with reference ${reference}`);
  const codes = Object.fromEntries(Object.entries(row).filter(([key]) => !NOT_ANSWERS.test(key)));
  return { language: row.language as string, codes };
}

/** Lets the demo site offer every language (sites choose their languages; issue 8). */
export function offerAllLanguages(heard: RunningHeard, codes: readonly LanguageCode[]): void {
  heard.deps.sqlite
    .prepare("update site set languages = ? where key = 'demo'")
    .run(JSON.stringify(codes));
}

export { en };
