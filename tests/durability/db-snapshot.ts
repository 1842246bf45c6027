import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';

/** Row counts and a SHA-256 of every row of every table, to compare two databases exactly. */
export type Snapshot = { counts: Record<string, number>; hashes: Record<string, string> };

export function snapshot(
  source: string | SQLite.Database,
  options: { maxStoryId?: number } = {},
): Snapshot {
  const sqlite = typeof source === 'string' ? new SQLite(source, { readonly: true }) : source;
  try {
    const tables = (
      sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const counts: Record<string, number> = {};
    const hashes: Record<string, string> = {};
    for (const table of tables) {
      // Some tables are WITHOUT ROWID: compare rows as a sorted set instead of in rowid order.
      const rows = sqlite.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
      const kept =
        options.maxStoryId === undefined
          ? rows
          : rows.filter((r) => {
              const id = table === 'story' ? r.id : r.story_id;
              return typeof id !== 'number' || id <= (options.maxStoryId as number);
            });
      counts[table] = kept.length;
      const lines = kept.map((r) => JSON.stringify(r)).sort();
      hashes[table] = createHash('sha256').update(lines.join('\n')).digest('hex');
    }
    return { counts, hashes };
  } finally {
    if (typeof source === 'string') sqlite.close();
  }
}

export function integrity(file: string): string {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return sqlite.pragma('integrity_check', { simple: true }) as string;
  } finally {
    sqlite.close();
  }
}
