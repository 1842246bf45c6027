import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../../db/client.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { LOOKUP_KEY_NAME } from '../crypto/reference-lookup.ts';
import { createSealer, loadDataKeys } from '../crypto/sealer.ts';
import { makePrivateFile } from '../data-folder-modes.ts';
import { createLogger } from '../log.ts';
import { runRetention } from '../retention/run-retention.ts';
import { checkDatabaseFile, countRows } from './backup-database.ts';
import { reapplyErasures } from './erasure-ledger.ts';

/** Written by the server while it runs (index.ts); restore refuses while its process lives. */
export const PID_FILE = 'server.pid';

export type RestoreResult = {
  /** Where the database that was replaced now lives, if there was one. */
  previous: string | undefined;
  tables: Record<string, number>;
  /** Stories withdrawn after the backup was taken, withdrawn again. */
  erasuresReapplied: number;
  /** Stories whose words passed the retention period since the backup, removed again. */
  retentionApplied: number;
};

/** Thrown when a restore would be unsafe; nothing has been changed. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** The pid of a Heard server using this data folder, if one is running. */
export function runningServerPid(dataDir: string): number | undefined {
  const file = join(dataDir, PID_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the file.
    return (error as { code?: string }).code === 'EPERM' ? pid : undefined;
  }
}

/** The sealed reference lookup key of a database file, if it has one (read-only). */
function lookupKeyOf(file: string): string | undefined {
  try {
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const row = sqlite
        .prepare('select value_sealed from app_secret where name = ?')
        .get(LOOKUP_KEY_NAME) as { value_sealed: string } | undefined;
      return row?.value_sealed;
    } finally {
      sqlite.close();
    }
  } catch {
    // No such table (a database from before decision 0033) or too damaged to read.
    return undefined;
  }
}

/**
 * Replaces the database in `dataDir` with a backup, safely: refuses while a server runs on this
 * folder; checks the backup's integrity before touching anything; keeps the current database
 * aside as `heard.db.before-restore-<time>` (with its WAL checkpointed in, or beside it if the
 * file is too damaged to open); copies the backup in through SQLite's backup API to a temporary
 * file renamed into place; migrates it; then re-applies the erasure ledger and retention, so a
 * story withdrawn (or past its period) after the backup was taken stays erased.
 */
export async function restoreDatabase(
  dataDir: string,
  backupFile: string,
  options: { retentionMonths: number; now?: Date; dataKey?: string | undefined },
): Promise<RestoreResult> {
  const now = options.now ?? new Date();
  const pid = runningServerPid(dataDir);
  if (pid !== undefined) {
    throw new RestoreRefusedError(
      `Heard is running on this data folder (process ${pid}). Stop it first, then restore.`,
    );
  }
  if (!existsSync(backupFile)) throw new RestoreRefusedError(`There is no file ${backupFile}.`);
  const problems = checkDatabaseFile(backupFile);
  if (problems.length > 0) {
    throw new RestoreRefusedError(
      `The backup ${backupFile} cannot be used: ${problems.slice(0, 3).join('; ')}. Nothing was changed.`,
    );
  }

  const live = join(dataDir, 'heard.db');
  const incoming = join(dataDir, `.heard.db.restoring-${process.pid}`);
  const source = new SQLite(backupFile, { readonly: true });
  makePrivateFile(incoming);
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }

  const inheritedLookupKey = existsSync(live) ? lookupKeyOf(live) : undefined;
  let previous: string | undefined;
  if (existsSync(live)) {
    previous = `${live}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    try {
      // Fold the WAL into the file so the kept copy is one self-contained file.
      const current = new SQLite(live);
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.close();
    } catch {
      // Too damaged to open: keep its WAL and shared-memory files beside it instead.
    }
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(live + suffix)) renameSync(live + suffix, previous + suffix);
    }
  }
  renameSync(incoming, live);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(live + suffix)) rmSync(live + suffix);
  }

  const opened = openDatabase(live, { checkIntegrity: true });
  try {
    // A backup from before references were hashed is converted now, with the replaced
    // database's lookup key, so the erasure ledger's newer lines still match it (decision 0033).
    const applied = await migrateToLatest(opened.db, {
      sealer: () => createSealer(loadDataKeys(dataDir, options.dataKey)),
      inheritedLookupKey,
    });
    if (applied.length > 0) opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const erasuresReapplied = await reapplyErasures(opened.db, dataDir, now);
    const retention = await runRetention(
      { db: opened.db, log: createLogger('silent') },
      { months: options.retentionMonths, now },
    );
    return {
      previous,
      tables: countRows(opened.sqlite),
      erasuresReapplied,
      retentionApplied: retention.anonymised.length,
    };
  } finally {
    await opened.close();
  }
}
