import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { type AdminClient, appRequester, signInAs } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { anyBody, bodyRoutes, edgeString, junkValue, pathSegment } from './fuzz-support.ts';

// Anonymous junk against every admin API route the app has (found from app.routes, so a
// route added later is covered without editing this file). Anonymous means no session, or a
// forged one. Every answer must be a 4xx problem+json; no route may do anything for a stranger
// (the few read-only routes a signed-out browser needs are listed); nothing but the audit trail
// and sign-in throttling may change in the database. Then every kind of body (issue 12), both
// anonymous and from real signed-in sessions, so the bodies reach the route handlers.

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

/** Tables a refused request may still write to: the audit trail, throttling and sessions. */
const BOOKKEEPING = /audit|throttle|attempt|session/;

function countsOutsideBookkeeping(): Record<string, number> {
  return Object.fromEntries(Object.entries(tableCounts()).filter(([t]) => !BOOKKEEPING.test(t)));
}

const adminBodyRoutes = () => bodyRoutes(app, (path) => path.startsWith('/admin/api/'));

describe('every kind of body to every admin API route that accepts one', () => {
  it('answers anonymous senders 4xx problem+json, never 5xx, and changes nothing', async () => {
    const routes = adminBodyRoutes();
    expect(routes.length).toBeGreaterThan(0);
    const before = countsOutsideBookkeeping();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        anyBody,
        paramValue,
        async (route, { type, body }, param) => {
          const path = route.path.replace(/:[A-Za-z]+/g, param);
          const res = await app.request(path, {
            method: route.method,
            headers: type === undefined ? {} : { 'Content-Type': type },
            body,
          });
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          expect(
            res.status,
            `${route.method} ${path}: ${text.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.status, `${route.method} ${path}: ${text.slice(0, 200)}`).toBeLessThan(500);
          expect(res.headers.get('Content-Type') ?? '').toMatch(/^application\/problem\+json/);
        },
      ),
      { numRuns: 500 },
    );
    expect(countsOutsideBookkeeping()).toEqual(before);
  }, 90_000);

  // Routes that end the sender's own session whatever the body: fuzzing them signed in would
  // sign the fuzzer out. They read no body; the anonymous property above still covers them.
  const SESSION_ENDING = new Set([
    'POST /admin/api/session/sign-out',
    'POST /admin/api/session/sign-out-everywhere',
  ]);

  it('answers signed-in staff never 5xx, and a refused body changes nothing', async () => {
    const send = appRequester(app);
    const admin = await signInAs(send, deps, { role: 'admin', totp: true });
    const coordinator = await signInAs(send, deps, {
      role: 'coordinator',
      boardSlugs: [DEMO_BOARD_SLUG],
      totp: true,
    });
    const clients: AdminClient[] = [admin, coordinator];
    // Real ids (so handlers find objects), never the fuzzers' own accounts (a junk body that
    // happened to disable one would end its session and hide the rest of the run).
    const own = new Set([admin.account.user.id, coordinator.account.user.id].map(String));
    const ids = ['1', '2', '3', '4', '5', '999999'].filter((id) => !own.has(id));
    const routes = adminBodyRoutes().filter((r) => !SESSION_ENDING.has(`${r.method} ${r.path}`));
    // Mostly a JSON type, which the admin API demands before any handler runs.
    const jsonish = fc.constantFrom(
      'application/json',
      'application/json',
      'application/json; charset=utf-16',
      'as generated',
    );
    let reached = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...clients.keys()),
        anyBody,
        jsonish,
        fc.oneof(
          fc.constantFrom(...ids),
          paramValue.filter((p) => !own.has(p)),
        ),
        async (route, who, generated, typeChoice, param) => {
          const client = clients[who] as AdminClient;
          const path = route.path.replace(/:[A-Za-z]+/g, param);
          const type = typeChoice === 'as generated' ? generated.type : typeChoice;
          const headers: Record<string, string> = { 'X-CSRF-Token': client.csrfToken ?? '' };
          if (type !== undefined) headers['Content-Type'] = type;
          const before = countsOutsideBookkeeping();
          const res = await client.request(path, {
            method: route.method,
            headers,
            body: generated.body,
          });
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          const label = `${route.method} ${path} (${generated.kind}, ${type}): ${text.slice(0, 200)}`;
          expect(res.status, label).toBeLessThan(500);
          if (![401, 403, 413, 415].includes(res.status)) reached++;
          if (res.status >= 400) {
            expect(res.headers.get('Content-Type') ?? '', label).toMatch(
              /^application\/problem\+json/,
            );
            expect(countsOutsideBookkeeping(), label).toEqual(before);
          }
        },
      ),
      { numRuns: 700 },
    );
    // The bodies reached the handlers, and both fuzzers were still signed in at the end.
    expect(reached).toBeGreaterThan(350);
    for (const client of clients) {
      const res = await client.get('/admin/api/session');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { state: string }).state).toBe('signed_in');
    }
  }, 120_000);
});
