import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  type AdminClient,
  addBoardWithSite,
  appRequester,
  createStaff,
  type Requester,
  type StaffAccount,
  signInAs,
} from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Sign-ins hash with scrypt; the machine is shared.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
let admin: AdminClient & { account: StaffAccount };

beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0' } });
  send = appRequester(createApp(deps));
  admin = await signInAs(send, deps, { role: 'admin' });
});
afterEach(async () => deps.cleanup());

type UserBody = { id: number; role: string; boards: { id: number; slug: string }[] };

const auditActions = async (userId: number) =>
  (
    await deps.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('object_type', '=', 'user')
      .where('object_id', '=', String(userId))
      .execute()
  ).map((e) => e.action);

describe('PUT /admin/api/users/:id: role and Boards', () => {
  it('changes another user’s role and Boards, audits it, and ends their sessions', async () => {
    const other = await addBoardWithSite(deps, 'westshire');
    const coordinator = await signInAs(send, deps, {
      role: 'coordinator',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    const id = coordinator.account.user.id;
    const res = await admin.put(`/admin/api/users/${id}`, {
      role: 'board_secretary',
      boardIds: [other.boardId],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as UserBody;
    expect(body.role).toBe('board_secretary');
    expect(body.boards.map((b) => b.slug)).toEqual(['westshire']);
    expect(await auditActions(id)).toContain('user.updated');
    // The change applies at once: their old session no longer works.
    expect((await coordinator.get('/admin/api/session')).status).toBe(401);
  });

  it('refuses a coordinator or secretary with no Board (422 naming boardIds)', async () => {
    const secretary = await createStaff(deps, {
      role: 'board_secretary',
      boardSlugs: [DEMO_BOARD_SLUG],
    });
    const res = await admin.put(`/admin/api/users/${secretary.user.id}`, {
      role: 'coordinator',
      boardIds: [],
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['boardIds']);
  });

  it('does not let an admin remove their own admin role (409), and nothing changes', async () => {
    const me = admin.account.user.id;
    const res = await admin.put(`/admin/api/users/${me}`, {
      role: 'coordinator',
      boardIds: [1],
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { title: string }).title).toBe('You cannot change your own role');
    const row = await deps.db
      .selectFrom('user')
      .select('role')
      .where('id', '=', me)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(await auditActions(me)).not.toContain('user.updated');
    // Still signed in and still an admin.
    expect((await admin.get('/admin/api/users')).status).toBe(200);
  });

  it('lets an admin keep their own role while changing their name', async () => {
    const me = admin.account.user.id;
    const res = await admin.put(`/admin/api/users/${me}`, { role: 'admin', name: 'Sam Admin' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserBody).role).toBe('admin');
    expect((await admin.get('/admin/api/users')).status).toBe(200);
  });
});
