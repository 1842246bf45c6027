import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { MessageRow } from '../../db/schema.ts';
import type { MessageChannel, MessageKind } from '../../domain/outbox.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Logger } from '../log.ts';
import { attemptsInWindow, retryDelayMs } from './backoff.ts';
import { onMessageQueued } from './outbox.ts';
import { resolveRecipient } from './recipients.ts';
import { STORYTELLER_SENDER } from './storyteller-wording.ts';
import { type Envelope, PermanentDeliveryError, type Transport } from './transport.ts';

/**
 * The background sender (decision 0086). It claims due messages with a lease written by an UPDATE
 * that checks the values it read, so two senders on one database (several instances on
 * PostgreSQL, issue 15) never both send a message; a sender killed mid-send leaves a lease that
 * runs out, and another (or the restarted one) tries again. Delivery is therefore at least once;
 * the stable Message-ID, derived from the dedupe key, lets mail systems and people recognise a
 * repeat. One message is in flight at a time per sender: alerts are few, and stopping cleanly
 * means awaiting just that one.
 */
export type SenderDeps = {
  db: Db;
  sealer: Sealer;
  log: Logger;
  now: () => Date;
  config: { linkBase: string };
};

export type SenderOptions = {
  transports: readonly Transport[];
  /** How often to look for due messages when nothing wakes the sender. */
  pollMs?: number;
  /**
   * How long a claimed message is this sender's. A sender killed mid-send holds its message this
   * long before another (or the restarted one) may try again, so it is short; it must outlast
   * `sendDeadlineMs`, or a slow send could be claimed twice while still running.
   */
  leaseMs?: number;
  /** A send taking longer than this counts as failed and is retried later. */
  sendDeadlineMs?: number;
  batchSize?: number;
  /** The host part of Message-IDs (the From address's domain). */
  messageIdDomain?: string;
  random?: () => number;
};

export type Sender = {
  /** Sends what is due now; resolves with how many messages it handled. */
  runOnce: () => Promise<number>;
  /** Looks again at once (a message was queued). */
  wake: () => void;
  /** Starts the loop: a pass, then wait for a wake or the poll interval, until stopped. */
  start: () => void;
  /** Stops looking and waits for the message in flight, if any. */
  stop: () => Promise<void>;
};

const STAFF_KINDS: ReadonlySet<MessageKind> = new Set([
  'urgent_alert',
  'urgent_escalation',
  'daily_digest',
  'account_attack',
  'new_device',
]);

/** `<32 hex of sha-256(dedupe key)@domain>`: the same on every try, on every instance. */
export function stableMessageId(dedupeKey: string, domain: string): string {
  const hash = createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
  return `<${hash}@${domain}>`;
}

/** Which channels have a transport, and which transport carries each (the first listed wins). */
function routeChannels(transports: readonly Transport[]): Map<MessageChannel, Transport> {
  const routes = new Map<MessageChannel, Transport>();
  for (const transport of transports) {
    for (const channel of transport.channels)
      if (!routes.has(channel)) routes.set(channel, transport);
  }
  return routes;
}

/**
 * What may be stored as `last_error` and logged: the transport's words with any address masked
 * (an SMTP server's "550 <someone@example> unknown" names the recipient), kept short.
 */
export function describeError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown; name?: unknown };
  const parts = [
    typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'Error',
    typeof e?.responseCode === 'number' ? String(e.responseCode) : '',
    typeof e?.message === 'string' ? e.message : '',
  ].filter(Boolean);
  return parts
    .join(' ')
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]')
    .replace(/\+?\d[\d ]{8,}\d/g, '[number]')
    .slice(0, 300);
}

