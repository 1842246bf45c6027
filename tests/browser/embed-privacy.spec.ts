import { expect, type Page, test } from '@playwright/test';
import {
  type EmbedWorld,
  journey,
  openByKeyboard,
  startEmbedWorld,
  tabTo,
  walkFrameTo,
} from '../fixtures/host-pages/embed-harness.ts';

// Two servers, a cross-origin frame and axe on a shared 2-core machine: allow for slowness.
test.describe.configure({ timeout: 120_000 });

let world: EmbedWorld;
test.beforeAll(async () => {
  world = await startEmbedWorld();
});
test.afterAll(async () => world.close());

// Distinctive words, so any trace of them in what the recorder saw is unmistakable.
const STORY = 'Quillfeather visited Thursdays and took Marguerite pension envelopes';
const HOST_SEARCH = 'recycling collection days';

const recorded = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { sessionRecorder: { events: string[] } }).sessionRecorder.events.join(
      '\n',
    ),
  );

/** Every 5-character piece of the text: a recorder that saw any of it would hold one. */
const pieces = (text: string) =>
  Array.from({ length: text.length - 4 }, (_, i) => text.slice(i, i + 5)).filter((p) =>
    /\w{5}/.test(p),
  );

async function expectNothingTyped(page: Page) {
  const seen = await recorded(page);
  // The recorder works: it saw the host page's own search box being typed into…
  expect(seen).toContain(HOST_SEARCH);
  // …and the messages Heard posted, which are UI events only.
  expect(seen).toMatch(/message http:\/\/localhost:\d+ \{"ns":"heard","v":1,"type":"ready"/);
  for (const line of seen.split('\n').filter((l) => l.startsWith('message '))) {
    expect(line).toMatch(/"type":"(ready|resize|close|exit|sent|focus|labels)"/);
    // `labels` carries the catalogue's Close label in the journey's language, never answers.
    if (line.includes('"type":"labels"'))
      expect(line).toMatch(/"lang":"en","closeLabel":"Close"\}$/);
  }
  // …but nothing typed into the journey.
  const leaked = pieces(STORY).filter((p) => seen.includes(p));
  expect(leaked).toEqual([]);
}

test('a session recorder on the host page captures nothing typed into the dialog', async ({
  page,
}) => {
  await page.goto(world.host.url);
  await page.getByLabel('Search this site').fill('');
  await page.getByLabel('Search this site').pressSequentially(HOST_SEARCH);
  await openByKeyboard(page);
  const frame = journey(page);
  await walkFrameTo(frame, 'story');
  const box = frame.locator('textarea');
  await tabTo(page, box);
  await page.keyboard.type(STORY);
  await expect(box).toHaveValue(STORY);
  await expectNothingTyped(page);
});

test('a session recorder on an inline page captures nothing typed into the journey', async ({
  page,
}) => {
  await page.goto(`${world.host.url}/tell-us`);
  await page.getByLabel('Search this site').pressSequentially(HOST_SEARCH);
  const frame = journey(page);
  await walkFrameTo(frame, 'story');
  const box = frame.locator('textarea');
  await box.click();
  await page.keyboard.type(STORY);
  await expect(box).toHaveValue(STORY);
  // The frame grew to its content rather than scrolling inside (height follows `resize`).
  const height = await page.locator('iframe.heard-frame').evaluate((f) => f.clientHeight);
  const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
  expect(Math.abs(height - inner)).toBeLessThan(80);
  await expectNothingTyped(page);
});
