import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../server/messages/transport.ts';
import { PermanentDeliveryError } from '../../server/messages/transport.ts';
import { createSmtpTransport, parseMailFrom } from '../../server/messages/transports/smtp.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';

let mailbox: Mailbox;
beforeEach(async () => {
  mailbox = await startMailbox(0, {
    refuse: (address) =>
      address.startsWith('gone@') ? 550 : address.startsWith('busy@') ? 451 : undefined,
  });
});
afterEach(async () => mailbox.close());

const envelope = (to: string): Envelope => ({
  messageId: '<0123456789abcdef0123456789abcdef@heard.test>',
  kind: 'urgent_alert',
  channel: 'email',
  to,
  subject: 'Urgent story waiting: Demo Board',
  text: 'A story arrived.\nhttps://heard.example/admin/stories/1',
  fromName: 'Heard',
});

describe('the SMTP transport', () => {
  it('sends plain text with the stable Message-ID and the From address set', async () => {
    const smtp = createSmtpTransport({
      url: mailbox.url,
      from: 'Hillshire <noreply@council.example>',
    });
    await smtp.send(envelope('coordinator@council.example'));
    await smtp.send({ ...envelope('teller@home.example'), fromName: undefined });
    await smtp.close?.();
    const [staff, teller] = mailbox.mails;
    expect(staff).toMatchObject({
      to: ['coordinator@council.example'],
      messageId: '<0123456789abcdef0123456789abcdef@heard.test>',
      from: '"Heard" <noreply@council.example>',
      subject: 'Urgent story waiting: Demo Board',
      text: 'A story arrived.\nhttps://heard.example/admin/stories/1\n',
    });
    expect(staff?.raw).toMatch(/^Content-Type: text\/plain/m);
    expect(staff?.raw).not.toMatch(/text\/html/);
    expect(staff?.raw).toMatch(/^Auto-Submitted: auto-generated/m);
    expect(teller?.from).toBe('"Hillshire" <noreply@council.example>');
  });

  it('fails for good when the server refuses the recipient, and retries a passing refusal', async () => {
    const smtp = createSmtpTransport({ url: mailbox.url, from: 'noreply@council.example' });
    const gone = smtp.send(envelope('gone@council.example'));
    await expect(gone).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(gone).rejects.not.toThrow(/gone@/);
    const busy = smtp.send(envelope('busy@council.example'));
    await expect(busy).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    expect(mailbox.mails).toHaveLength(0);
  });

  it('reads HEARD_MAIL_FROM with or without a display name', () => {
    expect(parseMailFrom('noreply@council.example')).toEqual({
      name: undefined,
      address: 'noreply@council.example',
    });
    expect(parseMailFrom('"Hillshire Board" <noreply@council.example>')).toEqual({
      name: 'Hillshire Board',
      address: 'noreply@council.example',
    });
  });
});
