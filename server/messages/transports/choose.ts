import type { MessageChannel } from '../../../domain/outbox.ts';
import type { Env } from '../../env.ts';
import type { Transport } from '../transport.ts';
import { createNotifyTransport, notifyOptionsFromEnv } from './notify.ts';
import { createSmtpTransport, parseMailFrom } from './smtp.ts';
import { createWebhookTransport } from './webhook.ts';

/**
 * The transports this deployment has, built from its settings (decision 0086). The sender gives
 * each channel to the first transport here that carries it; a channel with none keeps its
 * messages `waiting`, untouched (no attempts used up), in Admin → Messages until an operator sets
 * one up and restarts.
 */
export type ChosenTransports = {
  transports: Transport[];
  /** The host part of every Message-ID: the From address's domain. */
  messageIdDomain: string;
  /** Channels nothing can carry: `npm start` says so. */
  missing: MessageChannel[];
};

export type TransportSettings = Pick<
  Env,
  | 'HEARD_SMTP_URL'
  | 'HEARD_MAIL_FROM'
  | 'HEARD_NOTIFY_API_KEY'
  | 'HEARD_NOTIFY_EMAIL_TEMPLATE_ID'
  | 'HEARD_NOTIFY_SMS_TEMPLATE_ID'
  | 'HEARD_NOTIFY_EMAIL_REPLY_TO_ID'
  | 'HEARD_NOTIFY_BASE_URL'
> & {
  /** HEARD_PUBLIC_URL or the listening address: the default From domain. */
  linkBase: string;
};

/** The From address: HEARD_MAIL_FROM, else heard@ the public host. */
export function mailFrom(settings: TransportSettings): string {
  if (settings.HEARD_MAIL_FROM) return settings.HEARD_MAIL_FROM;
  return `Heard <heard@${new URL(settings.linkBase).hostname}>`;
}

export function chooseTransports(settings: TransportSettings): ChosenTransports {
  const from = mailFrom(settings);
  const transports: Transport[] = [];
  if (settings.HEARD_SMTP_URL) {
    transports.push(createSmtpTransport({ url: settings.HEARD_SMTP_URL, from }));
  }
  // GOV.UK Notify (email and text messages; decision 0087) after SMTP, so SMTP carries email
  // when both are set and Notify the text messages.
  const notify = notifyOptionsFromEnv(settings);
  if (notify) transports.push(createNotifyTransport(notify));
  // Signed webhooks need no deployment setting: each Board sets its own URL and secret.
  transports.push(createWebhookTransport());
  const carried = new Set(transports.flatMap((t) => t.channels));
  const domain = parseMailFrom(from).address.split('@')[1] ?? 'heard.invalid';
  return {
    transports,
    messageIdDomain: domain,
    missing: (['email', 'sms', 'webhook'] as const).filter((c) => !carried.has(c)),
  };
}

/** What `npm start` prints, and logs, when email has no way out. */
export const NO_WAY_TO_SEND =
  'Messages: no way to send is set up (HEARD_SMTP_URL or HEARD_NOTIFY_API_KEY). Alerts wait in Admin → Messages.';
