import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import {
  MESSAGE_STATUSES,
  type MessageKind,
  type MessageStatus,
  type RecipientKind,
} from '../../domain/outbox.ts';
import type { Role } from '../auth/roles.ts';

/**
 * The outbox as staff see it (issue 13): what waits, what was sent, what failed and why. Read
 * only from plain columns: never `body`, `body_sealed` or `recipient_sealed`, so nothing here can
 * carry story words or a storyteller's address. Who may see what (docs/admin-api.md): admins every
 * message; coordinators their Boards' messages and their own.
 */

/** Who is looking, from the signed-in session. */
export type MessageViewer = { userId: number; role: Role; boardIds: readonly number[] };

export type MessageFilters = {
  status?: MessageStatus | undefined;
  kind?: MessageKind | undefined;
  board?: number | undefined;
};

type Eb = ExpressionBuilder<Database, 'message'>;

/** The viewer's messages: admins all; coordinators their Boards' (by Board or story) and their own. */
export function inScope(viewer: MessageViewer) {
  return (eb: Eb) => {
    // better-sqlite3 cannot bind a boolean, so "everything" is a literal true.
    if (viewer.role === 'admin') return sql<SqlBool>`1 = 1`;
    const own = eb('message.recipient_user_id', '=', viewer.userId);
    if (viewer.boardIds.length === 0) return own;
    return eb.or([
      own,
      eb('message.board_id', 'in', viewer.boardIds),
      // A message its writer tied to a story only still belongs to the story's Board.
      eb.and([
        eb('message.board_id', 'is', null),
        eb(
          'message.story_id',
          'in',
          eb.selectFrom('story').select('story.id').where('story.board_id', 'in', viewer.boardIds),
        ),
      ]),
    ]);
  };
}

function filtered(db: Db, viewer: MessageViewer, filters: Omit<MessageFilters, 'status'>) {
  let q = db.selectFrom('message').where(inScope(viewer));
  if (filters.kind) q = q.where('message.kind', '=', filters.kind);
  if (filters.board) q = q.where('message.board_id', '=', filters.board);
  return q;
}

/** The rows and joins every view reads; the selection never names a sealed column. */
function withLabels(db: Db) {
  return db
    .selectFrom('message')
    .leftJoin('user as recipient', 'recipient.id', 'message.recipient_user_id')
    .leftJoin('user as stopper', 'stopper.id', 'message.stopped_by')
    .leftJoin('story', 'story.id', 'message.story_id')
    .select([
      'message.id',
      'message.board_id',
      'message.story_id',
      'message.kind',
      'message.channel',
      'message.recipient_kind',
      'message.subject',
      'message.status',
      'message.attempts',
      'message.hold_until',
      'message.next_attempt_at',
      'message.lease_until',
      'message.last_error',
      'message.created_at',
      'message.sent_at',
      'message.stopped_by',
      'message.stopped_at',
      'recipient.name as recipient_name',
      'recipient.email as recipient_email',
      'stopper.name as stopper_name',
      'stopper.email as stopper_email',
      'story.board_id as story_board_id',
    ]);
}

export type MessageListRow = Awaited<ReturnType<ReturnType<typeof withLabels>['execute']>>[number];

const staffLabel = (name: string | null, email: string | null) =>
  name && email ? `${name} (${email})` : (email ?? 'A staff account that no longer exists');

/** Who a message is for, in words that never hold a storyteller's address. */
export function recipientLabel(
  row: Pick<MessageListRow, 'recipient_kind' | 'channel' | 'recipient_name' | 'recipient_email'>,
): string {
  const kind: RecipientKind = row.recipient_kind;
  switch (kind) {
    case 'user':
      return staffLabel(row.recipient_name, row.recipient_email);
    case 'duty_inbox':
      return 'Duty inbox';
    case 'webhook':
      return 'Board webhook';
    case 'storyteller':
      return `The storyteller (${row.channel === 'sms' ? 'phone' : 'email'})`;
    case 'address':
      return 'An address the storyteller typed';
  }
}

/** The Board a message belongs to: its own, else its story's. */
export const boardOf = (row: Pick<MessageListRow, 'board_id' | 'story_board_id'>) =>
  row.board_id ?? row.story_board_id;

/** Whether a message is to the person who told a story (a hear-back, a copy they asked for). */
export const isToStoryteller = (row: Pick<MessageListRow, 'recipient_kind'>) =>
  row.recipient_kind === 'storyteller' || row.recipient_kind === 'address';

/**
 * Whether the viewer may stop, retry or send a message now: admins any; coordinators messages to
 * storytellers of their Boards (the people they hold the contact of), never staff alerts.
 */
