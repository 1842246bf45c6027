import { expect, type Page, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  createStaff,
  type StaffAccount,
  urlRequester,
} from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  signInWithKeyboard,
  submitStory,
  tabTo,
} from '../support/admin-page.ts';
import { representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 13: "check it with me first" — the coordinator's flow, by keyboard alone.
test.describe.configure({ timeout: 360_000 });

let heard: RunningHeard;
let coordinator: StaffAccount;
let storyId: number;
let unreachedId: number;

test.beforeAll(async () => {
  heard = await startHeard();
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    // Short, so the signed-in header fits at 320 px.
    email: 'checker@heard.test',
  });
  // Asked to be contacted to check the story first (contact_check), with a phone number.
  storyId = await readyStory();
  unreachedId = await readyStory();
});

/** A story asking to be checked first, with its safeguarding check and curated story saved. */
async function readyStory(): Promise<number> {
  const id = await submitStory(heard, representativeStory());
  const api = new AdminClient(urlRequester(heard.url));
  await api.signIn(coordinator);
  const steps = [
    await api.post(`/admin/api/stories/${id}/check`, { outcome: 'no_current_risk' }),
    await api.put(`/admin/api/stories/${id}/curated`, {
      title: 'Weight loss in a nursing home',
      summary: 'A family member whose father lost weight in a nursing home.',
      text: 'My dad was in a nursing home and kept losing weight.',
      redactions: [],
      quotes: [],
      tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
    }),
  ];
  expect(steps.map((r) => r.status)).toEqual([200, 200]);
  return id;
}
test.afterAll(async () => heard.close());

/** Axe at 1280 px, then at 320 px with no sideways scroll. */
async function checkBothWidths(page: Page, state: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, `${state} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoHorizontalScroll(page, `${state} at 320 px`);
  await expectNoAxeViolations(page, `${state} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a story the person asked to check cannot be approved until the check is recorded', async ({
  page,
}) => {
  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/stories/${storyId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Story ${storyId}` })).toBeVisible();

  // At the top: the person asked to check their story first.
  await expect(
    page.getByText(/The person asked to check their story before it is used/),
  ).toBeVisible();
  await checkBothWidths(page, 'check required');

  // Approving is refused, and the page says why.
  await tabTo(page, page.getByRole('button', { name: 'Approve story' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary').first();
  await expect(summary).toContainText('asked to check their story');
  await checkBothWidths(page, 'approval refused');

  // An empty form: an error summary naming each missing answer.
  await tabTo(page, page.getByRole('button', { name: 'Record the check' }));
  await page.keyboard.press('Enter');
  const formSummary = page
    .getByRole('region', { name: /Check with the person/ })
    .or(page.locator('form[aria-labelledby="storyteller-check-heading"]'))
    .locator('.govuk-error-summary');
  await expect(formSummary).toContainText('Select whether you checked the story with the person');
  await expect(formSummary).toContainText('Enter the date you checked the story');
  await expect(formSummary).toContainText('Select how you contacted the person');
  await checkBothWidths(page, 'check form with errors');

  // Record it: checked, on a date, by phone, with what they said.
  await tabTo(page, page.getByLabel('I checked the story with them'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('I checked the story with them')).toBeChecked();
  await tabTo(page, page.locator('#sc-happened'));
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo(page, page.getByLabel('Phone', { exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Phone', { exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel('What did they say?'));
  await page.keyboard.type('Happy for it to be used; leave out the name of the home.');
  await tabTo(page, page.getByRole('button', { name: 'Record the check' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Checked with the person on 5 December 2026')).toBeVisible();
  await checkBothWidths(page, 'check recorded');

  // Approval now succeeds.
  await tabTo(page, page.getByRole('button', { name: 'Approve story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
  await checkBothWidths(page, 'approved after the check');

  const row = await heard.deps.db
    .selectFrom('storyteller_check')
    .selectAll()
    .where('story_id', '=', storyId)
    .executeTakeFirstOrThrow();
  expect(row).toMatchObject({ kind: 'checked', happened_on: '2026-12-05', method: 'phone' });
  expect(row.note_sealed).not.toContain('leave out');
});

test('a coordinator who could not reach the person records the attempts and the decision', async ({
  page,
}) => {
  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/stories/${unreachedId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Story ${unreachedId}` })).toBeVisible();

  await tabTo(page, page.getByLabel('I checked the story with them'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('I could not reach them')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Record the check' }));
  await page.keyboard.press('Enter');
  const form = page.locator('form[aria-labelledby="storyteller-check-heading"]');
  await expect(form.locator('.govuk-error-summary')).toContainText(
    'Enter the date of the first attempt',
  );
  await expect(form.locator('.govuk-error-summary')).toContainText('Enter what was decided');
  await checkBothWidths(page, 'could not reach, with errors');

  const date = async (id: string, d: string, m: string) => {
    await tabTo(page, page.locator(`#${id}`));
    await page.keyboard.type(d);
    await page.keyboard.press('Tab');
    await page.keyboard.type(m);
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
  };
  await date('sc-happened', '6', '12');
  // Radios are one tab stop: arrows move from Phone to Letter, choosing as they go.
  await tabTo(page, page.getByLabel('Phone', { exact: true }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Letter', { exact: true })).toBeChecked();
  await date('sc-attempt1', '1', '12');
  await date('sc-attempt2', '4', '12');
  await tabTo(page, page.getByLabel('What was decided?'));
  await page.keyboard.type('Use it for training only.');
  await tabTo(page, page.getByRole('button', { name: 'Record the check' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Could not reach the person; decided on 6 December 2026'),
  ).toBeVisible();
  await expect(page.getByText(/Attempts: 1 December 2026, 4 December 2026/)).toBeVisible();
  await checkBothWidths(page, 'could not reach, recorded');

  await tabTo(page, page.getByRole('button', { name: 'Approve story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
});
