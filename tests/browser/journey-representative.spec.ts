import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { expectHeading, storedStories, walkTo } from './journey-steps.ts';

// Generous: these walk many pages on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

test('a family member sees wording about the person and their story is stored as a representative', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'person-knows', { who: 'A family member' });
  await expectHeading(page, 'Does the person know you are telling us about their support?');
  await walkTo(page, 'reason');
  await expectHeading(
    page,
    'Did they get help because someone was worried about abuse or neglect?',
  );
  await walkTo(page, 'asked');
  await expectHeading(page, 'At the start, did anyone ask them what they wanted to happen?');
  // "No": the follow-up questions about what they wanted are not asked.
  await walkTo(page, 'safer', { asked: 'No' });
  await expectHeading(page, 'Do they feel safer now?');
  await walkTo(page, 'consent');
  await expect(
    page.getByRole('checkbox', { name: 'Quote the exact words I have written' }),
  ).toBeVisible();
  await walkTo(page, 'contact', {
    consent: [/Share it with the Safeguarding Adults Board/, /Contact me to check my story/],
  });
  await page.getByRole('radio', { name: 'Phone', exact: true }).check();
  await page.getByLabel('Phone number').fill('07700 900982');
  await page.getByRole('radio', { name: 'Yes, it is safe to leave a message' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHeading(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');

  const [stored] = storedStories(heard);
  expect(stored).toMatchObject({
    respondent: 'family',
    person_knows: 'yes_happy',
    asked_outcomes: 'no',
    outcome_achieved: null,
    wanted: null,
    consents: { board_share: true, contact_check: true, quote: false },
  });
  const contact = heard.deps.sqlite.prepare('select * from contact').get() as Record<
    string,
    unknown
  >;
  expect(heard.deps.sealer.open(String(contact.phone_sealed), 'contact.phone')).toBe(
    '07700 900982',
  );
  expect(contact.safe_to_leave_message).toBe(1);
});

test('a representative who has not asked the person is offered no consent choices', async ({
  page,
}) => {
  await page.goto(`${heard.url}/tell/demo`);
  await walkTo(page, 'consent', { who: 'A friend', 'person-knows': 'I have not asked them' });
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByText(/we will only count these answers anonymously/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHeading(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectHeading(page, 'Your story has been sent');
  const [stored] = storedStories(heard);
  expect(stored?.person_knows).toBe('not_asked');
  expect(Object.values(stored?.consents ?? {}).every((granted) => granted === false)).toBe(true);
});
