import { expect, type Page, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import {
  chooseRadio,
  continueTo,
  expectHeading,
  expectNoAxeViolations,
  press,
  storedStories,
  tabTo,
  walkTo,
} from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 180_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

const AT_RISK = 'Is anyone hurting you or putting you at risk now?';

/** Axe at both widths the issue names, and nothing scrolls sideways at 320 px (WCAG 1.4.10). */
async function axeBothWidths(page: Page, context: string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `${context} ${width}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
}

test('words of current danger show the emergency contacts and the story is stored as urgent', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  const panel = page.getByTestId('danger-panel');
  await expect(panel).toHaveCount(0);
  await page
    .locator('textarea')
    .pressSequentially('It is not over. He still hits me when nobody is here.');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Call 999 if someone is in danger right now.');
  await expect(panel.getByRole('link', { name: 'Phone: 020 7946 0000' })).toHaveAttribute(
    'href',
    'tel:02079460000',
  );
  await expect(
    panel.getByRole('link', { name: /Contact the Demo Borough adult safeguarding team online/ }),
  ).toBeVisible();
  // No crisis contacts for words that are not about suicide or self-harm.
  await expect(page.getByTestId('crisis-contacts')).toHaveCount(0);
  // The response time comes from the Board's setting (default 4 working hours), not "today".
  await expect(panel).toContainText('A coordinator will read it within 4 working hours.');
  // Not blocking: the story carries on, and the contacts stay open until hidden.
  await page.getByRole('button', { name: 'Continue' }).click();
  await walkTo(page, 'check');
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  await expect(
    page.getByText(
      'Because you told us someone may be in danger, a coordinator will read your story within 4 working hours.',
    ),
  ).toBeVisible();
  const [stored] = storedStories(heard);
  expect(stored?.urgent).toBe(1);
  expect(JSON.parse(String(stored?.urgent_reasons))).toContain('danger_words');
});

test('"It is still happening" (the help goes on) raises no panel and no urgency', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'finished');
  await page.getByRole('radio', { name: 'It is still happening' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHeading(page, AT_RISK);
  await expect(page.getByTestId('danger-panel')).toHaveCount(0);
  await expect(page.getByTestId('help-now')).toHaveCount(0);
  await walkTo(page, 'check', { finished: 'It is still happening', 'at-risk-now': 'No' });
  await expect(page.getByTestId('help-now')).toHaveCount(0);
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  await expect(page.getByTestId('danger-panel')).toHaveCount(0);
  await expect(
    page.getByText('A forum coordinator will read your story within 5 working days.'),
  ).toBeVisible();
  const [stored] = storedStories(heard);
  expect(stored).toMatchObject({ finished: 'still_happening', at_risk_now: 'no', urgent: 0 });
});

test('by keyboard alone: "I am not sure" opens the contacts once, they can be hidden and reopened from any later page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'finished');
  await chooseRadio(page, 'Less than 3 months ago');
  await continueTo(page, AT_RISK);
  await expect(page.getByRole('group', { name: AT_RISK })).toBeVisible();
  await axeBothWidths(page, 'at-risk-now');

  // Continue without an answer: the GOV.UK error summary and inline error.
  await press(page, 'Continue');
  await expect(page.locator('.hj-error-summary')).toBeFocused();
  await expect(page.locator('#f-atRiskNow-error')).toContainText(
    'Select whether anyone is hurting you or putting you at risk now',
  );
  await axeBothWidths(page, 'at-risk-now errors');

  const panel = page.getByTestId('danger-panel');
  const helpNow = page.getByTestId('help-now');
  await chooseRadio(page, 'I am not sure');
  await expect(panel).toBeVisible();
  // Announced politely, and focus stays where the person is.
  await expect(page.getByRole('radio', { name: 'I am not sure' })).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').first()).toContainText(
    'If you or someone else is in danger now',
  );
  await expect(helpNow).toHaveAttribute('aria-expanded', 'true');
  // In the page, never over it: at 320 px nothing is fixed on top of the question.
  expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  await axeBothWidths(page, 'at-risk-now with contacts');

  await continueTo(page, 'At the start, did anyone ask you what you wanted to happen?');
  await expect(panel).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Hide these contacts' }));
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(helpNow).toBeFocused();
  await expect(helpNow).toHaveAttribute('aria-expanded', 'false');
  await expect(helpNow).toHaveText('Help now: contacts if you are in danger');
  await axeBothWidths(page, 'asked with contacts hidden');

  // Hidden stays hidden on later pages; the way back is above every page.
  await chooseRadio(page, 'No');
  await continueTo(page, 'Do you feel safer now?');
  await expect(panel).toBeHidden();
  await expect(helpNow).toBeVisible();
  await tabTo(page, helpNow);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(page.locator('#hj-danger-title')).toBeFocused();

  await walkTo(page, 'check', { 'at-risk-now': 'I am not sure' });
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  await expect(panel).toBeVisible();
  const [stored] = storedStories(heard);
  expect(stored).toMatchObject({ at_risk_now: 'not_sure', urgent: 1 });
  expect(JSON.parse(String(stored?.urgent_reasons))).toEqual(['at_risk_now']);
});

test('words of suicide or self-harm add crisis contacts beside the site’s own', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'story');
  await page.locator('textarea').pressSequentially('Last night I wanted to end my life.');
  const crisis = page.getByTestId('crisis-contacts');
  await expect(crisis).toBeVisible();
  await expect(crisis.getByRole('heading', { level: 3 })).toHaveText(
    'If you are thinking about suicide or hurting yourself',
  );
  await expect(
    crisis.getByRole('link', { name: 'Samaritans: call 116 123, free, at any time' }),
  ).toHaveAttribute('href', 'tel:116123');
  await expect(
    crisis.getByRole('link', { name: 'NHS 111: call 111 and choose the mental health option' }),
  ).toHaveAttribute('href', 'tel:111');
  // The site's own contacts are still there.
  await expect(
    page.getByTestId('danger-panel').getByRole('link', { name: 'Phone: 020 7946 0000' }),
  ).toBeVisible();
  await axeBothWidths(page, 'story with crisis contacts (forced colours)');
});
