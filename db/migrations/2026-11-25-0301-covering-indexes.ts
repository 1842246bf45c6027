import type { Kysely } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 5 (measured at 100,000 stories): story rows carry sealed text and consent rows the exact
// wording shown, so reading them row by row is I/O-bound. Covering indexes let the measures and
// the library's consent check read narrow index pages only (docs/decisions/0072-...).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('story_board_received').execute();
  await db.schema
    .createIndex('story_measures')
    .on('story')
    .columns([
      'board_id',
      'received_at',
      'status',
      'respondent',
      'site_id',
      'asked_outcomes',
      'outcome_achieved',
      'feel_safer',
      'exp_listened',
      'exp_involved',
      'exp_dignity',
      'exp_informed',
      'exp_understood_roles',
      'exp_shared_when_needed',
    ])
    .execute();
  await db.schema
    .createIndex('consent_current')
    .on('consent')
    .columns(['story_id', 'purpose', 'granted', 'withdrawn_at', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('consent_current').execute();
  await db.schema.dropIndex('story_measures').execute();
  await db.schema
    .createIndex('story_board_received')
    .on('story')
    .columns(['board_id', 'received_at'])
    .execute();
}
