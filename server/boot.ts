import { join, resolve } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { AppConfig, Deps } from './app-env.ts';
import { createSealer, loadDataKeys } from './crypto/sealer.ts';
import { tightenDataFolder } from './data-folder-modes.ts';
import type { Env } from './env.ts';
import { createLogger, type Logger } from './log.ts';

export const DIST_DIR = resolve(import.meta.dirname, '..', 'dist');

/**
 * Opens the database (refusing a damaged one), runs migrations and loads the data keys:
 * everything the server and the CLI share. The caller owns `close()`.
 */
export async function boot(
  env: Env,
  options: { log?: Logger } = {},
): Promise<Deps & { close: () => Promise<void> }> {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  for (const problem of tightenDataFolder(env.DATA_DIR)) {
    log.warn('data_dir.mode_not_changed', { problem });
  }
  const opened = openDatabase(env.databaseFile, { checkIntegrity: true });
  const sealer = createSealer(loadDataKeys(env.DATA_DIR, env.HEARD_DATA_KEY));
  const applied = await migrateToLatest(opened.db, { sealer: () => sealer });
  // A migration that dropped plain values (decision 0033) leaves their old pages in the WAL
  // until a checkpoint: fold it in now, before the server writes anything else.
  if (applied.length > 0) opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const config: AppConfig = {
    publicUrl: env.HEARD_PUBLIC_URL,
    linkBase: env.HEARD_PUBLIC_URL ?? listenOrigin(env.HOST, env.PORT),
    requireTwoFactor: env.HEARD_REQUIRE_2FA,
    trustProxy: env.HEARD_TRUST_PROXY,
    rateLimit: {
      perAddressPerHour: env.HEARD_RATE_LIMIT_PER_ADDRESS,
      perSitePerHour: env.HEARD_RATE_LIMIT_PER_SITE,
    },
    retentionMonths: env.HEARD_RETENTION_MONTHS,
    dataDir: env.DATA_DIR,
    chromiumPath: env.CHROMIUM_PATH,
    distDir: DIST_DIR,
  };
  return {
    db: opened.db,
    sqlite: opened.sqlite,
    sealer,
    log,
    config,
    now: () => new Date(),
    close: opened.close,
  };
}

/**
 * http://HOST:PORT as a browser would type it: loopback and wildcard addresses as localhost (as
 * the start-up message prints them).
 */
export function listenOrigin(host: string, port: number): string {
  const local = ['', '0.0.0.0', '::', '127.0.0.1', '::1'];
  const name = local.includes(host) ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

export const databasePath = (dataDir: string) => join(dataDir, 'heard.db');
