import { type Kysely, sql } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 4: staff accounts, sessions, set-up links, the append-only audit log, moderation state,
// safeguarding checks, curated stories with their tags, and local themes.

export async function up(db: Kysely<any>): Promise<void> {
  // When expireConsents() found a consent past its period (null while current).
  await db.schema.alterTable('consent').addColumn('expired_at', 'text').execute();

  await db.schema
    .createTable('user')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // Stored lower-cased; COLLATE NOCASE makes the unique index case-insensitive as well.
    .addColumn('email', 'text', (c) => c.notNull().unique().modifyEnd(sql`collate nocase`))
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret_sealed', 'text')
    .addColumn('totp_pending_sealed', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('totp_last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_board')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addPrimaryKeyConstraint('user_board_pk', ['user_id', 'board_id'])
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    /** signed_in | totp_required | totp_enrolment_required */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('authenticated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();

  await db.schema
    .createTable('setup_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    /** Null for the bootstrap link, which creates the first admin. */
    .addColumn('user_id', 'integer', (c) => c.references('user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('board_id', 'integer')
    .addColumn('address', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
  await db.schema
    .createIndex('audit_event_object')
    .on('audit_event')
    .columns(['object_type', 'object_id'])
    .execute();
  // Append-only, enforced by the database itself, not only by the absence of routes.
  await sql`create trigger audit_event_no_update before update on audit_event
    begin select raise(abort, 'audit_event is append-only'); end`.execute(db);
  await sql`create trigger audit_event_no_delete before delete on audit_event
    begin select raise(abort, 'audit_event is append-only'); end`.execute(db);

  await db.schema
    .createTable('moderation')
    .addColumn('story_id', 'integer', (c) =>
      c.primaryKey().references('story.id').onDelete('cascade'),
    )
    .addColumn('assigned_user_id', 'integer', (c) => c.references('user.id'))
    .addColumn('rejection_reason', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('user.id'))
    .addColumn('decided_at', 'text')
    .execute();

  await db.schema
    .createTable('safeguarding_check')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('escalated_to_sealed', 'text')
    .addColumn('note_sealed', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('safeguarding_check_story')
    .on('safeguarding_check')
    .column('story_id')
    .execute();

  await db.schema
    .createTable('local_theme')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index local_theme_label on local_theme (board_id, label collate nocase)`.execute(
    db,
  );

  await db.schema
    .createTable('curated_story')
    .addColumn('story_id', 'integer', (c) =>
      c.primaryKey().references('story.id').onDelete('cascade'),
    )
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('redactions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('quotes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('user.id'))
    .addColumn('approved_at', 'text')
    .execute();
  await db.schema
    .createIndex('curated_story_board')
    .on('curated_story')
    .columns(['board_id', 'approved_at'])
    .execute();

  /** One row per tag: kind is principle | wellbeing | harm | msp_step | theme. */
  await db.schema
    .createTable('curated_tag')
    .addColumn('story_id', 'integer', (c) =>
      c.notNull().references('curated_story.story_id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('curated_tag_pk', ['story_id', 'kind', 'code'])
    .execute();
  await db.schema
    .createIndex('curated_tag_lookup')
    .on('curated_tag')
    .columns(['kind', 'code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'curated_tag',
    'curated_story',
    'local_theme',
    'safeguarding_check',
    'moderation',
    'audit_event',
    'setup_token',
    'session',
    'user_board',
    'user',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('consent').dropColumn('expired_at').execute();
}
