import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { type AdminClient, appRequester, signInAs, submitStory } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 13: a story that speaks of danger now must reach a coordinator even when the spam check
// held it (sent too fast, a filled honeypot, no timing). It is in the default queue, at the top,
// and in "Urgent only", with its status saying it was held; calm held stories stay apart.

let deps: TestDeps;
let coordinator: AdminClient;
let send: ReturnType<typeof appRequester>;
beforeEach(async () => {
  deps = await createTestDeps();
  send = appRequester(createApp(deps));
  coordinator = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
});
afterEach(async () => deps.cleanup());

type Queue = { items: { id: number; status: string; urgent: boolean }[]; total: number };
const queue = async (query: string) => {
  const res = await coordinator.get(`/admin/api/stories${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Queue;
};

describe('urgent stories held as possible spam', () => {
  it('are at the top of the default queue and in "Urgent only", marked as held', async () => {
    const calm = await submitStory(send, deps, adultStory());
    // Sent in a second: held as possible spam, and urgent because the harm is still happening.
    const heldUrgent = await submitStory(
      send,
      deps,
      adultStory({ atRiskNow: 'yes', feelSafer: 'less_safe', elapsedMs: 1 }),
    );
    const heldCalm = await submitStory(send, deps, adultStory({ elapsedMs: 1 }));
    expect(
      deps.sqlite.prepare('select status, urgent from story where id = ?').get(heldUrgent.id),
    ).toEqual({ status: 'quarantined', urgent: 1 });

    const all = await queue('');
    expect(all.items.map((i) => i.id)).toEqual([heldUrgent.id, calm.id]);
    expect(all.items[0]).toMatchObject({ status: 'quarantined', urgent: true });
    expect(all.total).toBe(2);

    const urgentOnly = await queue('?urgent=true');
    expect(urgentOnly.items.map((i) => i.id)).toEqual([heldUrgent.id]);

    // Asked for by status, the held ones are all there, and only there.
    const held = await queue('?status=quarantined');
    expect(held.items.map((i) => i.id).sort()).toEqual([heldUrgent.id, heldCalm.id].sort());
    const open = await queue('?status=new');
    expect(open.items.map((i) => i.id)).toEqual([calm.id]);
  });
});
