import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * Built front-end files from dist/ under /assets/. serveStatic refuses dot segments and
 * encoded traversal; assets carry no secrets, so they may be cached briefly and revalidated.
 */
export const assetRoutes = new Hono<AppEnv>().use('/assets/*', async (c, next) => {
  const handler = serveStatic({
    root: c.var.deps.config.distDir,
    rewriteRequestPath: (path) => path.replace(/^\/assets/, ''),
    onFound: (_path, ctx) => {
      ctx.header('Cache-Control', 'public, max-age=300, must-revalidate');
    },
  });
  return handler(c, next);
});
