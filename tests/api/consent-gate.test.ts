import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentPurpose } from '../../domain/vocabulary.ts';
import { createApp } from '../../server/app.ts';
import { countMeasures } from '../../server/measures/count-measures.ts';
import { libraryStoryIds } from '../../server/moderation/library.ts';
import { packRefusal } from '../../server/packs/pack-guards.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import {
  addStory,
  curateAndApprove,
  demoBoardId,
  type StaffClient,
  staffClient,
} from './board-support.ts';

/**
 * The consent gate (server/moderation/consent-gate.ts) is the one rule for what reaches a Board
 * or the public. Each case takes away one thing the gate needs from a story that otherwise has
 * everything; the story must then be missing from every place a story is shown: the library
 * (its definition, its search and the curated-story reads), packs, the public stories page and
 * its embed form. A story with everything stays in all of them, so the checks cannot pass by
 * showing nothing. The measures are not such a place: they count answers, never show a story,
 * and count every story sent whatever its consents (docs/decisions/0071-what-measures-count.md).
 * Below, the source itself is read: a file that reads curated stories outside the coordinators'
 * own work must go through the gate, so a new place that shows stories cannot skip it.
 */

const GATE = 'server/moderation/consent-gate.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let boardId: number;
let secretary: StaffClient;
let coordinator: StaffClient;

beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  boardId = await demoBoardId(deps);
  secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
});
afterEach(async () => deps.cleanup());

/** A story shared with the Board and published, curated and approved, titled `title`. */
async function sharedStory(title: string): Promise<number> {
  const consents = {
    board_share: true,
    training: false,
    publish: true,
    quote: false,
    contact_check: false,
    contact_involve: false,
  };
  const id = await addStory(deps, adultStory({ consents }));
  await curateAndApprove(coordinator, id, { title, text: `${title}. Lantern.` });
  return id;
}

const past = () => new Date(deps.now().getTime() - 86_400_000).toISOString();

/** One thing the gate needs, taken away, for each audience's consent purpose. */
const cases: [string, (id: number, purpose: ConsentPurpose) => Promise<unknown>][] = [
  ['the story is not approved', (id) => setStory(id, 'in_review')],
  ['the story was withdrawn', (id) => setStory(id, 'withdrawn')],
  ['the story expired', (id) => setStory(id, 'expired')],
  [
    'the curated version is not approved',
    (id) =>
      deps.db
        .updateTable('curated_story')
        .set({ approved_at: null })
        .where('story_id', '=', id)
        .execute(),
  ],
  ['consent was not given', (id, p) => setConsent(id, p, { granted: 0 })],
  ['consent was withdrawn', (id, p) => setConsent(id, p, { withdrawn_at: past() })],
  ['consent ran out', (id, p) => setConsent(id, p, { expires_at: past() })],
  [
    'there is no consent',
    (id, p) =>
      deps.db.deleteFrom('consent').where('story_id', '=', id).where('purpose', '=', p).execute(),
  ],
];

const setStory = (id: number, status: 'in_review' | 'withdrawn' | 'expired') =>
  deps.db.updateTable('story').set({ status }).where('id', '=', id).execute();
const setConsent = (
  id: number,
  purpose: ConsentPurpose,
  change: { granted?: number; withdrawn_at?: string; expires_at?: string },
) =>
  deps.db
    .updateTable('consent')
    .set(change)
    .where('story_id', '=', id)
    .where('purpose', '=', purpose)
    .execute();

async function inLibrarySearch(id: number): Promise<boolean> {
  const res = await secretary.get(`/admin/api/boards/${boardId}/library?pageSize=100`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: { storyId: number }[] };
  return body.items.some((i) => i.storyId === id);
}

/** Whether a Board secretary reads the story through the curated-story routes (list and one). */
async function inCuratedReads(id: number): Promise<boolean[]> {
  const list = await secretary.get('/admin/api/curated-stories?pageSize=100');
  expect(list.status).toBe(200);
  const { items } = (await list.json()) as { items: { storyId: number }[] };
  const one = await secretary.get(`/admin/api/curated-stories/${id}`);
  expect([200, 404]).toContain(one.status);
  return [items.some((i) => i.storyId === id), one.status === 200];
}

/** Responses the measures count for the Board today, before the small-number rule. */
async function counted(): Promise<number> {
  const day = deps.now().toISOString().slice(0, 10);
  const raw = await countMeasures(deps.db, {
    boardId,
    period: { from: day, to: day, label: day },
  });
  return raw.period.adult.responses + raw.period.representative.responses;
}

async function onPublicPages(title: string): Promise<boolean[]> {
  const pages = ['/boards/demo-sab/stories', '/boards/demo-sab/stories?embed=1'];
  return Promise.all(
    pages.map(async (path) => {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      return (await res.text()).includes(title);
    }),
  );
}

