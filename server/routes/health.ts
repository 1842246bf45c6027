import { Hono } from 'hono';
import { pingDatabase } from '../../db/client.ts';
import type { AppEnv } from '../app-env.ts';

export const healthRoutes = new Hono<AppEnv>().get('/healthz', (c) => {
  // A cheap read proves the database answers; no details leave the server.
  pingDatabase(c.var.deps.sqlite);
  return c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' });
});
