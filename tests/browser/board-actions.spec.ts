import { expect, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import { signInWithKeyboard, tabTo } from '../support/admin-page.ts';
import { checkAtBothWidths, startBoardWorld } from '../support/board-world.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import type { RunningHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let secretary: StaffAccount;
let coordinator: StaffAccount;
let informedStoryId: number;

// Two stories in the Board's library: one whose teller (a daughter) asked to be contacted, by
// phone, and one whose teller did not.
test.beforeAll(async () => {
  const world = await startBoardWorld();
  ({ heard, secretary } = world);
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  informedStoryId = await world.addApprovedStory(representativeStory(), {
    title: 'Kept informed story',
    text: 'We had to chase for every update about my dad.',
  });
  await world.addApprovedStory(adultStory(), {
    title: 'Money story',
    text: 'Money went missing after visits.',
  });
});
test.afterAll(async () => heard.close());

test('a secretary records what the Board will do, by keyboard; a reason is required to not take it forward', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  // Only coordinators hold contact details, so only they see who to tell.
  await expect(page.getByRole('link', { name: 'People to tell' })).toHaveCount(0);
  await tabTo(page, page.getByRole('link', { name: 'You said, we did' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeFocused();
  await expect(page.getByText('This Board has no actions yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: /public “You said, we did” page/ })).toHaveAttribute(
    'href',
    `/boards/${DEMO_BOARD_SLUG}/you-said-we-did`,
  );
  await checkAtBothWidths(page, 'actions, none yet');

  await tabTo(page, page.getByLabel('Theme'));
  await page.keyboard.type('Being kept informed');
  await tabTo(page, page.getByLabel('What people said'));
  await page.keyboard.type('Families had to chase for every update.');
  await tabTo(page, page.getByLabel('What the Board will do'));
  await page.keyboard.type('Ask every partner to give a named contact and a weekly update.');
  await tabTo(page, page.getByLabel('Who owns this action'));
  await page.keyboard.type('Head of adult safeguarding');
  await tabTo(page, page.getByLabel('Due date (optional)'));
  await page.keyboard.type('2027-03-31');
  // No status chosen yet: Tab lands on the first radio; arrows move to the last.
  await tabTo(page, page.getByLabel('Proposed'));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Not taken forward')).toBeChecked();
  await expect(page.getByLabel('Why is it not being taken forward?')).toBeVisible();

  // Find and link the story, and a measure.
  await tabTo(page, page.getByLabel('Search the library'));
  await page.keyboard.type('chase');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Kept informed story'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('“I was kept informed”'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel(/Show this action on the Board’s public/));
  await page.keyboard.press('Space');

  // No reason: the error summary says so, and links to the field.
  await tabTo(page, page.getByRole('button', { name: 'Add action' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Say why the action is not being taken forward');
  await checkAtBothWidths(page, 'new action, reason missing');
  await tabTo(page, summary.getByRole('link', { name: /Say why/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Why is it not being taken forward?')).toBeFocused();
  await page.keyboard.type('Partners already give a named contact since the spring.');
  await tabTo(page, page.getByRole('button', { name: 'Add action' }));
  await page.keyboard.press('Enter');

  const card = page.locator('.govuk-summary-card', { hasText: 'Being kept informed' });
  await expect(page.getByRole('heading', { level: 3, name: /Being kept informed/ })).toBeFocused();
  await expect(card).toContainText('Not taken forward');
  await expect(card).toContainText('Partners already give a named contact since the spring.');
  await expect(card).toContainText(`Story ${informedStoryId}`);
  await expect(card).toContainText('Published');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await checkAtBothWidths(page, 'actions, one added');

  // Change it: the Board agreed after all.
  await tabTo(page, page.getByRole('button', { name: 'Change: Being kept informed' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Change action: Being kept informed' }),
  ).toBeFocused();
  await tabTo(page, page.getByLabel('Not taken forward'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Agreed')).toBeChecked();
  await checkAtBothWidths(page, 'changing an action');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(card).toContainText('Agreed');
  await expect(card).not.toContainText('Why not taken forward');

  const saved = await heard.deps.db
    .selectFrom('board_action')
    .select(['status', 'status_reason', 'published', 'measures'])
    .executeTakeFirstOrThrow();
  expect(saved).toEqual({
    status: 'agreed',
    status_reason: null,
    published: 1,
    measures: '["experience.informed"]',
  });

  // The public page shows it, in the secretary's words.
  await page.goto(`${heard.url}/boards/${DEMO_BOARD_SLUG}/you-said-we-did`);
  await expect(page.locator('main')).toContainText('Families had to chase for every update.');
});

test('a coordinator opens the contact route, tells the person and marks them as told', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const open = await heard.deps.db
    .selectFrom('action_to_tell')
    .select('id')
    .where('told_at', 'is', null)
    .execute();
  // Linked at creation and changed once since: still one person to tell, about the latest.
  expect(open).toHaveLength(1);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, coordinator);
  await tabTo(page, page.getByRole('link', { name: 'People to tell' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'People to tell' })).toBeFocused();
  const card = page.locator('.govuk-summary-card', { hasText: `Story ${informedStoryId}` });
  await expect(card).toContainText('Being kept informed');
  await expect(card).toContainText('Status is now Agreed');
  await expect(card).toContainText('By phone');
  await checkAtBothWidths(page, 'people to tell, one waiting');

  await tabTo(
    page,
    page.getByRole('button', { name: `Open contact details: Story ${informedStoryId}` }),
  );
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Why do you need their contact details?'));
  await page.keyboard.type('To tell them the Board agreed the action.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(card).toContainText('07700 900982');
  await checkAtBothWidths(page, 'people to tell, contact details open');
  const opened = await heard.deps.db
    .selectFrom('audit_event')
    .select('action')
    .where('action', '=', 'story.contact_opened')
    .execute();
  expect(opened).toHaveLength(1);

  await tabTo(page, page.getByRole('button', { name: `Mark as told: Story ${informedStoryId}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Waiting to be told (0)' })).toBeFocused();
  await expect(page.locator('.govuk-summary-card')).toHaveCount(0);
  await expect(page.getByText('There is nobody waiting to hear back.')).toBeVisible();
  await checkAtBothWidths(page, 'people to tell, all told');

  // Still gone after a reload: the server recorded it.
  await page.reload();
  await expect(page.getByText('There is nobody waiting to hear back.')).toBeVisible();
  const told = await heard.deps.db
    .selectFrom('action_to_tell')
    .select(['told_at', 'told_by'])
    .executeTakeFirstOrThrow();
  expect(told.told_at).not.toBeNull();
  expect(told.told_by).toBe(coordinator.user.id);
});
