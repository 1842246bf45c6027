import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv } from '../app-env.ts';
import { findActiveSite, type PublicSite } from '../sites/site-queries.ts';

/** frame-ancestors for a site: exactly its allowed origins, or 'none' (embed issue). */
export function frameAncestors(site: PublicSite | undefined): string {
  const origins = site?.allowedOrigins.filter((o) => /^https?:\/\/[^/\s;,']+$/.test(o)) ?? [];
  return origins.length > 0 ? origins.join(' ') : "'none'";
}

export function journeyCsp(site: PublicSite | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors(site)}`,
  ].join('; ');
}

/** JSON for a `<script type="application/json">` block: `<` escaped so text cannot end the block. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
}

export const journeyRoutes = new Hono<AppEnv>().get('/tell/:siteKey', async (c) => {
  const site = await findActiveSite(c.var.deps.db, c.req.param('siteKey'));
  c.header('Content-Security-Policy', journeyCsp(site));
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  if (!site) return c.html('<!doctype html><title>Not found</title><p>Not found</p>', 404);
  return c.html(
    html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tell us about your safeguarding support</title>
<link rel="stylesheet" href="/assets/journey/journey.css"></head>
<body><div id="heard-journey"></div>
<script type="application/json" id="heard-site">${raw(jsonForHtml(site))}</script>
<script type="module" src="/assets/journey/journey.js"></script></body></html>`,
  );
});
