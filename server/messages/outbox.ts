import type SQLite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { MessageChannel, MessageKind, RecipientKind } from '../../domain/outbox.ts';
import type { Sealer } from '../crypto/sealer.ts';

/**
 * The one way into the outbox (decision 0086). Call it inside the transaction of the event that
 * causes the message, so the two commit or fail together; the sender (sender.ts) delivers later,
 * with retries. A second call with the same `dedupeKey` does nothing: each event reaches each
 * recipient once, however often the code that notices it runs.
 */
export type NewMessage = {
  kind: MessageKind;
  channel: MessageChannel;
  recipient:
    | { kind: 'user'; userId: number }
    | { kind: Exclude<RecipientKind, 'user' | 'address'> }
    /** An address typed for this one message (a copy of the reference): sealed, cleared once sent. */
    | { kind: 'address'; address: string };
  boardId?: number | null | undefined;
  storyId?: number | null | undefined;
  subject: string;
  /**
   * The text. Never story words, names, contact details or a reference in a plain body; a message
   * that must carry them (a copy of the person's own answers) sets `sealBody`.
   */
  body: string;
  sealBody?: boolean;
  /** Unique per event and recipient, e.g. `urgent_alert:story:12:user:3`. */
  dedupeKey: string;
  /** A message to a storyteller waits until then so a coordinator can stop it. */
  holdUntil?: Date | undefined;
  now: Date;
};

export type EnqueueDeps = { sealer: Sealer };

function toRow(deps: EnqueueDeps, m: NewMessage) {
  const now = m.now.toISOString();
  const hold = m.holdUntil && m.holdUntil > m.now ? m.holdUntil.toISOString() : null;
  return {
    board_id: m.boardId ?? null,
    story_id: m.storyId ?? null,
    kind: m.kind,
    channel: m.channel,
    recipient_kind: m.recipient.kind,
    recipient_user_id: m.recipient.kind === 'user' ? m.recipient.userId : null,
    recipient_sealed:
      m.recipient.kind === 'address'
        ? deps.sealer.seal(m.recipient.address, 'message.recipient')
        : null,
    subject: m.subject,
    body: m.sealBody ? null : m.body,
    body_sealed: m.sealBody ? deps.sealer.seal(m.body, 'message.body') : null,
    dedupe_key: m.dedupeKey,
    status: hold ? ('held' as const) : ('waiting' as const),
    hold_until: hold,
    next_attempt_at: hold ?? now,
    created_at: now,
    updated_at: now,
  };
}

/** Adds messages (Kysely, inside the caller's transaction). Returns how many were new. */
export async function enqueueMessages(
  db: Kysely<Database> | Transaction<Database>,
  deps: EnqueueDeps,
  messages: readonly NewMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const result = await db
    .insertInto('message')
    .values(messages.map((m) => toRow(deps, m)))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0n);
  if (added > 0) wakeSenders();
  return added;
}

/**
 * The same, synchronously, for code that writes inside a better-sqlite3 transaction (the story
 * writer's group commit, decision 0005).
 */
export function prepareEnqueue(
  sqlite: SQLite.Database,
  deps: EnqueueDeps,
): (message: NewMessage) => boolean {
  const insert = sqlite.prepare(
    `insert into message (board_id, story_id, kind, channel, recipient_kind, recipient_user_id,
       recipient_sealed, subject, body, body_sealed, dedupe_key, status, hold_until,
       next_attempt_at, created_at, updated_at)
     values (@board_id, @story_id, @kind, @channel, @recipient_kind, @recipient_user_id,
       @recipient_sealed, @subject, @body, @body_sealed, @dedupe_key, @status, @hold_until,
       @next_attempt_at, @created_at, @updated_at)
     on conflict (dedupe_key) do nothing`,
  );
  return (message) => {
    const added = insert.run(toRow(deps, message)).changes === 1;
    // The sender reads only committed rows; waking it early costs one empty look.
    if (added) queueMicrotask(wakeSenders);
    return added;
  };
}

const wakers = new Set<() => void>();

/** The sender subscribes here so a new message goes out at once rather than at the next poll. */
export function onMessageQueued(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

function wakeSenders(): void {
  for (const wake of wakers) wake();
}

/** A person made messages due now (retry, send now, on the Messages screen): look at once. */
export function messagesMadeDue(): void {
  wakeSenders();
}
