import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import { referenceHashOf } from '../support/references.ts';

let heard: RunningHeard;
beforeEach(async () => {
  heard = await startHeard();
});
afterEach(async () => heard.close());

type Reply = { status: number; body: string; retryAfter: string | undefined };

/** One real HTTP POST from a chosen loopback address (Linux routes all of 127.0.0.0/8). */
function postFrom(from: string, path: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: heard.port,
        path,
        method: 'POST',
        localAddress: from,
        headers: { 'Content-Type': 'application/json', ...headers },
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
            body: text,
            retryAfter: res.headers['retry-after'] as string | undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const storyBody = (n: number) =>
  JSON.stringify(adultStory({ story: `Flood story number ${n}.`, elapsedMs: 60_000 }));
const count = (sql: string) => (heard.deps.sqlite.prepare(sql).get() as { n: number }).n;

describe('a flood of story posts from one address', () => {
  it('is limited with 429 and Retry-After while another address still submits', async () => {
    const replies: Reply[] = [];
    for (let i = 0; i < 60; i++) {
      replies.push(await postFrom('127.0.0.2', '/api/v1/stories', storyBody(i)));
    }
    const accepted = replies.filter((r) => r.status === 201);
    const limited = replies.filter((r) => r.status === 429);
    expect(accepted.length + limited.length).toBe(60);
    expect(accepted.length).toBeGreaterThan(0);
    expect(limited.length).toBeGreaterThan(30);
    for (const r of limited) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(r.body)).toMatchObject({ status: 429, title: expect.any(String) });
    }

    const other = await postFrom('127.0.0.3', '/api/v1/stories', storyBody(1000));
    expect(other.status).toBe(201);

    // Nothing dropped silently: every 201 is a stored story, and no 429 stored anything.
    const references = [...accepted, other].map((r) => JSON.parse(r.body).reference as string);
    expect(count('select count(*) as n from story')).toBe(accepted.length + 1);
    for (const ref of references) {
      expect(
        heard.deps.sqlite
          .prepare('select 1 from reference where code_hash = ?')
          .get(referenceHashOf(heard.deps, ref)),
      ).toBeTruthy();
    }
  });

  it('keys the limit on the socket, not on a forged X-Forwarded-For', async () => {
    let limited = 0;
    for (let i = 0; i < 40; i++) {
      const r = await postFrom('127.0.0.4', '/api/v1/stories', storyBody(i), {
        'X-Forwarded-For': `10.0.${i}.1`,
      });
      if (r.status === 429) limited++;
    }
    expect(limited).toBeGreaterThan(20);
  });

  it('counts a quarantined flood among the stored stories, not the dropped ones', async () => {
    const replies: Reply[] = [];
    for (let i = 0; i < 20; i++) {
      const honeypot = JSON.stringify(adultStory({ website: 'http://spam.example', elapsedMs: 5 }));
      replies.push(await postFrom('127.0.0.5', '/api/v1/stories', honeypot));
    }
    const accepted = replies.filter((r) => r.status === 201).length;
    expect(accepted).toBeGreaterThan(0);
    expect(count("select count(*) as n from story where status = 'quarantined'")).toBe(accepted);
  });

  it('limits the no-JavaScript form post per address too, with a calm HTML page', async () => {
    const replies: Reply[] = [];
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    for (let i = 0; i < 40; i++) {
      replies.push(await postFrom('127.0.0.6', '/tell/demo', 'respondent=self', form));
    }
    const limited = replies.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(20);
    expect(replies.filter((r) => r.status >= 500)).toEqual([]);
    expect(limited[0]?.body).toMatch(/<html[^>]*lang="en"/);
    expect(limited[0]?.body).toMatch(/Please wait a few minutes/);
    expect(Number(limited[0]?.retryAfter)).toBeGreaterThan(0);
  });
});

describe('behind a trusted proxy', () => {
  it('keys the limit on the address the proxy appended to X-Forwarded-For', async () => {
    await heard.close();
    heard = await startHeard({ env: { HEARD_TRUST_PROXY: '1' } });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      // The proxy appends the real client; a forged left-hand entry must not matter.
      const forwarded = { 'X-Forwarded-For': `198.51.100.${i % 3}, 203.0.113.${i}` };
      statuses.push(
        (await postFrom('127.0.0.7', '/api/v1/stories', storyBody(i), forwarded)).status,
      );
    }
    expect(statuses.every((s) => s === 201)).toBe(true);
    const same = { 'X-Forwarded-For': '198.51.100.1, 203.0.113.200' };
    const fromOne: number[] = [];
    for (let i = 0; i < 30; i++) {
      fromOne.push((await postFrom('127.0.0.7', '/api/v1/stories', storyBody(i), same)).status);
    }
    expect(fromOne).toContain(429);
  });
});

describe('a flood spread over many addresses', () => {
  it('is capped per site, and invalid posts never use up the site’s allowance', async () => {
    await heard.close();
    heard = await startHeard({ env: { HEARD_RATE_LIMIT_PER_SITE: '60' } });
    // Junk from many addresses first: refused as invalid, not counted against the site.
    for (let i = 0; i < 20; i++) {
      const junk = await postFrom(`127.0.1.${i + 1}`, '/api/v1/stories', '{"siteKey":"demo"}');
      expect(junk.status).toBe(422);
    }
    const replies: Reply[] = [];
    for (let i = 0; i < 20; i++) {
      replies.push(await postFrom(`127.0.2.${i + 1}`, '/api/v1/stories', storyBody(i)));
    }
    const accepted = replies.filter((r) => r.status === 201).length;
    // A burst of a tenth of the hourly allowance (at least 5), then 429 with Retry-After.
    expect(accepted).toBe(6);
    const limited = replies.filter((r) => r.status === 429);
    expect(limited).toHaveLength(14);
    expect(Number(limited[0]?.retryAfter)).toBeGreaterThan(0);
    expect(count('select count(*) as n from story')).toBe(accepted);
  });
});
