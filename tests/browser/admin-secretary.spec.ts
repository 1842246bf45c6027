import { expect, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import { signIn, submitStory } from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let secretary: StaffAccount;
let storyId: number;

test.beforeAll(async () => {
  heard = await startHeard();
  secretary = await createStaff(heard.deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  storyId = await submitStory(heard);
});
test.afterAll(async () => heard.close());

test('a Board secretary sees no queue and no control to open original text', async ({ page }) => {
  await signIn(page, heard, secretary);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }),
  ).toHaveCount(0);

  await page.goto(`${heard.url}/admin/stories/${storyId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /original text/i })).toHaveCount(0);
  await expect(page.getByLabel(/original text/i)).toHaveCount(0);
  await expect(page.getByText('Money kept going missing')).toHaveCount(0);
});

test('the API refuses a Board secretary the original text even with a valid session and CSRF token', async ({
  page,
}) => {
  await signIn(page, heard, secretary);
  const session = await page.request.get(`${heard.url}/admin/api/session`);
  expect(session.status()).toBe(200);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await page.request.post(`${heard.url}/admin/api/stories/${storyId}/original`, {
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    data: { reason: 'Curious about the original words' },
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).not.toContain('Money kept going missing');
  const detail = await page.request.get(`${heard.url}/admin/api/stories/${storyId}`);
  expect(detail.status()).toBe(403);
});
