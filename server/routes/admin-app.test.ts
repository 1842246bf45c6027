import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDeps, type TestDeps } from '../../tests/support/test-deps.ts';
import { createApp } from '../app.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

describe('the admin app shell', () => {
  it.each(['/admin', '/admin/queue', '/admin/stories/12', '/admin/setup?token=abc'])(
    'serves the shell for %s with a strict CSP and no caching',
    async (path) => {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/assets/admin/admin.js">');
      expect(html).not.toMatch(/<script>|style=/);
    },
  );

  it('leaves /admin/api paths to the API, which answers problem+json', async () => {
    const res = await app.request('/admin/api/no-such-thing');
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.text()).not.toContain('heard-admin');
  });

  it('does not echo the set-up token into the page', async () => {
    const res = await app.request('/admin/setup?token=secret-token-value');
    expect(await res.text()).not.toContain('secret-token-value');
  });
});