export function mayAct(viewer: MessageViewer, row: MessageListRow): boolean {
  if (viewer.role === 'admin') return true;
  const board = boardOf(row);
  return (
    viewer.role === 'coordinator' &&
    isToStoryteller(row) &&
    board !== null &&
    viewer.boardIds.includes(board)
  );
}

/** Which changes a message's state allows (whoever asks). */
export function allowedChanges(row: MessageListRow, now: Date) {
  const sending = row.lease_until !== null && new Date(row.lease_until) > now;
  return {
    stop: (row.status === 'held' || row.status === 'waiting') && !sending,
    retry: row.status === 'failed' || (row.status === 'stopped' && row.stopped_by !== null),
    sendNow: row.status === 'held' && !sending,
  };
}

/** One message as the API sends it. */
export function messageView(row: MessageListRow, viewer: MessageViewer, now: Date) {
  const may = mayAct(viewer, row);
  const changes = allowedChanges(row, now);
  const board = boardOf(row);
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    subject: row.subject,
    recipient: recipientLabel(row),
    recipientKind: row.recipient_kind,
    status: row.status,
    attempts: row.attempts,
    // Written by the sender without personal data; cut short so a long one cannot fill a page.
    lastError: row.last_error === null ? null : row.last_error.slice(0, 200),
    nextAttemptAt: row.status === 'held' || row.status === 'waiting' ? row.next_attempt_at : null,
    holdUntil: row.hold_until,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    boardId: board,
    storyId: row.story_id,
    // Only coordinators of the story's Board read stories (admins manage, they do not moderate).
    storyOpen:
      row.story_id !== null &&
      viewer.role === 'coordinator' &&
      row.story_board_id !== null &&
      viewer.boardIds.includes(row.story_board_id),
    stoppedBy: row.stopped_by === null ? null : staffLabel(row.stopper_name, row.stopper_email),
    stoppedAt: row.stopped_at,
    can: {
      stop: may && changes.stop,
      retry: may && changes.retry,
      sendNow: may && changes.sendNow,
    },
  };
}

export type MessageView = ReturnType<typeof messageView>;

/** One message the viewer may see, or undefined (a 404 to them). */
export async function findMessage(
  db: Db,
  viewer: MessageViewer,
  id: number,
): Promise<MessageListRow | undefined> {
  return withLabels(db).where('message.id', '=', id).where(inScope(viewer)).executeTakeFirst();
}

/**
 * One page of the viewer's messages, newest first, with how many of each status match the other
 * filters (for "Waiting 3, Held 1, Failed 2"), when one was last sent and since when the oldest
 * waiting one has waited (for "nothing has gone out").
 */
export async function listMessages(
  db: Db,
  viewer: MessageViewer,
  filters: MessageFilters,
  page: { page: number; pageSize: number },
  now: Date,
) {
  const base = filtered(db, viewer, filters);
  const grouped = await base
    .select(['message.status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('message.status')
    .execute();
  const counts = Object.fromEntries(MESSAGE_STATUSES.map((s) => [s, 0])) as Record<
    MessageStatus,
    number
  >;
  for (const g of grouped) counts[g.status] = Number(g.n);
  const total = filters.status
    ? counts[filters.status]
    : Object.values(counts).reduce((a, b) => a + b, 0);

  const delivery = await base
    .select((eb) => [
      eb.fn.max('message.sent_at').as('last_sent_at'),
      eb.fn
        .min(
          eb
            .case()
            .when('message.status', '=', 'waiting')
            .then(eb.ref('message.created_at'))
            .else(null)
            .end(),
        )
        .as('oldest_waiting_at'),
    ])
    .executeTakeFirstOrThrow();

  const ids = base.select('message.id');
  const rows = await withLabels(db)
    .where(
      'message.id',
      'in',
      filters.status ? ids.where('message.status', '=', filters.status) : ids,
    )
    .orderBy('message.created_at', 'desc')
    .orderBy('message.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
    items: rows.map((r) => messageView(r, viewer, now)),
    total,
    counts,
    lastSentAt: (delivery.last_sent_at as string | null) ?? null,
    oldestWaitingAt: (delivery.oldest_waiting_at as string | null) ?? null,
  };
}

/** Every message about one story, newest first (the caller has checked the story is theirs). */
export async function listStoryMessages(db: Db, viewer: MessageViewer, storyId: number, now: Date) {
  const rows = await withLabels(db)
    .where('message.story_id', '=', storyId)
    .orderBy('message.created_at', 'desc')
    .orderBy('message.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => messageView(r, viewer, now));
}
