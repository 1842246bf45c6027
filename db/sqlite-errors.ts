/**
 * What a SQLite error means, read from better-sqlite3's `err.code` (`SQLITE_CONSTRAINT_UNIQUE`,
 * `SQLITE_FULL`, `SQLITE_IOERR_WRITE`…), never from its message: messages are English prose that
 * SQLite may reword, and a message can echo data. The one place that classifies them, for the
 * app's error handler, the stories route, the story writer and the admin routes.
 */

/** The constraint a write broke. */
export type ConstraintKind =
  | 'unique'
  | 'primary_key'
  | 'foreign_key'
  | 'check'
  | 'not_null'
  | 'other';

const CONSTRAINT_KIND: Readonly<Record<string, ConstraintKind>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'primary_key',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
};

/** The SQLite result code of an error (or of its `cause`), if it has one. */
export function sqliteCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** True when `code` is `base` or one of its extended codes (`SQLITE_IOERR` → `SQLITE_IOERR_WRITE`). */
const isCode = (code: string | undefined, bases: readonly string[]) =>
  code !== undefined && bases.some((b) => code === b || code.startsWith(`${b}_`));

/** The constraint a failed write broke, or null when the error is not a constraint violation. */
export function constraintViolated(error: unknown): ConstraintKind | null {
  const code = sqliteCode(error);
  if (!isCode(code, ['SQLITE_CONSTRAINT']) || code === undefined) return null;
  return CONSTRAINT_KIND[code] ?? 'other';
}

/** The disk is full: nothing was saved, and trying later may work. */
export function isDiskFull(error: unknown): boolean {
  return isCode(sqliteCode(error), ['SQLITE_FULL']);
}

/**
 * "Not now" rather than "never": full disk, busy or failing storage. The stories route answers
 * 503 with Retry-After, since the transaction rolled back and the journey may send again.
 */
export function isStorageUnavailable(error: unknown): boolean {
  return isCode(sqliteCode(error), [
    'SQLITE_FULL',
    'SQLITE_BUSY',
    'SQLITE_LOCKED',
    'SQLITE_IOERR',
    'SQLITE_READONLY',
    'SQLITE_CANTOPEN',
  ]);
}

/**
 * About the database as a whole, not one write: what is unavailable, plus corruption and
 * running out of memory. The story writer fails the whole batch on these rather than retrying
 * each story alone.
 */
export function isStorageFailure(error: unknown): boolean {
  return (
    isStorageUnavailable(error) || isCode(sqliteCode(error), ['SQLITE_CORRUPT', 'SQLITE_NOMEM'])
  );
}
