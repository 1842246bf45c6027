import type SQLite from 'better-sqlite3';

/** The columns of a site that receiving a story needs. */
export type StorySite = { id: number; key: string; board_id: number; active: number };

// The site lookup is on every story's path (bench/ measures it): one prepared statement per
// connection, reading only the columns needed, instead of building and compiling the Kysely
// query each time.
const statements = new WeakMap<SQLite.Database, SQLite.Statement<[string], StorySite>>();

/** The site with this key, active or not, for the story API; undefined when there is none. */
export function findStorySite(sqlite: SQLite.Database, key: string): StorySite | undefined {
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[string], StorySite>(
      'select id, key, board_id, active from site where key = ?',
    );
    statements.set(sqlite, statement);
  }
  return statement.get(key);
}
