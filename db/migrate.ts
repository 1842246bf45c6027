import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Sealer } from '../server/crypto/sealer.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * What a migration may need besides the database: the data-key sealer, for a migration that must
 * seal or hash existing values (only loaded if such a migration has rows to convert), and, on a
 * restore, the sealed reference lookup key of the database being replaced, so an old backup is
 * converted with the same key (decision 0033).
 */
export type MigrationContext = {
  sealer?: () => Sealer;
  inheritedLookupKey?: string | undefined;
};

type ContextMigration = {
  // biome-ignore lint/suspicious/noExplicitAny: see createMigrator.
  up: (db: Kysely<any>, context: MigrationContext) => Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: see createMigrator.
  down?: (db: Kysely<any>) => Promise<void>;
};

/** Every file in db/migrations, in name order (names start with a sortable date). */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly context: MigrationContext) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d{4}-\d{2}-\d{2}-\d{4}-[\w-]+\.ts$/.test(f))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const m = (await import(pathToFileURL(join(MIGRATIONS_DIR, file)).href)) as ContextMigration;
      migrations[file.replace(/\.ts$/, '')] = {
        up: (db) => m.up(db, this.context),
        ...(m.down ? { down: m.down } : {}),
      };
    }
    return migrations;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped Kysely, as Kysely advises, so that old migrations never depend on today's schema types.
export function createMigrator(db: Kysely<any>, context: MigrationContext = {}): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider(context) });
}

/** Brings the schema up to date; throws with the failing migration's name if one fails. */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: see createMigrator.
  db: Kysely<any>,
  context: MigrationContext = {},
): Promise<string[]> {
  const { error, results } = await createMigrator(db, context).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).map((r) => r.migrationName);
}
