import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data folder holds the database, its WAL, the data key and the erasure ledger: readable by
 * Heard's own account only. Files are made 0600 and folders 0700 when Heard creates them (a
 * file is created empty with that mode before SQLite opens it, and SQLite gives the WAL and
 * shared-memory files the database file's mode), and `tightenDataFolder` corrects a folder made
 * by an older version, which left the database 0644 in a 0755 folder (docs/operations.md).
 */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/** Files in the data folder that hold data or keys (the pid file holds neither). */
const DATA_FILES = [
  'heard.db',
  'heard.db-wal',
  'heard.db-shm',
  'heard-data.key',
  'heard-data.old-keys',
  'erasures.jsonl',
];

/** Creates a folder (and its missing parents) readable only by this account. */
export function makePrivateFolder(folder: string): void {
  if (existsSync(folder)) return;
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  chmodSync(folder, PRIVATE_FOLDER);
}

/**
 * Creates `file` empty with mode 0600 if it does not exist, so SQLite (which would create it
 * 0644 under the usual umask) opens a private file, and writes its WAL with the same mode.
 */
export function makePrivateFile(file: string): void {
  if (existsSync(file)) return;
  closeSync(openSync(file, 'a', PRIVATE_FILE));
  chmodSync(file, PRIVATE_FILE);
}

/**
 * Sets the data folder to 0700 and every data file in it to 0600; run at every start. Returns
 * what could not be changed (a folder owned by another account, say) so the caller can warn,
 * rather than refusing to start on a folder that worked yesterday.
 */
export function tightenDataFolder(dataDir: string): string[] {
  makePrivateFolder(dataDir);
  const problems: string[] = [];
  const tighten = (path: string, mode: number) => {
    try {
      chmodSync(path, mode);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  };
  tighten(dataDir, PRIVATE_FOLDER);
  for (const name of DATA_FILES) {
    const file = join(dataDir, name);
    if (existsSync(file)) tighten(file, PRIVATE_FILE);
  }
  return problems;
}
