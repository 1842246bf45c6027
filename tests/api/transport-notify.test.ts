import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env.ts';
import { type Envelope, PermanentDeliveryError } from '../../server/messages/transport.ts';
import {
  createNotifyTransport,
  notifyOptionsFromEnv,
  notifyPhoneNumber,
} from '../../server/messages/transports/notify.ts';
import {
  type Recorded,
  type Recorder,
  refusedPort,
  startRecorder,
} from '../support/http-recorder.ts';

// A key shaped like Notify's: `name-<service id>-<secret>`. The client signs with the secret.
const SERVICE_ID = randomUUID();
const SECRET = randomUUID();
const API_KEY = `heard_test-${SERVICE_ID}-${SECRET}`;
const EMAIL_TEMPLATE = randomUUID();
const SMS_TEMPLATE = randomUUID();
const REPLY_TO = randomUUID();

const SUBJECT = 'A message from Hillshire Board';
const TEXT = 'Canary-words-7f3e: please sign in to see it.';
const ADDRESS = 'canary.person@example.org';

const envelope = (overrides: Partial<Envelope> = {}): Envelope => ({
  messageId: `<${randomUUID()}@heard.test>`,
  kind: 'hear_back_read',
  channel: 'email',
  to: ADDRESS,
  subject: SUBJECT,
  text: TEXT,
  ...overrides,
});

/** Notify's answers, as its documentation gives them. */
const accepted = (r: Recorded) => {
  if (r.method === 'GET') return { status: 200, json: { notifications: [], links: {} } };
  return { status: 201, json: { id: randomUUID(), reference: JSON.parse(r.body).reference } };
};
const refused = (status: number, error: string, message: string) => (r: Recorded) =>
  r.method === 'GET'
    ? accepted(r)
    : { status, json: { status_code: status, errors: [{ error, message }] } };

/** Checks the Bearer token as Notify does: HS256 over the key's secret, issued by the service. */
function expectNotifyToken(request: Recorded): void {
  const auth = request.headers.authorization ?? '';
  expect(auth).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  const [header = '', payload = '', signature = ''] = auth.slice('Bearer '.length).split('.');
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
    alg: 'HS256',
    typ: 'JWT',
  });
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  expect(claims.iss).toBe(SERVICE_ID);
  // Notify refuses a token more than 30 s from its clock.
  expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(30);
  const expected = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
  expect(signature).toBe(expected);
  // Signed with the secret half only: the whole key would not verify.
  const wrong = createHmac('sha256', API_KEY).update(`${header}.${payload}`).digest('base64url');
  expect(signature).not.toBe(wrong);
}

