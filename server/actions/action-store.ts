import type { Db } from '../../db/client.ts';
import type { BoardActionRow } from '../../db/schema.ts';
import type { ActionInput, ActionStatus, ActionView } from '../../domain/actions.ts';
import { Conflict, NotFound } from '../http/errors.ts';
import {
  hearBackKey,
  type MessageDeps,
  supersedeHeldActionNews,
  tellStorytellers,
} from '../messages/hear-back.ts';
import { isCurrentConsent } from '../moderation/uses.ts';
import { refusalErrors, refusedStories } from '../packs/pack-guards.ts';

// The action's shape is shared with the admin screens; re-exported for the routes and tests.
export {
  ACTION_STATUSES,
  type ActionInput,
  type ActionStatus,
  type ActionView,
} from '../../domain/actions.ts';

/** Consent purposes that mean "you may contact me", so the person may hear back. */
export const CONTACT_PURPOSES = ['contact_check', 'contact_involve'] as const;

/** The Board's actions, newest first, as the admin screens show them. */
export async function listActions(db: Db, boardId: number): Promise<ActionView[]> {
  const rows = await db
    .selectFrom('board_action')
    .selectAll()
    .where('board_id', '=', boardId)
    .orderBy('created_at', 'desc')
    .execute();
  const items: ActionView[] = [];
  for (const row of rows) items.push(await actionView(db, row));
  return items;
}

/** One action of the Board; NotFound when there is none (or it is another Board's). */
export async function findAction(
  db: Db,
  boardId: number,
  actionId: number,
): Promise<BoardActionRow> {
  const row = await db
    .selectFrom('board_action')
    .selectAll()
    .where('id', '=', actionId)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
  if (!row) throw new NotFound('Action not found');
  return row;
}

async function storedActionView(db: Db, actionId: number): Promise<ActionView> {
  const row = await db
    .selectFrom('board_action')
    .selectAll()
    .where('id', '=', actionId)
    .executeTakeFirstOrThrow();
  return actionView(db, row);
}

/**
 * Only stories in the Board's library may be linked to an action (the pack gate, packRefusal):
 * otherwise a Conflict naming each refused story at `storyIds.N`, and nothing changes.
 */
async function checkLinkedStories(
  db: Db,
  boardId: number,
  storyIds: readonly number[],
  now: Date,
): Promise<void> {
  const refused = await refusedStories(db, storyIds, boardId, now);
  if (refused.length === 0) return;
  throw new Conflict(
    'Some stories cannot be linked',
    'Only stories in your Board’s library can be linked to an action.',
    { errors: refusalErrors(refused, (i) => `storyIds.${i}`) },
  );
}

async function actionView(db: Db, row: BoardActionRow): Promise<ActionView> {
  const stories = await db
    .selectFrom('board_action_story')
    .select('story_id')
    .where('action_id', '=', row.id)
    .orderBy('story_id')
    .execute();
  const open = await db
    .selectFrom('action_to_tell')
    .leftJoin('message', 'message.id', 'action_to_tell.message_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action_to_tell.action_id', '=', row.id)
    .where('action_to_tell.told_at', 'is', null)
    // Told automatically: nobody needs to tell them by hand (decision 0093).
    .where((eb) => eb.or([eb('message.status', 'is', null), eb('message.status', '!=', 'sent')]))
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    boardId: row.board_id,
    theme: row.theme,
    peopleSaid: row.people_said,
    boardWillDo: row.board_will_do,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    statusReason: row.status_reason,
    measures: JSON.parse(row.measures) as string[],
    storyIds: stories.map((s) => s.story_id),
    published: row.published === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    toTell: Number(open.n),
  };
}

/** Who changed an action, from where, and what sending news to storytellers needs. */
export type ActionChange = {
  boardId: number;
  userId: number;
  address: string | null;
  messages: MessageDeps;
  now: Date;
};

/**
 * Records "to tell" for every linked story whose teller asked to hear back (a current
 * contact_check or contact_involve consent), so the coordinator can tell them, through the
 * contact route they chose, that the action changed. Withdrawn stories have no contact left.
 * Where the person may be sent the news automatically (the consent gate's mayHearBack), it is
 * queued too, held for a coordinator to stop, and linked to the entry (decision 0093).
 */
