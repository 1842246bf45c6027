import { expect, type Page, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { currentPage, expectNoAxeViolations, type WalkAnswers, walkTo } from './journey-steps.ts';

/**
 * The axe sweep (issue 2 §7): every journey page and every error state, at 320 px and 1280 px,
 * with the WCAG 2.2 A and AA tags, zero violations. The path goes through every page there is:
 * a representative (person-knows), outcomes expressed (wanted, achieved), current risk (the
 * contacts panel), a contact choice (contact details) and the confirmation.
 */

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

const OPTIONAL = new Set([
  'staying-safe',
  'wanted',
  'harm',
  'where',
  'helped',
  'change',
  'consent',
]);

const PATH: WalkAnswers = {
  who: 'A family member',
  'person-knows': 'Yes, and they are happy for me to tell you',
  reason: 'Yes',
  finished: 'It is still happening',
  'at-risk-now': 'I am not sure',
  asked: 'Yes, and they said what they wanted',
  wanted: { text: 'To stay at home with help.' },
  achieved: 'Partly',
  safer: 'No different',
  'experience-listened': 'Yes, completely',
  'experience-involved': 'Yes, partly',
  'experience-dignity': 'No',
  'experience-informed': 'I do not know',
  'experience-understood-roles': 'This does not apply',
  'experience-shared-when-needed': 'Yes, completely',
  'help-have-say': 'Yes, both an advocate and family or friends',
  harm: [/\(neglect\)/],
  where: 'In a care home',
  story: { text: 'Mum was left without food or drink for most of the day.' },
  helped: { text: 'The advocate.' },
  change: { text: 'Answer the phone.' },
  consent: [/Share it with the Safeguarding Adults Board/, /Contact me about getting involved/],
};

/** Checks each page on screen, and its error state, until the page `until` is reached. */
async function sweep(page: Page, width: number, until: string) {
  for (let step = 0; step < 40; step++) {
    const id = (await currentPage(page)) ?? '';
    if (id === until) return;
    await expectNoAxeViolations(page, `${id} ${width}`);
    // WCAG 1.4.10 reflow: nothing scrolls sideways at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(
      width,
    );
    if (id === 'start') {
      await page.getByRole('button', { name: 'Start now' }).click();
    } else if (id === 'contact') {
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.hj-error-summary')).toBeFocused();
      await expectNoAxeViolations(page, `contact errors ${width}`);
      await page.getByRole('radio', { name: 'Email', exact: true }).check();
      await page.getByLabel('Email address').fill('not an email');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('#f-contact-email-error')).toBeVisible();
      await expectNoAxeViolations(page, `contact email error ${width}`);
      await page.getByLabel('Email address').fill('someone@example.com');
      await page.getByRole('radio', { name: 'Yes, it is safe to leave a message' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    } else if (id === 'check') {
      await page.route('**/api/v1/stories', (route) =>
        route.fulfill({ status: 429, headers: { 'Retry-After': '60' }, body: '' }),
      );
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByTestId('send-status')).toBeVisible();
      await expectNoAxeViolations(page, `check rate limited ${width}`);
      await page.unroute('**/api/v1/stories');
      await page.getByRole('button', { name: 'Send' }).click();
    } else if (id === 'done') {
      await expect(page.getByTestId('reference')).toBeVisible();
      await expect(page.getByTestId('danger-panel')).toBeVisible();
      return;
    } else {
      if (!OPTIONAL.has(id)) {
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.locator('.hj-error-summary')).toBeFocused();
        await expectNoAxeViolations(page, `${id} errors ${width}`);
      }
      const answer = PATH[id];
      if (typeof answer === 'string') {
        await page.getByRole('radio', { name: answer, exact: true }).check();
      } else if (Array.isArray(answer)) {
        for (const label of answer) await page.getByRole('checkbox', { name: label }).check();
      } else if (answer) {
        await page.locator('textarea').fill(answer.text);
      }
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.locator('main[data-page]')).not.toHaveAttribute('data-page', id);
  }
  throw new Error(`sweep never reached ${until}`);
}

/** The path in three stretches, so each test stays short on a loaded machine. */
const STRETCHES = [
  { from: 'start', until: 'experience-listened' },
  { from: 'experience-listened', until: 'story' },
  { from: 'story', until: 'end' },
] as const;

for (const width of [320, 1280]) {
  for (const { from, until } of STRETCHES) {
    test(`journey pages from ${from} have no axe violations at ${width} px`, async ({ page }) => {
      test.setTimeout(600_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${heard.url}/tell/demo`);
      await walkTo(page, from, PATH);
      await sweep(page, width, until);
    });
  }
}

for (const width of [320, 1280]) {
  test(`the not-found page and the no-JavaScript form have no axe violations at ${width} px`, async ({
    page,
  }) => {
    // The one-page form is long: axe takes a while on a loaded machine.
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${heard.url}/tell/no-such-site`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoAxeViolations(page, `not found ${width}`);

    // The same document a browser without scripts gets: the journey script is blocked.
    await page.route('**/assets/journey/journey.js', (route) => route.abort());
    await page.goto(`${heard.url}/tell/demo`);
    await expect(page.locator('form[action="/tell/demo"]')).toBeVisible();
    await expectNoAxeViolations(page, `no-JS form ${width}`);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expectNoAxeViolations(page, `no-JS form errors ${width}`);
  });
}