/** No error may carry the key, the address or the words (they would reach logs and screens). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const seen = `${(error as Error).message} ${String((error as Error).stack)} ${JSON.stringify(error)}`;
  for (const secret of [SECRET, API_KEY, ADDRESS, TEXT, SUBJECT, '900123', 'Bearer']) {
    expect(seen).not.toContain(secret);
  }
  expect((error as Error).cause).toBeUndefined();
  return error as Error;
}

describe('GOV.UK Notify transport against a local Notify', () => {
  let notify: Recorder;
  const transport = () =>
    createNotifyTransport({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      smsTemplateId: SMS_TEMPLATE,
      baseUrl: notify.url,
    });

  beforeAll(async () => {
    notify = await startRecorder(accepted);
  });
  afterAll(() => notify.close());
  beforeEach(() => {
    notify.requests.length = 0;
    notify.answer(accepted);
  });

  it('sends an email with the placeholders template, the message id as reference', async () => {
    const message = envelope();
    await transport().send(message);

    const [lookUp, post] = notify.requests;
    expect(notify.requests).toHaveLength(2);
    // First: has an earlier attempt already reached Notify?
    expect(lookUp?.method).toBe('GET');
    expect(lookUp?.path).toBe('/v2/notifications');
    expect(Object.fromEntries(lookUp?.query ?? [])).toEqual({
      template_type: 'email',
      reference: message.messageId,
    });
    expectNotifyToken(lookUp as Recorded);

    expect(post?.method).toBe('POST');
    expect(post?.path).toBe('/v2/notifications/email');
    expect(post?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(post?.body ?? '')).toEqual({
      template_id: EMAIL_TEMPLATE,
      email_address: ADDRESS,
      personalisation: { subject: SUBJECT, body: TEXT },
      reference: message.messageId,
    });
    expectNotifyToken(post as Recorded);
  });

  it('names the reply-to address when one is configured', async () => {
    const withReplyTo = createNotifyTransport({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      emailReplyToId: REPLY_TO,
      baseUrl: `${notify.url}/`,
    });
    await withReplyTo.send(envelope());
    const post = notify.requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe('/v2/notifications/email');
    expect(JSON.parse(post?.body ?? '').email_reply_to_id).toBe(REPLY_TO);
    expect(withReplyTo.channels).toEqual(['email']);
  });

  it('sends a text message to the number in the form Notify expects', async () => {
    const message = envelope({ channel: 'sms', to: '07700 900123' });
    await transport().send(message);

    const lookUp = notify.requests.find((r) => r.method === 'GET');
    expect(lookUp?.query.get('template_type')).toBe('sms');
    const post = notify.requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe('/v2/notifications/sms');
    expect(JSON.parse(post?.body ?? '')).toEqual({
      template_id: SMS_TEMPLATE,
      phone_number: '+447700900123',
      personalisation: { body: TEXT },
      reference: message.messageId,
    });
    expectNotifyToken(post as Recorded);
  });

  it('does not send again when an earlier attempt already reached Notify', async () => {
    const message = envelope();
    notify.answer((r) =>
      r.method === 'GET'
        ? {
            status: 200,
            json: {
              notifications: [
                { id: randomUUID(), reference: message.messageId, status: 'sending' },
              ],
              links: {},
            },
          }
        : { status: 500 },
    );
    await transport().send(message);
    expect(notify.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('sends again when the earlier attempt failed at Notify', async () => {
    const message = envelope();
    notify.answer((r) =>
      r.method === 'GET'
        ? {
            status: 200,
            json: {
              notifications: [{ reference: message.messageId, status: 'technical-failure' }],
              links: {},
            },
          }
        : accepted(r),
    );
    await transport().send(message);
    expect(notify.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
  });

  it('gives up at once on 400: Notify refuses this address or template', async () => {
    notify.answer(refused(400, 'ValidationError', 'email_address Not a valid email address'));
    const error = await failure(transport().send(envelope()));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain('400 ValidationError');

    notify.answer(
      refused(400, 'BadRequestError', "Can't send to this recipient using a team-only API key"),
    );
    const bad = await failure(transport().send(envelope({ channel: 'sms', to: '+447700900123' })));
    expect(bad).toBeInstanceOf(PermanentDeliveryError);
    expect(bad.message).toContain('BadRequestError');
  });

  it('retries on 403, so alerts go once an operator fixes the key or the clock', async () => {
    notify.answer(refused(403, 'AuthError', 'Invalid token: API key not found'));
    const error = await failure(transport().send(envelope()));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain('403 AuthError');
    expect(error.message).toContain('HEARD_NOTIFY_API_KEY');
  });

  it('retries on 429 and 500', async () => {
    notify.answer(refused(429, 'RateLimitError', 'Exceeded rate limit for key type LIVE'));
    const limited = await failure(transport().send(envelope()));
    expect(limited).not.toBeInstanceOf(PermanentDeliveryError);
    expect(limited.message).toContain('429 RateLimitError');

    notify.answer(refused(500, 'Exception', 'Internal server error'));
    const broken = await failure(transport().send(envelope({ channel: 'sms', to: '07700900123' })));
    expect(broken).not.toBeInstanceOf(PermanentDeliveryError);
    expect(broken.message).toContain('500');

    // The look-up failing is the same as the send failing: retry.
    notify.answer(() => ({ status: 503 }));
    const unavailable = await failure(transport().send(envelope()));
    expect(unavailable).not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('retries when Notify cannot be reached or does not answer in time', async () => {
    const port = await refusedPort();
    const unreachable = createNotifyTransport({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      baseUrl: `http://127.0.0.1:${port}`,
    });
    const refusedError = await failure(unreachable.send(envelope()));
    expect(refusedError).not.toBeInstanceOf(PermanentDeliveryError);
    expect(refusedError.message).toContain('ECONNREFUSED');

    notify.answer(() => 'hang');
    const slow = createNotifyTransport({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      baseUrl: notify.url,
      timeoutMs: 150,
    });
    const timedOut = await failure(slow.send(envelope()));
    expect(timedOut).not.toBeInstanceOf(PermanentDeliveryError);
    expect(timedOut.message).toContain('could not be reached');
  });

  it('refuses, without calling Notify, a number that cannot be texted or a channel it lacks', async () => {
    const error = await failure(
      transport().send(envelope({ channel: 'sms', to: 'call my sister' })),
    );
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    const emailOnly = createNotifyTransport({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      baseUrl: notify.url,
    });
    expect(emailOnly.channels).toEqual(['email']);
    await expect(emailOnly.send(envelope({ channel: 'sms', to: '07700900123' }))).rejects.toThrow(
      PermanentDeliveryError,
    );
    expect(notify.requests).toEqual([]);
  });
});

describe('UK phone numbers for Notify', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['(07700) 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['+44 07700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['447700900123', '+447700900123'],
    ['7700900123', '+447700900123'],
    ['٠٧٧٠٠ ٩٠٠١٢٣', '+447700900123'],
    ['020 7946 0000', '+442079460000'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('%s → %s', (typed, expected) => {
    expect(notifyPhoneNumber(typed)).toBe(expected);
  });

  it.each(['', 'call my sister', '123', '+0 7700 900123', '12345678901234567'])(
    'refuses %j',
    (typed) => {
      expect(notifyPhoneNumber(typed)).toBeUndefined();
    },
  );
});

describe('Notify settings at start-up', () => {
  const base = { DATA_DIR: '/tmp/heard-env-test' };

  it('reads a key with its templates into transport options', () => {
    const env = readEnv({
      ...base,
      HEARD_NOTIFY_API_KEY: API_KEY,
      HEARD_NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
      HEARD_NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
    });
    expect(notifyOptionsFromEnv(env)).toEqual({
      apiKey: API_KEY,
      emailTemplateId: EMAIL_TEMPLATE,
      smsTemplateId: SMS_TEMPLATE,
      emailReplyToId: undefined,
      baseUrl: undefined,
    });
    expect(notifyOptionsFromEnv(readEnv(base))).toBeUndefined();
  });

  it('treats an empty setting as unset, and keeps Notify on https', () => {
    const empty = readEnv({
      ...base,
      HEARD_NOTIFY_API_KEY: '',
      HEARD_NOTIFY_EMAIL_TEMPLATE_ID: '',
      HEARD_NOTIFY_BASE_URL: '',
    });
    expect(notifyOptionsFromEnv(empty)).toBeUndefined();
    const notify = { HEARD_NOTIFY_API_KEY: API_KEY, HEARD_NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE };
    expect(() =>
      readEnv({ ...base, ...notify, HEARD_NOTIFY_BASE_URL: 'http://notify.example.org' }),
    ).toThrow(/HEARD_NOTIFY_BASE_URL: must be an https URL/);
    expect(() => readEnv({ ...base, ...notify, HEARD_NOTIFY_BASE_URL: 'not a url' })).toThrow(
      /HEARD_NOTIFY_BASE_URL: /,
    );
    expect(
      readEnv({ ...base, ...notify, HEARD_NOTIFY_BASE_URL: 'http://127.0.0.1:9999' })
        .HEARD_NOTIFY_BASE_URL,
    ).toBe('http://127.0.0.1:9999');
  });

  it('stops with a clear message when a key has no template, never echoing the key', () => {
    const start = () => readEnv({ ...base, HEARD_NOTIFY_API_KEY: API_KEY });
    expect(start).toThrow(/HEARD_NOTIFY_API_KEY: .*HEARD_NOTIFY_EMAIL_TEMPLATE_ID/);
    expect(() => start()).not.toThrow(new RegExp(SECRET));
  });

  it('stops when a template is set without a key, or a key is malformed', () => {
    expect(() => readEnv({ ...base, HEARD_NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE })).toThrow(
      /HEARD_NOTIFY_SMS_TEMPLATE_ID: is set, but HEARD_NOTIFY_API_KEY is not/,
    );
    const malformed = `not-a-key-${SECRET}`;
    let message = '';
    try {
      readEnv({
        ...base,
        HEARD_NOTIFY_API_KEY: malformed,
        HEARD_NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/HEARD_NOTIFY_API_KEY: must be a GOV.UK Notify API key/);
    expect(message).not.toContain(SECRET);
    expect(() =>
      readEnv({
        ...base,
        HEARD_NOTIFY_API_KEY: API_KEY,
        HEARD_NOTIFY_EMAIL_TEMPLATE_ID: 'welcome',
      }),
    ).toThrow(/HEARD_NOTIFY_EMAIL_TEMPLATE_ID: must be a template id/);
  });
});
