import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import {
  anyBody,
  bodyRoutes,
  edgeString,
  junkValue,
  mutate,
  mutation,
  pathSegment,
  validishStory,
} from './fuzz-support.ts';

// Property-based attack on every public endpoint through app.request (no port, fast). Each
// response must be a 4xx problem+json (HTML for HTML pages), never 5xx; a rejected request must
// change nothing (SQLite's total_changes() is unchanged); the app answers /healthz afterwards.
// Rate limits are off here so every request reaches validation (they have their own tests).
// Runs are sized so the file takes well under a minute on a loaded 2-core machine.

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let sent = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  app = createApp(deps);
});
afterAll(async () => {
  console.info(
    `fuzz-public: ${sent} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  await deps.cleanup();
});

const changes = () => (deps.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
const stories = () =>
  (deps.sqlite.prepare('select count(*) as n from story').get() as { n: number }).n;

type Expect = { html?: boolean; allowSuccess?: boolean };

/** Sends one request and checks the invariants; returns the response for extra checks. */
async function probe(path: string, init: RequestInit, expectation: Expect = {}): Promise<Response> {
  const before = changes();
  const storiesBefore = stories();
  let res: Response;
  try {
    res = await app.request(path, init);
  } catch (error) {
    // A request the client library itself refuses to build (e.g. a header with a newline) never
    // reaches Heard; anything else thrown out of app.request is a server failure.
    if (error instanceof TypeError && /header|URL|Request/i.test(error.message))
      return new Response(null, { status: 499 });
    throw error;
  }
  sent++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const body = await res.text();
  expect(
    res.status,
    `${init.method ?? 'GET'} ${path} -> ${res.status} ${body.slice(0, 200)}`,
  ).toBeLessThan(500);
  if (res.status >= 400) {
    const type = res.headers.get('Content-Type') ?? '';
    if (expectation.html) expect(type).toMatch(/^(text\/html|application\/problem\+json)/);
    else expect(type).toMatch(/^application\/problem\+json/);
    expect(changes(), `a rejected ${path} changed the database`).toBe(before);
  } else if (res.status === 201) {
    expect(expectation.allowSuccess, `${path} accepted junk`).toBe(true);
    expect(stories()).toBe(storiesBefore + 1);
  }
  return res;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('POST /api/v1/stories under generated bad input', () => {
  it('never fails on arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(junkValue, async (body) => {
        await probe('/api/v1/stories', json(body ?? null));
      }),
      { numRuns: 400 },
    );
  }, 90_000);

  it('never fails on valid-looking stories with missing, wrong and extra fields', async () => {
    await fc.assert(
      fc.asyncProperty(
        validishStory,
        fc.array(mutation, { minLength: 0, maxLength: 4 }),
        async (story, ms) => {
          await probe('/api/v1/stories', json(mutate(story, ms)), { allowSuccess: true });
        },
      ),
      { numRuns: 500 },
    );
  }, 90_000);

  it('never fails on edge-case text in every free-text field', async () => {
    const fields = [
      'story',
      'wantedOutcome',
      'helpedMost',
      'shouldChange',
      'siteKey',
      'language',
      'website',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), edgeString, async (field, text) => {
        await probe(
          '/api/v1/stories',
          json({ ...adultStory({ elapsedMs: 60_000 }), [field]: text }),
          {
            allowSuccess: true,
          },
        );
      }),
      { numRuns: 300 },
    );
  }, 90_000);

  it('never fails on malformed JSON, raw bytes and wrong content types', async () => {
    const valid = JSON.stringify(adultStory({ elapsedMs: 60_000 }));
    const rawBody = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      fc
        .integer({ min: 1000, max: 200_000 })
        .map((n) => `{"siteKey":"demo","story":${'['.repeat(n)}${']'.repeat(n)}}`),
      fc.integer({ min: 1000, max: 100_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
      fc.constantFrom(
        '[',
        '{"a":',
        '\uFEFF{}',
        'null',
        '"story"',
        '1e999',
        `${'['.repeat(100_000)}`,
        '{"siteKey":"demo"',
      ),
    );
    const contentType = fc.oneof(
      fc.constant('application/json'),
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json-patch+json',
        'application/jsonx',
        '',
        'application/xml',
      ),
      fc.string({
        unit: fc.constantFrom('a', '/', ';', '=', ' ', 'j', 's', 'o', 'n'),
        maxLength: 30,
      }),
    );
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, async (body, type) => {
        await probe('/api/v1/stories', {
          method: 'POST',
          headers: type ? { 'Content-Type': type } : {},
          body,
        });
      }),
      { numRuns: 500 },
    );
  }, 90_000);

  it('never fails on odd Idempotency-Keys and methods', async () => {
    const key = fc.string({
      unit: fc.constantFrom('a', '-', '_', '0', ' ', '/', '.', '%'),
      maxLength: 200,
    });
    const method = fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'POST');
    await fc.assert(
      fc.asyncProperty(key, method, async (k, m) => {
        await probe(
          '/api/v1/stories',
          {
            method: m,
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k },
            ...(m === 'GET' || m === 'HEAD'
              ? {}
              : { body: JSON.stringify(adultStory({ elapsedMs: 60_000 })) }),
          },
          { allowSuccess: true },
        );
      }),
      { numRuns: 300 },
    );
  }, 90_000);
});

describe('the other public routes under generated bad input', () => {
  const segment = fc.oneof(
    edgeString.filter((s) => s.length < 2000),
    fc.constantFrom(
      'demo',
      '..',
      '.',
      '%2e%2e',
      '%00',
      'demo%2F..',
      'DEMO',
      'demo ',
      ' ',
      '%ED%A0%80',
      '%C0%AE',
    ),
  );

  it('never fails on GET /tell/:siteKey with any site key', async () => {
    await fc.assert(
      fc.asyncProperty(segment, async (key) => {
        await probe(`/tell/${pathSegment(key)}`, { method: 'GET' }, { html: true });
      }),
      { numRuns: 300 },
    );
  }, 90_000);

  it('never fails on POST /tell/:siteKey with junk forms', async () => {
    const form = fc.dictionary(
      fc.oneof(
        fc.constantFrom('respondent', 'story', 'website', 'consents', 'siteKey'),
        edgeString.filter((s) => s.length < 500),
      ),
      edgeString.filter((s) => s.length < 5000),
      { maxKeys: 8 },
    );
    await fc.assert(
      fc.asyncProperty(segment, form, fc.boolean(), async (key, fields, urlencoded) => {
        const body = new URLSearchParams();
        for (const [k, v] of Object.entries(fields)) body.append(k, v);
        await probe(
          `/tell/${pathSegment(key)}`,
          {
            method: 'POST',
            headers: {
              'Content-Type': urlencoded ? 'application/x-www-form-urlencoded' : 'text/plain',
            },
            body: body.toString(),
          },
          { html: true, allowSuccess: true },
        );
      }),
      { numRuns: 300 },
    );
  }, 90_000);

  it('never fails on withdrawal, embed, health and asset requests', async () => {
    const target = fc.oneof(
      segment.map((s) => `/withdraw/${pathSegment(s)}`),
      fc.constant('/withdraw'),
      segment.map((s) => `/embed.js?${pathSegment(s)}`),
      fc.constant('/healthz'),
      segment.map((s) => `/assets/${pathSegment(s)}`),
      segment.map((s) => `/assets/${s.replace(/[?#]/g, '')}`),
      segment.map((s) => `/${pathSegment(s)}`),
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS');
    await fc.assert(
      fc.asyncProperty(target, method, junkValue, async (path, m, body) => {
        await probe(
          path,
          {
            method: m,
            headers: { 'Content-Type': 'application/json', 'If-None-Match': '"x"' },
            ...(m === 'GET' || m === 'HEAD' ? {} : { body: JSON.stringify(body ?? null) }),
          },
          { html: true },
        );
      }),
      { numRuns: 300 },
    );
  }, 90_000);
});

describe('every public route that accepts a body, under every kind of body', () => {
  // Found from the app (issue 12): garbage multipart made /withdraw, /withdraw/confirm and
  // /tell/{site} answer 500 before. Site keys are mostly real, so bodies reach the handlers.
  const routes = () => bodyRoutes(app, (path) => !path.startsWith('/admin/api/'));

  it('finds them', () => {
    const found = routes().map((r) => `${r.method} ${r.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'POST /api/v1/stories',
        'POST /tell/:siteKey',
        'POST /withdraw',
        'POST /withdraw/confirm',
      ]),
    );
  });

  it("answers 4xx (problem+json, or the HTML routes' own pages), never 5xx, and stores nothing", async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes()),
        anyBody,
        fc.constantFrom('demo', 'demo', 'demo', 'nowhere'),
        fc.constantFrom('', '?lang=pl', '?lang=%ZZ'),
        async (route, { kind, type, body }, siteKey, query) => {
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          const path = route.path.replace(/:[A-Za-z]+/g, siteKey);
          await probe(
            `http://localhost${path}${query}`,
            {
              method: route.method,
              headers: type === undefined ? {} : { 'Content-Type': type },
              body,
            },
            { html: !path.startsWith('/api/') },
          );
        },
      ),
      { numRuns: 1000 },
    );
    console.info(`fuzz-public bodies: ${JSON.stringify(Object.fromEntries(kinds))}`);
  }, 90_000);
});

describe('after the storm', () => {
  it('still answers, and sent at least 3,500 generated requests in total', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    expect(deps.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sent).toBeGreaterThanOrEqual(3_500);
  });
});
