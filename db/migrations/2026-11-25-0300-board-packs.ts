import { type Kysely, sql } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 5: measures indexes, the library's full-text index over curated text (never the sealed
// original), Board packs (draft → issued, with a frozen snapshot), and "You said, we did".

export async function up(db: Kysely<any>): Promise<void> {
  // Measures read a Board's stories by received date (a year at 100,000 stories in ≤ 200 ms).
  await db.schema
    .createIndex('story_board_received')
    .on('story')
    .columns(['board_id', 'received_at'])
    .execute();

  // External-content FTS5: the index holds tokens of curated_story's title, summary and text
  // only; triggers keep it in step, so a withdrawn story's deleted text leaves the index too.
  await sql`create virtual table curated_story_fts using fts5(
    title, summary, text,
    content='curated_story', content_rowid='story_id',
    tokenize='porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger curated_story_fts_insert after insert on curated_story begin
    insert into curated_story_fts(rowid, title, summary, text)
      values (new.story_id, new.title, new.summary, new.text);
  end`.execute(db);
  await sql`create trigger curated_story_fts_delete after delete on curated_story begin
    insert into curated_story_fts(curated_story_fts, rowid, title, summary, text)
      values ('delete', old.story_id, old.title, old.summary, old.text);
  end`.execute(db);
  await sql`create trigger curated_story_fts_update after update of title, summary, text
    on curated_story begin
    insert into curated_story_fts(curated_story_fts, rowid, title, summary, text)
      values ('delete', old.story_id, old.title, old.summary, old.text);
    insert into curated_story_fts(rowid, title, summary, text)
      values (new.story_id, new.title, new.summary, new.text);
  end`.execute(db);
  await sql`insert into curated_story_fts(curated_story_fts) values ('rebuild')`.execute(db);

  await db.schema
    .createTable('pack')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('priorities', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('principles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('caveats', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('user.id'))
    .addColumn('issued_at', 'text')
    .addColumn('snapshot', 'text')
    .execute();
  await db.schema.createIndex('pack_board').on('pack').columns(['board_id', 'status']).execute();
  // An issued pack is the record: the database refuses to change or delete it.
  await sql`create trigger pack_issued_frozen before update on pack
    when old.status = 'issued' begin select raise(abort, 'an issued pack cannot change'); end`.execute(
    db,
  );
  await sql`create trigger pack_issued_kept before delete on pack
    when old.status = 'issued' begin select raise(abort, 'an issued pack is kept'); end`.execute(
    db,
  );

  await db.schema
    .createTable('pack_story')
    .addColumn('pack_id', 'integer', (c) => c.notNull().references('pack.id').onDelete('cascade'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('tells_us', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('pack_story_pk', ['pack_id', 'story_id'])
    .execute();
  await db.schema.createIndex('pack_story_story').on('pack_story').column('story_id').execute();

  await db.schema
    .createTable('pack_note')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pack_id', 'integer', (c) => c.notNull().references('pack.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('board_action')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('board_id', 'integer', (c) => c.notNull().references('board.id'))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('people_said', 'text', (c) => c.notNull())
    .addColumn('board_will_do', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('status_reason', 'text')
    .addColumn('measures', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('board_action_board')
    .on('board_action')
    .columns(['board_id', 'published'])
    .execute();

  await db.schema
    .createTable('board_action_story')
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('board_action.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('board_action_story_pk', ['action_id', 'story_id'])
    .execute();

  // People who asked to hear back, to be told when an action linked to their story changes.
  await db.schema
    .createTable('action_to_tell')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('board_action.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('told_at', 'text')
    .addColumn('told_by', 'integer', (c) => c.references('user.id'))
    .execute();
  await db.schema
    .createIndex('action_to_tell_open')
    .on('action_to_tell')
    .columns(['told_at', 'action_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'action_to_tell',
    'board_action_story',
    'board_action',
    'pack_note',
    'pack_story',
    'pack',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop table curated_story_fts`.execute(db);
  await db.schema.dropIndex('story_board_received').execute();
}
