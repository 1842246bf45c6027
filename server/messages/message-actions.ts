import type { Db } from '../../db/client.ts';
import type { MessageStatus } from '../../domain/outbox.ts';
import { recordAudit } from '../audit/record.ts';
import { Conflict, NotFound, ProblemError } from '../http/errors.ts';
import type { StaffAct } from '../moderation/acting.ts';
import {
  allowedChanges,
  findMessage,
  type MessageListRow,
  type MessageView,
  type MessageViewer,
  mayAct,
  messageView,
} from './message-list.ts';
import { messagesMadeDue } from './outbox.ts';

/**
 * What a person may do to a message before or after the sender has tried it (issue 13): stop one
 * that has not gone, send a held one without waiting out its hold, or try a failed or stopped one
 * again. Each is one transaction with its audit record, and changes the row only if it is still in
 * the state that was checked, so a sender picking it up at the same moment wins cleanly (409).
 */

export type MessageChange = 'stop' | 'retry' | 'sendNow';

const AUDIT_ACTION: Record<MessageChange, string> = {
  stop: 'message.stopped',
  retry: 'message.retried',
  sendNow: 'message.sent_now',
};

function refusal(change: MessageChange, row: MessageListRow): Conflict {
  if (change === 'stop') {
    return row.status === 'held' || row.status === 'waiting'
      ? new Conflict('This message is being sent now', 'It is too late to stop it. Reload to see.')
      : new Conflict(
          'This message cannot be stopped',
          `Only a message that is held or waiting can be stopped; this one is ${row.status}.`,
        );
  }
  if (change === 'retry') {
    return new Conflict(
      'This message cannot be tried again',
      row.status === 'stopped'
        ? 'Heard stopped it because it is no longer needed or its recipient no longer exists (a recorded safeguarding check, a withdrawn story or a disabled account).'
        : `Only a failed message, or one a person stopped, can be tried again; this one is ${row.status}.`,
    );
  }
  return new Conflict(
    'This message cannot be sent now',
    row.status === 'held'
      ? 'It is being sent already. Reload to see.'
      : `Only a held message can be sent before its hold ends; this one is ${row.status}.`,
  );
}

function nextState(change: MessageChange, row: MessageListRow, act: StaffAct) {
  const at = act.now.toISOString();
  if (change === 'stop') {
    return { status: 'stopped' as const, stopped_by: act.userId, stopped_at: at, updated_at: at };
  }
  // Retry and send-now both make the message due at once; attempts are kept, so the sender's
  // back-off and the screen's "attempt 3" stay true.
  return {
    status: 'waiting' as const,
    next_attempt_at: at,
    hold_until: change === 'sendNow' ? null : row.hold_until,
    stopped_by: null,
    stopped_at: null,
    lease_until: null,
    updated_at: at,
  };
}

/** Applies one change for the viewer: 404 if they cannot see it, 403 if not theirs to change, 409 if its state forbids it. */
export async function changeMessage(
  db: Db,
  viewer: MessageViewer,
  id: number,
  change: MessageChange,
  act: StaffAct,
): Promise<MessageView> {
  const view = await db.transaction().execute(async (trx) => {
    const row = await findMessage(trx, viewer, id);
    if (!row) throw new NotFound('Message not found');
    if (!mayAct(viewer, row)) {
      throw new ProblemError({
        status: 403,
        title: 'Not allowed',
        detail:
          'Coordinators may stop, send or retry messages to storytellers of their Boards only.',
      });
    }
    if (!allowedChanges(row, act.now)[change]) throw refusal(change, row);
    const from: MessageStatus = row.status;
    const updated = await trx
      .updateTable('message')
      .set(nextState(change, row, act))
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw refusal(change, row);
    await recordAudit(trx, {
      actor: act.userId,
      action: AUDIT_ACTION[change],
      objectType: 'message',
      objectId: id,
      boardId: row.board_id ?? row.story_board_id,
      address: act.address,
      detail: { kind: row.kind, from, attempts: row.attempts },
      at: act.now,
    });
    const fresh = await findMessage(trx, viewer, id);
    if (!fresh) throw new NotFound('Message not found');
    return messageView(fresh, viewer, act.now);
  });
  // After the commit, so the sender reads the message as due.
  if (change !== 'stop') messagesMadeDue();
  return view;
}
