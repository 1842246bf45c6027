import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DRAIN_LIMIT } from '../../server/http/body-limit.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// An oversized body must be answered with a 413 that the sender actually receives (issue 12,
// finding 5): Node's http client used to get EPIPE or ECONNRESET in about 3 of 5 tries on a
// loaded machine, because the server answered at once and closed the connection while the body
// was still arriving (how soon depends on load, so a test cannot rely on seeing the EPIPE).
// Now each route's whole 5 MB body is read and thrown away first (up to DRAIN_LIMIT), so the
// answer reaches every ordinary client; the tests check that cause directly: the 413 arrives
// only after the client has finished sending, never while it is still writing.
// Rate limits are off so each request reaches the body limit (they have their own tests).

let heard: RunningHeard;
beforeAll(async () => {
  heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
});
afterAll(async () => heard.close());

const FIVE_MB = 5 * 1024 * 1024;

/** Each public body route and the type of answer its 413 has. */
const ROUTES = [
  { path: '/api/v1/stories', type: 'application/json', answer: /^application\/problem\+json/ },
  { path: '/tell/demo', type: 'application/x-www-form-urlencoded', answer: /^text\/html/ },
  { path: '/withdraw', type: 'application/x-www-form-urlencoded', answer: /^text\/html/ },
  { path: '/withdraw/confirm', type: 'multipart/form-data; boundary=xx', answer: /^text\/html/ },
  { path: '/admin/api/session', type: 'application/json', answer: /^application\/problem\+json/ },
];

type Answer = { status: number; type: string; body: string; sentAllFirst: boolean };

/** Sends `size` bytes with Node's own http client; rejects on EPIPE, ECONNRESET or any error. */
function sendWithNodeHttp(path: string, type: string, size: number, chunked: boolean) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: heard.port,
        method: 'POST',
        path,
        agent: false,
        headers: {
          'Content-Type': type,
          ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(size) }),
        },
      },
      (res) => {
        // Whether every byte had been handed to the connection before the answer came.
        const sentAllFirst = req.writableFinished;
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(parts).toString('utf8'),
            sentAllFirst,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('a 5 MB body', () => {
  for (const route of ROUTES) {
    it(`is answered 413 on POST ${route.path} to Node's http client, 10 times in 10`, async () => {
      for (let i = 0; i < 10; i++) {
        const answer = await sendWithNodeHttp(route.path, route.type, FIVE_MB, i % 2 === 1);
        expect(answer.status, `try ${i + 1}`).toBe(413);
        expect(answer.sentAllFirst, `try ${i + 1}: answered while still sending`).toBe(true);
        expect(answer.type).toMatch(route.answer);
        expect(answer.body).not.toMatch(/stack|at .*\.ts:/);
      }
    }, 120_000);

    it(`is answered 413 on POST ${route.path} to fetch`, async () => {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${heard.url}${route.path}`, {
          method: 'POST',
          headers: { 'Content-Type': route.type },
          body: new Uint8Array(FIVE_MB).fill(97),
        });
        expect(res.status).toBe(413);
        expect(res.headers.get('content-type') ?? '').toMatch(route.answer);
        await res.arrayBuffer();
      }
    }, 120_000);
  }

  it('stores nothing', () => {
    const n = heard.deps.sqlite.prepare('select count(*) as n from story').get() as { n: number };
    expect(n.n).toBe(0);
  });
});

describe('a body past what any ordinary client sends', () => {
  it('is refused from its declared length alone, without waiting for it', async () => {
    // The request claims far more than DRAIN_LIMIT but sends only 64 KB and waits: the answer
    // must come anyway, which shows the server did not try to read (or keep) the rest.
    const answer = await new Promise<{ status: number; connection: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: heard.port,
          method: 'POST',
          path: '/api/v1/stories',
          agent: false,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': String(DRAIN_LIMIT * 10),
          },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, connection: String(res.headers.connection) });
          req.destroy();
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
      });
      req.write(Buffer.alloc(64 * 1024, 'a'));
    });
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe('close');
  });

  it('is read no further than DRAIN_LIMIT when it streams without end', async () => {
    // A chunked body that never ends: the server stops reading at the bound and answers,
    // instead of reading (or buffering) for ever.
    const app = createApp(heard.deps);
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024).fill(97);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(pulled).toBeGreaterThan(DRAIN_LIMIT);
    expect(pulled).toBeLessThan(DRAIN_LIMIT + 4 * chunk.length);
  });
});
