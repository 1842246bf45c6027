import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { ShownMeasures } from '../../server/measures/shape-measures.ts';
import { generateStories } from '../../server/seed/stories-generator.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { addStory, demoBoardId, shownCounts, staffClient } from './board-support.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let boardId: number;
const AT = new Date('2026-05-10T10:00:00Z'); // 2026/27 Q1

beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_HOUR: '0' } });
  app = createApp(deps);
  boardId = await demoBoardId(deps);
});
afterEach(async () => deps.cleanup());

async function secretary() {
  return staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
}

describe('GET /admin/api/boards/:boardId/measures', () => {
  it('shows adults and representatives apart, rounded, with small groups as [c]', async () => {
    for (let i = 0; i < 7; i++) await addStory(deps, adultStory({ outcomeAchieved: 'fully' }), AT);
    for (let i = 0; i < 3; i++) await addStory(deps, adultStory({ outcomeAchieved: 'partly' }), AT);
    for (let i = 0; i < 6; i++)
      await addStory(
        deps,
        adultStory({ askedOutcomes: 'no', wantedOutcome: undefined, outcomeAchieved: undefined }),
        AT,
      );
    for (let i = 0; i < 3; i++) await addStory(deps, representativeStory(), AT);
    const res = await (await secretary()).get(`/admin/api/boards/${boardId}/measures?period=2026`);
    expect(res.status).toBe(200);
    const m = (await res.json()) as ShownMeasures;
    expect(m.selfReported).toBe(true);
    expect(m.groups.adult.responses).toBe(15);
    expect(m.groups.representative.responses).toBe('[c]');
    // 10 said what they wanted, 6 were not asked; the two empty answers are hidden, and with
    // them the smallest shown part, so no single hidden cell can be worked out.
    expect(m.groups.adult.asked.parts.yes_expressed.count).toBe(10);
    expect(m.groups.adult.asked.parts.no.count).toBe('[c]');
    expect(m.groups.adult.asked.parts.yes_expressed.percent).toBeNull();
    // Of the 10 who said: 7 fully, 3 partly → the 3 is hidden, and so is the 7.
    expect(m.groups.adult.achieved.parts.fully.count).toBe('[c]');
    expect(m.groups.adult.achieved.parts.partly.count).toBe('[c]');
    expect(m.groups.adult.achieved.total).toBe(10);
    expect(m.groups.representative.asked.total).toBe('[c]');
    expect(shownCounts(m).every((n) => n >= 5 && n % 5 === 0)).toBe(true);
  });

  it('computes percentages on unrounded counts when nothing in the table is hidden', async () => {
    const answers = { a_lot: 7, a_bit: 6, no_different: 5, less_safe: 5, dont_know: 5 } as const;
    for (const [feelSafer, n] of Object.entries(answers)) {
      for (let i = 0; i < n; i++)
        await addStory(deps, adultStory({ feelSafer: feelSafer as 'a_lot' }), AT);
    }
    const m = (await (
      await (await secretary()).get(`/admin/api/boards/${boardId}/measures?period=2026-Q1`)
    ).json()) as ShownMeasures;
    expect(m.groups.adult.safer.total).toBe(30); // 28
    expect(m.groups.adult.safer.parts.a_lot).toEqual({ count: 5, percent: 25 });
    expect(m.groups.adult.safer.parts.a_bit).toEqual({ count: 5, percent: 21 });
    expect(m.groups.adult.safer.subtotals.safer).toEqual({ count: 15, percent: 46 });
  });

  it('counts withdrawn stories but not suspected spam', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push(await addStory(deps, adultStory(), AT));
    await deps.db
      .updateTable('story')
      .set({ status: 'withdrawn' })
      .where('id', 'in', ids.slice(0, 3))
      .execute();
    await deps.db
      .updateTable('story')
      .set({ status: 'quarantined' })
      .where('id', 'in', ids.slice(3, 6))
      .execute();
    const m = (await (
      await (await secretary()).get(`/admin/api/boards/${boardId}/measures?period=2026`)
    ).json()) as ShownMeasures;
    expect(m.groups.adult.responses).toBe(5); // 7 counted, rounded
  });

  it('shows a trend over the quarters of the period', async () => {
    for (let i = 0; i < 6; i++) await addStory(deps, adultStory(), AT);
    for (let i = 0; i < 8; i++)
      await addStory(deps, adultStory(), new Date('2026-08-01T09:00:00Z'));
    const m = (await (
      await (await secretary()).get(`/admin/api/boards/${boardId}/measures?period=2026`)
    ).json()) as ShownMeasures;
    expect(m.trend.map((t) => t.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    // Q3 and Q4 are 0: hidden, so Q1 (the smallest shown) is hidden with them.
    expect(m.trend.map((t) => t.responses.adult)).toEqual(['[c]', 10, '[c]', '[c]']);
  });

  it('never shows a count below 5 or off the 5s on realistic data', async () => {
    const sites = await deps.db.selectFrom('site').select('id').execute();
    const user = await secretary();
    generateStories(deps.sqlite, deps.sealer, {
      count: 400,
      boardId,
      siteIds: sites.map((s) => s.id),
      curatorId: user.userId,
      now: deps.now(),
      days: 400,
    });
    for (const period of ['2025', '2026', '2026-Q1', '2025-Q4']) {
      const m = (await (
        await user.get(`/admin/api/boards/${boardId}/measures?period=${period}`)
      ).json()) as ShownMeasures;
      const counts = shownCounts(m);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.filter((n) => n < 5 || n % 5 !== 0)).toEqual([]);
    }
  });

  it('refuses an unreadable period with a named field', async () => {
    const user = await secretary();
    for (const q of [
      'period=2026-Q5',
      'from=2026-02-30&to=2026-03-01',
      'from=2026-04-01',
      'from=2026-05-01&to=2026-04-01',
    ]) {
      const res = await user.get(`/admin/api/boards/${boardId}/measures?${q}`);
      expect(res.status).toBe(422);
      const body = (await res.json()) as { errors: { field: string }[] };
      expect(body.errors[0]?.field).toMatch(/^(period|from|to)$/);
    }
  });

  it('answers 401 signed out, 403 for an admin, 404 for another Board', async () => {
    expect((await app.request(`/admin/api/boards/${boardId}/measures?period=2026`)).status).toBe(
      401,
    );
    const admin = await staffClient(deps, app, { role: 'admin', boardIds: [] });
    expect((await admin.get(`/admin/api/boards/${boardId}/measures?period=2026`)).status).toBe(403);
    const other = await deps.db
      .insertInto('board')
      .values({ slug: 'other', name: 'Other SAB', created_at: deps.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(
      (await (await secretary()).get(`/admin/api/boards/${other.id}/measures?period=2026`)).status,
    ).toBe(404);
  });
});

describe('GET /admin/api/boards/:boardId/measures.csv', () => {
  it('exports the suppressed figures, neutralises formulas and audits the download', async () => {
    await deps.db
      .updateTable('board')
      .set({ name: '=HYPERLINK("http://evil.example")' })
      .where('id', '=', boardId)
      .execute();
    for (let i = 0; i < 12; i++) await addStory(deps, adultStory(), AT);
    const user = await secretary();
    const res = await user.get(`/admin/api/boards/${boardId}/measures.csv?period=2026`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text).toContain(`Board,"'=HYPERLINK(""http://evil.example"")"`);
    const countColumn = text
      .split('\r\n')
      .map((l) => l.split(','))
      .filter((r) => r.length === 5 && r[0] !== 'group')
      .map((r) => r[3]);
    expect(countColumn.length).toBeGreaterThan(20);
    expect(countColumn.every((c) => c === '[c]' || (Number(c) >= 5 && Number(c) % 5 === 0))).toBe(
      true,
    );
    const audit = await deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'measures.exported')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe(String(user.userId));
  });
});
