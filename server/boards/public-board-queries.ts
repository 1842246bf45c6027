import type { Db } from '../../db/client.ts';
import type { BoardActionRow } from '../../db/schema.ts';
import { shownTo } from '../moderation/consent-gate.ts';
import { usesFromConsents } from '../moderation/uses.ts';

/** A Board as its public pages show it, with the origins of its active sites (who may embed). */
export type PublicBoard = { id: number; name: string; slug: string; origins: string[] };

/** The Board at this address and the allowed origins of its active sites, or undefined. */
export async function findPublicBoard(db: Db, slug: string): Promise<PublicBoard | undefined> {
  const board = await db
    .selectFrom('board')
    .select(['id', 'name', 'slug'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!board) return undefined;
  const sites = await db
    .selectFrom('site')
    .select('allowed_origins')
    .where('board_id', '=', board.id)
    .where('active', '=', 1)
    .execute();
  const origins = [...new Set(sites.flatMap((s) => JSON.parse(s.allowed_origins) as string[]))];
  return { ...board, origins };
}

/** The Board's published "You said, we did" actions, latest change first. */
export async function publishedActions(db: Db, boardId: number): Promise<BoardActionRow[]> {
  return db
    .selectFrom('board_action')
    .selectAll()
    .where('board_id', '=', boardId)
    .where('published', '=', 1)
    .orderBy('updated_at', 'desc')
    .execute();
}

/** A published story: its approved, anonymised words only, and quotes only with quote consent. */
export type PublishedStory = { id: number; title: string; text: string; quotes: string[] };

/**
 * The Board's stories the consent gate shows to the public (`shownTo('public')`: approved, an
 * approved curated version, a current `publish` consent), latest approval first, at most 50.
 * Nothing else about a story is shown: no dates, partner or answers.
 */
export async function publishedStories(
  db: Db,
  boardId: number,
  now: Date,
): Promise<PublishedStory[]> {
  const rows = await db
    .selectFrom('story')
    .innerJoin('curated_story', 'curated_story.story_id', 'story.id')
    .select(['story.id', 'curated_story.title', 'curated_story.text', 'curated_story.quotes'])
    .where('story.board_id', '=', boardId)
    .where(shownTo('public', now))
    .orderBy('curated_story.approved_at', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  const consents = ids.length
    ? await db.selectFrom('consent').selectAll().where('story_id', 'in', ids).execute()
    : [];
  return rows.map((r) => {
    const uses = usesFromConsents(
      consents.filter((c) => c.story_id === r.id),
      now,
    );
    return {
      id: r.id,
      title: r.title,
      text: r.text,
      quotes: uses.includes('quote') ? (JSON.parse(r.quotes) as string[]) : [],
    };
  });
}
