import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { edgeString, junkValue, pathSegment } from './fuzz-support.ts';

// Anonymous junk against every admin API route the app has (found from app.routes, so a
// route added later is covered without editing this file). Anonymous means no session, or a
// forged one. Every answer must be a 4xx problem+json; no route may do anything for a stranger
// (the few read-only routes a signed-out browser needs are listed); nothing but the audit trail
// and sign-in throttling may change in the database.

/** Routes a signed-out browser legitimately calls. Each must still refuse junk input. */
const ANONYMOUS_READS = new Set(['GET /admin/api/session']);

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let sent = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});
afterAll(async () => {
  console.info(
    `fuzz-admin: ${sent} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  await deps.cleanup();
});

function tableCounts(): Record<string, number> {
  const tables = deps.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (deps.sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
    ]),
  );
}

const adminRoutes = () => {
  const seen = new Set<string>();
  const out: { method: string; path: string }[] = [];
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/admin/api/')) continue;
    const key = `${r.method} ${r.path}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ method: r.method, path: r.path });
    }
  }
  return out;
};

const paramValue = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '0',
    '-1',
    '999999999999999999999',
    '1e3',
    '0x10',
    'demo',
    '..',
    '%2e%2e',
    'null',
  ),
  edgeString.filter((s) => s.length < 300).map(pathSegment),
);

const cookie = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('heard_session=forged', '__Host-heard_session=AAAA', 'session=1; admin=true'),
  fc.string({ unit: fc.constantFrom('a', '=', ';', ' ', '_', '-', '0'), maxLength: 80 }),
);

const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
);

describe('anonymous junk to every admin API route', () => {
  it('finds the admin API routes to attack', () => {
    expect(adminRoutes().length).toBeGreaterThan(0);
  });

  it('answers 4xx problem+json, never 5xx, and changes nothing', async () => {
    const routes = adminRoutes();
    const before = tableCounts();
    const successes: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(paramValue, { minLength: 4, maxLength: 4 }),
        junkValue,
        contentType,
        cookie,
        fc.boolean(),
        async (route, params, body, type, forged, sameOrigin) => {
          let i = 0;
          const path = route.path.replace(/:[A-Za-z]+/g, () => params[i++ % params.length] ?? '1');
          const headers: Record<string, string> = {};
          if (type) headers['Content-Type'] = type;
          if (forged) headers.Cookie = forged;
          if (sameOrigin) headers.Origin = 'http://localhost';
          else headers.Origin = 'https://evil.example';
          let res: Response;
          try {
            res = await app.request(path, {
              method: route.method,
              headers,
              ...(route.method === 'GET' ? {} : { body: JSON.stringify(body ?? null) }),
            });
          } catch (error) {
            if (error instanceof TypeError) return;
            throw error;
          }
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          expect(res.status, `${route.method} ${path}: ${text.slice(0, 200)}`).toBeLessThan(500);
          if (res.status < 400) {
            if (!ANONYMOUS_READS.has(`${route.method} ${route.path}`)) {
              successes.push(`${route.method} ${route.path} -> ${res.status}`);
            }
          } else {
            expect(res.headers.get('Content-Type') ?? '').toMatch(/^application\/problem\+json/);
          }
        },
      ),
      { numRuns: 2500 },
    );
    expect([...new Set(successes)]).toEqual([]);
    const after = tableCounts();
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    expect(changed.filter((t) => !/audit|throttle|attempt/.test(t))).toEqual([]);
  }, 180_000);
});
