import { type Kysely, sql } from 'kysely';

// Frozen: shipped migrations never change. Add a new file instead.
// Issue 7 (measured at 100,000 stories): deciding "in the library" per search meant joining each
// matching story to its wide story row, its curated row and a consent EXISTS check, and SQLite
// sometimes drove the search from the story side, running the full-text match once per story
// (seconds). library_story stores the answer, kept by triggers in the same transaction as any
// change to the facts it depends on, so no code path (approve, withdraw, edit, delete, restore)
// can leave it stale. Consent expiry is a time, not an event: `until` is the Board-sharing
// consent's expiry, and readers still check `until > now` (docs/decisions/0006-...).

/**
 * Recomputes one story's membership from the one definition in server/moderation/library.ts:
 * approved, with an approved curated story, and a granted, unwithdrawn Board-sharing consent.
 */
const refresh = (storyId: string) => `
    delete from library_story where story_id = ${storyId};
    insert into library_story (story_id, board_id, approved_at, until)
      select s.id, s.board_id, c.approved_at, k.expires_at
      from story s
      join curated_story c on c.story_id = s.id
      join consent k on k.story_id = s.id and k.purpose = 'board_share'
      where s.id = ${storyId} and s.status = 'approved' and c.approved_at is not null
        and k.granted = 1 and k.withdrawn_at is null;`;

const TRIGGERS: [name: string, on: string, storyId: string][] = [
  ['library_story_story_update', 'after update of status, board_id on story', 'new.id'],
  ['library_story_curated_insert', 'after insert on curated_story', 'new.story_id'],
  ['library_story_curated_update', 'after update of approved_at on curated_story', 'new.story_id'],
  ['library_story_curated_delete', 'after delete on curated_story', 'old.story_id'],
  [
    'library_story_consent_insert',
    "after insert on consent when new.purpose = 'board_share'",
    'new.story_id',
  ],
  [
    'library_story_consent_update',
    "after update on consent when new.purpose = 'board_share' or old.purpose = 'board_share'",
    'new.story_id',
  ],
  [
    'library_story_consent_delete',
    "after delete on consent when old.purpose = 'board_share'",
    'old.story_id',
  ],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table library_story (
    story_id integer primary key references story(id) on delete cascade,
    board_id integer not null,
    approved_at text not null,
    until text
  )`.execute(db);
  // Newest approval first, and the Board's count, from the index alone (covering: `until` too).
  await sql`create index library_story_board
    on library_story (board_id, approved_at desc, story_id desc, until)`.execute(db);
  for (const [name, on, storyId] of TRIGGERS) {
    await sql
      .raw(`create trigger ${name} ${on} begin ${refresh(storyId)}
    end`)
      .execute(db);
  }
  await sql`insert into library_story (story_id, board_id, approved_at, until)
    select s.id, s.board_id, c.approved_at, k.expires_at
    from story s
    join curated_story c on c.story_id = s.id
    join consent k on k.story_id = s.id and k.purpose = 'board_share'
    where s.status = 'approved' and c.approved_at is not null
      and k.granted = 1 and k.withdrawn_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of TRIGGERS) await sql.raw(`drop trigger ${name}`).execute(db);
  await sql`drop table library_story`.execute(db);
}
