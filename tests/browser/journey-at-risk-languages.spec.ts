import { expect, type Page, test } from '@playwright/test';
import { LANGUAGE_CODES, type LanguageCode, languageInfo } from '../../domain/languages.ts';
import { type Catalogue, en, translate } from '../../domain/messages.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { offerAllLanguages } from './i18n-walk.ts';
import { expectNoAxeViolations } from './journey-steps.ts';

/**
 * Issue 13: the new "Is anyone hurting you or putting you at risk now?" page and the danger panel
 * it opens, in every catalogue language, at 320 px and 1280 px, with zero axe violations: the
 * question, its error, the panel open, and the panel hidden behind the "Help now" button.
 */

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
  offerAllLanguages(heard, LANGUAGE_CODES);
});
test.afterAll(async () => heard.close());

// Answer codes up to the new page, the same in every language.
const BEFORE: Record<string, [string, string]> = {
  who: ['respondent', 'self'],
  reason: ['supportReason', 'yes'],
  finished: ['finished', 'still_happening'],
};

async function catalogueFor(code: LanguageCode): Promise<Catalogue> {
  return code === 'en' ? en : ({ ...en, ...(await languageInfo(code).load()) } as Catalogue);
}

async function bothWidths(page: Page, context: string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `${context} ${width}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
}

for (const code of LANGUAGE_CODES) {
  test(`the at-risk-now question and the danger panel have no axe violations in ${code}`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const t = await catalogueFor(code);
    const say = (key: Parameters<typeof translate>[1]) => translate(t, key);
    const main = page.locator('main[data-page]');
    await page.goto(`${heard.url}/tell/demo?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', t['meta.lang']);
    await page.getByRole('button', { name: say('start.button') }).click();
    await page.getByRole('button', { name: say('common.continue') }).click();
    for (;;) {
      const id = (await main.getAttribute('data-page')) ?? '';
      const answer = BEFORE[id];
      if (!answer) break;
      await page.locator(`input[name="${answer[0]}"][value="${answer[1]}"]`).check();
      await page.getByRole('button', { name: say('common.continue') }).click();
      await expect(main).not.toHaveAttribute('data-page', id);
    }
    await expect(main).toHaveAttribute('data-page', 'at-risk-now');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('atRisk.heading'));
    // "When did the help finish? It is still happening" raised nothing.
    await expect(page.getByTestId('help-now')).toHaveCount(0);
    await bothWidths(page, `${code} at-risk-now`);

    await page.getByRole('button', { name: say('common.continue') }).click();
    await expect(page.locator('#f-atRiskNow-error')).toContainText(say('atRisk.error'));
    await bothWidths(page, `${code} at-risk-now error`);

    await page.locator('input[name="atRiskNow"][value="not_sure"]').check();
    const panel = page.getByTestId('danger-panel');
    await expect(panel).toBeVisible();
    // The Board's response time (default 4 working hours), in the language's plural and digits.
    await expect(panel).toContainText(translate(t, 'danger.keepGoingHours', { count: 4 }));
    await bothWidths(page, `${code} danger panel open`);

    await panel.getByRole('button', { name: say('danger.hide') }).click();
    await expect(panel).toBeHidden();
    await expect(page.getByTestId('help-now')).toHaveText(say('danger.toggle'));
    await bothWidths(page, `${code} danger panel hidden`);
  });
}
