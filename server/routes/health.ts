import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

export const healthRoutes = new Hono<AppEnv>().get('/healthz', (c) => {
  // A cheap read proves the database answers; no details leave the server.
  c.var.deps.sqlite.prepare('select 1').get();
  return c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' });
});
