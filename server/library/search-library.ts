import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { shownTo } from '../moderation/consent-gate.ts';
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
 * Searches the library of one Board over curated title, summary and text with FTS5 (never the
 * sealed original), with filters; best matches first when searching, newest approval first
 * otherwise. Membership comes from library_story, which triggers keep equal to libraryQuery
 * (approved, curated, current Board-sharing consent); only consent expiry, a time, is checked
 * here. The full-text match drives the join (CROSS JOIN fixes the order): driven from the story
 * side, SQLite re-ran the match once per library story, seconds at 100,000 stories.
 */
export async function searchLibrary(
  db: Db,
  args: { boardId: number; now: Date; filters: LibraryFilters },
): Promise<{ items: LibraryItem[]; total: number; page: number; pageSize: number }> {
  const f = args.filters;
  const match = f.q ? ftsQuery(f.q) : null;
  const where: RawBuilder<unknown>[] = [
    sql`l.board_id = ${args.boardId}`,
    sql`(l.until is null or l.until > ${args.now.toISOString()})`,
  ];
  if (match) where.push(sql`curated_story_fts match ${match}`);
  const tag = (kind: string, code: string) =>
    where.push(
      sql`exists (select 1 from curated_tag t where t.story_id = l.story_id and t.kind = ${kind} and t.code = ${code})`,
    );
  for (const [key, kind] of Object.entries(TAG_KIND) as [keyof typeof TAG_KIND, string][]) {
    const code = f[key];
    if (code) tag(kind, code);
  }
  if (f.mspStep !== undefined) tag('msp_step', String(f.mspStep));
  if (f.themeId !== undefined) tag('theme', String(f.themeId));
  // Filters on the story itself join its row (wide: sealed text), so only when asked for.
  const joinStory =
    f.partnerId !== undefined || !!f.from || !!f.to || !!f.achieved || f.respondent !== undefined;
  if (f.partnerId !== undefined)
    where.push(sql`s.site_id in (select id from site where partner_id = ${f.partnerId})`);
  if (f.from) where.push(sql`s.received_at >= ${`${f.from}T00:00:00.000Z`}`);
  if (f.to)
    where.push(
      sql`s.received_at < ${new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString()}`,
    );
  if (f.achieved) where.push(sql`s.outcome_achieved = ${f.achieved}`);
  if (f.respondent === 'adult') where.push(sql`s.respondent = 'self'`);
  if (f.respondent === 'representative') where.push(sql`s.respondent != 'self'`);

  const from = sql.join(
    [
      match
        ? sql`curated_story_fts cross join library_story l on l.story_id = curated_story_fts.rowid`
        : sql`library_story l`,
      ...(joinStory ? [sql`join story s on s.id = l.story_id`] : []),
    ],
    sql` `,
  );
  const condition = sql.join(where, sql` and `);
  const counted = await sql<{ total: number }>`select count(*) as total from ${from}
    where ${condition}`.execute(db);
  const total = counted.rows[0]?.total ?? 0;
  const order = match
    ? sql`curated_story_fts.rank, l.story_id desc`
    : sql`l.approved_at desc, l.story_id desc`;
  const pageIds = await sql<{ id: number }>`select l.story_id as id from ${from}
    where ${condition} order by ${order}
    limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
  const position = new Map(pageIds.rows.map((r, i) => [r.id, i]));
  const rows = pageIds.rows.length
    ? (
        await db
          .selectFrom('story')
          .innerJoin('curated_story', 'curated_story.story_id', 'story.id')
          .innerJoin('site', 'site.id', 'story.site_id')
          .where(
            'story.id',
            'in',
            pageIds.rows.map((r) => r.id),
          )
          // What is shown passes the consent gate itself, whatever library_story says.
          .where(shownTo('board', args.now))
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
          .execute()
      ).sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
    : [];

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
