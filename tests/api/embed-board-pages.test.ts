import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { addSite, type SiteFields, updateSite } from '../../server/sites/site-admin.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// The embed form of the public Board pages (issue 5, decision 0022): who may frame it, what
// it loads, and the one script that tells the loader its height.

const COUNCIL = 'https://www.demo-borough.gov.uk';
const HEALTHWATCH = 'https://healthwatch-demo.org.uk';
const OTHER_BOARD = 'https://elsewhere.example';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

const site = (over: Partial<SiteFields>): SiteFields => ({
  key: 'healthwatch',
  name: 'Healthwatch Demo',
  partnerName: 'Healthwatch Demo',
  partnerKind: 'healthwatch',
  boardSlug: DEMO_BOARD_SLUG,
  boardName: null,
  allowedOrigins: [HEALTHWATCH],
  contactName: 'Healthwatch Demo',
  contactPhone: null,
  contactUrl: null,
  emergencyText: null,
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  languages: ['en'],
  active: true,
  ...over,
});

beforeEach(async () => {
  deps = await createTestDeps({ allowedOrigins: [COUNCIL] });
  app = createApp(deps);
  await addSite(deps.db, site({}), new Date());
  await addSite(
    deps.db,
    site({
      key: 'other-board-site',
      boardSlug: 'other-sab',
      boardName: 'Other Safeguarding Adults Board',
      allowedOrigins: [OTHER_BOARD],
    }),
    new Date(),
  );
});
afterEach(async () => deps.cleanup());

const csp = (res: Response) => res.headers.get('content-security-policy') ?? '';
const directive = (res: Response, name: string) =>
  new RegExp(`(?:^|; )${name} ([^;]+)`).exec(csp(res))?.[1];
const embed = (view: string, host = COUNCIL) =>
  app.request(`/boards/${DEMO_BOARD_SLUG}/${view}?embed=1&host=${encodeURIComponent(host)}`);

describe.each(['you-said-we-did', 'stories'])('the embed form of /boards/{slug}/%s', (view) => {
  it('may be framed by every partner site of the Board, and by nothing else', async () => {
    const res = await embed(view);
    expect(res.status).toBe(200);
    expect(directive(res, 'frame-ancestors')?.split(' ').sort()).toEqual(
      [HEALTHWATCH, COUNCIL].sort(),
    );
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('follows the sites’ settings: a switched-off site no longer frames it', async () => {
    await updateSite(deps.db, 'healthwatch', { active: false }, new Date());
    expect(directive(await embed(view), 'frame-ancestors')).toBe(COUNCIL);
    await updateSite(deps.db, 'demo', { removeOrigins: [COUNCIL] }, new Date());
    expect(directive(await embed(view), 'frame-ancestors')).toBe("'none'");
  });

  it('is loadable cross-origin, with no referrer, no CORS and no unsafe-inline', async () => {
    const res = await embed(view);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(csp(res)).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive(res, 'default-src')).toBe("'none'");
  });

  it('has no site chrome, and one nonce’d script posting only to the checked host', async () => {
    const res = await embed(view);
    const html = await res.text();
    expect(html).not.toContain('Skip to main content');
    expect(html).not.toContain('<nav');
    expect(html).toMatch(/<main[^>]*><p class="board">Demo Safeguarding Adults Board<\/p><h1>/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp(res))?.[1];
    expect(nonce).toBeTruthy();
    expect(directive(res, 'style-src')).toBe(`'nonce-${nonce}'`);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual([`<script nonce="${nonce}">`]);
    expect(html).toContain(`var host=${JSON.stringify(COUNCIL)}`);
    // The script only ever says ready and resize: no content crosses (decision 0020).
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script.match(/post\('(\w+)'/g)).toEqual(["post('ready'", "post('resize'"]);
  });

  it('has no script for a host that is not one of the Board’s sites', async () => {
    for (const host of [OTHER_BOARD, 'https://evil.example', 'javascript:alert(1)', '']) {
      const res = await embed(view, host);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain('<script');
      expect(csp(res)).not.toContain('script-src');
    }
  });

  it('gets fresh nonces on every response', async () => {
    const a = directive(await embed(view), 'script-src');
    const b = directive(await embed(view), 'script-src');
    expect(a).not.toBe(b);
  });
});

describe('the full public pages', () => {
  it('cannot be framed at all, and run no script', async () => {
    for (const view of ['you-said-we-did', 'stories']) {
      const res = await app.request(`/boards/${DEMO_BOARD_SLUG}/${view}`);
      expect(res.status).toBe(200);
      expect(directive(res, 'frame-ancestors')).toBe("'none'");
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(csp(res)).not.toContain('script-src');
      const html = await res.text();
      expect(html).toContain('Skip to main content');
      expect(html).not.toContain('<script');
    }
  });
});

describe('an unknown Board', () => {
  it('answers 404 with a plain page nobody can frame, embed form or not', async () => {
    const host = encodeURIComponent(COUNCIL);
    for (const path of [
      `/boards/no-such-board/stories?embed=1&host=${host}`,
      '/boards/no-such-board/you-said-we-did',
    ]) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(directive(res, 'frame-ancestors')).toBe("'none'");
      const html = await res.text();
      expect(html).toContain('<h1>Page not found</h1>');
      expect(html).not.toContain('<script');
    }
  });
});
