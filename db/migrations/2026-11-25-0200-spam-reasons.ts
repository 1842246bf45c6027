import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Why a story was quarantined as suspected spam (issue 6): shown to the coordinator who
// releases or rejects it. `[]` for every ordinary story.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('story')
    .addColumn('spam_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('story').dropColumn('spam_reasons').execute();
}
