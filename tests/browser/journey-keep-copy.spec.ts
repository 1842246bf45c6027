import { expect, type Page, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import {
  browserStorage,
  expectHeading,
  expectNoAxeViolations,
  press,
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

/** Tells a story that asks to be contacted, and stops on the confirmation. */
async function tellAndSend(page: Page) {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'consent');
  await page.getByRole('checkbox', { name: /Contact me to check my story/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Email', exact: true }).check();
  await page.getByLabel('Email address').fill('teller@example.com');
  await page.getByRole('radio', { name: 'Yes, it is safe to leave a message' }).check();
  await page
    .getByRole('radio', { name: 'Plain: the subject says it is about the story you told' })
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHeading(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
}

test('the confirmation prints only the reference, the answers and what happens next', async ({
  page,
}) => {
  await tellAndSend(page);
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  // The person asked to be contacted: the page says how that will happen.
  await expect(
    page.getByText('You asked us to contact you. We will do it in the way you chose.'),
  ).toBeVisible();
  // What they chose for message wording was stored.
  const wording = heard.deps.sqlite
    .prepare('select message_wording from contact order by story_id desc limit 1')
    .get() as { message_wording: string };
  expect(wording.message_wording).toBe('named');

  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `done ${width}`);
  }

  // The print dialog cannot be driven in a test: record the call instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const answers = page.getByTestId('answers-copy');
  await expect(answers).not.toHaveAttribute('open', '');
  // Folded answers are not in the page at all until opened or printed.
  expect(await page.content()).not.toContain('teller@example.com');
  await press(page, 'Print this page');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  await expect(answers).toHaveAttribute('open', '');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('reference')).toHaveText(reference);
  await expect(page.getByTestId('next-steps')).toBeVisible();
  await expect(
    answers.getByText('Is anyone hurting you or putting you at risk now?'),
  ).toBeVisible();
  for (const hidden of [
    page.getByRole('button', { name: 'Print this page' }),
    page.getByRole('button', { name: 'Send me a copy' }),
    page.getByRole('button', { name: 'Exit this page' }),
    page.getByTestId('copy-by-email'),
    page.getByText('When we might pass information on'),
    page.getByText('Get help to fill this in'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
});

test('"Email me a copy" shows GOV.UK errors for each refusal and keeps nothing on the device', async ({
  page,
}) => {
  // The copy endpoint is built alongside (issue 13, hear-back): only its network reply is
  // stood in for here, with the statuses its contract names.
  const bodies: unknown[] = [];
  const replies = [
    { status: 422, contentType: 'application/problem+json', body: '{"title":"Invalid"}' },
    { status: 410, contentType: 'application/problem+json', body: '{"title":"Gone"}' },
    { status: 202, contentType: 'application/json', body: '{}' },
  ];
  await page.route('**/api/v1/stories/copy', async (route) => {
    bodies.push(route.request().postDataJSON());
    await route.fulfill(replies.shift() ?? { status: 409, body: '' });
  });
  await tellAndSend(page);
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  const field = page.getByLabel('Email address');
  const summary = page.locator('.hj-error-summary');

  // Not an address: caught before anything is sent.
  await tabTo(page, field);
  await page.keyboard.type('not an address');
  await press(page, 'Send me a copy');
  await expect(summary).toBeFocused();
  await expect(page.locator('#f-copyEmail-error')).toContainText(
    'Enter an email address in the correct format',
  );
  expect(bodies).toHaveLength(0);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `copy error ${width}`);
  }

  // The server refuses the address (422).
  await field.fill('someone@example.invalid');
  await press(page, 'Send me a copy');
  await expect(page.locator('#f-copyEmail-error')).toContainText(
    'Enter an email address in the correct format',
  );
  await expect(summary).toBeFocused();

  // Too late (410).
  await press(page, 'Send me a copy');
  await expect(page.locator('#f-copyEmail-error')).toContainText(
    'It is too late to send a copy by email.',
  );

  // Accepted (202): the form gives way to a message, which takes focus.
  await field.fill('me@example.com');
  await press(page, 'Send me a copy');
  const sent = page.getByTestId('copy-sent');
  await expect(sent).toBeFocused();
  await expect(sent).toHaveText(
    'We are sending a copy to the address you gave. It may take a few minutes to arrive.',
  );
  await expect(page.getByLabel('Email address')).toHaveCount(0);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `copy sent ${width}`);
  }
  expect(bodies.at(-1)).toEqual({ reference, email: 'me@example.com', language: 'en' });
  expect(await browserStorage(page)).toEqual({
    cookies: 0,
    local: 0,
    session: 0,
    indexedDb: 0,
    caches: 0,
  });
  expect(await page.content()).not.toContain('me@example.com');
});

test('a copy already sent (409) is explained', async ({ page }) => {
  await page.route('**/api/v1/stories/copy', (route) =>
    route.fulfill({ status: 409, contentType: 'application/problem+json', body: '{}' }),
  );
  await tellAndSend(page);
  await page.getByLabel('Email address').fill('me@example.com');
  await page.getByRole('button', { name: 'Send me a copy' }).click();
  await expect(page.locator('#f-copyEmail-error')).toContainText(
    'We have already sent a copy of this story. We can only send one.',
  );
});
