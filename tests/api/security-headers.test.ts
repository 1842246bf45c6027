import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Security headers are set deliberately per route (docs/stack-notes.md: Hono's secureHeaders() defaults
// break an embeddable product). Checked over real HTTP, so the Node adapter's own behaviour
// counts too.

let heard: RunningHeard;
beforeAll(async () => {
  heard = await startHeard({ allowedOrigins: ['https://council.example'] });
});
afterAll(async () => heard.close());

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw request: the path is sent exactly as written (no URL normalisation by the client). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: heard.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const story = JSON.stringify(adultStory({ elapsedMs: 60_000 }));
const ROUTES: { name: string; method: string; path: string; body?: string; type?: string }[] = [
  { name: 'journey page', method: 'GET', path: '/tell/demo' },
  { name: 'unknown journey', method: 'GET', path: '/tell/no-such-site' },
  {
    name: 'story API',
    method: 'POST',
    path: '/api/v1/stories',
    body: story,
    type: 'application/json',
  },
  {
    name: 'story API error',
    method: 'POST',
    path: '/api/v1/stories',
    body: '{',
    type: 'application/json',
  },
  {
    name: 'no-JS form post',
    method: 'POST',
    path: '/tell/demo',
    body: 'respondent=self',
    type: 'application/x-www-form-urlencoded',
  },
  { name: 'embed loader', method: 'GET', path: '/embed.js' },
  { name: 'health', method: 'GET', path: '/healthz' },
  { name: 'asset', method: 'GET', path: '/assets/journey/journey.js' },
  { name: 'not found', method: 'GET', path: '/nothing-here' },
  { name: 'admin', method: 'GET', path: '/admin' },
  { name: 'withdrawal page', method: 'GET', path: '/withdraw' },
  { name: 'public Board page', method: 'GET', path: '/boards/demo-sab/you-said-we-did' },
  {
    name: 'embedded Board page',
    method: 'GET',
    path: '/boards/demo-sab/stories?embed=1&host=https%3A%2F%2Fcouncil.example',
  },
];

const fetchRoute = (r: (typeof ROUTES)[number], extra: Record<string, string> = {}) =>
  raw(r.method, r.path, { ...(r.type ? { 'Content-Type': r.type } : {}), ...extra }, r.body);

const header = (res: Raw, name: string) => {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
};

describe('headers on every response', () => {
  for (const route of ROUTES) {
    it(`sets nosniff, Permissions-Policy, a referrer policy and a strict CSP on the ${route.name}`, async () => {
      const res = await fetchRoute(route);
      expect(res.status).toBeLessThan(500);
      expect(header(res, 'X-Content-Type-Options')).toBe('nosniff');
      expect(header(res, 'Permissions-Policy')).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      );
      expect(header(res, 'Referrer-Policy')).toMatch(/^(no-referrer|same-origin|strict-origin)/);
      const csp = header(res, 'Content-Security-Policy');
      expect(csp).toMatch(/frame-ancestors /);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      // Plain http here: no HSTS (it would pin localhost to https in the tester's browser).
      expect(header(res, 'Strict-Transport-Security')).toBe('');
    });

    it(`sends no CORS headers on the ${route.name}, even when asked cross-origin`, async () => {
      const res = await fetchRoute(route, { Origin: 'https://evil.example' });
      const pre = await raw('OPTIONS', route.path, {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      });
      for (const r of [res, pre]) {
        expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      }
      expect(pre.status).toBeLessThan(500);
    });
  }
});

describe('per-route rules', () => {
  it('lets only the site’s allowed origins frame the journey, with no referrer', async () => {
    const res = await raw('GET', '/tell/demo');
    expect(res.status).toBe(200);
    expect(header(res, 'Content-Security-Policy')).toMatch(
      /frame-ancestors https:\/\/council\.example(;|$)/,
    );
    expect(header(res, 'Referrer-Policy')).toBe('same-origin');
    expect(header(res, 'X-Frame-Options')).toBe('');
  });

  it('forbids framing of everything that is not the journey', async () => {
    for (const path of ['/healthz', '/nothing-here', '/tell/no-such-site']) {
      expect(header(await raw('GET', path), 'Content-Security-Policy')).toMatch(
        /frame-ancestors 'none'/,
      );
    }
  });

  // The two deliberate exceptions SECURITY.md names: the loader partners' pages fetch, and the
  // Board views partners frame (decision 0022), which a partner page with COEP could not embed
  // without it. Every other response is same-origin.
  it('marks only embed.js and embedded Board pages as loadable cross-origin', async () => {
    const crossOrigin: string[] = [];
    for (const route of ROUTES) {
      const res = await fetchRoute(route);
      const corp = header(res, 'Cross-Origin-Resource-Policy');
      if (corp === 'cross-origin') crossOrigin.push(route.name);
      else expect(corp, route.name).toBe('same-origin');
    }
    // The loader is served from dist/: without `npm run build` it answers 503, same-origin.
    const built = (await raw('GET', '/embed.js')).status === 200;
    expect(crossOrigin).toEqual([...(built ? ['embed loader'] : []), 'embedded Board page']);
  });

  it('sends HSTS of at least a year when served over https', async () => {
    const secure = await startHeard({ env: { HEARD_PUBLIC_URL: 'https://heard.example.org' } });
    try {
      const res = await fetch(`${secure.url}/healthz`);
      const hsts = res.headers.get('Strict-Transport-Security') ?? '';
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    } finally {
      await secure.close();
    }
  });
});

describe('path traversal in static serving', () => {
  const attempts = [
    '/assets/../server/env.ts',
    '/assets/../../etc/passwd',
    '/assets/%2e%2e/server/env.ts',
    '/assets/%2E%2E/%2E%2E/etc/passwd',
    '/assets/..%2fserver%2fenv.ts',
    '/assets/%2e%2e%2fserver%2fenv.ts',
    '/assets/%252e%252e/server/env.ts',
    '/assets//etc/passwd',
    '/assets///work/main/server/env.ts',
    '/assets/..\\server\\env.ts',
    '/assets/%2e%2e%5cserver%5cenv.ts',
    '/assets/.%2e/server/env.ts',
    '/assets/journey/../../server/env.ts',
    '/assets/%c0%ae%c0%ae/server/env.ts',
    '/assets/..%00/server/env.ts',
    '//assets/../package.json',
    '/assets/../package.json',
    '/assets/%2e%2e/package.json',
  ];
  for (const path of attempts) {
    it(`never serves a file outside dist/ for ${path}`, async () => {
      const res = await raw('GET', path);
      expect(res.status).toBeLessThan(500);
      expect(res.status).not.toBe(200);
      expect(res.body).not.toMatch(/EnvSchema|root:x:0|"devDependencies"/);
    });
  }
});
