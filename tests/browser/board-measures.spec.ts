import { expect, type Page, test } from '@playwright/test';
import { addStory } from '../api/board-support.ts';
import type { StaffAccount } from '../support/admin-client.ts';
import { expectNoAxeViolations, signInWithKeyboard, tabTo } from '../support/admin-page.ts';
import { checkAtBothWidths, startBoardWorld } from '../support/board-world.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import type { RunningHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let secretary: StaffAccount;

// Enough answers that some figures show and others are withheld: 26 adults (20 asked and said
// what they wanted, five of each outcome, so that table shows percentages; 6 not asked) and 3
// representatives (too few: every figure of theirs is [c]).
test.beforeAll(async () => {
  ({ heard, secretary } = await startBoardWorld());
  const june = new Date('2026-06-01T10:00:00Z');
  const september = new Date('2026-09-15T10:00:00Z');
  const achieved = ['fully', 'partly', 'no', 'dont_know'] as const;
  for (let i = 0; i < 20; i++) {
    await addStory(
      heard.deps,
      adultStory({
        outcomeAchieved: achieved[i % 4],
        feelSafer: i % 2 ? 'a_lot' : 'a_bit',
      }),
      i < 12 ? june : september,
    );
  }
  for (let i = 0; i < 6; i++) {
    await addStory(
      heard.deps,
      adultStory({
        askedOutcomes: 'no',
        wantedOutcome: undefined,
        outcomeAchieved: undefined,
        feelSafer: 'no_different',
      }),
      i < 3 ? june : september,
    );
  }
  for (let i = 0; i < 3; i++) await addStory(heard.deps, representativeStory(), june);
});
test.afterAll(async () => heard.close());

/** Whole numbers 1 to 4 standing alone in the page text (not part of a date, %, Q1 or 2026/27). */
async function smallNumbersIn(page: Page): Promise<string[]> {
  // What people see, with cells and lines apart: textContent would run "Adults" and "25"
  // together and hide a number from this check.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  const text = await page.locator('main').innerText();
  return text.match(/(?<![\w/.\-–])[1-4](?![\w%/.-])/g) ?? [];
}

/** Each chart's bar labels beside the percentage cells of the table that follows it. */
async function chartsAndTables(page: Page) {
  return page.locator('figure.heard-chart').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const bars = [...(svg?.querySelectorAll('text') ?? [])]
        .map((t) => t.textContent ?? '')
        .filter((t) => /^(\d+%|\[c\])$/.test(t));
      const table = figure.nextElementSibling;
      const cells = [...(table?.querySelectorAll('tr.heard-chart-row td.heard-percent') ?? [])].map(
        (td) => td.textContent ?? '',
      );
      return {
        title: svg?.querySelector('title')?.textContent ?? '',
        role: svg?.getAttribute('role'),
        bars,
        cells,
      };
    }),
  );
}

test('a secretary reads the measures by keyboard: charts match their tables and no small count shows', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithKeyboard(page, heard, secretary);
  await tabTo(page, page.getByRole('link', { name: 'Measures', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'What people told us' })).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: /2026\/27.*Self-reported/ }),
  ).toBeVisible();
  await expect(page.getByText('Self-reported.', { exact: false }).first()).toBeVisible();
  await checkAtBothWidths(page, 'measures, this financial year');

  // Some figures show, some are withheld, and none is a count of 1 to 4.
  const responses = page.getByRole('table', { name: 'Responses in this period' });
  await expect(responses.locator('td[data-group="adult"]')).toHaveText('25');
  await expect(responses.locator('td[data-group="representative"]')).toHaveText('[c]');
  expect(await smallNumbersIn(page)).toEqual([]);
  await expect(page.locator('main')).toContainText('[c] means a figure is withheld');

  // Every chart is an image with a title, and its bars say exactly what its table says.
  const figures = await chartsAndTables(page);
  expect(figures.length).toBe(3 + 6 + 3);
  for (const f of figures) {
    expect(f.role, f.title).toBe('img');
    expect(f.bars.length, f.title).toBeGreaterThan(0);
    expect(f.bars, f.title).toEqual(f.cells);
  }
  expect(figures.flatMap((f) => f.bars).some((b) => b.endsWith('%'))).toBe(true);
  expect(figures.flatMap((f) => f.bars)).toContain('[c]');

  // Forced colours (Windows high contrast): bars and labels take the system colours, and the
  // two groups stay apart (solid against striped).
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await page
    .locator('figure.heard-chart svg')
    .first()
    .evaluate((svg) => {
      const fill = (el: Element | null) => (el ? getComputedStyle(el).fill : '');
      return {
        solid: fill(svg.querySelector('rect[fill="#1d70b8"]')),
        text: fill(svg.querySelector('text')),
        stripes: svg.querySelectorAll('pattern rect').length,
      };
    });
  expect(forced.solid).not.toBe('rgb(29, 112, 184)');
  expect(forced.solid).toBe(forced.text);
  expect(forced.stripes).toBe(2);
  await expectNoAxeViolations(page, 'measures in forced colours');
  await page.emulateMedia({ forcedColors: 'none' });

  // The CSV link asks the server for the same period.
  const csv = page.getByRole('link', { name: 'Download CSV of these figures' });
  await expect(csv).toHaveAttribute(
    'href',
    /\/admin\/api\/boards\/\d+\/measures\.csv\?period=2026$/,
  );
  const download = page.waitForEvent('download');
  await tabTo(page, csv);
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^heard-measures-demo-sab-2026-04-01-to-2027-03-31\.csv$/,
  );

  // Dates of my own, wrongly typed: the error summary names both, linked to the fields.
  // Tab reaches the chosen radio; arrow keys move the choice, as in any radio group.
  await tabTo(page, page.getByLabel('A financial year'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Dates I choose')).toBeChecked();
  await tabTo(page, page.getByLabel('Start date'));
  await page.keyboard.type('2026-02-30');
  await tabTo(page, page.getByLabel('End date'));
  await page.keyboard.type('2026-01-01');
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Start date must be a real date, like 2026-04-01');
  await expect(page).toHaveTitle(/^Error: What people told us/);
  await checkAtBothWidths(page, 'measures, custom dates with errors');
  await tabTo(page, summary.getByRole('link', { name: /Start date must be/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Start date')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-04-01');
  await tabTo(page, page.getByLabel('End date'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-06-30');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: /1 April 2026 to 30 June 2026/ }),
  ).toBeVisible();
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Responses in this period' }).locator('td[data-group="adult"]'),
  ).toHaveText('15');
  // The period label itself has a 1 in it ("1 April"); no figure may.
  const small = await smallNumbersIn(page);
  expect(small.filter((n) => n !== '1')).toEqual([]);
  const figuresAfter = await chartsAndTables(page);
  for (const f of figuresAfter) expect(f.bars, f.title).toEqual(f.cells);
  await checkAtBothWidths(page, 'measures, one quarter of custom dates');

  // One partner, by keyboard: the same Board's only partner gives the same figures.
  await tabTo(page, page.getByLabel('Partner'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Partner')).toHaveValue(/^\d+$/);
  await tabTo(page, page.getByRole('button', { name: 'Show measures' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Download CSV of these figures' })).toHaveAttribute(
    'href',
    /from=2026-04-01&to=2026-06-30&partner=\d+$/,
  );
});
