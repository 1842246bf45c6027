import { createHmac, timingSafeEqual } from 'node:crypto';
import { checkWebhookUrl } from '../../../domain/webhook-url.ts';
import { type Envelope, PermanentDeliveryError, type Transport } from '../transport.ts';

export { checkWebhookUrl } from '../../../domain/webhook-url.ts';

/**
 * Signed webhooks, one URL per Board (decision 0087; receivers: docs/webhooks.md). The payload
 * says what happened and links into /admin; it never carries story words, names, contact details
 * or the reference, so a relay to Teams or Slack cannot leak them.
 */

/** What a receiver gets, and all it gets. */
export type WebhookPayload = {
  /** The message id: the same on every retry, so a receiver can ignore a repeat. */
  id: string;
  /** The message kind, e.g. `urgent_alert` (domain/outbox.ts). */
  event: string;
  /** The Board's slug. */
  board: string | null;
  /** The story's id in /admin (not the storyteller's reference), or null. */
  story: number | null;
  /** Where a signed-in coordinator sees it. */
  link: string | null;
  /** When this attempt was made (ISO 8601). */
  sentAt: string;
};

export const SIGNATURE_HEADER = 'Heard-Signature';

/** A slow receiver must not hold the sender: Stripe and GitHub also give up after about 10 s. */
const DEFAULT_TIMEOUT_MS = 10_000;

export type WebhookTransportOptions = {
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** The clock for the signature's timestamp and `sentAt`. */
  now?: () => Date;
  timeoutMs?: number;
};

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the scheme Stripe made familiar. */
export function signHeardPayload(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * For receivers: true when `header` (the `Heard-Signature` value) signs exactly this raw body
 * with `secret`, and its timestamp is within `toleranceSeconds` of `now` (a replayed old request
 * fails). Compare the raw bytes received, before any JSON parsing: re-serialised JSON may differ.
 */
export function verifyHeardSignature(
  secret: string,
  header: string | null | undefined,
  body: string | Uint8Array,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const raw = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  const expected = createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest();
  // Several v1 values may be present while a receiver rotates secrets: any match will do.
  return candidates.some((hex) => timingSafeEqual(Buffer.from(hex, 'hex'), expected));
}

export function webhookPayload(envelope: Envelope, sentAt: Date): WebhookPayload {
  return {
    id: envelope.messageId,
    event: envelope.kind,
    board: envelope.boardSlug ?? null,
    story: envelope.storyId ?? null,
    link: envelope.link ?? null,
    sentAt: sentAt.toISOString(),
  };
}

export function createWebhookTransport(options: WebhookTransportOptions = {}): Transport {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    name: 'webhook',
    channels: ['webhook'],
    async send(envelope) {
      // Errors name the host only: a relay URL may carry its own secret in the query string.
      const problem = checkWebhookUrl(envelope.to);
      if (problem)
        throw new PermanentDeliveryError(`The Board's webhook URL is refused: ${problem}`);
      const url = new URL(envelope.to.trim());
      if (!envelope.secret) {
        throw new PermanentDeliveryError(
          `The Board's webhook to ${url.host} has no signing secret`,
        );
      }
      const at = now();
      const body = JSON.stringify(webhookPayload(envelope, at));
      const signature = signHeardPayload(envelope.secret, body, Math.floor(at.getTime() / 1000));

      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'Heard-Webhooks/1',
            [SIGNATURE_HEADER]: signature,
            'Heard-Event': envelope.kind,
            'Heard-Delivery': envelope.messageId,
            'Idempotency-Key': envelope.messageId,
          },
          body,
          // A redirect would re-post the signed body somewhere the Board did not choose.
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : 'Error';
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new Error(`The webhook at ${url.host} did not answer within ${timeoutMs} ms`);
        }
        throw new Error(`The webhook at ${url.host} could not be reached (${networkCode(error)})`);
      }
      // The answer's words are not needed; reading them would only hold the socket.
      await response.body?.cancel().catch(() => undefined);

      const status = response.status;
      if (status >= 200 && status < 300) return;
      if (status === 410) {
        throw new PermanentDeliveryError(
          `The webhook at ${url.host} answered 410 Gone: the receiver has been removed`,
        );
      }
      if (status === 408 || status === 429 || status >= 500) {
        throw new Error(`The webhook at ${url.host} answered ${status}`);
      }
      // Other 4xx: the receiver refuses this request (bad URL, wrong secret) and will go on
      // refusing it; 3xx: the Board's URL is not the final one. Retrying for days helps neither.
      throw new PermanentDeliveryError(`The webhook at ${url.host} answered ${status}`);
    },
  };
}

/** A system error code such as ECONNREFUSED, found on undici's `cause`; never the message. */
function networkCode(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause && typeof cause.code === 'string' ? cause.code : undefined;
  return code && /^[A-Z_]{2,40}$/.test(code) ? code : 'network error';
}
