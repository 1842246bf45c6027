import { Hono } from 'hono';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';

import { recordAudit } from '../audit/record.ts';
import { problem } from '../http/problem.ts';
import { countMeasures } from '../measures/count-measures.ts';
import { measuresCsv } from '../measures/measures-csv.ts';
import { parsePeriod } from '../measures/periods.ts';
import { type ShownMeasures, shapeMeasures } from '../measures/shape-measures.ts';
import { boardOf, requireBoardStaff } from './board-access.ts';

type Loaded =
  | { ok: true; measures: ShownMeasures; boardId: number }
  | { ok: false; response: Response };

async function loadMeasures(c: import('hono').Context<SignedInEnv>): Promise<Loaded> {
  const board = boardOf(c);
  if ('response' in board) return { ok: false, response: board.response };
  const q = c.req.query();
  const parsed = parsePeriod({ period: q.period, from: q.from, to: q.to });
  if (!parsed.ok) {
    return {
      ok: false,
      response: problem(c, {
        status: 422,
        title: 'Check the period',
        detail: parsed.detail,
        errors: [{ field: parsed.field, pointer: `#/${parsed.field}`, detail: parsed.detail }],
      }),
    };
  }
  let partnerId: number | undefined;
  if (q.partner !== undefined && q.partner !== '') {
    const { db } = c.var.deps;
    const raw = q.partner;
    partnerId = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
    const site = partnerId
      ? await db
          .selectFrom('site')
          .select('id')
          .where('partner_id', '=', partnerId)
          .where('board_id', '=', board.boardId)
          .executeTakeFirst()
      : undefined;
    if (!site) {
      const detail = 'Choose a partner whose sites feed this Board';
      return {
        ok: false,
        response: problem(c, {
          status: 422,
          title: 'Check the partner',
          detail,
          errors: [{ field: 'partner', pointer: '#/partner', detail }],
        }),
      };
    }
  }
  const raw = await countMeasures(c.var.deps.db, {
    boardId: board.boardId,
    period: parsed.period,
    partnerId,
  });
  return {
    ok: true,
    boardId: board.boardId,
    measures: shapeMeasures(raw, parsed.period, partnerId ?? null),
  };
}

/** Self-reported measures of a Board, always through the small-number rule (issue 5). */
export const boardMeasuresRoutes = new Hono<AdminEnv>()
  .use('/admin/api/boards/:boardId/measures', requireBoardStaff())
  .use('/admin/api/boards/:boardId/measures.csv', requireBoardStaff())
  .use('/admin/api/boards/:boardId/partners', requireBoardStaff())
  // The partners a measures screen may filter by: those with a site feeding this Board. Admins
  // list every partner elsewhere; a secretary needs only their own Board's, by name.
  .get('/admin/api/boards/:boardId/partners', async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const rows = await c.var.deps.db
      .selectFrom('partner')
      .innerJoin('site', 'site.partner_id', 'partner.id')
      .select(['partner.id', 'partner.name'])
      .where('site.board_id', '=', board.boardId)
      .distinct()
      .orderBy('partner.name')
      .execute();
    return c.json({ items: rows.map((r) => ({ id: r.id, name: r.name })) });
  })
  .get('/admin/api/boards/:boardId/measures', async (c) => {
    const loaded = await loadMeasures(c);
    return loaded.ok ? c.json(loaded.measures) : loaded.response;
  })
  .get('/admin/api/boards/:boardId/measures.csv', async (c) => {
    const loaded = await loadMeasures(c);
    if (!loaded.ok) return loaded.response;
    const { deps, auth, address } = c.var;
    const board = await deps.db
      .selectFrom('board')
      .select(['name', 'slug'])
      .where('id', '=', loaded.boardId)
      .executeTakeFirstOrThrow();
    await recordAudit(deps.db, {
      actor: auth?.user.id ?? 'system',
      action: 'measures.exported',
      objectType: 'board',
      objectId: loaded.boardId,
      boardId: loaded.boardId,
      address,
      detail: {
        from: loaded.measures.period.from,
        to: loaded.measures.period.to,
        partnerId: loaded.measures.partnerId,
        format: 'csv',
      },
      at: deps.now(),
    });
    const name = `heard-measures-${board.slug}-${loaded.measures.period.from}-to-${loaded.measures.period.to}.csv`;
    return c.body(measuresCsv(loaded.measures, board.name), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });
