import type { MessageChannel, MessageKind } from '../../domain/outbox.ts';

/**
 * What the sender hands a transport: one message to one resolved address. Transports are chosen
 * by configuration (decision 0086): SMTP (`nodemailer`), GOV.UK Notify
 * (`notifications-node-client`) and signed webhooks.
 */
export type Envelope = {
  /** Stable across retries and restarts (`<hash-of-dedupe-key@host>`), so a resend is recognisable. */
  messageId: string;
  kind: MessageKind;
  channel: MessageChannel;
  /** An email address, a phone number, or a webhook URL. */
  to: string;
  subject: string;
  text: string;
  /** Sender display name (neutral for storytellers, e.g. "Hillshire Board"). */
  fromName?: string | undefined;
  /** Non-personal context for webhook payloads and admin links. */
  boardSlug?: string | undefined;
  storyId?: number | null | undefined;
  /** Link into /admin for staff messages. */
  link?: string | undefined;
  /** For webhooks: the Board's signing secret. */
  secret?: string | undefined;
};

export type Transport = {
  readonly name: 'smtp' | 'notify' | 'webhook';
  /** Which channels this transport can carry. */
  readonly channels: readonly MessageChannel[];
  /** Resolves once the provider accepted the message; throws otherwise. */
  send: (envelope: Envelope) => Promise<void>;
  close?: () => Promise<void>;
};

/**
 * A failure retrying cannot fix (the provider rejected the address or the template): the
 * message is marked failed at once rather than retried for days.
 */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}
