import { createHash, createHmac, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 12, finding 9: references were stored in plain text, so anyone holding a stolen backup
// could withdraw stories or change consents. From here on `reference` holds only a keyed hash
// (HMAC-SHA256 under a random lookup key sealed under the data key in `app_secret`), and the
// Idempotency-Key row keeps the reference sealed so a retried post still gets its reference back.
// Existing rows are hashed and the plain codes dropped (decision 0033). The hashing is repeated
// here rather than imported, so this migration never changes when server code does.

const KEY_NAME = 'reference_lookup';
const KEY_PURPOSE = 'app_secret.value';
const hmac = (key: Buffer, code: string) =>
  createHmac('sha256', key).update(`heard-reference:${code}`).digest('base64url');
const legacyLedgerHash = (code: string) =>
  createHash('sha256').update(`heard-reference:${code}`).digest('hex');

export async function up(db: Kysely<any>, context: MigrationContext = {}): Promise<void> {
  await db.schema
    .createTable('app_secret')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value_sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('idempotency_key').addColumn('reference_sealed', 'text').execute();

  const rows = (
    await sql<{
      code: string;
      story_id: number;
      issued_at: string;
    }>`select code, story_id, issued_at from reference order by story_id`.execute(db)
  ).rows;

  let key: Buffer | undefined;
  if (rows.length > 0 || context.inheritedLookupKey) {
    const sealer = context.sealer?.();
    if (!sealer) {
      throw new Error(
        'Converting stored references to keyed hashes needs the data key; run this through Heard (npm start, or npm run heard -- migrate).',
      );
    }
    // On a restore, the replaced database's key is kept, so references and erasure-ledger
    // lines written since the upgrade still match in this older copy.
    const sealedKey =
      context.inheritedLookupKey ?? sealer.seal(randomBytes(32).toString('base64'), KEY_PURPOSE);
    key = Buffer.from(sealer.open(sealedKey, KEY_PURPOSE), 'base64');
    await sql`insert into app_secret (name, value_sealed) values (${KEY_NAME}, ${sealedKey})`.execute(
      db,
    );
    const keys = (
      await sql<{
        rowid: number;
        code: string;
      }>`select i.rowid as rowid, r.code as code from idempotency_key i join reference r on r.story_id = i.story_id`.execute(
        db,
      )
    ).rows;
    for (const k of keys) {
      await sql`update idempotency_key set reference_sealed = ${sealer.seal(k.code, 'idempotency_key.reference')} where rowid = ${k.rowid}`.execute(
        db,
      );
    }
  }

  await sql`create table reference_hashed (
    code_hash text primary key,
    story_id integer not null unique references story(id) on delete cascade,
    issued_at text not null)`.execute(db);
  for (let i = 0; i < rows.length; i += 300) {
    const batch = rows.slice(i, i + 300);
    await sql`insert into reference_hashed (code_hash, story_id, issued_at) values ${sql.join(
      batch.map((r) => sql`(${hmac(key as Buffer, r.code)}, ${r.story_id}, ${r.issued_at})`),
    )}`.execute(db);
  }
  // secure_delete (db/client.ts) zeroes the dropped table's pages, so the codes leave the file.
  await sql`drop table reference`.execute(db);
  await sql`alter table reference_hashed rename to reference`.execute(db);

  if (key) await carryLedger(db, rows, key);
}

/**
 * Erasure-ledger lines written before this migration hold an unkeyed SHA-256 of the reference,
 * which can no longer be matched once the codes are gone. While they still are here, each such
 * line gets a twin with the keyed hash, so restores keep re-applying those withdrawals.
 */
async function carryLedger(
  db: Kysely<any>,
  rows: { code: string; story_id: number }[],
  key: Buffer,
): Promise<void> {
  const { rows: files } = await sql<{
    file: string;
  }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = files[0]?.file;
  if (!file) return;
  const ledger = join(dirname(file), 'erasures.jsonl');
  if (!existsSync(ledger)) return;
  const hashes = new Set<string>();
  for (const line of readFileSync(ledger, 'utf8').split('\n')) {
    try {
      const entry = JSON.parse(line) as { referenceHash?: unknown };
      if (typeof entry.referenceHash === 'string') hashes.add(entry.referenceHash);
    } catch {
      // A torn last line: its withdrawal never committed.
    }
  }
  const lines: string[] = [];
  for (const row of rows) {
    const keyed = hmac(key, row.code);
    if (!hashes.has(legacyLedgerHash(row.code)) || hashes.has(keyed)) continue;
    lines.push(
      JSON.stringify({
        at: new Date().toISOString(),
        kind: 'withdrawal',
        storyId: row.story_id,
        referenceHash: keyed,
      }),
    );
  }
  if (lines.length > 0) appendFileSync(ledger, `${lines.join('\n')}\n`, { mode: 0o600 });
}

export async function down(): Promise<void> {
  throw new Error('References are stored only as keyed hashes now; the plain codes cannot return.');
}
