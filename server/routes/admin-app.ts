import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * Content Security Policy for the admin app: no inline script or style, no framing (staff pages
 * must never be framed: clickjacking), requests only to our own origin.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The shell every admin screen starts from. It holds no data: the app asks the API who is signed
 * in. The `<noscript>` text is the only thing shown without JavaScript.
 */
const SHELL = `<!doctype html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Heard admin</title>
<link rel="stylesheet" href="/assets/admin/admin.css"></head>
<body class="govuk-template__body">
<div id="heard-admin"><noscript><main class="govuk-main-wrapper"><h1 class="govuk-heading-l">Heard admin needs JavaScript</h1><p class="govuk-body">Turn on JavaScript in your browser to use the coordinators' workspace.</p></main></noscript></div>
<script type="module" src="/assets/admin/admin.js"></script>
</body></html>`;

/** Serves the admin app's shell for /admin and every /admin/* path except the JSON API. */
export const adminAppRoutes = new Hono<AppEnv>().get('/admin/*', async (c, next) => {
  if (c.req.path === '/admin/api' || c.req.path.startsWith('/admin/api/')) return next();
  c.header('Content-Security-Policy', ADMIN_CSP);
  c.header('X-Frame-Options', 'DENY');
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  return c.html(SHELL);
});
