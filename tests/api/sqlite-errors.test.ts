import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  constraintViolated,
  isDiskFull,
  isStorageFailure,
  isStorageUnavailable,
} from '../../db/sqlite-errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'heard-sqlite-errors-'));
const db = new Database(join(dir, 'errors.db'));
db.pragma('foreign_keys = ON');
db.exec(`create table parent (id integer primary key, key text not null unique);
  create table child (id integer primary key, parent_id integer not null references parent(id),
    n integer check (n > 0));
  insert into parent (id, key) values (1, 'a');`);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The error a real write raises. */
function errorOf(statement: string): unknown {
  try {
    db.exec(statement);
  } catch (error) {
    return error;
  }
  throw new Error(`no error from: ${statement}`);
}

describe('SQLite errors, classified by code', () => {
  it('names the constraint each real write broke', () => {
    expect(constraintViolated(errorOf(`insert into parent (id, key) values (2, 'a')`))).toBe(
      'unique',
    );
    expect(constraintViolated(errorOf(`insert into parent (id, key) values (1, 'b')`))).toBe(
      'primary_key',
    );
    expect(constraintViolated(errorOf('insert into child (parent_id, n) values (99, 1)'))).toBe(
      'foreign_key',
    );
    expect(constraintViolated(errorOf('insert into child (parent_id, n) values (1, 0)'))).toBe(
      'check',
    );
    expect(constraintViolated(errorOf('insert into parent (id) values (3)'))).toBe('not_null');
  });

  it('reads the code, never the message', () => {
    // Same words as SQLite's message, but no code: not a constraint violation.
    expect(constraintViolated(new Error('UNIQUE constraint failed: site.key'))).toBeNull();
    expect(isDiskFull(new Error('SQLITE_FULL: database or disk is full'))).toBe(false);
    // A code, whatever the message says, and through a wrapping error's cause.
    const full = Object.assign(new Error('anything'), { code: 'SQLITE_FULL' });
    expect(isDiskFull(full)).toBe(true);
    expect(isDiskFull(new Error('wrapped', { cause: full }))).toBe(true);
    expect(constraintViolated(errorOf('select * from no_such_table'))).toBeNull();
  });

  it('tells storage that is unavailable for now from a broken database', () => {
    const code = (c: string) => Object.assign(new Error('x'), { code: c });
    expect(isStorageUnavailable(code('SQLITE_IOERR_WRITE'))).toBe(true);
    expect(isStorageUnavailable(code('SQLITE_BUSY'))).toBe(true);
    expect(isStorageUnavailable(code('SQLITE_CORRUPT'))).toBe(false);
    expect(isStorageFailure(code('SQLITE_CORRUPT'))).toBe(true);
    expect(isStorageFailure(code('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
    expect(isStorageUnavailable(code('SQLITE_FULLNESS'))).toBe(false);
  });

  it('is the only place in the server that reads SQLite result codes or messages', () => {
    const files = readdirSync('server', { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name));
    const offenders = files.filter((f) =>
      /SQLITE_|constraint failed|disk is full|already exists\/\.test/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
