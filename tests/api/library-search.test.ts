import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { LibraryItem } from '../../server/library/search-library.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import {
  addStory,
  curateAndApprove,
  demoBoardId,
  type StaffClient,
  staffClient,
} from './board-support.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let boardId: number;
let secretary: StaffClient;
let coordinator: StaffClient;
const ids: Record<string, number> = {};

type Page = { items: LibraryItem[]; total: number };

beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  boardId = await demoBoardId(deps);
  secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
  ids.money = await addStory(
    deps,
    adultStory({ outcomeAchieved: 'partly' }),
    new Date('2026-05-01T10:00:00Z'),
  );
  await curateAndApprove(coordinator, ids.money, {
    title: 'Money missing after care visits',
    text: 'Money kept going missing after the morning visits. The social worker changed the agency.',
    principles: ['empowerment'],
    wellbeingAreas: ['control'],
    harmKinds: ['financial'],
    mspSteps: [7],
  });
  ids.weight = await addStory(deps, representativeStory(), new Date('2026-08-01T10:00:00Z'));
  await curateAndApprove(coordinator, ids.weight, {
    title: 'Losing weight in a nursing home',
    text: 'My dad kept losing weight in the nursing home. We had to chase for every update.',
    principles: ['accountability'],
    harmKinds: ['neglect'],
    mspSteps: [8],
  });
  // Told, but never curated: not in the library.
  ids.unapproved = await addStory(deps, adultStory());
  // Approved but without Board-sharing consent: never in the library.
  ids.noConsent = await addStory(
    deps,
    adultStory({
      consents: {
        board_share: false,
        training: true,
        publish: false,
        quote: false,
        contact_check: false,
        contact_involve: false,
      },
    }),
  );
  await curateAndApprove(coordinator, ids.noConsent, {
    title: 'Training only money story',
    text: 'Money went missing and nobody listened.',
  });
});
afterEach(async () => deps.cleanup());

const search = async (query: string) => {
  const res = await secretary.get(`/admin/api/boards/${boardId}/library?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};

describe('GET /admin/api/boards/:boardId/library', () => {
  it('lists only approved stories with Board-sharing consent, newest approval first', async () => {
    const page = await search('');
    expect(page.items.map((i) => i.storyId).sort()).toEqual([ids.money, ids.weight].sort());
    expect(page.total).toBe(2);
  });

  it('finds stories by words in the curated text, with prefixes and any letter case', async () => {
    expect((await search('q=MONEY')).items.map((i) => i.storyId)).toEqual([ids.money]);
    expect((await search('q=nurs')).items.map((i) => i.storyId)).toEqual([ids.weight]);
    expect((await search('q=money%20weight')).items).toEqual([]);
    const hit = (await search('q=agency')).items[0];
    expect(hit?.snippet).toContain('agency');
  });

  it('treats search operators and quotes in the input as plain words', async () => {
    for (const q of [
      '"',
      'money OR weight',
      'title:money',
      '*',
      'NEAR(money',
      "'; drop table story; --",
    ]) {
      const res = await secretary.get(
        `/admin/api/boards/${boardId}/library?q=${encodeURIComponent(q)}`,
      );
      expect(res.status).toBe(200);
    }
    expect((await search(`q=${encodeURIComponent('money OR weight')}`)).items).toEqual([]);
  });

  it('filters by principle, harm, MSP step, outcome, respondent and period', async () => {
    expect((await search('principle=accountability')).items.map((i) => i.storyId)).toEqual([
      ids.weight,
    ]);
    expect((await search('harm=financial')).items.map((i) => i.storyId)).toEqual([ids.money]);
    expect((await search('mspStep=8')).items.map((i) => i.storyId)).toEqual([ids.weight]);
    expect((await search('achieved=partly')).items.map((i) => i.storyId)).toEqual([ids.money]);
    expect((await search('respondent=representative')).items.map((i) => i.storyId)).toEqual([
      ids.weight,
    ]);
    expect((await search('from=2026-07-01&to=2026-12-31')).items.map((i) => i.storyId)).toEqual([
      ids.weight,
    ]);
    expect((await search('wellbeing=control&q=money')).items.map((i) => i.storyId)).toEqual([
      ids.money,
    ]);
  });

  it('drops a story the moment it is withdrawn, from the list and the search index', async () => {
    await withdrawStory(deps.db, ids.money as number, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    expect((await search('q=money')).items).toEqual([]);
    expect((await search('')).items.map((i) => i.storyId)).toEqual([ids.weight]);
    const fts = deps.sqlite
      .prepare(`select count(*) as n from curated_story_fts where curated_story_fts match 'agency'`)
      .get() as { n: number };
    expect(fts.n).toBe(0);
  });

  it('refuses unknown filter values, naming each', async () => {
    const res = await secretary.get(
      `/admin/api/boards/${boardId}/library?principle=bravery&mspStep=12&from=2026-13-01&colour=red`,
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual([
      'colour',
      'from',
      'mspStep',
      'principle',
    ]);
  });

  it('shows another Board nothing (404) and an admin nothing (403)', async () => {
    const other = await deps.db
      .insertInto('board')
      .values({ slug: 'other', name: 'Other SAB', created_at: deps.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const outsider = await staffClient(deps, app, {
      role: 'board_secretary',
      boardIds: [other.id],
    });
    expect((await outsider.get(`/admin/api/boards/${boardId}/library`)).status).toBe(404);
    const admin = await staffClient(deps, app, { role: 'admin', boardIds: [] });
    expect((await admin.get(`/admin/api/boards/${boardId}/library`)).status).toBe(403);
  });
});
