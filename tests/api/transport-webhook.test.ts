import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Envelope, PermanentDeliveryError } from '../../server/messages/transport.ts';
import {
  checkWebhookUrl,
  createWebhookTransport,
  verifyHeardSignature,
} from '../../server/messages/transports/webhook.ts';
import { type Recorder, refusedPort, startRecorder } from '../support/http-recorder.ts';

const SECRET = randomBytes(32).toString('base64url');
const NOW = new Date('2026-12-08T09:30:15.250Z');
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

// Personal data that an envelope carries for other transports and a webhook must never send.
const CANARIES = {
  subject: 'Canary-subject-Mrs Jones',
  text: 'Canary-text-he hit me again',
  fromName: 'Canary-from',
};

describe('signed webhook transport against a local receiver', () => {
  let receiver: Recorder;
  const envelope = (overrides: Partial<Envelope> = {}): Envelope => ({
    messageId: `<${randomUUID()}@heard.test>`,
    kind: 'urgent_alert',
    channel: 'webhook',
    // A relay URL may carry its own token in the query string: it must stay out of errors.
    to: `${receiver.url}/hooks/heard?sig=relay-token-123`,
    ...CANARIES,
    boardSlug: 'hillshire',
    storyId: 42,
    link: 'https://heard.example.gov.uk/admin/stories/42',
    secret: SECRET,
    ...overrides,
  });
  const transport = (timeoutMs?: number) =>
    createWebhookTransport({ now: () => NOW, ...(timeoutMs ? { timeoutMs } : {}) });

  beforeAll(async () => {
    receiver = await startRecorder(() => ({ status: 204 }));
  });
  afterAll(() => receiver.close());
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.answer(() => ({ status: 204 }));
  });

  it('posts the non-personal payload, signed and timestamped', async () => {
    const message = envelope();
    await transport().send(message);

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/hooks/heard');
    expect(request?.query.get('sig')).toBe('relay-token-123');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['heard-event']).toBe('urgent_alert');
    expect(request?.headers['heard-delivery']).toBe(message.messageId);
    expect(request?.headers['idempotency-key']).toBe(message.messageId);

    const body = request?.body ?? '';
    expect(JSON.parse(body)).toEqual({
      id: message.messageId,
      event: 'urgent_alert',
      board: 'hillshire',
      story: 42,
      link: 'https://heard.example.gov.uk/admin/stories/42',
      sentAt: NOW.toISOString(),
    });
    for (const canary of Object.values(CANARIES)) expect(body).not.toContain(canary);
    expect(body).not.toContain(SECRET);

    const signature = String(request?.headers['heard-signature']);
    expect(signature).toMatch(new RegExp(`^t=${NOW_SECONDS},v1=[0-9a-f]{64}$`));
    expect(verifyHeardSignature(SECRET, signature, body, NOW)).toBe(true);
    expect(verifyHeardSignature(SECRET, signature, Buffer.from(body), NOW)).toBe(true);
  });

  it('signs so that another secret, another body or an old timestamp fails', async () => {
    await transport().send(envelope());
    const [request] = receiver.requests;
    const body = request?.body ?? '';
    const signature = String(request?.headers['heard-signature']);

    expect(verifyHeardSignature('another secret', signature, body, NOW)).toBe(false);
    expect(verifyHeardSignature(SECRET, signature, body.replace('42', '43'), NOW)).toBe(false);
    expect(verifyHeardSignature(SECRET, signature, ` ${body}`, NOW)).toBe(false);
    // Within five minutes either way is accepted; after that it is a replay.
    const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    expect(verifyHeardSignature(SECRET, signature, body, later(299))).toBe(true);
    expect(verifyHeardSignature(SECRET, signature, body, later(-299))).toBe(true);
    expect(verifyHeardSignature(SECRET, signature, body, later(301))).toBe(false);
    expect(verifyHeardSignature(SECRET, signature, body, later(900), 1000)).toBe(true);
    // A timestamp moved forward invalidates the signature.
    const moved = signature.replace(`t=${NOW_SECONDS}`, `t=${NOW_SECONDS + 600}`);
    expect(verifyHeardSignature(SECRET, moved, body, later(600))).toBe(false);
    for (const broken of [undefined, null, '', 'v1=abc', `t=${NOW_SECONDS}`, 'garbage']) {
      expect(verifyHeardSignature(SECRET, broken, body, NOW)).toBe(false);
    }
    // Several v1 values (a receiver rotating secrets): any one matching is enough.
    const v1 = signature.split(',v1=')[1];
    expect(
      verifyHeardSignature(SECRET, `t=${NOW_SECONDS},v1=${'0'.repeat(64)},v1=${v1}`, body, NOW),
    ).toBe(true);
  });

  it('sends null for a message about no story (an account alert)', async () => {
    await transport().send(
      envelope({
        kind: 'account_attack',
        storyId: undefined,
        boardSlug: undefined,
        link: undefined,
      }),
    );
    expect(JSON.parse(receiver.requests[0]?.body ?? '')).toMatchObject({
      event: 'account_attack',
      board: null,
      story: null,
      link: null,
    });
  });

  /** The error a send ends with; it names the host, never the URL's query or the secret. */
  async function failure(status: number): Promise<Error> {
    receiver.answer(() => ({ status }));
    const error = await transport()
      .send(envelope())
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('relay-token-123');
    expect(message).not.toContain(SECRET);
    return error as Error;
  }

  it('counts any 2xx as delivered', async () => {
    for (const status of [200, 201, 202, 204]) {
      receiver.answer(() => ({ status, json: status === 204 ? undefined : { ok: true } }));
      await expect(transport().send(envelope())).resolves.toBeUndefined();
    }
  });

  it('gives up at once on 410 and on other 4xx, and on a redirect', async () => {
    const gone = await failure(410);
    expect(gone).toBeInstanceOf(PermanentDeliveryError);
    expect(gone.message).toContain('410');
    for (const status of [400, 401, 403, 404, 413, 301, 302]) {
      const error = await failure(status);
      expect(error, String(status)).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toContain(String(status));
    }
  });

  it('retries on 408, 429 and 5xx', async () => {
    for (const status of [408, 429, 500, 502, 503]) {
      const error = await failure(status);
      expect(error, String(status)).not.toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toContain(String(status));
    }
  });

  it('retries when the receiver cannot be reached', async () => {
    const port = await refusedPort();
    const error = await transport()
      .send(envelope({ to: `http://127.0.0.1:${port}/hook?sig=relay-token-123` }))
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error?.message).toContain('ECONNREFUSED');
    expect(error?.message).not.toContain('relay-token-123');
  });

  it('retries, without waiting for ever, when the receiver never answers', async () => {
    receiver.answer(() => 'hang');
    const error = await transport(150)
      .send(envelope())
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error?.message).toContain('did not answer within 150 ms');
  });

  it('refuses, without posting, an unsigned message or a URL that is not allowed', async () => {
    await expect(transport().send(envelope({ secret: undefined }))).rejects.toThrow(
      PermanentDeliveryError,
    );
    await expect(
      transport().send(envelope({ to: 'http://hooks.example.org/heard' })),
    ).rejects.toThrow(PermanentDeliveryError);
    expect(receiver.requests).toEqual([]);
  });

  it('uses an injected fetch, so the sender can be tested without a network', async () => {
    const calls: string[] = [];
    const fake = createWebhookTransport({
      now: () => NOW,
      fetch: async (input) => {
        calls.push(String(input));
        return new Response(null, { status: 202 });
      },
    });
    await fake.send(envelope({ to: 'https://relay.example.org/heard' }));
    expect(calls).toEqual(['https://relay.example.org/heard']);
  });
});

describe('checkWebhookUrl (shared with the Board settings form)', () => {
  it.each([
    'https://relay.example.org/heard',
    'https://prod-12.uksouth.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x',
    ' https://relay.example.org/heard ',
    'http://127.0.0.1:8080/hook',
    'http://localhost:3000/hook',
    'http://[::1]:3000/hook',
  ])('accepts %s', (url) => {
    expect(checkWebhookUrl(url)).toBeUndefined();
  });

  it.each([
    ['', 'Enter the webhook URL'],
    ['relay.example.org/heard', 'starting with https://'],
    ['http://relay.example.org/heard', 'must start with https://'],
    ['http://10.0.0.5/heard', 'must start with https://'],
    ['ftp://relay.example.org/heard', 'starting with https://'],
    ['javascript:alert(1)', 'starting with https://'],
    ['https://user:pass@relay.example.org/heard', 'user name or password'],
    [`https://relay.example.org/${'a'.repeat(2100)}`, '2048 characters'],
  ])('refuses %j', (url, problem) => {
    expect(checkWebhookUrl(url)).toContain(problem);
  });
});