export function createSender(deps: SenderDeps, options: SenderOptions): Sender {
  const routes = routeChannels(options.transports);
  const channels = [...routes.keys()];
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const sendDeadlineMs = Math.min(options.sendDeadlineMs ?? 30_000, leaseMs / 2);
  const batchSize = options.batchSize ?? 20;
  const random = options.random ?? Math.random;
  const maxAttempts = attemptsInWindow();
  const domain = options.messageIdDomain ?? hostOf(deps.config.linkBase);
  const { db, log } = deps;

  /** Held messages whose hold has passed become due (a coordinator could stop them until then). */
  async function releaseHolds(nowIso: string): Promise<void> {
    // Looked for first: an UPDATE, even one changing nothing, takes SQLite's write lock.
    const due = await db
      .selectFrom('message')
      .select('id')
      .where('status', '=', 'held')
      .where('hold_until', '<=', nowIso)
      .limit(1)
      .executeTakeFirst();
    if (!due) return;
    await db
      .updateTable('message')
      .set({ status: 'waiting', updated_at: nowIso })
      .where('status', '=', 'held')
      .where('hold_until', '<=', nowIso)
      .execute();
  }

  async function dueMessages(nowIso: string) {
    return db
      .selectFrom('message')
      .selectAll()
      .where('status', '=', 'waiting')
      .where('next_attempt_at', '<=', nowIso)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]))
      .where('channel', 'in', channels)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(batchSize)
      .execute();
  }

  /** Takes the lease only if the row is still as read: exactly one sender wins it. */
  async function claim(row: MessageRow, now: Date): Promise<string | undefined> {
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const result = await db
      .updateTable('message')
      .set({ lease_until: lease, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('status', '=', 'waiting')
      .where('next_attempt_at', '=', row.next_attempt_at)
      .where('attempts', '=', row.attempts)
      .where((eb) =>
        row.lease_until === null
          ? eb('lease_until', 'is', null)
          : eb('lease_until', '=', row.lease_until),
      )
      .executeTakeFirst();
    return result.numUpdatedRows === 1n ? lease : undefined;
  }

  /** Writes the outcome only while the lease is still ours. */
  async function finish(
    row: MessageRow,
    lease: string,
    values: Partial<Omit<MessageRow, 'id'>>,
  ): Promise<void> {
    const result = await db
      .updateTable('message')
      .set({ ...values, lease_until: null, updated_at: deps.now().toISOString() })
      .where('id', '=', row.id)
      .where('lease_until', '=', lease)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) log.warn('message.lease_lost', { id: row.id });
  }

  async function boardSlug(boardId: number | null): Promise<string | undefined> {
    if (boardId === null) return undefined;
    const board = await db
      .selectFrom('board')
      .select('slug')
      .where('id', '=', boardId)
      .executeTakeFirst();
    return board?.slug;
  }

  async function deliver(row: MessageRow, lease: string): Promise<void> {
    const transport = routes.get(row.channel);
    if (!transport) return;
    const recipient = await resolveRecipient(db, deps.sealer, row, deps.now());
    if (!recipient.ok) {
      await finish(row, lease, {
        status: 'stopped',
        last_error: recipient.reason,
        stopped_at: deps.now().toISOString(),
        body_sealed: null,
        recipient_sealed: null,
      });
      log.info('message.stopped', { id: row.id, kind: row.kind, why: 'no_recipient' });
      return;
    }
    const staff = STAFF_KINDS.has(row.kind);
    const envelope: Envelope = {
      messageId: stableMessageId(row.dedupe_key, domain),
      kind: row.kind,
      channel: row.channel,
      to: recipient.to,
      subject: row.subject,
      text: row.body ?? deps.sealer.openOptional(row.body_sealed, 'message.body') ?? '',
      // Always the neutral name, never HEARD_MAIL_FROM's display name: that may name a
      // safeguarding Board, and someone else may read a storyteller's inbox (decision 0093).
      fromName: STORYTELLER_SENDER,
      boardSlug: await boardSlug(row.board_id),
      storyId: staff ? row.story_id : null,
      link:
        staff && row.story_id !== null
          ? `${deps.config.linkBase}/admin/stories/${row.story_id}`
          : undefined,
      secret: recipient.secret,
    };
    const attempts = row.attempts + 1;
    try {
      await withDeadline(transport.send(envelope), sendDeadlineMs);
    } catch (error) {
      const lastError = describeError(error);
      const permanent = error instanceof PermanentDeliveryError;
      if (permanent || attempts >= maxAttempts) {
        await finish(row, lease, {
          status: 'failed',
          attempts,
          last_error: lastError,
          transport: transport.name,
        });
        log.error('message.failed', {
          id: row.id,
          kind: row.kind,
          transport: transport.name,
          attempts,
          permanent,
        });
        return;
      }
      const next = new Date(deps.now().getTime() + retryDelayMs(attempts, random));
      await finish(row, lease, {
        attempts,
        last_error: lastError,
        transport: transport.name,
        next_attempt_at: next.toISOString(),
      });
      log.warn('message.retrying', {
        id: row.id,
        kind: row.kind,
        transport: transport.name,
        attempts,
        next: next.toISOString(),
      });
      return;
    }
    const sentAt = deps.now().toISOString();
    await finish(row, lease, {
      status: 'sent',
      attempts,
      sent_at: sentAt,
      last_error: null,
      transport: transport.name,
      body_sealed: null,
      recipient_sealed: null,
    });
    log.info('message.sent', { id: row.id, kind: row.kind, transport: transport.name, attempts });
  }

  let stopped = false;
  let running: Promise<number> | undefined;

  async function sendDue(): Promise<number> {
    if (channels.length === 0) return 0;
    const now = deps.now();
    const nowIso = now.toISOString();
    await releaseHolds(nowIso);
    let handled = 0;
    for (const row of await dueMessages(nowIso)) {
      if (stopped) break;
      const lease = await claim(row, deps.now());
      if (!lease) continue;
      try {
        await deliver(row, lease);
      } catch (error) {
        // A fault of ours (a sealed value that will not open, the database): counted as a try
        // like any other, so it backs off and in the end shows as failed, rather than looping.
        // If even that cannot be written, the lease runs out and the message is tried again.
        log.error('message.send_error', { id: row.id, error: describeError(error) });
        const attempts = row.attempts + 1;
        await finish(row, lease, {
          attempts,
          last_error: describeError(error),
          ...(attempts >= maxAttempts
            ? { status: 'failed' as const }
            : {
                next_attempt_at: new Date(
                  deps.now().getTime() + retryDelayMs(attempts, random),
                ).toISOString(),
              }),
        }).catch(() => undefined);
      }
      handled += 1;
    }
    return handled;
  }

  // One pass at a time per sender: a wake during a pass asks for another pass after it.
  let again = false;
  const runOnce = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = sendDue().finally(() => {
      running = undefined;
    });
    return running;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let loop: Promise<void> | undefined;
  let wakeNow: (() => void) | undefined;
  const unsubscribe = onMessageQueued(() => sender.wake());

  const start = () => {
    loop ??= (async () => {
      while (!stopped) {
        again = false;
        try {
          const handled = await runOnce();
          if (handled >= batchSize) again = true;
        } catch (error) {
          log.error('message.sender_error', { error: describeError(error) });
        }
        if (stopped || again) continue;
        await new Promise<void>((resolve) => {
          wakeNow = resolve;
          timer = setTimeout(resolve, pollMs);
        });
        wakeNow = undefined;
        if (timer) clearTimeout(timer);
      }
    })();
  };

  const sender: Sender = {
    runOnce,
    start,
    wake: () => {
      again = true;
      wakeNow?.();
    },
    stop: async () => {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      wakeNow?.();
      await loop;
      await running;
    },
  };

  return sender;
}

/** Creates a sender and starts its loop (server/index.ts); tests may drive `runOnce` instead. */
export function startSender(deps: SenderDeps, options: SenderOptions): Sender {
  const sender = createSender(deps, options);
  sender.start();
  return sender;
}

/**
 * A transport's own time-outs cover each step, not the whole send; this bounds the whole, so the
 * lease always outlasts the send. A send abandoned here may still finish: at least once.
 */
async function withDeadline(send: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`No answer from the provider within ${Math.round(ms / 1000)} s`);
      error.name = 'SendTimeout';
      reject(error);
    }, ms);
  });
  try {
    await Promise.race([send, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'heard.invalid';
  } catch {
    return 'heard.invalid';
  }
}
