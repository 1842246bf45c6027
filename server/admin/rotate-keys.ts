import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import {
  createSealer,
  KEY_FILE,
  keyId,
  loadDataKeys,
  OLD_KEYS_FILE,
  type Sealer,
} from '../crypto/sealer.ts';

/**
 * Every sealed column in the database, found from the schema itself so a column another part
 * adds later is rotated too. Convention (decision 0030): a value in `<table>.<name>_sealed` is
 * sealed with the purpose `<table>.<name>`.
 */
export function sealedColumns(
  sqlite: SQLite.Database,
): { table: string; column: string; purpose: string }[] {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'",
    )
    .all() as { name: string }[];
  const out: { table: string; column: string; purpose: string }[] = [];
  for (const { name } of tables) {
    const columns = sqlite.prepare(`pragma table_info("${name.replace(/"/g, '""')}")`).all() as {
      name: string;
    }[];
    for (const c of columns) {
      if (c.name.endsWith('_sealed'))
        out.push({
          table: name,
          column: c.name,
          purpose: `${name}.${c.name.slice(0, -'_sealed'.length)}`,
        });
    }
  }
  return out;
}

/**
 * Re-seals, in one transaction, every value not sealed with the sealer's current key. A value
 * that does not open (unknown key, wrong purpose) stops the whole run with the column named,
 * and nothing changes. Returns how many values were re-sealed per column.
 */
export function resealAll(sqlite: SQLite.Database, sealer: Sealer): Record<string, number> {
  const counts: Record<string, number> = {};
  const run = sqlite.transaction(() => {
    for (const { table, column, purpose } of sealedColumns(sqlite)) {
      const rows = sqlite
        .prepare(
          `select rowid as rid, "${column}" as value from "${table}" where "${column}" is not null`,
        )
        .all() as { rid: number; value: string }[];
      const update = sqlite.prepare(`update "${table}" set "${column}" = ? where rowid = ?`);
      let n = 0;
      for (const row of rows) {
        if (!sealer.needsRotation(row.value)) continue;
        let plain: string;
        try {
          plain = sealer.open(row.value, purpose);
        } catch (error) {
          throw new Error(
            `A value in ${table}.${column} (row ${row.rid}) could not be opened: ${(error as Error).message}. Nothing was changed.`,
          );
        }
        update.run(sealer.seal(plain, purpose), row.rid);
        n++;
      }
      counts[`${table}.${column}`] = n;
    }
  });
  run.immediate();
  return counts;
}

/**
 * Key-file rotation: the current key is appended to heard-data.old-keys (0600) first, then a
 * new key replaces heard-data.key atomically, and only then are values re-sealed. A crash at
 * any point leaves every value openable (old values by the old key, new ones by the new key).
 */
export function rotateKeyFile(dataDir: string): { oldKeyId: string; newKeyId: string } {
  const keyFile = join(dataDir, KEY_FILE);
  if (!existsSync(keyFile)) throw new Error(`There is no key file ${keyFile} to rotate.`);
  const current = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
  const oldFile = join(dataDir, OLD_KEYS_FILE);
  appendFileSync(oldFile, `${current.toString('base64')}\n`, { mode: 0o600 });
  chmodSync(oldFile, 0o600);
  const next = randomBytes(32);
  const temp = `${keyFile}.new`;
  writeFileSync(temp, `${next.toString('base64')}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, keyFile);
  return { oldKeyId: keyId(current), newKeyId: keyId(next) };
}

/** Loads the keys as the server would and re-seals everything with the current one. */
export function resealWithLoadedKeys(sqlite: SQLite.Database, dataDir: string, envKey?: string) {
  const sealer = createSealer(loadDataKeys(dataDir, envKey));
  return { currentKeyId: sealer.currentKeyId, counts: resealAll(sqlite, sealer) };
}
