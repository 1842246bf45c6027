import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 13: "Is anyone hurting you or putting you at risk now?" (yes | no | not_sure). Null for
// stories told before the question existed, and for clients that do not send it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('story').addColumn('at_risk_now', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('story').dropColumn('at_risk_now').execute();
}
