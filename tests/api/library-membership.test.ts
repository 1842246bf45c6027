import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { libraryStoryIds } from '../../server/moderation/library.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
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
 * The library search reads membership from library_story, kept by triggers. Whatever changes a
 * story, its curation or its Board-sharing consent, the search must list exactly the stories
 * the one definition (libraryQuery) allows: a withdrawn or expired story never appears.
 */

let deps: TestDeps;
let boardId: number;
let secretary: StaffClient;
let coordinator: StaffClient;
const ids: number[] = [];

beforeEach(async () => {
  deps = await createTestDeps();
  const app = createApp(deps);
  boardId = await demoBoardId(deps);
  secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
  ids.length = 0;
  for (const words of ['Money went missing', 'Nobody listened at first', 'A kind advocate']) {
    const id = await addStory(deps, adultStory());
    await curateAndApprove(coordinator, id, { title: words, text: `${words}. Lantern.` });
    ids.push(id);
  }
});
afterEach(async () => deps.cleanup());

async function listed(query = ''): Promise<{ ids: number[]; total: number }> {
  const res = await secretary.get(`/admin/api/boards/${boardId}/library?pageSize=100&${query}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: { storyId: number }[]; total: number };
  return { ids: body.items.map((i) => i.storyId).sort(), total: body.total };
}

/** The search and the one definition agree, with and without words searched for. */
async function expectAgreement(expected: number[]): Promise<void> {
  const defined = (await libraryStoryIds(deps.db, [boardId], deps.now())).sort();
  expect(defined).toEqual([...expected].sort());
  for (const query of ['', 'q=lantern']) {
    const page = await listed(query);
    expect(page.ids).toEqual(defined);
    expect(page.total).toBe(defined.length);
  }
}

const consent = () => deps.db.updateTable('consent').where('purpose', '=', 'board_share');

describe('library membership', () => {
  it('starts with every approved story that has Board-sharing consent', async () => {
    await expectAgreement(ids);
  });

  it('drops a story whose Board-sharing consent has expired, with no job needing to run', async () => {
    const [first, second, third] = ids as [number, number, number];
    await consent()
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('story_id', '=', first)
      .execute();
    await expectAgreement([second, third]);
    const later = new Date(deps.now().getTime() + 3_600_000).toISOString();
    await consent().set({ expires_at: later }).where('story_id', '=', first).execute();
    await expectAgreement(ids);
  });

  it('drops a story when its consent is withdrawn, refused or removed', async () => {
    const [first, second, third] = ids as [number, number, number];
    await consent()
      .set({ withdrawn_at: deps.now().toISOString() })
      .where('story_id', '=', first)
      .execute();
    await consent().set({ granted: 0 }).where('story_id', '=', second).execute();
    await expectAgreement([third]);
    await deps.db
      .deleteFrom('consent')
      .where('story_id', '=', third)
      .where('purpose', '=', 'board_share')
      .execute();
    await expectAgreement([]);
  });

  it('drops a story withdrawn by the person, and one moved out of approved', async () => {
    const [first, second, third] = ids as [number, number, number];
    await withdrawStory(deps.db, first, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    await deps.db
      .updateTable('story')
      .set({ status: 'in_review' })
      .where('id', '=', second)
      .execute();
    await expectAgreement([third]);
    await deps.db
      .updateTable('story')
      .set({ status: 'approved' })
      .where('id', '=', second)
      .execute();
    await expectAgreement([second, third]);
  });

  it('drops a story whose curated version loses its approval or is deleted', async () => {
    const [first, second, third] = ids as [number, number, number];
    await deps.db
      .updateTable('curated_story')
      .set({ approved_at: null })
      .where('story_id', '=', first)
      .execute();
    await deps.db.deleteFrom('curated_tag').where('story_id', '=', second).execute();
    await deps.db.deleteFrom('curated_story').where('story_id', '=', second).execute();
    await expectAgreement([third]);
  });
});
