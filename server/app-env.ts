import type SQLite from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import type { Sealer } from './crypto/sealer.ts';
import type { Logger } from './log.ts';

/** Everything a request handler may use; built once in index.ts, or per test. */
export type Deps = {
  db: Db;
  sqlite: SQLite.Database;
  sealer: Sealer;
  log: Logger;
  config: AppConfig;
  now: () => Date;
};

export type AppConfig = {
  /** Public https URL when behind TLS; undefined on plain-http localhost. */
  publicUrl?: string | undefined;
  /**
   * Base of links Heard hands out (set-up links): HEARD_PUBLIC_URL, else the address it listens
   * on. Never the request's Host header, which whoever sends the request chooses.
   */
  linkBase: string;
  requireTwoFactor: boolean;
  trustProxy: number;
  /** Public story posts per hour: per client address and per site (0 = unlimited, tests only). */
  rateLimit: { perAddressPerHour: number; perSitePerHour: number };
  /** Months before a raw submission's original text is anonymised by retention. */
  retentionMonths: number;
  dataDir: string;
  /** Chromium for PDF packs (CHROMIUM_PATH); unset means /usr/bin/chromium when present. */
  chromiumPath?: string | undefined;
  /** Where built front-end assets live (dist/). */
  distDir: string;
  /**
   * How messages leave Heard (issue 13): the transports configured, e.g. ['smtp']. Missing or
   * empty means none: messages wait in the outbox, and the Messages screen says so.
   */
  messaging?: { transports: string[] } | undefined;
};

export type AppEnv = { Variables: { deps: Deps } };