describe('the consent gate', () => {
  for (const [name, takeAway] of cases) {
    it(`keeps a story from the Board when ${name}`, async () => {
      const kept = await sharedStory('Kept story');
      const gone = await sharedStory('Gone story');
      await takeAway(gone, 'board_share');
      const now = deps.now();
      const library = await libraryStoryIds(deps.db, [boardId], now);
      expect(library).toContain(kept);
      expect(library).not.toContain(gone);
      expect(await inLibrarySearch(kept)).toBe(true);
      expect(await inLibrarySearch(gone)).toBe(false);
      expect(await inCuratedReads(kept)).toEqual([true, true]);
      expect(await inCuratedReads(gone)).toEqual([false, false]);
      expect(await packRefusal(deps.db, kept, boardId, now)).toBeNull();
      expect(await packRefusal(deps.db, gone, boardId, now)).not.toBeNull();
      // Deliberately not gated: the measures still count both (decision 0071).
      expect(await counted()).toBe(2);
    });

    it(`keeps a story from the public when ${name}`, async () => {
      await sharedStory('Kept story');
      const gone = await sharedStory('Gone story');
      await takeAway(gone, 'publish');
      expect(await onPublicPages('Kept story')).toEqual([true, true]);
      expect(await onPublicPages('Gone story')).toEqual([false, false]);
    });
  }

  it('is defined once: no other server file re-implements the condition', () => {
    const files = serverFiles().filter((f) => f !== GATE);
    const copies = [
      // A consent purpose that lets a story reach a Board or the public, matched in a query.
      /['"](?:consent\.)?purpose['"],\s*['"]=['"],\s*['"](?:board_share|publish)['"]/,
      /purpose\s*=\s*'(?:board_share|publish)'/,
      // The approved curated version, tested in a query.
      /['"]curated_story\.approved_at['"],\s*['"]is not['"],\s*null/,
      /approved_at\s+is\s+not\s+null/i,
    ];
    const offenders = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return copies.some((re) => re.test(text));
    });
    expect(offenders).toEqual([]);
    // The patterns do find the copies the gate replaced.
    expect(copies[0]?.test(".where('consent.purpose', '=', 'publish')")).toBe(true);
    expect(copies[2]?.test(".where('curated_story.approved_at', 'is not', null)")).toBe(true);
  });

  it('is passed by every place that reads curated stories for a Board or the public', () => {
    const offenders = serverFiles().filter(
      (f) => !STAFF_WORK.some((re) => re.test(f)) && bypassesGate(readFileSync(f, 'utf8')),
    );
    expect(offenders, 'read curated stories through shownTo() or the library').toEqual([]);
    // The check finds a place that shows curated stories without the gate, and passes one with.
    const query =
      "db.selectFrom('story').innerJoin('curated_story', 'curated_story.story_id', 'story.id')";
    expect(bypassesGate(query)).toBe(true);
    expect(bypassesGate(`${query}.where(shownTo('public', now))`)).toBe(false);
    expect(bypassesGate('const c = await curatedView(db, storyId);')).toBe(true);
    expect(bypassesGate(`/** Shown after shownTo('board', now). */\n${query}`)).toBe(true);
    // And it looks where the Board and the public are served.
    const gated = serverFiles().filter((f) =>
      READS_CURATED.some((re) => re.test(readFileSync(f, 'utf8'))),
    );
    expect(gated).toEqual(
      expect.arrayContaining([
        'server/boards/public-board-queries.ts',
        'server/library/search-library.ts',
        'server/packs/pack-model.ts',
      ]),
    );
  });

  it("leaves the measures ungated by decision, and they never read a story's words", () => {
    // Measures count the structured answers of every story sent (withdrawn ones too, decision
    // 0071) and show only suppressed totals: they are not a place a story is shown, so they do
    // not go through the gate. What keeps that true: they never read curated or original text.
    const decision = readFileSync('docs/decisions/0071-what-measures-count.md', 'utf8');
    expect(decision).toMatch(/consent gate/);
    const words = [...READS_CURATED, /_sealed\b/, /curated_story/];
    const readers = serverFiles()
      .filter((f) => f.startsWith('server/measures/'))
      .filter((f) => words.some((re) => re.test(readFileSync(f, 'utf8'))));
    expect(readers).toEqual([]);
  });
});

function serverFiles(): string[] {
  return readdirSync('server', { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Reading curated stories (their words): the table, its search index, or the curated view. */
const READS_CURATED = [
  /selectFrom\(\s*['"]curated_story['"]/,
  /join\(\s*['"]curated_story['"]/i,
  /\b(from|join)\s+curated_story\b/i,
  /curated_story_fts/,
  /\bcuratedView\(/,
];

/** The consent gate, or what is built on it: the library and the pack gate. */
const THROUGH_GATE = /\b(shownTo|libraryQuery|libraryStoryIds|isInLibrary|packRefusal)\(/;

/** A source without its comments, so a gate named in a comment does not count as used. */
const code = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const bypassesGate = (source: string) => {
  const text = code(source);
  return READS_CURATED.some((re) => re.test(text)) && !THROUGH_GATE.test(text);
};

/**
 * Where curated stories are read for staff who see every story of their Boards by their role
 * (coordinators curating, deciding, withdrawing), or written: not a place a story is shown to a
 * Board or the public. Board-facing reads live elsewhere (server/library, server/packs,
 * server/boards, ...) and must pass the gate.
 */
const STAFF_WORK = [
  /^server\/moderation\//,
  /^server\/routes\/admin-stories(\/|\.ts$)/,
  /^server\/withdrawal\//,
  /^server\/seed\//,
  /^server\/retention\//,
];
