import type { Deps } from '../../server/app-env.ts';
import type { Envelope, Transport } from '../../server/messages/transport.ts';

/** The outbox's rows as the tests read them. */
export type OutboxRow = {
  id: number;
  kind: string;
  channel: string;
  recipient_kind: string;
  recipient_user_id: number | null;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  subject: string;
  body: string | null;
  body_sealed: string | null;
  recipient_sealed: string | null;
  dedupe_key: string;
};

export const outboxRows = (deps: Pick<Deps, 'sqlite'>): OutboxRow[] =>
  deps.sqlite.prepare('select * from message order by id').all() as OutboxRow[];

/**
 * A transport that keeps what it is given. `fail` decides, per envelope, to throw instead;
 * `gate` (when set) is awaited before each send, to hold a send in flight.
 */
export function recordingTransport(
  options: { channels?: Transport['channels']; name?: Transport['name'] } = {},
) {
  const sent: Envelope[] = [];
  const state: {
    fail: ((envelope: Envelope) => Error | undefined) | undefined;
    gate: (() => Promise<void>) | undefined;
  } = { fail: undefined, gate: undefined };
  const transport: Transport = {
    name: options.name ?? 'smtp',
    channels: options.channels ?? ['email'],
    send: async (envelope) => {
      if (state.gate) await state.gate();
      const error = state.fail?.(envelope);
      if (error) throw error;
      sent.push(envelope);
    },
  };
  return { transport, sent, state };
}

/** Polls `check` until it returns a value (not undefined/false) or the deadline passes. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
