import { createTransport } from 'nodemailer';
import { PermanentDeliveryError, type Transport } from '../transport.ts';

/**
 * Email over SMTP with nodemailer (issue 13). Plain text only: a staff alert is a sentence and a
 * link, and plain text carries no tracking, no remote images and no markup to get wrong.
 * `url` is HEARD_SMTP_URL (`smtp://user:pass@host:587` upgrades with STARTTLS when offered;
 * `smtps://host:465` is TLS from the start).
 */
export type SmtpOptions = {
  url: string;
  /** HEARD_MAIL_FROM: `noreply@council.example` or `Hillshire Board <noreply@council.example>`. */
  from: string;
};

export type MailFrom = { name: string | undefined; address: string };

/** Splits `Name <address>` (or a bare address) into its parts. */
export function parseMailFrom(from: string): MailFrom {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from);
  if (match) return { name: match[1]?.trim() || undefined, address: match[2] as string };
  return { name: undefined, address: from.trim() };
}

export function createSmtpTransport(options: SmtpOptions): Transport {
  const from = parseMailFrom(options.from);
  const mailer = createTransport({
    url: options.url,
    // Inside the sender's 30-second deadline for a whole send, so a hung server is a retry.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'smtp',
    channels: ['email'],
    send: async (envelope) => {
      try {
        await mailer.sendMail({
          from: { name: envelope.fromName ?? from.name ?? '', address: from.address },
          to: envelope.to,
          subject: envelope.subject,
          text: envelope.text,
          messageId: envelope.messageId,
          // Auto-Submitted stops out-of-office replies coming back to a no-reply address.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        const e = error as { code?: string; responseCode?: number; command?: string };
        // The server refused this recipient for good (5xx to RCPT TO, or not an address at all):
        // retrying for three days would change nothing.
        const refused =
          e.code === 'EENVELOPE' &&
          ((e.command === 'RCPT TO' && (e.responseCode ?? 0) >= 500) || e.command === 'API');
        if (refused) {
          throw new PermanentDeliveryError(
            `The mail server refused the recipient${e.responseCode ? ` (${e.responseCode})` : ''}`,
          );
        }
        throw error;
      }
    },
    close: async () => mailer.close(),
  };
}
