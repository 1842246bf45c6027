import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('board')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partner')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partner.id'))
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('safeguarding_contact_name', 'text', (c) => c.notNull())
    .addColumn('safeguarding_phone', 'text')
    .addColumn('safeguarding_url', 'text')
    .addColumn('emergency_text', 'text')
    .addColumn('quick_exit_url', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('["en"]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('person_knows', 'text')
    .addColumn('support_reason', 'text', (c) => c.notNull())
    .addColumn('finished', 'text', (c) => c.notNull())
    .addColumn('asked_outcomes', 'text', (c) => c.notNull())
    .addColumn('wanted_outcome_sealed', 'text')
    .addColumn('outcome_achieved', 'text')
    .addColumn('feel_safer', 'text', (c) => c.notNull())
    .addColumn('exp_listened', 'text', (c) => c.notNull())
    .addColumn('exp_involved', 'text', (c) => c.notNull())
    .addColumn('exp_dignity', 'text', (c) => c.notNull())
    .addColumn('exp_informed', 'text', (c) => c.notNull())
    .addColumn('exp_understood_roles', 'text', (c) => c.notNull())
    .addColumn('exp_shared_when_needed', 'text', (c) => c.notNull())
    .addColumn('help_to_have_say', 'text', (c) => c.notNull())
    .addColumn('harm_kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('location', 'text')
    .addColumn('story_sealed', 'text')
    .addColumn('helped_most_sealed', 'text')
    .addColumn('should_change_sealed', 'text')
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('urgent_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('story_queue')
    .on('story')
    .columns(['board_id', 'status', 'urgent', 'received_at'])
    .execute();
  await db.schema.createIndex('story_site').on('story').column('site_id').execute();

  await db.schema
    .createTable('consent')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('wording_version', 'text', (c) => c.notNull())
    .addColumn('wording_text', 'text', (c) => c.notNull())
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addUniqueConstraint('consent_story_purpose', ['story_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('contact')
    .addColumn('story_id', 'integer', (c) =>
      c.primaryKey().references('story.id').onDelete('cascade'),
    )
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('name_sealed', 'text')
    .addColumn('email_sealed', 'text')
    .addColumn('phone_sealed', 'text')
    .addColumn('safe_to_leave_message', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reference')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'integer', (c) =>
      c.notNull().unique().references('story.id').onDelete('cascade'),
    )
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('idempotency_key')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_key_pk', ['site_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['idempotency_key', 'reference', 'contact', 'consent', 'story', 'site']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('partner').execute();
  await db.schema.dropTable('board').execute();
}
