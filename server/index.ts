import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { bootstrapAdmin } from './auth/bootstrap.ts';
import { reapplyErasures } from './backup/erasure-ledger.ts';
import { PID_FILE } from './backup/restore-database.ts';
import { boot } from './boot.ts';
import { allowDemoOrigin } from './demo/demo-origin.ts';
import { startDemoHost } from './demo/start-demo-host.ts';
import { readEnv } from './env.ts';
import { scheduleAlertJobs } from './messages/alert-jobs.ts';
import { startSender } from './messages/sender.ts';
import { chooseTransports, NO_WAY_TO_SEND } from './messages/transports/choose.ts';
import { scheduleRetention } from './retention/run-retention.ts';
import { DEMO_SITE_KEY, seedDemo } from './seed/demo.ts';

// The only file that listens. Everything else is built by createApp() so tests can run it.
const env = readEnv();
const deps = await boot(env);
// Withdrawals recorded after the backup this database may have been restored from (issue 6).
const reerased = await reapplyErasures(deps.db, env.DATA_DIR);
if (reerased > 0) deps.log.warn('erasures.reapplied', { stories: reerased });
const stopRetention = scheduleRetention(deps, { months: env.HEARD_RETENTION_MONTHS });
// Escalations of urgent stories nobody has checked, and the daily digest (issue 13).
const stopAlertJobs = scheduleAlertJobs(deps);
// The demo council page runs only with the demo data: without its site it has nothing to show.
const demoHostOrigins =
  env.HEARD_SEED_DEMO && env.DEMO_HOST_PORT > 0 ? [`http://127.0.0.1:${env.DEMO_HOST_PORT}`] : [];
if (env.HEARD_SEED_DEMO) {
  const seeded = await seedDemo(deps.db, { allowedOrigins: demoHostOrigins });
  if (seeded) deps.log.info('demo.seeded', { site: DEMO_SITE_KEY });
  // An older database, or another DEMO_HOST_PORT: let this demo page frame the journey.
  for (const origin of demoHostOrigins) {
    if (await allowDemoOrigin(deps.db, origin, deps.now()))
      deps.log.info('demo.origin_allowed', { site: DEMO_SITE_KEY, origin });
  }
}
let stopDemoHost = async () => {};

// No staff accounts yet: the admin from the environment, or a one-time set-up link (issue 4).
const bootstrap = await bootstrapAdmin(deps, {
  email: env.HEARD_ADMIN_EMAIL,
  password: env.HEARD_ADMIN_PASSWORD,
  publicBase: env.HEARD_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
});
if (bootstrap.kind === 'created') deps.log.info('admin.bootstrapped', { via: 'environment' });

// The outbox's sender (decision 0086): whatever was queued before a crash or restart goes now.
const chosen = chooseTransports({ ...env, linkBase: deps.config.linkBase });
const emailMissing = chosen.missing.includes('email');
if (emailMissing) deps.log.warn('messages.no_transport', { channels: chosen.missing });
deps.log.info('messages.sender_started', { transports: chosen.transports.map((t) => t.name) });
const sender = startSender(deps, {
  transports: chosen.transports,
  messageIdDomain: chosen.messageIdDomain,
});

const app = createApp(deps);
const pidFile = join(env.DATA_DIR, PID_FILE);
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  // `restore` refuses while this file names a live process.
  writeFileSync(pidFile, String(process.pid));
  deps.log.info('server.listening', { port: info.port });
  const publicBase = env.HEARD_PUBLIC_URL ?? `http://localhost:${info.port}`;
  const lines = [
    '',
    'Heard is running.',
    `  Journey (full page):   ${publicBase}/tell/${DEMO_SITE_KEY}`,
    `  Health:                ${publicBase}/healthz`,
    ...(demoHostOrigins.length > 0
      ? [
          `  Demo council page:     http://127.0.0.1:${env.DEMO_HOST_PORT}/  (the snippet, in a dialog)`,
          `  Demo inline page:      http://127.0.0.1:${env.DEMO_HOST_PORT}/tell-us`,
          `  Demo Board views:      http://127.0.0.1:${env.DEMO_HOST_PORT}/safeguarding-board`,
        ]
      : []),
    `  Admin:                 ${publicBase}/admin`,
    ...(bootstrap.kind === 'link'
      ? [
          '',
          ...(bootstrap.reason ? [`  HEARD_ADMIN_PASSWORD was not used: ${bootstrap.reason}`] : []),
          '  No staff accounts yet. Create the first admin with this one-time link (72 hours):',
          `  ${bootstrap.url}`,
        ]
      : []),
    `  Data:                  ${env.DATA_DIR}`,
    ...(emailMissing ? ['', `  ${NO_WAY_TO_SEND}`] : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  // A second origin, so the embed is genuinely cross-origin as on a partner's site (issue 3).
  if (demoHostOrigins.length > 0) {
    startDemoHost({ port: env.DEMO_HOST_PORT, heardOrigin: publicBase, siteKey: DEMO_SITE_KEY })
      .then((host) => {
        stopDemoHost = host.close;
      })
      .catch((error: Error) =>
        deps.log.warn('demo.host_not_started', { port: env.DEMO_HOST_PORT, name: error.name }),
      );
  }
});

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  deps.log.info('server.stopping', { signal });
  stopRetention();
  stopAlertJobs();
  void stopDemoHost();
  rmSync(pidFile, { force: true });
  server.close(() => {
    // The message in flight finishes (or fails) and is recorded before the database closes.
    void sender
      .stop()
      .then(() => Promise.all(chosen.transports.map((t) => t.close?.())))
      .catch(() => undefined)
      .then(() => deps.close())
      .then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
