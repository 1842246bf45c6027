import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { boot } from '../server/boot.ts';
import { readEnv } from '../server/env.ts';
import { createLogger } from '../server/log.ts';
import { seedDemo } from '../server/seed/demo.ts';

/**
 * The real server build on a fresh database in a temp folder, plus a baseline route that returns
 * a fixed JSON body from the same Hono app, so the benchmark can report the cost of a story
 * relative to the cheapest possible request. Prints its port on stdout as `PORT <n>`.
 */
const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'heard-bench-'));
// The load comes from one loopback address on purpose: lift the flood limits for the benchmark.
const env = readEnv({
  HEARD_RATE_LIMIT_PER_ADDRESS: '1000000',
  HEARD_RATE_LIMIT_PER_SITE: '1000000',
  ...process.env,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
});
const deps = await boot(env, { log: createLogger('silent') });
await seedDemo(deps.db, { allowedOrigins: [] });
const app = createApp(deps);
const outer = new (await import('hono')).Hono();
outer.get('/bench/baseline', (c) => c.json({ reference: 'ABC-DEF-GHJ-KMNP' }, 201));
outer.route('/', app);
const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
