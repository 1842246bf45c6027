import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { libraryQuery } from '../moderation/library.ts';
import { usesFromConsents } from '../moderation/uses.ts';
import { ftsQuery } from './fts-query.ts';

export type LibraryFilters = {
  q?: string | undefined;
  principle?: string | undefined;
  wellbeing?: string | undefined;
  harm?: string | undefined;
  mspStep?: number | undefined;
  themeId?: number | undefined;
  partnerId?: number | undefined;
  /** Received on or after / on or before these days (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
  achieved?: string | undefined;
  respondent?: 'adult' | 'representative' | undefined;
  page: number;
  pageSize: number;
};

/** One library story as a secretary sees it in a list: curated words only, never the original. */
export type LibraryItem = {
  storyId: number;
  title: string;
  summary: string;
  /** A short extract around the words searched for, when searching. */
  snippet: string | null;
  respondent: 'adult' | 'representative';
  receivedAt: string;
  approvedAt: string | null;
  partnerId: number;
  outcomeAchieved: string | null;
  tags: { principles: string[]; wellbeingAreas: string[]; harmKinds: string[]; mspSteps: number[] };
  themes: { id: number; label: string }[];
  uses: string[];
};

const TAG_KIND = { principle: 'principle', wellbeing: 'wellbeing', harm: 'harm' } as const;

/**
 * Searches the library of one Board (libraryQuery: approved, curated, current Board-sharing
 * consent) over curated title, summary and text with FTS5 (never the sealed original), with
 * filters; best matches first when searching, newest approval first otherwise.
 */
export async function searchLibrary(
  db: Db,
  args: { boardId: number; now: Date; filters: LibraryFilters },
): Promise<{ items: LibraryItem[]; total: number; page: number; pageSize: number }> {
  const f = args.filters;
  const match = f.q ? ftsQuery(f.q) : null;
  let query = libraryQuery(db, args.now)
    .innerJoin('site', 'site.id', 'story.site_id')
    .where('story.board_id', '=', args.boardId);
  if (match) {
    query = query.innerJoin(
      // Snippets are made only for the page shown (below): making one for every match made a
      // common word cost seconds at 100,000 stories.
      sql<{ rowid: number; rank: number }>`(select rowid, rank
        from curated_story_fts where curated_story_fts match ${match})`.as('fts'),
      (join) => join.onRef('fts.rowid', '=', 'story.id'),
    ) as unknown as typeof query;
  }
  for (const [key, kind] of Object.entries(TAG_KIND) as [keyof typeof TAG_KIND, string][]) {
    const code = f[key];
    if (code)
      query = query.where(
        sql<boolean>`exists (select 1 from curated_tag t where t.story_id = story.id and t.kind = ${kind} and t.code = ${code})`,
      );
  }
  if (f.mspStep !== undefined) {
    query = query.where(
      sql<boolean>`exists (select 1 from curated_tag t where t.story_id = story.id and t.kind = 'msp_step' and t.code = ${String(f.mspStep)})`,
    );
  }
  if (f.themeId !== undefined) {
    query = query.where(
      sql<boolean>`exists (select 1 from curated_tag t where t.story_id = story.id and t.kind = 'theme' and t.code = ${String(f.themeId)})`,
    );
  }
  if (f.partnerId !== undefined) query = query.where('site.partner_id', '=', f.partnerId);
  if (f.from) query = query.where('story.received_at', '>=', `${f.from}T00:00:00.000Z`);
  if (f.to)
    query = query.where(
      'story.received_at',
      '<',
      new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString(),
    );
  if (f.achieved) query = query.where('story.outcome_achieved', '=', f.achieved);
  if (f.respondent === 'adult') query = query.where('story.respondent', '=', 'self');
  if (f.respondent === 'representative') query = query.where('story.respondent', '!=', 'self');

  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const ordered = match
    ? query.orderBy(sql`fts.rank`).orderBy('story.id', 'desc')
    : query.orderBy('curated_story.approved_at', 'desc').orderBy('story.id', 'desc');
  const rows = await ordered
    .select([
      'story.id',
      'story.respondent',
      'story.received_at',
      'story.outcome_achieved',
      'site.partner_id',
      'curated_story.title',
      'curated_story.summary',
      'curated_story.approved_at',
    ])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();

  const ids = rows.map((r) => r.id);
  const snippets = new Map<number, string>();
  if (match && ids.length) {
    const found = await sql<{ rowid: number; snippet: string }>`select rowid,
        snippet(curated_story_fts, -1, '', '', '…', 24) as snippet
        from curated_story_fts where curated_story_fts match ${match}
        and rowid in (${sql.join(ids)})`.execute(db);
    for (const row of found.rows) snippets.set(row.rowid, row.snippet);
  }
  const tags = ids.length
    ? await db
        .selectFrom('curated_tag')
        .select(['story_id', 'kind', 'code'])
        .where('story_id', 'in', ids)
        .execute()
    : [];
  const themeIds = [...new Set(tags.filter((t) => t.kind === 'theme').map((t) => Number(t.code)))];
  const themes = themeIds.length
    ? await db
        .selectFrom('local_theme')
        .select(['id', 'label'])
        .where('id', 'in', themeIds)
        .execute()
    : [];
  const consents = ids.length
    ? await db.selectFrom('consent').selectAll().where('story_id', 'in', ids).execute()
    : [];

  const items = rows.map((r): LibraryItem => {
    const of = (kind: string) =>
      tags
        .filter((t) => t.story_id === r.id && t.kind === kind)
        .map((t) => t.code)
        .sort();
    const mine = new Set(of('theme').map(Number));
    return {
      storyId: r.id,
      title: r.title,
      summary: r.summary,
      snippet: snippets.get(r.id) ?? null,
      respondent: r.respondent === 'self' ? 'adult' : 'representative',
      receivedAt: r.received_at,
      approvedAt: r.approved_at,
      partnerId: r.partner_id,
      outcomeAchieved: r.outcome_achieved,
      tags: {
        principles: of('principle'),
        wellbeingAreas: of('wellbeing'),
        harmKinds: of('harm'),
        mspSteps: of('msp_step')
          .map(Number)
          .sort((a, b) => a - b),
      },
      themes: themes.filter((t) => mine.has(t.id)).sort((a, b) => a.label.localeCompare(b.label)),
      uses: usesFromConsents(
        consents.filter((c) => c.story_id === r.id),
        args.now,
      ),
    };
  });
  return { items, total: Number(total), page: f.page, pageSize: f.pageSize };
}
