import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createApp } from '../../server/app.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { demoBoardId, staffClient } from '../api/board-support.ts';
import { unzip } from '../api/packs-zip.ts';
import type { StaffAccount } from '../support/admin-client.ts';
import { ageAuthentication, signInWithKeyboard, tabTo } from '../support/admin-page.ts';
import { checkAtBothWidths, startBoardWorld } from '../support/board-world.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import type { RunningHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let secretary: StaffAccount;
/** A story that is not about money, for the withdrawal test (it never matches the search). */
let gardenStoryId: number;

test.beforeAll(async () => {
  const world = await startBoardWorld();
  ({ heard, secretary } = world);
  for (let i = 1; i <= 6; i++) {
    await world.addApprovedStory(
      i % 2 ? adultStory() : representativeStory(),
      {
        title: `Money story ${i}`,
        text: `Money went missing after visits, story ${i}. The social worker changed the agency.`,
        principles: ['empowerment'],
        harmKinds: ['financial'],
      },
      new Date('2026-06-01T10:00:00Z'),
    );
  }
  gardenStoryId = await world.addApprovedStory(
    adultStory(),
    {
      title: 'Garden story',
      text: 'The garden gate was left open after visits. The provider fixed the lock.',
      principles: ['protection'],
      harmKinds: ['neglect'],
    },
    new Date('2026-06-02T10:00:00Z'),
  );
});
test.afterAll(async () => heard.close());