async function recordToTell(
  db: Db,
  actionId: number,
  storyIds: number[],
  status: ActionStatus,
  change: ActionChange,
): Promise<void> {
  if (storyIds.length === 0) return;
  const { now } = change;
  const consents = await db
    .selectFrom('consent')
    .innerJoin('story', 'story.id', 'consent.story_id')
    .selectAll('consent')
    .where('consent.story_id', 'in', storyIds)
    .where('consent.purpose', 'in', CONTACT_PURPOSES)
    .where('story.status', '!=', 'withdrawn')
    .execute();
  const who = [...new Set(consents.filter((c) => isCurrentConsent(c, now)).map((c) => c.story_id))];
  for (const storyId of who) {
    // One open entry per person and action: if they have not been told yet, they are told the
    // latest status once, not every step the action took since.
    await supersedeHeldActionNews(db, { actionId, storyId, boardId: change.boardId, now });
    const eventKey = `hear_back_action:action:${actionId}:status:${status}:at:${now.toISOString()}`;
    const [queued] = await tellStorytellers(db, change.messages, [storyId], {
      news: { kind: 'hear_back_action', status },
      eventKey,
      actor: change.userId,
      address: change.address,
      now,
    });
    const message =
      queued === undefined
        ? undefined
        : await db
            .selectFrom('message')
            .select('id')
            .where('dedupe_key', '=', hearBackKey(eventKey, storyId))
            .executeTakeFirst();
    const messageId = message?.id ?? null;
    const open = await db
      .updateTable('action_to_tell')
      .set({ status, created_at: now.toISOString(), message_id: messageId })
      .where('action_id', '=', actionId)
      .where('story_id', '=', storyId)
      .where('told_at', 'is', null)
      .executeTakeFirst();
    if (Number(open.numUpdatedRows) > 0) continue;
    await db
      .insertInto('action_to_tell')
      .values({
        action_id: actionId,
        story_id: storyId,
        status,
        created_at: now.toISOString(),
        told_at: null,
        told_by: null,
        message_id: messageId,
      })
      .execute();
  }
}

/**
 * Adds an action to the Board's log, linked only to stories of the Board's library (else a
 * Conflict: checkLinkedStories); returns it as the admin screens show it.
 */
export async function createAction(
  db: Db,
  args: {
    boardId: number;
    userId: number;
    input: ActionInput;
    now: Date;
    address: string | null;
    messages: MessageDeps;
  },
): Promise<ActionView> {
  await checkLinkedStories(db, args.boardId, args.input.storyIds, args.now);
  const id = await db.transaction().execute(async (trx) => {
    const at = args.now.toISOString();
    const i = args.input;
    const { id } = await trx
      .insertInto('board_action')
      .values({
        board_id: args.boardId,
        theme: i.theme,
        people_said: i.peopleSaid,
        board_will_do: i.boardWillDo,
        owner: i.owner,
        due_date: i.dueDate,
        status: i.status,
        status_reason: i.statusReason,
        measures: JSON.stringify(i.measures),
        published: i.published ? 1 : 0,
        created_by: args.userId,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (i.storyIds.length)
      await trx
        .insertInto('board_action_story')
        .values(i.storyIds.map((story_id) => ({ action_id: id, story_id })))
        .execute();
    await recordToTell(trx, id, i.storyIds, i.status, args);
    return id;
  });
  return storedActionView(db, id);
}

/**
 * Updates an action, linked only to stories of the Board's library (else a Conflict); a change
 * of status adds "to tell" entries for its linked stories.
 */
export async function updateAction(
  db: Db,
  args: {
    row: BoardActionRow;
    input: ActionInput;
    now: Date;
    userId: number;
    address: string | null;
    messages: MessageDeps;
  },
): Promise<ActionView> {
  await checkLinkedStories(db, args.row.board_id, args.input.storyIds, args.now);
  await db.transaction().execute(async (trx) => {
    const i = args.input;
    await trx
      .updateTable('board_action')
      .set({
        theme: i.theme,
        people_said: i.peopleSaid,
        board_will_do: i.boardWillDo,
        owner: i.owner,
        due_date: i.dueDate,
        status: i.status,
        status_reason: i.statusReason,
        measures: JSON.stringify(i.measures),
        published: i.published ? 1 : 0,
        updated_at: args.now.toISOString(),
      })
      .where('id', '=', args.row.id)
      .execute();
    await trx.deleteFrom('board_action_story').where('action_id', '=', args.row.id).execute();
    if (i.storyIds.length)
      await trx
        .insertInto('board_action_story')
        .values(i.storyIds.map((story_id) => ({ action_id: args.row.id, story_id })))
        .execute();
    if (i.status !== args.row.status)
      await recordToTell(trx, args.row.id, i.storyIds, i.status, {
        ...args,
        boardId: args.row.board_id,
      });
  });
  return storedActionView(db, args.row.id);
}
