import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { boot } from './boot.ts';
import { readEnv } from './env.ts';
import { DEMO_SITE_KEY, seedDemo } from './seed/demo.ts';

// The only file that listens. Everything else is built by createApp() so tests can run it.
const env = readEnv();
const deps = await boot(env);
const publicBase = env.HEARD_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
const demoHostOrigins = env.DEMO_HOST_PORT > 0 ? [`http://127.0.0.1:${env.DEMO_HOST_PORT}`] : [];
if (env.HEARD_SEED_DEMO) {
  const seeded = await seedDemo(deps.db, { allowedOrigins: demoHostOrigins });
  if (seeded) deps.log.info('demo.seeded', { site: DEMO_SITE_KEY });
}

const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
  const lines = [
    '',
    'Heard is running.',
    `  Journey (full page):   ${publicBase}/tell/${DEMO_SITE_KEY}`,
    `  Health:                ${publicBase}/healthz`,
    `  Data:                  ${env.DATA_DIR}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  deps.log.info('server.stopping', { signal });
  server.close(() => {
    void deps.close().then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
