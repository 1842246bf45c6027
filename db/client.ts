import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { makePrivateFile, makePrivateFolder } from '../server/data-folder-modes.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type OpenedDatabase = {
  db: Db;
  /** The underlying connection, for pragmas, backups and checks Kysely does not cover. */
  sqlite: SQLite.Database;
  close: () => Promise<void>;
};

/** Thrown when the database file fails its integrity check: Heard never overwrites it. */
export class DatabaseIntegrityError extends Error {
  override name = 'DatabaseIntegrityError';
}

/**
 * Opens (creating if needed) the SQLite database with the settings Heard relies on:
 * WAL so readers never block the writer; `synchronous=FULL` so an acknowledged story survives a
 * power cut, not only a crash (docs/stack-notes.md: ~2,350 durable inserts/s here); foreign keys on;
 * a busy timeout so a CLI command and the server can share the file; and `secure_delete` so
 * withdrawn text is overwritten, not left readable in free pages.
 * With `checkIntegrity`, refuses to open a damaged file rather than risk making it worse.
 */
export function openDatabase(
  filename: string,
  options: { checkIntegrity?: boolean; readonly?: boolean } = {},
): OpenedDatabase {
  if (filename !== ':memory:') {
    // Private from the start: 0700 folder, 0600 file, and so a 0600 WAL (issue 12, finding 9).
    makePrivateFolder(dirname(filename));
  }
  if (options.checkIntegrity && filename !== ':memory:' && existsSync(filename)) {
    // Checked on a read-only connection first: a read-write one could change a damaged file
    // (setting WAL mode writes its header; closing checkpoints the WAL into it).
    const problems = integrityProblems(filename);
    if (problems.length > 0) throw new DatabaseIntegrityError(refusal(filename, problems));
  }
  if (filename !== ':memory:' && !options.readonly) makePrivateFile(filename);
  const sqlite = new SQLite(filename, { readonly: options.readonly ?? false });
  try {
    applyPragmas(sqlite, options);
  } catch (error) {
    sqlite.close();
    if (isCorruption(error)) {
      throw new DatabaseIntegrityError(refusal(filename, [(error as Error).message]));
    }
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite, close: () => db.destroy() };
}

const isCorruption = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
};

/** `PRAGMA integrity_check` on a read-only connection: the problems found, or none. */
export function integrityProblems(filename: string): string[] {
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(filename, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (error) {
    if (isCorruption(error)) return [(error as Error).message];
    throw error;
  } finally {
    sqlite?.close();
  }
}

function refusal(filename: string, problems: string[]): string {
  return `The database ${filename} failed its integrity check (${problems.slice(0, 3).join('; ')}). Heard will not start on it, and has not changed it. Restore from a backup with "npm run heard -- restore FILE", or move the file aside to investigate.`;
}

function applyPragmas(sqlite: SQLite.Database, options: { readonly?: boolean }): void {
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  // 32 MiB of page cache (default 2 MiB): Board library and measures queries at 100,000
  // stories re-read the same pages; well inside the 250 MB memory budget.
  sqlite.pragma('cache_size = -32768');
}

/** Proves the database answers with a cheap read (the health check); throws when it does not. */
export function pingDatabase(sqlite: SQLite.Database): void {
  sqlite.prepare('select 1').get();
}
