import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Every route that accepts a body refuses an oversized one (docs/stack-notes.md: without bodyLimit() a
// 20 MiB POST was read whole), with or without a Content-Length (chunked uploads are counted
// as they stream). Routes are found from app.routes, so new ones are covered automatically.

let heard: RunningHeard;
beforeAll(async () => {
  heard = await startHeard();
});
afterAll(async () => heard.close());

const PUBLIC_WRITES = ['/api/v1/stories', '/tell/demo', '/withdraw', '/withdraw/confirm'];

function send(method: string, path: string, type: string, size: number, chunked: boolean) {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: heard.port,
        method,
        path,
        headers: {
          'Content-Type': type,
          ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(size) }),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    // The 413 must reach the sender: an EPIPE or ECONNRESET is a failure, not a refusal
    // (issue 12; tests/api/security-oversized-answer.test.ts).
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

describe('oversized bodies', () => {
  for (const path of PUBLIC_WRITES) {
    for (const chunked of [false, true]) {
      it(`are refused with 413 on POST ${path} (${chunked ? 'chunked' : 'with a length'})`, async () => {
        const type = path.startsWith('/api')
          ? 'application/json'
          : 'application/x-www-form-urlencoded';
        expect(await send('POST', path, type, 2 * 1024 * 1024, chunked)).toBe(413);
      });
    }
  }

  it('never get a 5xx or a success on any admin write route', async () => {
    const app = (await import('../../server/app.ts')).createApp(heard.deps);
    const writes = new Set(
      app.routes
        .filter(
          (r) =>
            ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
            r.path.startsWith('/admin/api/'),
        )
        .map((r) => `${r.method} ${r.path.replace(/:[A-Za-z]+/g, '1')}`),
    );
    expect(writes.size).toBeGreaterThan(0);
    for (const route of writes) {
      const [method = 'POST', path = '/'] = route.split(' ');
      const status = await send(method, path, 'application/json', 2 * 1024 * 1024, true);
      expect(status, route).toBeGreaterThanOrEqual(400);
      expect(status, route).toBeLessThan(500);
    }
  });
});
