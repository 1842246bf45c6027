import { expect, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  signInWithKeyboard,
  submitStory,
  tabTo,
} from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let coordinator: StaffAccount;
let storyId: number;

const STORY =
  'My carer Ann Smith still hits me and I am not safe at home. Please ring me on 07700 900982. ' +
  'I live in the blue bungalow next to the chapel and my daughter visits on Sundays.';

test.beforeAll(async () => {
  heard = await startHeard();
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    totp: true,
  });
  storyId = await submitStory(heard, { story: STORY, atRiskNow: 'yes' });
});
test.afterAll(async () => heard.close());

test('a coordinator moderates an urgent story from sign-in to approval by keyboard alone', async ({
  page,
}) => {
  await signInWithKeyboard(page, heard, coordinator);

  // The queue: urgent first, with how long it has waited.
  await expect(page.getByRole('heading', { level: 1, name: 'Stories to moderate' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`Story ${storyId}\\b`) });
  await expect(row.getByText('Urgent', { exact: true })).toBeVisible();
  await expect(row.getByText(/minute/)).toBeVisible();
  await tabTo(page, row.getByRole('button', { name: /Assign to me/ }));
  await page.keyboard.press('Enter');

  // The story page takes focus on its h1 after the route change.
  const h1 = page.getByRole('heading', { level: 1, name: `Story ${storyId}` });
  await expect(h1).toBeFocused();
  await expect(page.getByText(/Urgent: this story may say someone is in danger now/)).toBeVisible();
  await expect(
    page.getByText('May be used for: the Board (with details removed), quoting their exact words.'),
  ).toBeVisible();

  // Safeguarding check: escalated, with to whom and a note.
  await tabTo(page, page.getByLabel('No current risk indicated'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Escalated')).toBeChecked();
  await tabTo(page, page.getByLabel('Who did you escalate it to?'));
  await page.keyboard.type('Duty manager, adult social care');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Phoned the duty team, who will visit today.');
  await tabTo(page, page.getByRole('button', { name: 'Record safeguarding check' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Recorded by .* on /)).toBeVisible();

  // Open the sealed original with a reason.
  await tabTo(page, page.getByLabel('Why do you need to read the original text?'));
  await page.keyboard.type('To redact it before approval');
  await tabTo(page, page.getByRole('button', { name: 'Open original text' }));
  await page.keyboard.press('Enter');
  const preview = page.locator('#preview');
  await expect(preview).toBeVisible();

  // Suggestions: the phone number is found and ticked; unticking one puts its words back.
  const phone = page.getByRole('checkbox', { name: /07700 900982/ });
  await expect(phone).toBeChecked();
  await expect(preview).not.toContainText('07700 900982');
  await tabTo(page, phone);
  await page.keyboard.press('Space');
  await expect(preview).toContainText('07700 900982');
  await page.keyboard.press('Space');
  await expect(phone).toBeChecked();
  await expect(preview).not.toContainText('07700 900982');
  const names = page.getByRole('checkbox', { name: /Ann Smith|Smith/ });
  expect(await names.count()).toBeGreaterThan(0);

  // A manual redaction by keyboard: choose a replacement, select words with Shift+arrows.
  await tabTo(page, page.getByLabel('Replace the words you remove with'));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Replace the words you remove with')).toHaveValue('[place]');
  await tabTo(page, page.getByLabel('Select words in the story to remove'));
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('x');
  await page.keyboard.press('Delete');
  await expect(page.getByLabel('Select words in the story to remove')).toHaveValue(STORY);
  await page.keyboard.press('Control+Home');
  const at = STORY.indexOf('blue bungalow');
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'blue bungalow'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  const source = page.getByLabel('Select words in the story to remove');
  expect(
    await source.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    ),
  ).toBe('blue bungalow');
  await tabTo(page, page.getByRole('button', { name: 'Remove selected words' }));
  await page.keyboard.press('Enter');
  await expect(preview).toContainText('the [place] next to the chapel');
  await expect(page.getByRole('table', { name: 'Your redactions' })).toContainText('blue bungalow');
  await expectNoAxeViolations(page, 'story page with the redaction editor');

  // The curated story and tags.
  await tabTo(page, page.getByLabel('Title'));
  await page.keyboard.type('Carer hurting someone at home');
  await page.keyboard.press('Tab');
  await page.keyboard.type(
    'Someone told us a paid carer was still hurting them. The duty team visited.',
  );
  await tabTo(page, page.getByRole('checkbox', { name: 'Protection' }).first());
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Protection from abuse and neglect/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Save curated story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Curated story saved. You can now approve it.')).toBeVisible();

  // Approve.
  await tabTo(page, page.getByRole('button', { name: 'Approve story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').getByText('Story approved')).toBeVisible();
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();

  // What was stored: an anonymised curated story, and the opening recorded with its reason.
  const saved = (await heard.deps.db
    .selectFrom('story')
    .select('status')
    .where('id', '=', storyId)
    .executeTakeFirstOrThrow()) as { status: string };
  expect(saved.status).toBe('approved');
  const opened = await heard.deps.db
    .selectFrom('audit_event')
    .selectAll()
    .where('action', '=', 'story.original_opened')
    .execute();
  expect(opened).toHaveLength(1);
});
