import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 13 (decision 0093): a person to tell about an action is also sent the news automatically
// when they may be (their contact route, safe to leave a message). The entry links the message,
// so the coordinator's list shows it was (or will be) sent and only lists people still to be told
// by hand. Null when no automatic message was possible.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('action_to_tell')
    .addColumn('message_id', 'integer', (c) => c.references('message.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('action_to_tell').dropColumn('message_id').execute();
}
