import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 13: a story whose teller asked to check it before use ("contact_check") cannot be
// approved until a coordinator records that the check happened, or that the person could not be
// reached after attempts and what was decided. One row per record; the latest counts. What the
// person said and what was decided may identify people, so both are sealed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('storyteller_check')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('attempts', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note_sealed', 'text')
    .addColumn('decision_sealed', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('storyteller_check_story')
    .on('storyteller_check')
    .column('story_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('storyteller_check').execute();
}
