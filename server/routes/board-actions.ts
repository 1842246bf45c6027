import { Hono } from 'hono';
import { z } from 'zod';
import {
  ACTION_STATUSES,
  createAction,
  findAction,
  listActions,
  updateAction,
} from '../actions/action-store.ts';
import { listToTell, markTold } from '../actions/to-tell.ts';
import type { AdminEnv } from '../admin/admin-env.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../auth/require-auth.ts';
import { ids, validate } from '../http/validate.ts';
import { isDay } from '../measures/periods.ts';
import { boardInScope, boardParam, requireBoardStaff } from './board-access.ts';

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, `Enter ${what}`)
    .max(
      max,
      `${what[0]?.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    );

/** Public contract: body of POST/PUT action (docs/admin-api.md, "You said, we did"). */
export const ActionInputSchema = z
  .strictObject({
    theme: text(1, 120, 'the theme'),
    peopleSaid: text(1, 2000, 'what people said'),
    boardWillDo: text(1, 2000, 'what the Board will do'),
    owner: text(1, 200, 'who owns the action'),
    dueDate: z
      .string()
      .refine(isDay, 'Enter the due date as a real date, like 2027-03-31')
      .nullable()
      .default(null),
    status: z.enum(ACTION_STATUSES, { error: 'Choose a status' }),
    statusReason: z
      .string()
      .trim()
      .max(2000, 'The reason must be 2,000 characters or fewer')
      .nullable()
      .default(null),
    measures: z
      .array(z.string().regex(/^[a-z_.]{1,60}$/, 'Use a measure code such as "safer"'))
      .max(20)
      .default([]),
    storyIds: z.array(z.number().int().positive()).max(50).default([]),
    published: z.boolean().default(false),
  })
  .refine((a) => a.status !== 'not_taken_forward' || (a.statusReason ?? '').length > 0, {
    path: ['statusReason'],
    message: 'Say why the action is not being taken forward',
  });

const P = '/admin/api/boards/:boardId';

/** "You said, we did": the Board's actions log and who to tell when an action changes (issue 5). */
export const boardActionRoutes = new Hono<AdminEnv>()
  .get(`${P}/actions`, requireBoardStaff(), boardParam(), async (c) => {
    const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
    return c.json({ items: await listActions(c.var.deps.db, boardId) });
  })
  .post(
    `${P}/actions`,
    requireBoardStaff(),
    boardParam(),
    validate('json', ActionInputSchema),
    async (c) => {
      const { deps, auth, address } = c.var;
      const boardId = boardInScope(auth, c.req.valid('param').boardId);
      const input = c.req.valid('json');
      const action = await createAction(deps.db, {
        boardId,
        userId: auth.user.id,
        input,
        now: deps.now(),
        address,
        messages: deps,
      });
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'action.created',
        objectType: 'board_action',
        objectId: action.id,
        boardId,
        address,
        detail: { status: input.status },
        at: deps.now(),
      });
      return c.json(action, 201);
    },
  )
  .put(
    `${P}/actions/:actionId`,
    requireBoardStaff(),
    boardParam(),
    validate('param', ids('boardId', 'actionId'), { notFound: 'Action not found' }),
    validate('json', ActionInputSchema),
    async (c) => {
      const { deps, auth, address } = c.var;
      const { boardId, actionId } = c.req.valid('param');
      const row = await findAction(deps.db, boardInScope(auth, boardId), actionId);
      const input = c.req.valid('json');
      const action = await updateAction(deps.db, {
        row,
        input,
        now: deps.now(),
        userId: auth.user.id,
        address,
        messages: deps,
      });
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'action.updated',
        objectType: 'board_action',
        objectId: row.id,
        boardId,
        address,
        detail: { from: row.status, to: input.status },
        at: deps.now(),
      });
      return c.json(action);
    },
  )
  .get(`${P}/to-tell`, requireRole('coordinator'), boardParam(), async (c) => {
    const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
    const { db, now } = c.var.deps;
    return c.json({ items: await listToTell(db, boardId, now()) });
  })
  .post(
    `${P}/to-tell/:id/told`,
    requireRole('coordinator'),
    boardParam(),
    validate('param', ids('boardId', 'id')),
    async (c) => {
      const { deps, auth, address } = c.var;
      const { boardId, id } = c.req.valid('param');
      const told = await markTold(deps.db, {
        boardId: boardInScope(auth, boardId),
        id,
        userId: auth.user.id,
        now: deps.now(),
      });
      if (told.first) {
        await recordAudit(deps.db, {
          actor: auth.user.id,
          action: 'action.person_told',
          objectType: 'story',
          objectId: told.storyId,
          boardId,
          address,
          at: deps.now(),
        });
      }
      return c.body(null, 204);
    },
  );
