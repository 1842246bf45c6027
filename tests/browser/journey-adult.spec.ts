import { expect, test } from '@playwright/test';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';
import {
  browserStorage,
  chooseRadio,
  continueTo,
  expectHeading,
  press,
  storedStories,
  stubExitPage,
  tickCheckbox,
  typeInto,
} from './journey-steps.ts';

let heard: RunningHeard;
test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

const STORY =
  'Money went missing from my purse after the morning visits. The social worker listened and changed the agency.';
const WANTED = 'I wanted the carers who took my money to stop coming.';

test('an adult tells their story by keyboard alone and it is stored with every answer', async ({
  page,
}) => {
  // Some 30 pages by keyboard: generous on a machine shared with other test runs.
  test.setTimeout(240_000);
  await stubExitPage(page);
  // A keyboard robot is faster than any person; the clock lets the test take a person's time
  // (the spam check quarantines a journey sent in under 10 s) without waiting for it.
  await page.clock.install();
  await page.goto(`${heard.url}/tell/demo`);
  await expectHeading(page, 'Tell us about your safeguarding support');
  await expect(page.getByText('This is not the way to report abuse')).toBeVisible();
  await expect(page.getByText('Call 999 if someone is in danger right now.')).toBeVisible();

  await press(page, 'Start now');
  await expectHeading(page, 'Staying safe online');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await continueTo(page, 'Who is filling this in?');
  await chooseRadio(page, 'I am the person who had the support');
  await continueTo(page, 'Did you get help because someone was worried about abuse or neglect?');
  await chooseRadio(page, 'Yes');
  await continueTo(page, 'When did the help finish?');
  await chooseRadio(page, '3 to 12 months ago');
  await continueTo(page, 'Is anyone hurting you or putting you at risk now?');
  await chooseRadio(page, 'No');
  await continueTo(page, 'At the start, did anyone ask you what you wanted to happen?');
  await chooseRadio(page, 'Yes, and I told them');
  await continueTo(page, 'What did you want to happen?');
  await typeInto(page, 'What did you want to happen?', WANTED);
  await continueTo(page, 'Did that happen?');
  await chooseRadio(page, 'Partly');
  await continueTo(page, 'Do you feel safer now?');
  await chooseRadio(page, 'Yes, a bit safer');
  await continueTo(page, 'I was listened to');
  await chooseRadio(page, 'Yes, completely');
  await continueTo(page, 'I was involved as much as I wanted to be');
  await chooseRadio(page, 'Yes, partly');
  await continueTo(page, 'I was treated with dignity and respect');
  await chooseRadio(page, 'Yes, completely');
  await continueTo(page, 'I was kept informed');
  await chooseRadio(page, 'No');
  await continueTo(page, 'I understood who everyone was');
  await chooseRadio(page, 'I do not know');
  await continueTo(page, 'My information was only shared');
  await chooseRadio(page, 'This does not apply');
  await continueTo(page, 'Did anyone help you have a say?');
  await chooseRadio(page, 'Yes, an advocate');
  await continueTo(page, 'What kind of harm was it about?');
  await tickCheckbox(page, /financial abuse/);
  await continueTo(page, 'Where did it happen?');
  await chooseRadio(page, 'At home');
  await continueTo(page, 'Tell us what happened, in your own words');
  await typeInto(page, 'Tell us what happened, in your own words', STORY);
  await continueTo(page, 'What helped most?');
  await typeInto(page, 'What helped most?', 'My advocate came to every meeting.');
  await continueTo(page, 'What should change?');
  await press(page, 'Skip this question');
  await expectHeading(page, 'How may we use your story?');
  await expect(page.getByText(/We always count your answers/)).toBeVisible();
  await tickCheckbox(page, /Share it with the Safeguarding Adults Board/);
  await tickCheckbox(page, 'Quote my exact words');
  await tickCheckbox(page, /Contact me to check my story/);
  await continueTo(page, 'How should we contact you?');
  await chooseRadio(page, 'Email');
  await typeInto(page, 'Email address', 'reader@example.com');
  await chooseRadio(page, 'No, do not leave a message');
  await continueTo(page, 'Check your answers before sending');

  // Change an answer from check-your-answers: it returns here afterwards.
  await press(page, /Change\s+Do you feel safer now\?/, 'link');
  await expectHeading(page, 'Do you feel safer now?');
  await chooseRadio(page, 'Yes, a lot safer');
  await continueTo(page, 'Check your answers before sending');
  await expect(page.getByText('Yes, a lot safer')).toBeVisible();

  await page.clock.fastForward('05:00');
  await press(page, 'Send');
  await expectHeading(page, 'Your story has been sent');
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[0-9A-Z-]{8,}$/);

  const [stored] = storedStories(heard);
  expect(stored).toMatchObject({
    respondent: 'self',
    person_knows: null,
    support_reason: 'yes',
    finished: '3_to_12_months',
    at_risk_now: 'no',
    asked_outcomes: 'yes_expressed',
    outcome_achieved: 'partly',
    feel_safer: 'a_lot',
    exp_listened: 'yes_completely',
    exp_involved: 'yes_partly',
    exp_dignity: 'yes_completely',
    exp_informed: 'no',
    exp_understood_roles: 'dont_know',
    exp_shared_when_needed: 'not_applicable',
    help_to_have_say: 'advocate',
    harm_kinds: '["financial"]',
    location: 'own_home',
    urgent: 0,
    status: 'new',
    story: STORY,
    wanted: WANTED,
    reference: referenceHashOf(heard.deps, reference),
    consents: {
      board_share: true,
      training: false,
      publish: false,
      quote: true,
      contact_check: true,
      contact_involve: false,
    },
  });
  const contact = heard.deps.sqlite.prepare('select * from contact').get() as Record<
    string,
    unknown
  >;
  expect(contact.method).toBe('email');
  expect(heard.deps.sealer.open(String(contact.email_sealed), 'contact.email')).toBe(
    'reader@example.com',
  );
  expect(contact.safe_to_leave_message).toBe(0);

  // Nothing the person typed is left in the page or the browser.
  const html = await page.content();
  expect(html).not.toContain('Money went missing');
  expect(html).not.toContain('reader@example.com');
  expect(await browserStorage(page)).toEqual({
    cookies: 0,
    local: 0,
    session: 0,
    indexedDb: 0,
    caches: 0,
  });
});
