import type { Db } from '../../db/client.ts';
import type { ContactRow } from '../../db/schema.ts';
import type { ActionStatus } from '../../domain/actions.ts';
import type { MessageStatus } from '../../domain/outbox.ts';
import { NotFound } from '../http/errors.ts';
import { isCurrentConsent } from '../moderation/uses.ts';
import { CONTACT_PURPOSES } from './action-store.ts';

/** One person to tell that an action changed, as the coordinator's list shows it. */
export type ToTellItem = {
  id: number;
  actionId: number;
  theme: string;
  storyId: number;
  status: ActionStatus;
  since: string;
  contactMethod: ContactRow['method'] | null;
  /**
   * The automatic message with this news (decision 0093): `held` until `holdUntil` (a
   * coordinator may stop it), `waiting` to go, `failed` or `stopped` (tell them by hand). Null
   * when none could be sent (no contact route, not safe to leave a message). Once it is sent the
   * entry leaves this list: they have been told.
   */
  message: { id: number; status: MessageStatus; holdUntil: string | null } | null;
};

/**
 * The people of this Board still to be told that an action changed, oldest first. Someone who
 * has since withdrawn their story or their wish to be contacted must not be contacted: the entry
 * stays (it is the record) but leaves the list (docs/domain.md, consent). Contact details are not
 * here: the coordinator opens them from the story (audited). Only the route the person chose
 * (email or phone) is given, so the coordinator can plan.
 */
export async function listToTell(db: Db, boardId: number, now: Date): Promise<ToTellItem[]> {
  const rows = await db
    .selectFrom('action_to_tell')
    .innerJoin('board_action', 'board_action.id', 'action_to_tell.action_id')
    .innerJoin('story', 'story.id', 'action_to_tell.story_id')
    .leftJoin('contact', 'contact.story_id', 'action_to_tell.story_id')
    .leftJoin('message', 'message.id', 'action_to_tell.message_id')
    .select([
      'message.id as message_id',
      'message.status as message_status',
      'message.hold_until',
      'action_to_tell.id',
      'action_to_tell.action_id',
      'action_to_tell.story_id',
      'action_to_tell.status',
      'action_to_tell.created_at',
      'board_action.theme',
      'contact.method',
    ])
    .where('board_action.board_id', '=', boardId)
    .where('action_to_tell.told_at', 'is', null)
    .where('story.status', '!=', 'withdrawn')
    .where((eb) => eb.or([eb('message.status', 'is', null), eb('message.status', '!=', 'sent')]))
    .orderBy('action_to_tell.created_at')
    .orderBy('action_to_tell.id')
    .execute();
  const stillWanted = await storiesStillAskingToHear(
    db,
    rows.map((r) => r.story_id),
    now,
  );
  return rows
    .filter((r) => stillWanted.has(r.story_id))
    .map((r) => ({
      id: r.id,
      actionId: r.action_id,
      theme: r.theme,
      storyId: r.story_id,
      status: r.status,
      since: r.created_at,
      contactMethod: r.method ?? null,
      message:
        r.message_id === null || r.message_status === null
          ? null
          : { id: r.message_id, status: r.message_status, holdUntil: r.hold_until },
    }));
}

/**
 * Records that the person of this "to tell" entry was told, by whom and when. Marking twice (two
 * coordinators, a double press) keeps the first record: `first` is false then. NotFound when the
 * entry is not one of this Board's.
 */
export async function markTold(
  db: Db,
  args: { boardId: number; id: number; userId: number; now: Date },
): Promise<{ storyId: number; first: boolean }> {
  const row = await db
    .selectFrom('action_to_tell')
    .innerJoin('board_action', 'board_action.id', 'action_to_tell.action_id')
    .select(['action_to_tell.id', 'action_to_tell.story_id', 'action_to_tell.told_at'])
    .where('action_to_tell.id', '=', args.id)
    .where('board_action.board_id', '=', args.boardId)
    .executeTakeFirst();
  if (!row) throw new NotFound();
  if (row.told_at !== null) return { storyId: row.story_id, first: false };
  await db
    .updateTable('action_to_tell')
    .set({ told_at: args.now.toISOString(), told_by: args.userId })
    .where('id', '=', row.id)
    .execute();
  return { storyId: row.story_id, first: true };
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
