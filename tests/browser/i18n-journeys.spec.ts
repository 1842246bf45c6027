import { expect, type Page, test } from '@playwright/test';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { ar } from '../../domain/messages/ar.ts';
import { enEasy } from '../../domain/messages/en-easy.ts';
import { pl } from '../../domain/messages/pl.ts';
import type { Catalogue } from '../../domain/messages.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import { adultSteps, en, offerAllLanguages, storedCodes, walkByCodes } from './i18n-walk.ts';
import { stubExitPage } from './journey-steps.ts';

// Issue 8, "what this must show": the full journey in Easy Read, in a right-to-left language
// and in one other language, by keyboard alone, with zero axe violations at 320 px and 1280 px,
// storing the same codes as the English journey.

let heard: RunningHeard;
let english: ReturnType<typeof storedCodes>['codes'];

test.describe.configure({ mode: 'serial' });
// Every page is checked by axe at two widths: slow on a shared two-core machine.
test.setTimeout(900_000);

test.beforeAll(async () => {
  heard = await startHeard();
  offerAllLanguages(heard, LANGUAGE_CODES);
});
test.afterAll(async () => heard.close());

const asCatalogue = (c: object) => ({ ...en, ...c }) as Catalogue;

/** Chooses a language from the start page's list, by keyboard. */
async function chooseLanguage(page: Page, name: string) {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
  for (let i = 0; i < 40; i++) {
    if (await link.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

test('the English journey stores the codes the other languages are compared with', async ({
  page,
}) => {
  await stubExitPage(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${heard.url}/tell/demo`);
  const reference = await walkByCodes(
    page,
    en,
    adultSteps({
      wanted: 'I wanted the carers to stop taking my money.',
      story: 'Money went missing after the morning visits. The social worker listened.',
      helped: 'My advocate came to every meeting.',
    }),
    // English pages are axe-checked by the journey's own specs; this walk only sets the baseline.
    { axe: false },
  );
  const stored = storedCodes(heard, reference);
  expect(stored.language).toBe('en');
  english = stored.codes;
  expect(english).toMatchObject({ respondent: 'self', finished: '3_to_12_months' });
});

test('a person completes the journey in Easy Read, with pictograms and larger text', async ({
  page,
}) => {
  const t = asCatalogue(enEasy);
  await stubExitPage(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${heard.url}/tell/demo`);
  await chooseLanguage(page, 'Easy Read');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['start.heading']);
  const reference = await walkByCodes(
    page,
    t,
    adultSteps({
      wanted: 'I wanted the carers to stop.',
      story: 'My money went. The social worker listened to me.',
      helped: 'My advocate came with me.',
    }),
    {
      onPage: async (id) => {
        // At least 14 pt (18.7 px) text on every page.
        const size = await page
          .locator('main p, main legend, main label')
          .first()
          .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(size, id).toBeGreaterThanOrEqual(18.66);
        if (id === 'start') {
          // Key sentences carry a pictogram, hidden from screen readers because the text says it.
          const pictures = page.locator('main svg[data-pictogram]');
          expect(await pictures.count()).toBeGreaterThanOrEqual(4);
          await expect(pictures.first()).toHaveAttribute('aria-hidden', 'true');
          await expect(page.locator('main')).toContainText(t['start.used1']);
        }
      },
    },
  );
  const stored = storedCodes(heard, reference);
  expect(stored.language).toBe('en-easy');
  expect(stored.codes).toEqual(english);
});

test('a person completes the journey in Arabic, right to left', async ({ page }) => {
  const t = asCatalogue(ar);
  await stubExitPage(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${heard.url}/tell/demo`);
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const reference = await walkByCodes(
    page,
    t,
    adultSteps({
      wanted: 'أردت أن يتوقف مقدمو الرعاية عن أخذ مالي.',
      story: 'اختفى المال بعد الزيارات الصباحية. استمعت إليّ الأخصائية الاجتماعية.',
      helped: 'حضر المناصر كل الاجتماعات معي.',
    }),
    {
      onPage: async (id) => {
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^[\x20-\x7e]*$/);
        expect(
          await page.locator('main').evaluate((el) => getComputedStyle(el).direction),
          id,
        ).toBe('rtl');
      },
    },
  );
  const stored = storedCodes(heard, reference);
  expect(stored.language).toBe('ar');
  expect(stored.codes).toEqual(english);
  const story = heard.deps.sqlite
    .prepare(
      'select story_sealed from story where id = (select story_id from reference where code_hash = ?)',
    )
    .get(referenceHashOf(heard.deps, reference)) as { story_sealed: string };
  expect(heard.deps.sealer.open(story.story_sealed, 'story.story')).toContain('الأخصائية');
});

test('a person arriving with ?lang=pl completes the journey in Polish', async ({ page }) => {
  const t = asCatalogue(pl);
  await stubExitPage(page);
  await page.setViewportSize({ width: 320, height: 800 });
  // `?lang=` is how the embed passes the snippet's data-heard-lang to the iframe.
  await page.goto(`${heard.url}/tell/demo?lang=pl`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['start.heading']);
  const reference = await walkByCodes(
    page,
    t,
    adultSteps({
      wanted: 'Chciałam, żeby opiekunki przestały brać moje pieniądze.',
      story: 'Pieniądze znikały po porannych wizytach. Pracownica socjalna mnie wysłuchała.',
      helped: 'Mój rzecznik był na każdym spotkaniu.',
    }),
  );
  const stored = storedCodes(heard, reference);
  expect(stored.language).toBe('pl');
  expect(stored.codes).toEqual(english);
});
