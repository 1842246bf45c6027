import { expect, type Page, test } from '@playwright/test';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { addStory, curateAndApprove, demoBoardId, staffClient } from '../api/board-support.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  signInWithKeyboard,
  tabTo,
} from '../support/admin-page.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let secretary: StaffAccount;

test.beforeAll(async () => {
  heard = await startHeard();
  secretary = await createStaff(heard.deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const app = createApp(heard.deps);
  const boardId = await demoBoardId(heard.deps);
  const coordinator = await staffClient(heard.deps, app, {
    role: 'coordinator',
    boardIds: [boardId],
  });
  for (let i = 1; i <= 6; i++) {
    const id = await addStory(
      heard.deps,
      i % 2 ? adultStory() : representativeStory(),
      new Date('2026-06-01T10:00:00Z'),
    );
    await curateAndApprove(coordinator, id, {
      title: `Money story ${i}`,
      text: `Money went missing after visits, story ${i}. The social worker changed the agency.`,
      principles: ['empowerment'],
      harmKinds: ['financial'],
    });
  }
});
test.afterAll(async () => heard.close());

async function axeAtBothWidths(page: Page, state: string) {
  await expectNoAxeViolations(page, `${state} (1280 px)`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page, `${state} (320 px)`);
  await expectNoHorizontalScroll(page, `${state} (320 px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Known broken (issue 5 stays open): after the library search the "Add to pack: Money story N"
// buttons are never found and the test times out. Fix the builder or the locator, then unmark.
test.fixme('a secretary searches, builds a pack of five stories, downloads Word and issues it, by keyboard', async ({
  page,
}) => {
  // Eleven axe runs over six screen states: slow on a shared 2-core machine.
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  await page.goto(`${heard.url}/admin/board/packs`);
  await expect(page.getByRole('heading', { level: 1, name: 'Board packs' })).toBeVisible();
  await axeAtBothWidths(page, 'pack list, empty');

  // Start a pack: an empty submit first shows the error summary.
  await tabTo(page, page.getByRole('button', { name: 'Start pack' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Enter a title for the pack');
  await axeAtBothWidths(page, 'new pack form with errors');
  await tabTo(page, page.getByLabel('Title'));
  await page.keyboard.type('Board meeting January 2027');
  await tabTo(page, page.getByLabel('Meeting date'));
  await page.keyboard.type('2027-01-20');
  await tabTo(page, page.getByLabel('Period starts'));
  await page.keyboard.type('2026-04-01');
  await tabTo(page, page.getByLabel('Period ends'));
  await page.keyboard.type('2026-12-31');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board meeting January 2027' }),
  ).toBeVisible();
  await axeAtBothWidths(page, 'new draft pack');

  // Search the library.
  await tabTo(page, page.getByLabel('Search the library'));
  await page.keyboard.type('money');
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-count')).toHaveText('6 stories found');
  await axeAtBothWidths(page, 'search results');

  // Add five stories, each by keyboard.
  for (let i = 1; i <= 5; i++) {
    await tabTo(page, page.getByRole('button', { name: `Add to pack: Money story ${i}` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Stories in this pack/ })).toHaveText(
      `Stories in this pack (${i})`,
    );
  }
  await tabTo(page, page.getByLabel('What this tells us: Money story 1'));
  await page.keyboard.type('People were not told how things ended.');
  await tabTo(page, page.getByRole('button', { name: 'Move down: Money story 1' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Save pack' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Download Word document' })).toBeEnabled();
  await axeAtBothWidths(page, 'pack with five stories');

  // Download the Word document.
  const downloadPromise = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download Word document' }));
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('heard-pack-demo-sab-2027-01-20-draft.docx');

  // Issue it.
  await tabTo(page, page.getByRole('button', { name: 'Issue pack' }));
  await page.keyboard.press('Enter');
  await axeAtBothWidths(page, 'issue confirmation');
  await tabTo(page, page.getByRole('button', { name: 'Yes, issue this pack' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.govuk-tag', { hasText: 'Issued' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save pack' })).toHaveCount(0);
  await axeAtBothWidths(page, 'issued pack');

  const pack = await heard.deps.db
    .selectFrom('pack')
    .select(['status', 'snapshot'])
    .executeTakeFirstOrThrow();
  expect(pack.status).toBe('issued');
  const snapshot = JSON.parse(pack.snapshot ?? '{}') as {
    stories: { title: string; tellsUs: string }[];
  };
  expect(snapshot.stories.map((s) => s.title)).toEqual([
    'Money story 2',
    'Money story 1',
    'Money story 3',
    'Money story 4',
    'Money story 5',
  ]);
  expect(snapshot.stories[1]?.tellsUs).toBe('People were not told how things ended.');
  const exports = await heard.deps.db
    .selectFrom('audit_event')
    .select('action')
    .where('action', 'in', ['pack.exported', 'pack.issued'])
    .execute();
  expect(exports.map((e) => e.action).sort()).toEqual(['pack.exported', 'pack.issued']);
});

test('the public Board pages have no axe violations at 320 and 1280 px', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ['/boards/demo-sab/you-said-we-did', '/boards/demo-sab/stories']) {
    await page.goto(`${heard.url}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axeAtBothWidths(page, path);
  }
});
