import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One email as it arrived: the envelope's recipients and the parsed message. */
export type ReceivedMail = {
  to: string[];
  messageId: string | undefined;
  from: string;
  subject: string;
  text: string;
  /** Every header line as sent, to look for anything that should not be there. */
  raw: string;
};

export type Mailbox = {
  port: number;
  url: string;
  mails: ReceivedMail[];
  /** The mails one address received. */
  to: (address: string) => ReceivedMail[];
  close: () => Promise<void>;
};

/** A loopback port nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A real SMTP server in the test process (smtp-server), parsing what arrives with mailparser.
 * No STARTTLS and no AUTH: Heard connects as to any plain `smtp://` relay.
 */
export async function startMailbox(
  port = 0,
  options: {
    /** Answers RCPT TO for this address with an SMTP error code instead of accepting it. */
    refuse?: (address: string) => number | undefined;
  } = {},
): Promise<Mailbox> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.(address.address);
      if (!code) return callback();
      const error = new Error(`Mailbox ${address.address} refused`) as Error & {
        responseCode: number;
      };
      error.responseCode = code;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              messageId: parsed.messageId,
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              raw,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    mails,
    to: (address) => mails.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
