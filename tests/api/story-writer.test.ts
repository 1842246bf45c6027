import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import { createStory, IdempotencyConflictError } from '../../server/stories/create-story.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let site: { id: number; board_id: number };
beforeEach(async () => {
  deps = await createTestDeps();
  site = deps.sqlite
    .prepare("select id, board_id from site where key = 'demo'")
    .get() as typeof site;
});
afterEach(async () => deps.cleanup());

const input = (story: string) => StoryInputSchema.parse(adultStory({ story }));
const write = (story: string, idempotencyKey?: string) =>
  createStory(deps, {
    siteId: site.id,
    boardId: site.board_id,
    input: input(story),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
const count = (table: string) =>
  (deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('group commit of stories', () => {
  it('stores every one of many stories sent at once, each with its own reference', async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => write(`Story number ${i}`, `key-number-${i}`)),
    );
    expect(new Set(results.map((r) => r.reference)).size).toBe(300);
    expect(count('story')).toBe(300);
    expect(count('consent')).toBe(300 * 6);
    expect(count('reference')).toBe(300);
  });

  it('stores one story when the same key and story arrive together', async () => {
    const [a, b] = await Promise.all([
      write('Same story', 'same-key-1'),
      write('Same story', 'same-key-1'),
    ]);
    expect(a?.reference).toBe(b?.reference);
    expect(b?.replayed).toBe(true);
    expect(count('story')).toBe(1);
  });

  it('refuses a reused key without harming the stories committed beside it', async () => {
    const outcomes = await Promise.allSettled([
      write('First story', 'shared-key-1'),
      write('A different story', 'shared-key-1'),
      write('An unrelated story', 'other-key-1'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyConflictError);
    expect(count('story')).toBe(2);
    expect(count('idempotency_key')).toBe(2);
  });

  it('waits for an open Kysely transaction instead of joining it', async () => {
    let written: Promise<unknown> | undefined;
    await expect(
      deps.db.transaction().execute(async (trx) => {
        await trx.updateTable('site').set({ name: 'Renamed' }).where('id', '=', site.id).execute();
        written = write('Written while another transaction is open', 'during-trx-1');
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back the other transaction');
      }),
    ).rejects.toThrow('roll back');
    await written;
    expect(count('story')).toBe(1);
    const name = deps.sqlite.prepare('select name from site where id = ?').get(site.id) as {
      name: string;
    };
    expect(name.name).not.toBe('Renamed');
  });
});
