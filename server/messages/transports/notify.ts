import { NotifyClient } from 'notifications-node-client';
import { normaliseDigits } from '../../../domain/digits.ts';
import type { Env } from '../../env.ts';
import { type Envelope, PermanentDeliveryError, type Transport } from '../transport.ts';

/**
 * GOV.UK Notify, email and text message, through the official client (decision 0087; set-up in
 * docs/operations.md "GOV.UK Notify"). Heard writes its own words, so each channel uses one
 * template made only of placeholders: email subject `((subject))` and body `((body))`; text
 * message `((body))`.
 *
 * Errors never carry the key, the address or the words: the client's own error holds the signed
 * token and the request body, so it is read for its status and error types, then dropped.
 */

export type NotifyTransportOptions = {
  /** `name-<service id>-<secret>`, from Notify's API integration page. */
  apiKey: string;
  /** The email template; without it this transport carries no email. */
  emailTemplateId?: string | undefined;
  /** The text message template; without it this transport carries no SMS. */
  smsTemplateId?: string | undefined;
  /** A reply-to address id from the service's settings; Notify's default otherwise. */
  emailReplyToId?: string | undefined;
  /** Notify's production API unless set (tests point it at a local server). */
  baseUrl?: string | undefined;
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 10_000;

/** Statuses of a notification Notify has given up on, so a resend is not a duplicate. */
const FAILED = new Set([
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
  'validation-failed',
  'virus-scan-failed',
]);

/** The options from the environment, or undefined when Notify is not configured. */
export function notifyOptionsFromEnv(
  env: Pick<
    Env,
    | 'HEARD_NOTIFY_API_KEY'
    | 'HEARD_NOTIFY_EMAIL_TEMPLATE_ID'
    | 'HEARD_NOTIFY_SMS_TEMPLATE_ID'
    | 'HEARD_NOTIFY_EMAIL_REPLY_TO_ID'
    | 'HEARD_NOTIFY_BASE_URL'
  >,
): NotifyTransportOptions | undefined {
  if (!env.HEARD_NOTIFY_API_KEY) return undefined;
  return {
    apiKey: env.HEARD_NOTIFY_API_KEY,
    emailTemplateId: env.HEARD_NOTIFY_EMAIL_TEMPLATE_ID,
    smsTemplateId: env.HEARD_NOTIFY_SMS_TEMPLATE_ID,
    emailReplyToId: env.HEARD_NOTIFY_EMAIL_REPLY_TO_ID,
    baseUrl: env.HEARD_NOTIFY_BASE_URL,
  };
}

export function createNotifyTransport(options: NotifyTransportOptions): Transport {
  const { emailTemplateId, smsTemplateId, emailReplyToId } = options;
  if (!emailTemplateId && !smsTemplateId) {
    throw new Error(
      'GOV.UK Notify needs an email template id, a text message template id, or both',
    );
  }
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const client = baseUrl
    ? new NotifyClient(baseUrl, options.apiKey)
    : new NotifyClient(options.apiKey);
  withTimeout(client, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  const channels = [
    ...(emailTemplateId ? (['email'] as const) : []),
    ...(smsTemplateId ? (['sms'] as const) : []),
  ];

  return {
    name: 'notify',
    channels,
    async send(envelope) {
      const type = envelope.channel;
      if (type !== 'email' && type !== 'sms') {
        throw new PermanentDeliveryError(`GOV.UK Notify cannot carry ${type} messages`);
      }
      const templateId = type === 'email' ? emailTemplateId : smsTemplateId;
      if (!templateId) {
        throw new PermanentDeliveryError(`GOV.UK Notify has no ${type} template configured`);
      }
      const to = type === 'email' ? envelope.to.trim() : notifyPhoneNumber(envelope.to);
      if (!to) {
        throw new PermanentDeliveryError('The phone number is not one GOV.UK Notify can text');
      }
      // Notify does not refuse a repeated reference, so a send whose answer was lost (a
      // timeout, or Heard killed before it recorded success) is looked up before sending again.
      if (await alreadyAccepted(client, type, envelope.messageId)) return;
      try {
        if (type === 'email') {
          await client.sendEmail(templateId, to, {
            personalisation: { subject: envelope.subject, body: envelope.text },
            reference: envelope.messageId,
            ...(emailReplyToId ? { emailReplyToId } : {}),
          });
        } else {
          await client.sendSms(templateId, to, {
            personalisation: { body: envelope.text },
            reference: envelope.messageId,
          });
        }
      } catch (error) {
        throw notifyFailure(error, type === 'email' ? 'email' : 'text message');
      }
    },
  };
}

async function alreadyAccepted(
  client: NotifyClient,
  type: Envelope['channel'],
  reference: string,
): Promise<boolean> {
  let found: unknown;
  try {
    const response = await client.getNotifications(type, undefined, reference);
    found = response.data?.notifications;
  } catch (error) {
    throw notifyFailure(error, 'look-up of an earlier attempt');
  }
  if (!Array.isArray(found)) return false;
  return found.some(
    (n: { reference?: unknown; status?: unknown }) =>
      n.reference === reference && typeof n.status === 'string' && !FAILED.has(n.status),
  );
}

/**
 * The client sends with axios and no timeout; a Notify that never answers would hold the sender
 * forever. The client's own axios makes an instance with one, so Heard needs no axios of its own.
 */
function withTimeout(client: NotifyClient, timeout: number): void {
  const api: unknown = client.apiClient;
  const rest = (api as { restClient?: { create?: unknown } } | undefined)?.restClient;
  if (typeof rest?.create !== 'function') {
    throw new Error('notifications-node-client changed: cannot set a request timeout');
  }
  const instance = (rest.create as (config: { timeout: number }) => unknown)({ timeout });
  client.setClient(instance as Parameters<NotifyClient['setClient']>[0]);
}

/**
 * A thrown error the sender can act on. 400 is Notify refusing this message (a bad address, a
 * template that does not fit, trial mode): the same request will be refused again, so it is
 * permanent. 403 is the key or the clock: it fails every message alike and is fixed by an
 * operator, after which retrying delivers the waiting alerts, so it is retried (decision 0087).
 */
export function notifyFailure(error: unknown, what: string): Error {
  const response = (error as { response?: { status?: unknown; data?: unknown } } | null)?.response;
  const status = typeof response?.status === 'number' ? response.status : undefined;
  if (status === undefined) {
    const code = (error as { code?: unknown } | null)?.code;
    const safe = typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'network error';
    return new Error(`GOV.UK Notify could not be reached for the ${what} (${safe})`);
  }
  const types = errorTypes(response?.data);
  const said = types ? ` ${types}` : '';
  if (status === 400) {
    return new PermanentDeliveryError(
      `GOV.UK Notify refused the ${what} (400${said}): check the recipient, the template ids and whether the service is still in trial mode`,
    );
  }
  if (status === 403) {
    return new Error(
      `GOV.UK Notify refused the API key (403${said}): check HEARD_NOTIFY_API_KEY and the server's clock; the message will be retried`,
    );
  }
  if (status === 429) {
    return new Error(`GOV.UK Notify asked Heard to slow down (429${said}); will retry`);
  }
  return new Error(`GOV.UK Notify answered ${status}${said} for the ${what}; will retry`);
}

/** Notify's error types (e.g. `BadRequestError`), never its messages, which may change. */
function errorTypes(data: unknown): string {
  const errors = (data as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return '';
  const names = errors
    .map((e: { error?: unknown }) => e?.error)
    .filter((e): e is string => typeof e === 'string' && /^[A-Za-z]{1,40}$/.test(e));
  return [...new Set(names)].join(', ');
}

/**
 * A phone number as Notify expects it: `+` and the country code, no spaces. Numbers people
 * type in the UK come as 07700 900123, +44 (0)7700 900123, 0044 7700 900123 or 447700900123;
 * all become +447700900123. Undefined when it cannot be a phone number at all.
 */
export function notifyPhoneNumber(raw: string): string | undefined {
  const text = normaliseDigits(raw).trim();
  if (!/^\+?[0-9 ()\-.]+$/.test(text)) return undefined;
  const compact = text.replace(/\(0\)/g, '').replace(/[ ()\-.]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = `44${compact.slice(1)}`;
  else if (/^44\d{10}$/.test(compact)) digits = compact;
  else if (/^7\d{9}$/.test(compact)) digits = `44${compact}`;
  else return undefined;
  // +44 07700…: the UK trunk 0 written after the country code.
  if (digits.startsWith('440')) digits = `44${digits.slice(3)}`;
  if (!/^[1-9]\d{7,14}$/.test(digits)) return undefined;
  return `+${digits}`;
}