test('a secretary searches, builds a pack of five stories, downloads Word and issues it, by keyboard', async ({
  page,
}) => {
  // Eight screen states, each checked by axe at 1280 and 320 px: slow on a shared 2-core machine.
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  await page.goto(`${heard.url}/admin/board/packs`);
  await expect(page.getByRole('heading', { level: 1, name: 'Board packs' })).toBeVisible();
  await checkAtBothWidths(page, 'pack list, empty');

  // Start a pack: an empty submit first shows the error summary.
  await tabTo(page, page.getByRole('button', { name: 'Start pack' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Enter a title for the pack');
  await checkAtBothWidths(page, 'new pack form with errors');
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
  ).toBeFocused();
  await checkAtBothWidths(page, 'new draft pack');

  // Search the library.
  await tabTo(page, page.getByLabel('Search the library'));
  await page.keyboard.type('money');
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-count')).toHaveText('6 stories found');
  await checkAtBothWidths(page, 'search results');

  // Add five stories, each by keyboard. Names are exact: "Money story 1" must not find 10.
  for (let i = 1; i <= 5; i++) {
    const add = page.getByRole('button', { name: `Add to pack: Money story ${i}`, exact: true });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Stories in this pack/ })).toHaveText(
      `Stories in this pack (${i})`,
    );
    // The button says what happened and keeps focus, so Tab carries on from here.
    await expect(
      page.getByRole('button', { name: `In the pack: Money story ${i}`, exact: true }),
    ).toBeFocused();
  }
  await tabTo(page, page.getByLabel('What this tells us: Money story 1'));
  await page.keyboard.type('People were not told how things ended.');
  await tabTo(page, page.getByLabel('Questions for the Board: Money story 1'));
  await page.keyboard.type('How do we tell people what happened next?');
  await tabTo(page, page.getByRole('button', { name: 'Move down: Money story 1', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#chosen-heading + ol > li h3')).toHaveText([
    'Money story 2',
    'Money story 1',
    'Money story 3',
    'Money story 4',
    'Money story 5',
  ]);
  await tabTo(page, page.getByRole('button', { name: 'Save pack' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Download Word document' })).toBeEnabled();
  await checkAtBothWidths(page, 'pack with five stories');

  // Download the Word document and read it back: headings, header rows, alt text, the order.
  // Signed in over 15 minutes ago, the secretary is first asked to confirm it is them.
  await ageAuthentication(heard, secretary.user.id);
  const downloadPromise = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download Word document' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await checkAtBothWidths(page, 'confirm it is you before downloading');
  await page.keyboard.type(secretary.password);
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  await expect(dialog).toBeHidden();
  expect(download.suggestedFilename()).toBe('heard-pack-demo-sab-2027-01-20-draft.docx');
  const files = unzip(readFileSync(await download.path()));
  const doc = files.get('word/document.xml') ?? '';
  expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>.*Board meeting January 2027/s);
  const storyHeadings = [
    ...doc.matchAll(/<w:pStyle w:val="Heading3"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/gs),
  ].map((m) => m[1]);
  expect(storyHeadings).toEqual([
    'Story 1: Money story 2',
    'Story 2: Money story 1',
    'Story 3: Money story 3',
    'Story 4: Money story 4',
    'Story 5: Money story 5',
  ]);
  expect(doc).toContain('People were not told how things ended.');
  expect(doc).toContain('How do we tell people what happened next?');
  expect((doc.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(6);
  const altTexts = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)];
  expect(altTexts.length).toBeGreaterThan(0);

  // Issue it, confirming again (the same dialog, so no second axe run on it).
  await ageAuthentication(heard, secretary.user.id);
  await tabTo(page, page.getByRole('button', { name: 'Issue pack' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Issuing freezes this pack')).toBeFocused();
  await checkAtBothWidths(page, 'issue confirmation');
  await tabTo(page, page.getByRole('button', { name: 'Yes, issue this pack' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(secretary.password);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.govuk-tag', { hasText: 'Issued' })).toBeVisible();
  await expect(page.locator('.govuk-tag', { hasText: 'Issued' }).locator('..')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save pack' })).toHaveCount(0);
  await expect(page.getByLabel(/What this tells us/)).toHaveCount(0);
  await checkAtBothWidths(page, 'issued pack');

  const pack = await heard.deps.db
    .selectFrom('pack')
    .select(['status', 'snapshot'])
    .executeTakeFirstOrThrow();
  expect(pack.status).toBe('issued');
  const snapshot = JSON.parse(pack.snapshot ?? '{}') as {
    stories: { title: string; tellsUs: string; questions: string }[];
  };
  expect(snapshot.stories.map((s) => s.title)).toEqual([
    'Money story 2',
    'Money story 1',
    'Money story 3',
    'Money story 4',
    'Money story 5',
  ]);
  expect(snapshot.stories[1]?.tellsUs).toBe('People were not told how things ended.');
  expect(snapshot.stories[1]?.questions).toBe('How do we tell people what happened next?');
  const audit = await heard.deps.db
    .selectFrom('audit_event')
    .select(['action', 'actor', 'detail'])
    .where('action', 'in', ['pack.exported', 'pack.issued'])
    .orderBy('id')
    .execute();
  expect(audit.map((e) => [e.action, e.actor])).toEqual([
    ['pack.exported', String(secretary.user.id)],
    ['pack.issued', String(secretary.user.id)],
  ]);
  expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ format: 'docx', stories: 5 });
});

test('the library filters narrow a search and explain a wrong date, by keyboard', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = createApp(heard.deps);
  const boardId = await demoBoardId(heard.deps);
  const colleague = await staffClient(heard.deps, app, {
    role: 'board_secretary',
    boardIds: [boardId],
  });
  const created = await colleague.send('POST', `/admin/api/boards/${boardId}/packs`, {
    title: 'Board meeting February 2027',
    meetingDate: '2027-02-17',
    periodFrom: '2026-04-01',
    periodTo: '2026-12-31',
  });
  const { packId } = (await created.json()) as { packId: number };

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  await page.goto(`${heard.url}/admin/board/packs/${boardId}/${packId}`);
  await tabTo(page, page.getByLabel('Search the library'));
  await page.keyboard.type('money');
  // The filters are folded away under the search box; Enter on the summary opens them.
  await tabTo(page, page.locator('summary', { hasText: 'Filter the library' }));
  await page.keyboard.press('Enter');
  const toldBy = page.getByLabel('Told by');
  await tabTo(page, toldBy);
  await page.keyboard.type('Someone');
  await expect(toldBy).toHaveValue('representative');
  await tabTo(page, page.getByRole('button', { name: 'Search', exact: true }));
  await page.keyboard.press('Enter');
  // Stories 2, 4 and 6 were told by a family member; 1, 3 and 5 by the adult.
  await expect(page.locator('#results-count')).toHaveText('3 stories found');
  // Which stories, not their order (relevance, then date).
  const titles = await page.locator('.heard-result h3').allInnerTexts();
  expect([...titles].sort()).toEqual(['Money story 2', 'Money story 4', 'Money story 6']);
  await expect(page.getByText('Filter the library (1 set)')).toBeVisible();

  // A date that does not exist is explained in the error summary, linked to its field.
  await tabTo(page, page.getByLabel('Received from'));
  await page.keyboard.type('2026-13-45');
  await tabTo(page, page.getByRole('button', { name: 'Search', exact: true }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter a real date, like 2026-04-01');
  await expect(summary.getByRole('link', { name: /Enter a real date/ })).toHaveAttribute(
    'href',
    '#library-from',
  );
  await checkAtBothWidths(page, 'library filters open, with an error');
});

test('a draft pack shows a note when a story in it is withdrawn', async ({ page }) => {
  test.setTimeout(180_000);
  const app = createApp(heard.deps);
  const boardId = await demoBoardId(heard.deps);
  const colleague = await staffClient(heard.deps, app, {
    role: 'board_secretary',
    boardIds: [boardId],
  });
  const created = await colleague.send('POST', `/admin/api/boards/${boardId}/packs`, {
    title: 'Board meeting March 2027',
    meetingDate: '2027-03-17',
    periodFrom: '2026-04-01',
    periodTo: '2026-12-31',
  });
  const { packId } = (await created.json()) as { packId: number };
  const put = await colleague.send('PUT', `/admin/api/boards/${boardId}/packs/${packId}/stories`, {
    stories: [{ storyId: gardenStoryId }],
  });
  expect(put.status).toBe(200);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  await page.goto(`${heard.url}/admin/board/packs/${boardId}/${packId}`);
  await expect(page.getByRole('heading', { name: /Stories in this pack/ })).toHaveText(
    'Stories in this pack (1)',
  );
  await expect(page.getByText(/because the person who told it withdrew it/)).toHaveCount(0);

  // The person withdraws their story while the pack is a draft.
  await withdrawStory(heard.deps.db, gardenStoryId, {
    actor: 'public',
    address: null,
    now: heard.deps.now(),
    via: 'public',
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: /Stories in this pack/ })).toHaveText(
    'Stories in this pack (0)',
  );
  await expect(page.locator('.govuk-inset-text')).toContainText(
    'A story was removed from this pack because the person who told it withdrew it.',
  );
  await expect(page.getByRole('heading', { name: 'Garden story' })).toHaveCount(0);
  await checkAtBothWidths(page, 'draft pack after a withdrawal');
});

test('the public Board pages have no axe violations at 320 and 1280 px', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ['/boards/demo-sab/you-said-we-did', '/boards/demo-sab/stories']) {
    await page.goto(`${heard.url}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkAtBothWidths(page, path);
  }
});
