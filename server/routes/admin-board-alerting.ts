import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../domain/bank-holidays.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import {
  AlertingInputSchema,
  type BoardAlerting,
  readAlerting,
  rotateWebhookSecret,
  saveAlerting,
} from '../boards/alerting-settings.ts';
import { NotFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { findBoard } from '../sites/boards.ts';
import { actingStaff } from './acting-staff.ts';
import { boardInScope, boardParam } from './board-access.ts';

const readers = requireRole('admin', 'coordinator');
const admin = requireRole('admin');
const boardOfUser = createMiddleware<SignedInEnv, string, { out: { param: { boardId: number } } }>(
  async (c, next) => {
    const { boardId } = c.req.valid('param');
    boardInScope(c.var.auth, boardId);
    if (!(await findBoard(c.var.deps.db, boardId))) throw new NotFound('Board not found');
    await next();
  },
);

/**
 * What the screen shows. A webhook address can itself be a secret (Slack's and Teams' are), so
 * only admins see it; the signing secret is never shown again after it is made.
 */
const view = (s: BoardAlerting, isAdmin: boolean, webhookSecret: string | null = null) => ({
  boardId: s.boardId,
  dutyEmail: s.dutyEmail,
  responseHours: s.responseHours,
  workingDays: s.workingDays,
  dayStarts: s.dayStarts,
  dayEnds: s.dayEnds,
  bankHolidays: s.bankHolidays,
  /** Used when `bankHolidays` is empty. */
  defaultBankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
  webhookUrl: isAdmin ? s.webhookUrl : null,
  webhookSet: s.webhookUrl !== null,
  /** Only in the answer to the save that made it, or to "rotate". */
  webhookSecret,
  updatedAt: s.updatedAt,
});

/** A Board's duty inbox, response time, working hours and webhook (issue 13, decision 0088). */
export const adminBoardAlertingRoutes = new Hono<AdminEnv>()
  .get('/admin/api/boards/:boardId/alerting', readers, boardParam(), boardOfUser, async (c) => {
    const settings = await readAlerting(c.var.deps.db, c.req.valid('param').boardId);
    return c.json(view(settings, c.var.auth.user.role === 'admin'));
  })
  .put(
    '/admin/api/boards/:boardId/alerting',
    admin,
    boardParam(),
    boardOfUser,
    validate('json', AlertingInputSchema, { detail: 'The settings were not saved.' }),
    async (c) => {
      const { db, sealer } = c.var.deps;
      const { boardId } = c.req.valid('param');
      const saved = await saveAlerting(db, sealer, boardId, c.req.valid('json'), actingStaff(c));
      return c.json(view(saved.settings, true, saved.webhookSecret));
    },
  )
  .post(
    '/admin/api/boards/:boardId/alerting/rotate-secret',
    admin,
    boardParam(),
    boardOfUser,
    validate('json', z.strictObject({})),
    async (c) => {
      const { db, sealer } = c.var.deps;
      const { boardId } = c.req.valid('param');
      const rotated = await rotateWebhookSecret(db, sealer, boardId, actingStaff(c));
      return c.json(view(rotated.settings, true, rotated.webhookSecret));
    },
  );
