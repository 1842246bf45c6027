import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRow } from '../../db/schema.ts';
import { OUTBOUND } from '../../domain/messages/outbound/index.ts';
import { generateReference } from '../../domain/reference.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { storyIdOfReference } from '../support/references.ts';

/**
 * POST /api/v1/stories/copy (decision 0093) over real HTTP on a real database: a copy of the
 * reference and answers, once, within the hour, to an address kept only sealed in its message.
 */

let heard: RunningHeard;
let clock: Date;

beforeEach(async () => {
  heard = await startHeard();
  clock = new Date();
  heard.deps.now = () => clock;
});
afterEach(async () => heard.close());

type Reply = { status: number; json: Record<string, unknown>; type: string; retryAfter?: string };

/** One real HTTP POST from a chosen loopback address (Linux routes all of 127.0.0.0/8). */
function post(path: string, body: unknown, from = '127.0.0.2', type = 'application/json') {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: heard.port,
        path,
        method: 'POST',
        localAddress: from,
        headers: { 'Content-Type': type },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
            type: String(res.headers['content-type']),
            ...(res.headers['retry-after']
              ? { retryAfter: String(res.headers['retry-after']) }
              : {}),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

const STORY_TEXT = 'Money kept going missing after the morning visits.';
const ADDRESS = 'keep.my.copy@example.net';

async function tell(draft = adultStory({ elapsedMs: 60_000 })): Promise<string> {
  const res = await post('/api/v1/stories', draft);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.reference as string;
}

const copy = (reference: string, over: Record<string, unknown> = {}, from?: string) =>
  post('/api/v1/stories/copy', { reference, email: ADDRESS, language: 'en', ...over }, from);

const rows = (): Promise<MessageRow[]> => heard.deps.db.selectFrom('message').selectAll().execute();

describe('emailing a copy of the reference and answers', () => {
  it('queues one sealed copy; the row’s plain columns hold no address, reference or story words', async () => {
    const reference = await tell();
    const res = await copy(reference);
    expect(res.status).toBe(202);
    const [m, ...others] = await rows();
    expect(others).toEqual([]);
    expect(m).toMatchObject({
      kind: 'reference_copy',
      channel: 'email',
      recipient_kind: 'address',
      subject: 'Your copy',
      body: null,
      status: 'waiting',
      hold_until: null,
      story_id: storyIdOfReference(heard.deps, reference),
      dedupe_key: `reference_copy:story:${storyIdOfReference(heard.deps, reference)}`,
    });
    const plain = JSON.stringify({ ...m, recipient_sealed: undefined, body_sealed: undefined });
    for (const secret of [
      ADDRESS,
      'keep.my.copy',
      reference,
      reference.replace(/-/g, ''),
      'Money',
      'advocate',
    ])
      expect(plain).not.toContain(secret);
    expect(m?.recipient_sealed).not.toContain(ADDRESS);
    expect(heard.deps.sealer.open(m?.recipient_sealed as string, 'message.recipient')).toBe(
      ADDRESS,
    );

    const body = heard.deps.sealer.open(m?.body_sealed as string, 'message.body');
    expect(body).toContain(`Your reference number: ${reference}`);
    expect(body).toContain(STORY_TEXT);
    expect(body).toContain('Your answers');
    expect(body).toContain('How we may use it');
    expect(body).toContain('/withdraw');

    // The request is audited without the address.
    const audit = await heard.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'story.copy_requested')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('keep.my.copy');
    expect(JSON.stringify(audit)).not.toContain(reference);
    // Nothing else in the database holds the address.
    const dump = JSON.stringify(heard.deps.sqlite.prepare('select * from audit_event').all());
    expect(dump).not.toContain('keep.my.copy');
  });

  it('sends only one copy per story (409), in the person’s language', async () => {
    const reference = await tell();
    expect((await copy(reference)).status).toBe(202);
    const again = await copy(reference, { email: 'someone.else@example.net', language: 'pl' });
    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
    expect(again.json.title).toBe(OUTBOUND.pl['error.already.title']);
    expect(await rows()).toHaveLength(1);
  });

  it('is too late after an hour, and a reference nobody has answers exactly the same (410)', async () => {
    const reference = await tell();
    clock = new Date(clock.getTime() + 61 * 60_000);
    const late = await copy(reference);
    const unknown = await copy(generateReference());
    expect(late.status).toBe(410);
    expect(unknown.status).toBe(410);
    expect(unknown.json).toEqual(late.json);
    expect(late.json.detail).toBe(OUTBOUND.en['error.gone.detail']);
    expect(await rows()).toEqual([]);
  });

  it('refuses a withdrawn story, and withdrawing stops a copy still waiting and deletes it', async () => {
    const reference = await tell();
    expect((await copy(reference)).status).toBe(202);
    const storyId = storyIdOfReference(heard.deps, reference) as number;
    await withdrawStory(heard.deps.db, storyId, { actor: 'public', address: null, now: clock });
    const [m] = await rows();
    expect(m).toMatchObject({ status: 'stopped', recipient_sealed: null, body_sealed: null });
    const other = await tell();
    await withdrawStory(heard.deps.db, storyIdOfReference(heard.deps, other) as number, {
      actor: 'public',
      address: null,
      now: clock,
    });
    expect((await copy(other)).status).toBe(410);
  });

  it('names each field to fix (422) in the person’s language, and wants JSON (415)', async () => {
    const reference = await tell();
    const bad = await copy(reference, { email: 'not an address', language: 'es' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([
      expect.objectContaining({ field: 'email', detail: OUTBOUND.es['error.email'] }),
    ]);
    const both = await copy('K7M-2QX', { email: '' });
    expect((both.json.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'reference',
      'email',
    ]);
    expect(
      (await post('/api/v1/stories/copy', 'reference=x', '127.0.0.2', 'text/plain')).status,
    ).toBe(415);
    expect((await post('/api/v1/stories/copy', '{"reference":', '127.0.0.2')).status).toBe(400);
    expect(await rows()).toEqual([]);
  });

  it('writes the copy in the language the story was told in, with the chosen subject', async () => {
    const reference = await tell(
      representativeStory({
        language: 'pl',
        elapsedMs: 60_000,
        contact: {
          name: 'Ola',
          method: 'email',
          email: 'ola@example.org',
          safeToLeaveMessage: true,
        },
      }),
    );
    expect((await copy(reference, { language: 'pl', wording: 'named' })).status).toBe(202);
    const [m] = await rows();
    expect(m?.subject).toBe('Kopia historii przekazanej Heard');
    const body = heard.deps.sealer.open(m?.body_sealed as string, 'message.body');
    expect(body).toContain(OUTBOUND.pl['copy.intro']);
    expect(body).toContain(OUTBOUND.pl['copy.contactLeftOut']);
    // Contact details never go into a copy.
    expect(body).not.toContain('ola@example.org');
    expect(body).not.toContain('Ola');
  });
});

describe('the copy’s subject', () => {
  it('follows the wording chosen on the contact page when the request does not say', async () => {
    const reference = await tell(
      representativeStory({
        elapsedMs: 60_000,
        contact: {
          method: 'phone',
          phone: '07700 900982',
          safeToLeaveMessage: true,
          messageWording: 'named',
        },
      }),
    );
    expect((await copy(reference)).status).toBe(202);
    expect((await rows())[0]?.subject).toBe('Your copy of the story you told Heard');
  });
});

describe('guessing references', () => {
  it('throttles an address posting many references with 429 and Retry-After; others still get through', async () => {
    const reference = await tell();
    const replies: Reply[] = [];
    for (let i = 0; i < 30; i++) replies.push(await copy(generateReference(), {}, '127.0.0.3'));
    const limited = replies.filter((r) => r.status === 429);
    expect(replies.filter((r) => r.status === 410).length).toBeLessThanOrEqual(12);
    expect(limited.length).toBeGreaterThanOrEqual(18);
    expect(Number(limited[0]?.retryAfter)).toBeGreaterThan(0);
    // The attacker's real reference is refused too while it waits…
    expect((await copy(reference, {}, '127.0.0.3')).status).toBe(429);
    // …but the person, from their own address, gets their copy.
    expect((await copy(reference, {}, '127.0.0.4')).status).toBe(202);
  });
});
