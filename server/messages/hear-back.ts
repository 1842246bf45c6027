import type { Db } from '../../db/client.ts';
import type { MessageChannel } from '../../domain/outbox.ts';
import type { ContactMethod } from '../../domain/vocabulary.ts';
import type { Deps } from '../app-env.ts';
import { type AuditActor, recordAudit } from '../audit/record.ts';
import { mayHearBack } from '../moderation/consent-gate.ts';
import { enqueueMessages } from './outbox.ts';
import { type HearBackNews, hearBackWording } from './storyteller-wording.ts';

/**
 * People who asked to hear back are told, through the route they chose, when their story is read,
 * used in a Board pack, or an action linked to it changes status (issue 13, decision 0093). Each
 * message is written in the transaction of the event, held for an hour so a coordinator can see
 * and stop it on the Messages screen, and audited. Who may be told is the consent gate's
 * `mayHearBack`: a withdrawn story or a withdrawn wish to be contacted gets nothing.
 */

/** What enqueuing a message to a storyteller needs from the running app. */
export type MessageDeps = Pick<Deps, 'sealer' | 'config'>;

/** A coordinator may stop a message to a storyteller within this time (issue 13: "a short hold"). */
export const STORYTELLER_HOLD_MS = 60 * 60 * 1000;

const CHANNEL: Record<ContactMethod, MessageChannel> = { email: 'email', phone: 'sms' };

export type HearBackEvent = {
  news: HearBackNews;
  /** Unique to the event: each story's message key is `${eventKey}:story:${id}`. */
  eventKey: string;
  actor: AuditActor;
  address: string | null;
  now: Date;
};

/** The dedupe key of one event's message to one story's teller. */
export const hearBackKey = (eventKey: string, storyId: number) => `${eventKey}:story:${storyId}`;

/**
 * Queues the news for every story here whose teller may hear back; returns the story ids whose
 * teller was newly queued a message (a repeat of the same event queues nothing). Pass the
 * transaction the event itself is written in.
 */
export async function tellStorytellers(
  trx: Db,
  deps: MessageDeps,
  storyIds: readonly number[],
  event: HearBackEvent,
): Promise<number[]> {
  if (storyIds.length === 0) return [];
  const rows = await trx
    .selectFrom('story')
    .innerJoin('contact', 'contact.story_id', 'story.id')
    .select([
      'story.id',
      'story.board_id',
      'story.language',
      'contact.method',
      'contact.message_wording',
    ])
    .where('story.id', 'in', [...new Set(storyIds)])
    .where(mayHearBack(event.now))
    .orderBy('story.id')
    .execute();
  const stopUrl = `${deps.config.linkBase}/withdraw`;
  const queued: number[] = [];
  for (const row of rows) {
    const channel = CHANNEL[row.method];
    const dedupeKey = hearBackKey(event.eventKey, row.id);
    const added = await enqueueMessages(trx, deps, [
      {
        kind: event.news.kind,
        channel,
        recipient: { kind: 'storyteller' },
        boardId: row.board_id,
        storyId: row.id,
        ...hearBackWording({
          news: event.news,
          language: row.language,
          channel,
          wording: row.message_wording,
          stopUrl,
        }),
        dedupeKey,
        holdUntil: new Date(event.now.getTime() + STORYTELLER_HOLD_MS),
        now: event.now,
      },
    ]);
    if (added === 0) continue;
    queued.push(row.id);
    await recordAudit(trx, {
      actor: event.actor,
      action: 'message.queued',
      objectType: 'story',
      objectId: row.id,
      boardId: row.board_id,
      address: event.address,
      detail: { kind: event.news.kind, channel, dedupeKey },
      at: event.now,
    });
  }
  return queued;
}

/**
 * Stops messages about an action to this story's teller that are still held, when a newer status
 * change supersedes them: the person hears the latest status once, as the coordinator's list
 * keeps one entry per person and action. Audited as stopped by the system.
 */
export async function supersedeHeldActionNews(
  trx: Db,
  args: { actionId: number; storyId: number; boardId: number; now: Date },
): Promise<void> {
  const prefix = `hear_back_action:action:${args.actionId}:`;
  const held = await trx
    .selectFrom('message')
    .select(['id', 'dedupe_key'])
    .where('kind', '=', 'hear_back_action')
    .where('story_id', '=', args.storyId)
    .where('status', '=', 'held')
    .where('dedupe_key', 'like', `${prefix}%`)
    .execute();
  for (const m of held) {
    await trx
      .updateTable('message')
      .set({
        status: 'stopped',
        stopped_at: args.now.toISOString(),
        updated_at: args.now.toISOString(),
      })
      .where('id', '=', m.id)
      .where('status', '=', 'held')
      .execute();
    await recordAudit(trx, {
      actor: 'system',
      action: 'message.stopped',
      objectType: 'message',
      objectId: m.id,
      boardId: args.boardId,
      detail: { reason: 'superseded', kind: 'hear_back_action' },
      at: args.now,
    });
  }
}

/**
 * A story withdrawn, or its teller's wish to be contacted withdrawn: every message to them that
 * has not gone yet is stopped (audited), and with the whole story withdrawn, a copy of their
 * answers still waiting is stopped and its sealed address and text deleted, as the story's own
 * text is. Runs in the withdrawal's transaction (server/withdrawal/withdraw-story.ts).
 */
export async function stopStorytellerNews(
  trx: Db,
  args: { storyId: number; boardId: number; now: Date; storyWithdrawn: boolean },
): Promise<void> {
  const kinds = args.storyWithdrawn
    ? (['storyteller', 'address'] as const)
    : (['storyteller'] as const);
  const pending = await trx
    .selectFrom('message')
    .select(['id', 'kind'])
    .where('story_id', '=', args.storyId)
    .where('recipient_kind', 'in', kinds)
    .where('status', 'in', ['held', 'waiting', 'failed'])
    .execute();
  const at = args.now.toISOString();
  for (const m of pending) {
    await trx
      .updateTable('message')
      .set({
        status: 'stopped',
        stopped_at: at,
        updated_at: at,
        ...(args.storyWithdrawn ? { recipient_sealed: null, body_sealed: null } : {}),
      })
      .where('id', '=', m.id)
      .execute();
    await recordAudit(trx, {
      actor: 'system',
      action: 'message.stopped',
      objectType: 'message',
      objectId: m.id,
      boardId: args.boardId,
      detail: {
        reason: args.storyWithdrawn ? 'story_withdrawn' : 'contact_withdrawn',
        kind: m.kind,
      },
      at: args.now,
    });
  }
}
