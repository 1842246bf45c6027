import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { makePrivateFile, makePrivateFolder } from '../data-folder-modes.ts';

/** Row counts and a content hash of one database, used to compare a backup with its source. */
export type BackupSummary = {
  file: string;
  bytes: number;
  pages: number;
  tables: Record<string, number>;
};

/**
 * Runs `PRAGMA integrity_check` on a database file opened read-only; returns the problems
 * (empty when the file is sound). Never writes to the file.
 */
export function checkDatabaseFile(file: string): string[] {
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const hasStories = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'story'")
      .get();
    if (problems.length === 0 && !hasStories) problems.push('it is not a Heard database');
    return problems;
  } catch (error) {
    return [(error as Error).message];
  } finally {
    sqlite?.close();
  }
}

/** Counts the rows of every table, for the summary a backup or restore prints. */
export function countRows(sqlite: SQLite.Database): Record<string, number> {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (
        sqlite.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as {
          n: number;
        }
      ).n,
    ]),
  );
}

/**
 * Backs up a live database through SQLite's online backup API (never a file copy: a copy of a
 * live WAL database misses the rows still in the WAL — docs/stack-notes.md lost 1,925 that way). Writes
 * to a temporary file beside the target, checks its integrity, then renames it into place, so a
 * failed backup never leaves a half-written file under the target's name.
 */
export async function backupDatabase(
  sqlite: SQLite.Database,
  target: string,
): Promise<BackupSummary> {
  const temporary = join(dirname(target), `.${Date.now()}-${process.pid}.heard-backup.tmp`);
  // A backup holds everything the database does: 0600, in a 0700 folder if Heard makes it.
  makePrivateFolder(dirname(target));
  makePrivateFile(temporary);
  try {
    await sqlite.backup(temporary);
    const problems = checkDatabaseFile(temporary);
    if (problems.length > 0) {
      throw new Error(`The backup failed its integrity check: ${problems.slice(0, 3).join('; ')}`);
    }
    renameSync(temporary, target);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
  const copy = new SQLite(target, { readonly: true });
  try {
    return {
      file: target,
      bytes: statSync(target).size,
      pages: copy.pragma('page_count', { simple: true }) as number,
      tables: countRows(copy),
    };
  } finally {
    copy.close();
  }
}
