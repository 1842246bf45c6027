import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Hono } from 'hono';
import {
  boardPagesPage,
  exitLandingPage,
  type HostPageOptions,
  safeguardingPage,
  tellUsPage,
} from '../../tests/fixtures/host-pages/council-page.ts';
import { DEMO_BOARD_SLUG } from '../seed/demo.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'host-pages');

export type HostAppOptions = {
  heardOrigin: string;
  siteKey: string;
  /** Send the strict CSP partners use (default true). */
  strictCsp?: boolean;
  /** Leave embed.js out of the pages: the link alone (as when a script is blocked). */
  withoutScript?: boolean;
};

/**
 * The CSP of a careful partner page (issue 3): no inline script or style anywhere, scripts
 * and frames only from itself and Heard.
 */
export function strictHostCsp(heardOrigin: string): string {
  return `default-src 'self'; script-src 'self' ${heardOrigin}; frame-src ${heardOrigin}; style-src 'self'`;
}

/**
 * The demo council website (`npm start` serves it on DEMO_HOST_PORT; the embed tests serve it
 * on a free port): a page with the snippet in dialog form at `/`, a page of its own with the
 * inline form at `/tell-us`, the Board's public pages at `/safeguarding-board`, and a neutral `/exit-landing` page tests use as a quick-exit URL.
 */
export function createHostApp(options: HostAppOptions): Hono {
  const page: HostPageOptions = {
    heardOrigin: options.heardOrigin,
    siteKey: options.siteKey,
    mode: options.withoutScript ? 'none' : 'dialog',
  };
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    if (options.strictCsp ?? true)
      c.res.headers.set('Content-Security-Policy', strictHostCsp(options.heardOrigin));
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  // `?lang=` puts data-heard-lang in the snippet (tests of the journey's languages).
  app.get('/', (c) => c.html(safeguardingPage({ ...page, lang: c.req.query('lang') })));
  app.get('/tell-us', (c) => c.html(tellUsPage(page)));
  app.get('/exit-landing', (c) => c.html(exitLandingPage()));
  // The Board's public pages, embedded; `?board=` lets tests name a Board that does not exist.
  app.get('/safeguarding-board', (c) =>
    c.html(boardPagesPage(page, c.req.query('board') ?? DEMO_BOARD_SLUG)),
  );
  app.get('/assets/council.css', async (c) =>
    c.body(await readFile(resolve(FIXTURES, 'council.css'), 'utf8'), 200, {
      'Content-Type': 'text/css; charset=utf-8',
    }),
  );
  app.get('/assets/session-recorder.js', async (c) =>
    c.body(await readFile(resolve(FIXTURES, 'session-recorder.js'), 'utf8'), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
    }),
  );
  app.get('/search', (c) => c.html('<!doctype html><title>Search</title><p>No results.</p>'));
  return app;
}
