import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionView } from '../../server/actions/action-store.ts';
import { createApp } from '../../server/app.ts';
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
let published: number;
let boardOnly: number;
let wantsNews: number;

const consents = (c: Partial<Record<string, boolean>>) => ({
  board_share: true,
  training: false,
  publish: false,
  quote: false,
  contact_check: false,
  contact_involve: false,
  ...c,
});

beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  boardId = await demoBoardId(deps);
  secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
  published = await addStory(
    deps,
    adultStory({ consents: consents({ publish: true, quote: true }) }),
  );
  await curateAndApprove(coordinator, published, {
    title: 'Published story title',
    text: 'The carers came late. Nobody told me the outcome.',
    quotes: ['Nobody told me the outcome.'],
  });
  boardOnly = await addStory(deps, adultStory({ consents: consents({}) }));
  await curateAndApprove(coordinator, boardOnly, {
    title: 'Board only story title',
    text: 'For the Board only.',
  });
  wantsNews = await addStory(deps, representativeStory());
  await curateAndApprove(coordinator, wantsNews, {
    title: 'Chasing updates',
    text: 'We had to chase for every update.',
  });
});
afterEach(async () => deps.cleanup());

const action = (over: Record<string, unknown> = {}) => ({
  theme: 'Being told the outcome',
  peopleSaid: 'People were not told what happened at the end.',
  boardWillDo: 'Every partner writes to the person when an enquiry closes.',
  owner: 'Head of adult social care',
  dueDate: '2027-03-31',
  status: 'agreed',
  storyIds: [wantsNews, published],
  published: true,
  ...over,
});

describe('"You said, we did" actions', () => {
  it('records an action with linked stories, and who to tell when its status changes', async () => {
    const res = await secretary.send('POST', `/admin/api/boards/${boardId}/actions`, action());
    expect(res.status).toBe(201);
    const created = (await res.json()) as ActionView;
    // Only the representative asked to hear back (contact_check).
    expect(created.toTell).toBe(1);
    const upd = await secretary.send(
      'PUT',
      `/admin/api/boards/${boardId}/actions/${created.id}`,
      action({ status: 'in_progress' }),
    );
    // Not yet told, so still one entry for them, now with the latest status (decision 0073).
    expect(((await upd.json()) as ActionView).toTell).toBe(1);
    const list = (await (await coordinator.get(`/admin/api/boards/${boardId}/to-tell`)).json()) as {
      items: { id: number; storyId: number; status: string }[];
    };
    expect(list.items.map((i) => [i.storyId, i.status])).toEqual([[wantsNews, 'in_progress']]);
    expect(
      (
        await coordinator.send(
          'POST',
          `/admin/api/boards/${boardId}/to-tell/${list.items[0]?.id}/told`,
        )
      ).status,
    ).toBe(204);
    const after = (await (
      await coordinator.get(`/admin/api/boards/${boardId}/to-tell`)
    ).json()) as { items: unknown[] };
    expect(after.items).toHaveLength(0);
    expect((await secretary.get(`/admin/api/boards/${boardId}/to-tell`)).status).toBe(403);
  });

  it('needs a reason when an action is not taken forward', async () => {
    const res = await secretary.send(
      'POST',
      `/admin/api/boards/${boardId}/actions`,
      action({ status: 'not_taken_forward' }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['statusReason']);
  });

  it('refuses to link a story that is not in the library', async () => {
    const other = await addStory(deps, adultStory());
    const res = await secretary.send(
      'POST',
      `/admin/api/boards/${boardId}/actions`,
      action({ storyIds: [other] }),
    );
    expect(res.status).toBe(409);
  });
});

describe('public Board pages', () => {
  it('show only published actions, with the reason for any not taken forward', async () => {
    await secretary.send('POST', `/admin/api/boards/${boardId}/actions`, action());
    await secretary.send(
      'POST',
      `/admin/api/boards/${boardId}/actions`,
      action({ theme: 'Secret draft theme', published: false }),
    );
    await secretary.send(
      'POST',
      `/admin/api/boards/${boardId}/actions`,
      action({
        theme: 'Advocacy for everyone',
        status: 'not_taken_forward',
        statusReason: 'No funding this year.',
      }),
    );
    const res = await app.request('/boards/demo-sab/you-said-we-did');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Being told the outcome');
    expect(html).toContain('No funding this year.');
    expect(html).not.toContain('Secret draft theme');
    expect(html).not.toMatch(/<script/);
  });

  it('show only approved stories whose tellers allowed publication, quotes only with quote consent', async () => {
    const html = await (await app.request('/boards/demo-sab/stories')).text();
    expect(html).toContain('Published story title');
    expect(html).toContain('<blockquote><p>Nobody told me the outcome.</p></blockquote>');
    expect(html).not.toContain('Board only story title');
    expect(html).not.toContain('Chasing updates');
    await withdrawStory(deps.db, published, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    const after = await (await app.request('/boards/demo-sab/stories')).text();
    expect(after).not.toContain('Published story title');
    expect(after).toContain('No stories have been published yet.');
  });

  it('escape everything staff typed', async () => {
    await secretary.send(
      'POST',
      `/admin/api/boards/${boardId}/actions`,
      action({ theme: '<img src=x onerror=alert(1)>' }),
    );
    const html = await (await app.request('/boards/demo-sab/you-said-we-did')).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x');
  });

  it('answer 404 for an unknown Board', async () => {
    expect((await app.request('/boards/nope/stories')).status).toBe(404);
  });
});
