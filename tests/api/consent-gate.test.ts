import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentPurpose } from '../../domain/vocabulary.ts';
import { createApp } from '../../server/app.ts';
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
 * (its definition and its search), packs, the public stories page and its embed form. A story
 * with everything stays in all of them, so the checks cannot pass by showing nothing.
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
      expect(await packRefusal(deps.db, kept, boardId, now)).toBeNull();
      expect(await packRefusal(deps.db, gone, boardId, now)).not.toBeNull();
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
    const files = readdirSync('server', { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => f !== GATE);
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
});
