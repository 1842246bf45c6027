import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import {
  ACTION_STATUSES,
  actionView,
  CONTACT_PURPOSES,
  createAction,
  updateAction,
} from '../actions/action-store.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../auth/require-auth.ts';
import { problem } from '../http/problem.ts';
import { isDay } from '../measures/periods.ts';
import { isCurrentConsent } from '../moderation/uses.ts';
import { packRefusal, REFUSAL_TEXT } from '../packs/pack-guards.ts';
import { boardOf, requireBoardStaff } from './board-access.ts';

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
  .use(`${P}/actions`, requireBoardStaff())
  .use(`${P}/actions/*`, requireBoardStaff())
  .use(`${P}/to-tell`, requireRole('coordinator'))
  .use(`${P}/to-tell/*`, requireRole('coordinator'))
  .get(`${P}/actions`, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const { db } = c.var.deps;
    const rows = await db
      .selectFrom('board_action')
      .selectAll()
      .where('board_id', '=', board.boardId)
      .orderBy('created_at', 'desc')
      .execute();
    const items = [];
    for (const row of rows) items.push(await actionView(db, row));
    return c.json({ items });
  })
  .post(`${P}/actions`, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const body = await readJson(c, ActionInputSchema);
    if (!body.ok) return body.response;
    const refused = await refuseStories(c, board.boardId, body.data.storyIds);
    if (refused) return refused;
    const { deps, auth, address } = c.var;
    const id = await createAction(deps.db, {
      boardId: board.boardId,
      userId: auth?.user.id ?? 0,
      input: body.data,
      now: deps.now(),
    });
    await recordAudit(deps.db, {
      actor: auth?.user.id ?? 'system',
      action: 'action.created',
      objectType: 'board_action',
      objectId: id,
      boardId: board.boardId,
      address,
      detail: { status: body.data.status },
      at: deps.now(),
    });
    const row = await deps.db
      .selectFrom('board_action')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return c.json(await actionView(deps.db, row), 201);
  })
  .put(`${P}/actions/:actionId`, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const { deps, auth, address } = c.var;
    const actionId = idParam(c, 'actionId');
    const row =
      actionId === undefined
        ? undefined
        : await deps.db
            .selectFrom('board_action')
            .selectAll()
            .where('id', '=', actionId)
            .where('board_id', '=', board.boardId)
            .executeTakeFirst();
    if (!row) return notFound(c, 'Action not found');
    const body = await readJson(c, ActionInputSchema);
    if (!body.ok) return body.response;
    const refused = await refuseStories(c, board.boardId, body.data.storyIds);
    if (refused) return refused;
    await updateAction(deps.db, { row, input: body.data, now: deps.now() });
    await recordAudit(deps.db, {
      actor: auth?.user.id ?? 'system',
      action: 'action.updated',
      objectType: 'board_action',
      objectId: row.id,
      boardId: board.boardId,
      address,
      detail: { from: row.status, to: body.data.status },
      at: deps.now(),
    });
    const updated = await deps.db
      .selectFrom('board_action')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return c.json(await actionView(deps.db, updated));
  })
  .get(`${P}/to-tell`, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const { db, now } = c.var.deps;
    const rows = await db
      .selectFrom('action_to_tell')
      .innerJoin('board_action', 'board_action.id', 'action_to_tell.action_id')
      .innerJoin('story', 'story.id', 'action_to_tell.story_id')
      .leftJoin('contact', 'contact.story_id', 'action_to_tell.story_id')
      .select([
        'action_to_tell.id',
        'action_to_tell.action_id',
        'action_to_tell.story_id',
        'action_to_tell.status',
        'action_to_tell.created_at',
        'board_action.theme',
        'contact.method',
      ])
      .where('board_action.board_id', '=', board.boardId)
      .where('action_to_tell.told_at', 'is', null)
      .where('story.status', '!=', 'withdrawn')
      .orderBy('action_to_tell.created_at')
      .orderBy('action_to_tell.id')
      .execute();
    // Someone who has since withdrawn their story or their wish to be contacted must not be
    // contacted: the entry stays (it is the record) but leaves the list (DOMAIN.md, consent).
    const stillWanted = await storiesStillAskingToHear(
      db,
      rows.map((r) => r.story_id),
      now(),
    );
    // Contact details are not here: the coordinator opens them from the story (audited). Only
    // the route the person chose (email or phone) is given, so the coordinator can plan.
    return c.json({
      items: rows
        .filter((r) => stillWanted.has(r.story_id))
        .map((r) => ({
          id: r.id,
          actionId: r.action_id,
          theme: r.theme,
          storyId: r.story_id,
          status: r.status,
          since: r.created_at,
          contactMethod: r.method ?? null,
        })),
    });
  })
  .post(`${P}/to-tell/:id/told`, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const { deps, auth, address } = c.var;
    const id = idParam(c, 'id');
    const row =
      id === undefined
        ? undefined
        : await deps.db
            .selectFrom('action_to_tell')
            .innerJoin('board_action', 'board_action.id', 'action_to_tell.action_id')
            .select(['action_to_tell.id', 'action_to_tell.story_id', 'action_to_tell.told_at'])
            .where('action_to_tell.id', '=', id)
            .where('board_action.board_id', '=', board.boardId)
            .executeTakeFirst();
    if (!row) return notFound(c);
    // Marking twice (two coordinators, a double press) keeps the first record of who told them.
    if (row.told_at !== null) return c.body(null, 204);
    await deps.db
      .updateTable('action_to_tell')
      .set({ told_at: deps.now().toISOString(), told_by: auth?.user.id ?? null })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(deps.db, {
      actor: auth?.user.id ?? 'system',
      action: 'action.person_told',
      objectType: 'story',
      objectId: row.story_id,
      boardId: board.boardId,
      address,
      at: deps.now(),
    });
    return c.body(null, 204);
  });

async function refuseStories(
  c: import('hono').Context<SignedInEnv>,
  boardId: number,
  storyIds: number[],
): Promise<Response | undefined> {
  const { deps } = c.var;
  const errors = [];
  for (const [i, storyId] of storyIds.entries()) {
    const code = await packRefusal(deps.db, storyId, boardId, deps.now());
    if (code)
      errors.push({
        field: `storyIds.${i}`,
        pointer: `#/storyIds/${i}`,
        detail: REFUSAL_TEXT[code],
        code,
      });
  }
  if (errors.length === 0) return undefined;
  return problem(c, {
    status: 409,
    title: 'Some stories cannot be linked',
    detail: 'Only stories in your Board’s library can be linked to an action.',
    errors,
  });
}

/** Stories whose teller still has a current wish to be contacted (contact_check or involve). */
async function storiesStillAskingToHear(
  db: Db,
  storyIds: number[],
  now: Date,
): Promise<Set<number>> {
  if (storyIds.length === 0) return new Set();
  const consents = await db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', 'in', [...new Set(storyIds)])
    .where('purpose', 'in', CONTACT_PURPOSES)
    .execute();
  return new Set(consents.filter((c) => isCurrentConsent(c, now)).map((c) => c.story_id));
}
