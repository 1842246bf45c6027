import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ProblemError } from '../http/errors.ts';

/**
 * `/embed.js`, the loader in every partner's snippet. PUBLIC CONTRACT — never move this URL.
 * Cross-origin by design: `Cross-Origin-Resource-Policy: cross-origin` (the default
 * same-origin would make Chromium refuse it on partner pages, docs/stack-notes.md). A short cache with
 * an ETag, because a fixed URL cannot be cache-busted and fixes must reach partners quickly.
 */
export const embedRoutes = new Hono<AppEnv>().get('/embed.js', async (c) => {
  let body: Buffer;
  try {
    body = await readFile(join(c.var.deps.config.distDir, 'embed.js'));
  } catch {
    throw new ProblemError(
      {
        status: 503,
        title: 'Embed script not built',
        detail: 'The embed script has not been built on this server. Run npm run build.',
      },
      { 'Retry-After': '60' },
    );
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  c.header('Cache-Control', 'public, max-age=300, must-revalidate');
  c.header('ETag', etag);
  c.header('Vary', 'Accept-Encoding');
  // Gzip (server/app.ts) marks the tag weak (W/"…"); either form names this body.
  if (c.req.header('If-None-Match')?.replace(/^W\//, '') === etag) return c.body(null, 304);
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  return c.body(new Uint8Array(body));
});
