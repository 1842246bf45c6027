import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { withdrawConsents, withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
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
let coordinator: StaffClient;

type ToTell = { id: number; storyId: number; status: string; contactMethod: string | null };

beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_HOUR: '0' } });
  app = createApp(deps);
  boardId = await demoBoardId(deps);
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
});
afterEach(async () => deps.cleanup());

/** A library story whose teller asked to be contacted (by phone). */
async function storyAskingToHear(title: string): Promise<number> {
  const id = await addStory(deps, representativeStory());
  await curateAndApprove(coordinator, id, { title, text: `${title}: we had to chase updates.` });
  return id;
}

async function action(storyIds: number[], status: string, actionId?: number): Promise<number> {
  const body = {
    theme: 'Being kept informed',
    peopleSaid: 'Families had to chase.',
    boardWillDo: 'Weekly updates.',
    owner: 'Head of adult safeguarding',
    status,
    storyIds,
  };
  const res = actionId
    ? await coordinator.send('PUT', `/admin/api/boards/${boardId}/actions/${actionId}`, body)
    : await coordinator.send('POST', `/admin/api/boards/${boardId}/actions`, body);
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return ((await res.json()) as { id: number }).id;
}

async function toTell(): Promise<ToTell[]> {
  const res = await coordinator.get(`/admin/api/boards/${boardId}/to-tell`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: ToTell[] }).items;
}

const ctx = () => ({ actor: 'public' as const, address: null, now: deps.now() });

describe('people to tell', () => {
  it('keeps one entry per person and action, with the latest status and their contact route', async () => {
    const storyId = await storyAskingToHear('Chasing story');
    const id = await action([storyId], 'proposed');
    await action([storyId], 'agreed', id);
    await action([storyId], 'in_progress', id);
    const items = await toTell();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ storyId, status: 'in_progress', contactMethod: 'phone' });
  });

  it('leaves out people who withdrew their story or their wish to be contacted', async () => {
    const withdrawn = await storyAskingToHear('Withdrawn story');
    const noContact = await storyAskingToHear('No contact story');
    const stays = await storyAskingToHear('Stays story');
    await action([withdrawn, noContact, stays], 'agreed');
    expect((await toTell()).map((t) => t.storyId).sort()).toEqual(
      [withdrawn, noContact, stays].sort(),
    );
    await withdrawStory(deps.db, withdrawn, ctx());
    await withdrawConsents(deps.db, noContact, ['contact_check'], ctx());
    expect((await toTell()).map((t) => t.storyId)).toEqual([stays]);
  });

  it('records who told them once, however often it is pressed', async () => {
    const storyId = await storyAskingToHear('Told story');
    await action([storyId], 'done');
    const [entry] = await toTell();
    const first = await coordinator.send(
      'POST',
      `/admin/api/boards/${boardId}/to-tell/${entry?.id}/told`,
    );
    expect(first.status).toBe(204);
    const other = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
    const second = await other.send(
      'POST',
      `/admin/api/boards/${boardId}/to-tell/${entry?.id}/told`,
    );
    expect(second.status).toBe(204);
    const row = await deps.db
      .selectFrom('action_to_tell')
      .select('told_by')
      .executeTakeFirstOrThrow();
    expect(row.told_by).toBe(coordinator.userId);
    const audits = await deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'action.person_told')
      .execute();
    expect(audits).toHaveLength(1);
    expect(await toTell()).toEqual([]);
  });

  it('lists only people who asked to hear back', async () => {
    const id = await addStory(deps, adultStory());
    await curateAndApprove(coordinator, id, { title: 'Quiet story', text: 'Money went missing.' });
    await action([id], 'agreed');
    expect(await toTell()).toEqual([]);
  });
});

describe('GET /admin/api/boards/:boardId/partners', () => {
  it('names the partners whose sites feed the Board', async () => {
    const secretary = await staffClient(deps, app, {
      role: 'board_secretary',
      boardIds: [boardId],
    });
    const res = await secretary.get(`/admin/api/boards/${boardId}/partners`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      items: [{ id: expect.any(Number), name: 'Demo Borough Council' }],
    });
    expect((await secretary.get(`/admin/api/boards/${boardId + 99}/partners`)).status).toBe(404);
  });
});
