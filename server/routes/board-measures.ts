import { Hono } from 'hono';
import type { AdminEnv } from '../admin/admin-env.ts';
import { recordAudit } from '../audit/record.ts';
import { validate } from '../http/validate.ts';
import {
  boardMeasures,
  boardMeasuresCsv,
  boardPartners,
  MeasuresQuerySchema,
} from '../measures/board-measures.ts';
import { boardInScope, boardParam, requireBoardStaff } from './board-access.ts';

const P = '/admin/api/boards/:boardId';

/** Self-reported measures of a Board, always through the small-number rule (issue 5). */
export const boardMeasuresRoutes = new Hono<AdminEnv>()
  // The partners a measures screen may filter by.
  .get(`${P}/partners`, requireBoardStaff(), boardParam(), async (c) => {
    const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
    return c.json({ items: await boardPartners(c.var.deps.db, boardId) });
  })
  .get(
    `${P}/measures`,
    requireBoardStaff(),
    boardParam(),
    validate('query', MeasuresQuerySchema),
    async (c) => {
      const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
      return c.json(await boardMeasures(c.var.deps.db, boardId, c.req.valid('query')));
    },
  )
  .get(
    `${P}/measures.csv`,
    requireBoardStaff(),
    boardParam(),
    validate('query', MeasuresQuerySchema),
    async (c) => {
      const { deps, auth, address } = c.var;
      const boardId = boardInScope(auth, c.req.valid('param').boardId);
      const measures = await boardMeasures(deps.db, boardId, c.req.valid('query'));
      const { filename, csv } = await boardMeasuresCsv(deps.db, boardId, measures);
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'measures.exported',
        objectType: 'board',
        objectId: boardId,
        boardId,
        address,
        detail: {
          from: measures.period.from,
          to: measures.period.to,
          partnerId: measures.partnerId,
          format: 'csv',
        },
        at: deps.now(),
      });
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
      });
    },
  );
