import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 13: one durable outbox. A message is written in the same transaction as the event that
// causes it (an urgent story, a status change) and delivered later by the background sender, so a
// crash between the two loses nothing. `dedupe_key` is unique: each event reaches each recipient
// once. Recipients are resolved when sending (a staff account, the Board's duty inbox, the
// storyteller's contact), so a disabled account or a withdrawn story gets nothing; an address typed
// for one message only is sealed and cleared once sent.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('message')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('board_id', 'integer', (c) => c.references('board.id'))
    .addColumn('story_id', 'integer', (c) => c.references('story.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('recipient_user_id', 'integer', (c) => c.references('user.id'))
    .addColumn('recipient_sealed', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('body_sealed', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hold_until', 'text')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('transport', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('stopped_by', 'integer', (c) => c.references('user.id'))
    .addColumn('stopped_at', 'text')
    .execute();
  await db.schema
    .createIndex('message_due')
    .on('message')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('message_story').on('message').column('story_id').execute();

  // Per-Board alerting: where urgent stories also go, how soon one must be checked, and when
  // the Board works. No row means the defaults (4 working hours, Monday to Friday 09:00-17:00).
  await db.schema
    .createTable('board_alerting')
    .addColumn('board_id', 'integer', (c) =>
      c.primaryKey().references('board.id').onDelete('cascade'),
    )
    .addColumn('duty_email', 'text')
    .addColumn('response_hours', 'integer', (c) => c.notNull().defaultTo(4))
    .addColumn('working_days', 'text', (c) => c.notNull().defaultTo('[1,2,3,4,5]'))
    .addColumn('day_starts', 'text', (c) => c.notNull().defaultTo('09:00'))
    .addColumn('day_ends', 'text', (c) => c.notNull().defaultTo('17:00'))
    .addColumn('bank_holidays', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('webhook_url', 'text')
    .addColumn('webhook_secret_sealed', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Each coordinator may turn their daily digest off.
  await db.schema
    .alterTable('user')
    .addColumn('daily_digest', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // How a storyteller who asked to hear back wants messages worded: `neutral` (the default)
  // never mentions abuse or safeguarding in the sender or subject; `named` says it is about
  // the story they told. Older contacts are neutral.
  await db.schema
    .alterTable('contact')
    .addColumn('message_wording', 'text', (c) => c.notNull().defaultTo('neutral'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contact').dropColumn('message_wording').execute();
  await db.schema.alterTable('user').dropColumn('daily_digest').execute();
  await db.schema.dropTable('board_alerting').execute();
  await db.schema.dropTable('message').execute();
}
