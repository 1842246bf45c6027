import { expect, type Page, test } from '@playwright/test';
import { isInLibrary } from '../../server/moderation/library.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  createStaff,
  type StaffAccount,
  urlRequester,
} from '../support/admin-client.ts';
import {
  ageAuthentication,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  signInWithKeyboard,
  submitStory,
  tabTo,
} from '../support/admin-page.ts';
import { representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
// Each test sweeps axe at two widths on every state, on a machine shared by many.
test.describe.configure({ timeout: 360_000 });

test.beforeAll(async () => {
  heard = await startHeard();
});
test.afterAll(async () => heard.close());

/** Every new screen state: axe at 1280 px, then at 320 px with no sideways scroll. */
async function checkBothWidths(page: Page, state: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, `${state} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoHorizontalScroll(page, `${state} at 320 px`);
  await expectNoAxeViolations(page, `${state} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const audits = (action: string, storyId: number) =>
  heard.deps.db
    .selectFrom('audit_event')
    .select(['actor', 'detail'])
    .where('action', '=', action)
    .where('object_type', '=', 'story')
    .where('object_id', '=', String(storyId))
    .execute();

/** An approved story in the Board library, made through the real admin API. */
async function approvedStory(coordinator: StaffAccount): Promise<number> {
  const storyId = await submitStory(heard, representativeStory());
  const api = new AdminClient(urlRequester(heard.url));
  await api.signIn(coordinator);
  const steps = [
    await api.post(`/admin/api/stories/${storyId}/assign`),
    await api.post(`/admin/api/stories/${storyId}/check`, { outcome: 'no_current_risk' }),
    await api.post(`/admin/api/stories/${storyId}/storyteller-check`, {
      kind: 'checked',
      happenedOn: '2026-12-01',
      method: 'phone',
      note: 'Happy for it to be used.',
    }),
    await api.put(`/admin/api/stories/${storyId}/curated`, {
      title: 'Weight loss in a nursing home',
      summary: 'A family member whose father lost weight in a nursing home.',
      text: 'My dad was in a nursing home and kept losing weight.',
      redactions: [],
      quotes: [],
      tags: { principles: [], wellbeingAreas: [], harmKinds: [], mspSteps: [], themeIds: [] },
    }),
    await api.post(`/admin/api/stories/${storyId}/approve`),
  ];
  expect(steps.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  return storyId;
}

test('a coordinator opens contact details by keyboard, after confirming it is them; it is audited', async ({
  page,
}) => {
  const coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const storyId = await submitStory(heard, representativeStory());
  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/stories/${storyId}`);
  const reason = page.getByLabel('Why do you need their contact details?');
  await expect(reason).toBeVisible();
  await expect(page.getByText('07700 900982')).toHaveCount(0);
  await checkBothWidths(page, 'story with contact details sealed');

  // No reason: the error summary takes focus and links to the field.
  await tabTo(page, page.getByRole('button', { name: 'Show contact details' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: 'Enter why you need their contact details' }),
  ).toBeVisible();
  await checkBothWidths(page, 'contact details reason missing');
  expect(await audits('story.contact_opened', storyId)).toHaveLength(0);

  // The sign-in is old, so the server asks for the password first (428).
  await ageAuthentication(heard, coordinator.user.id);
  await tabTo(page, reason);
  await page.keyboard.type('To check their story with them, as they asked');
  await tabTo(page, page.getByRole('button', { name: 'Show contact details' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(dialog).toBeVisible();
  await checkBothWidths(page, 'confirm it is you before contact details');
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(coordinator.password);
  await page.keyboard.press('Enter');

  const shown = page.getByRole('definition').filter({ hasText: '07700 900982' });
  await expect(shown).toBeVisible();
  await expect(page.locator('dl[aria-label="The person’s contact details"]')).toBeFocused();
  await expect(page.getByText('By phone')).toBeVisible();
  await checkBothWidths(page, 'contact details shown');

  // Audited with who and why, and the reason never carries the details themselves.
  const opened = await audits('story.contact_opened', storyId);
  expect(opened).toHaveLength(1);
  expect(opened[0]?.actor).toBe(String(coordinator.user.id));
  expect(JSON.parse(opened[0]?.detail ?? '{}')).toEqual({
    reason: 'To check their story with them, as they asked',
  });

  // Hidden again, and not kept: a reload shows the sealed form, not the details.
  await tabTo(page, page.getByRole('button', { name: 'Hide contact details' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('07700 900982')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Why do you need their contact details?')).toBeVisible();
  await expect(page.getByText('07700 900982')).toHaveCount(0);
  expect(
    await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    ),
  ).not.toContain('07700');
});

test('a coordinator records a whole-story withdrawal for the person; it leaves the library', async ({
  page,
}) => {
  const coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const storyId = await approvedStory(coordinator);
  expect(await isInLibrary(heard.deps.db, storyId, new Date())).toBe(true);

  await signInWithKeyboard(page, heard, coordinator);
  await page.goto(`${heard.url}/admin/stories/${storyId}`);
  await tabTo(page, page.getByRole('link', { name: 'Record a withdrawal' }));
  await page.keyboard.press('Enter');
  const h1 = page.getByRole('heading', { level: 1, name: 'Record a withdrawal' });
  await expect(h1).toBeFocused();
  await checkBothWidths(page, 'record a withdrawal');

  // Nothing chosen: both problems in the error summary, and the title says Error.
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Select what the person wants to withdraw',
    'Enter how the person asked to withdraw',
  ]);
  await expect(page).toHaveTitle(/^Error: /);
  await checkBothWidths(page, 'record a withdrawal with errors');

  // "Some uses" reveals the uses they agreed to.
  await tabTo(page, page.getByLabel('The whole story'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Some of the uses they agreed to')).toBeChecked();
  await expect(page.getByLabel('Share with the Board with details removed')).toBeVisible();
  await checkBothWidths(page, 'record a withdrawal, some uses');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('The whole story')).toBeChecked();
  await tabTo(page, page.getByLabel('How did they ask?'));
  await page.keyboard.type('Phoned the forum and asked for the whole story to be withdrawn');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // The check page says what will be deleted; nothing has changed yet.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check before you withdraw' }),
  ).toBeFocused();
  await expect(page.getByText('Their contact details are deleted.')).toBeVisible();
  await expect(page.getByText(/leaves the Board library/)).toBeVisible();
  await checkBothWidths(page, 'check before you withdraw');
  expect(await isInLibrary(heard.deps.db, storyId, new Date())).toBe(true);

  await tabTo(page, page.getByRole('button', { name: 'Withdraw the story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Withdrawal recorded' })).toBeFocused();
  await checkBothWidths(page, 'withdrawal recorded');

  // Gone from the library; its words and contact details deleted; audited as done by staff.
  expect(await isInLibrary(heard.deps.db, storyId, new Date())).toBe(false);
  const row = await heard.deps.db
    .selectFrom('story')
    .select(['status', 'story_sealed'])
    .where('id', '=', storyId)
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ status: 'withdrawn', story_sealed: null });
  const contact = await heard.deps.db
    .selectFrom('contact')
    .select('story_id')
    .where('story_id', '=', storyId)
    .execute();
  expect(contact).toEqual([]);
  const withdrawn = await audits('story.withdrawn', storyId);
  expect(withdrawn).toHaveLength(1);
  expect(JSON.parse(withdrawn[0]?.detail ?? '{}')).toMatchObject({
    via: 'staff',
    reason: 'Phoned the forum and asked for the whole story to be withdrawn',
  });

  // The story page no longer offers a withdrawal.
  await tabTo(page, page.getByRole('link', { name: `Back to story ${storyId}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Story ${storyId}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Record a withdrawal' })).toHaveCount(0);
});

test('an admin changes a user’s role by keyboard, with a check page; not their own', async ({
  page,
}) => {
  const admin = await createStaff(heard.deps, { role: 'admin' });
  const secretary = await createStaff(heard.deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  await signInWithKeyboard(page, heard, admin);
  await page.goto(`${heard.url}/admin/users`);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Change role or Boards of ${admin.email}` }),
  ).toHaveCount(0);
  await tabTo(
    page,
    page.getByRole('link', { name: `Change role or Boards of ${secretary.email}` }),
    {
      max: 200,
    },
  );
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Change role or Boards' }),
  ).toBeFocused();
  await expect(page.getByLabel('Board secretary')).toBeChecked();
  await checkBothWidths(page, 'change role or Boards');

  // Unchanged: an error, not a pointless confirmation.
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await checkBothWidths(page, 'change role or Boards, nothing changed');

  await tabTo(page, page.getByLabel('Board secretary'));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Forum coordinator')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check the change' })).toBeFocused();
  await expect(page.getByText('Board secretary → Forum coordinator')).toBeVisible();
  await checkBothWidths(page, 'check the role change');
  await tabTo(page, page.getByRole('button', { name: 'Save the change' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Role and Boards changed' }),
  ).toBeFocused();
  await checkBothWidths(page, 'role changed');
  const row = await heard.deps.db
    .selectFrom('user')
    .select('role')
    .where('id', '=', secretary.user.id)
    .executeTakeFirstOrThrow();
  expect(row.role).toBe('coordinator');

  // Their own account: no form, just why.
  await page.goto(`${heard.url}/admin/users/${admin.user.id}`);
  await expect(page.getByText(/You cannot change your own role/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await checkBothWidths(page, 'change your own role');
});
