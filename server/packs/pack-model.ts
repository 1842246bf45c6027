import type { Db } from '../../db/client.ts';
import type { ShownCount } from '../../domain/suppression.ts';
import { suppressTable } from '../../domain/suppression.ts';
import { countMeasures, UNCOUNTED_STATUSES } from '../measures/count-measures.ts';
import { formatDay, type Period } from '../measures/periods.ts';
import { type ShownMeasures, shapeMeasures } from '../measures/shape-measures.ts';
import { curatedView } from '../moderation/story-view.ts';
import { storyUses } from '../moderation/uses.ts';
import { dropStoryFromDraftPacks } from './drop-story.ts';
import { packRefusal } from './pack-guards.ts';

export type PackStory = {
  position: number;
  storyId: number;
  title: string;
  summary: string;
  /** The anonymised text: never the sealed original. */
  text: string;
  /** Exact quotes, only when the person agreed to be quoted. */
  quotes: string[];
  respondent: 'adult' | 'representative';
  tags: {
    principles: string[];
    wellbeingAreas: string[];
    harmKinds: string[];
    mspSteps: number[];
    themes: string[];
  };
  tellsUs: string;
  questions: string;
};

export type PackAction = {
  id: number;
  theme: string;
  peopleSaid: string;
  boardWillDo: string;
  owner: string;
  dueDate: string | null;
  status: string;
  statusReason: string | null;
};

/** Everything a pack shows, in order. An issued pack's snapshot is exactly this, frozen. */
export type PackModel = {
  packId: number;
  board: { id: number; name: string; slug: string };
  title: string;
  meetingDate: string;
  period: Period;
  priorities: string;
  principles: string[];
  caveats: string;
  status: 'draft' | 'issued';
  issuedAt: string | null;
  issuedBy: string | null;
  measures: ShownMeasures;
  stories: PackStory[];
  actions: PackAction[];
  /** Who we heard from: responses per partner, through the small-number rule. */
  reach: { partner: string; responses: ShownCount }[];
  /** Visible notes, e.g. a story removed because the person withdrew it. */
  notes: { kind: string; at: string }[];
};

async function reach(db: Db, boardId: number, period: Period): Promise<PackModel['reach']> {
  const rows = await db
    .selectFrom('story')
    .innerJoin('site', 'site.id', 'story.site_id')
    .innerJoin('partner', 'partner.id', 'site.partner_id')
    .select(['partner.name', (eb) => eb.fn.countAll<number>().as('n')])
    .where('story.board_id', '=', boardId)
    .where('story.received_at', '>=', `${period.from}T00:00:00.000Z`)
    .where(
      'story.received_at',
      '<',
      new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString(),
    )
    .where('story.status', 'not in', UNCOUNTED_STATUSES)
    .groupBy('partner.id')
    .orderBy('partner.name')
    .execute();
  // Partners are the parts of the Board's total: hidden by the same rule, never shown small.
  const table = suppressTable(Object.fromEntries(rows.map((r) => [r.name, Number(r.n)])));
  return rows.map((r) => ({ partner: r.name, responses: table.parts[r.name]?.count ?? '[c]' }));
}

/**
 * Builds a draft pack's content from live data, first re-checking every story through the pack
 * gate (packRefusal): a story that left the library since it was added is dropped with a note,
 * even if no hook ran. An issued pack returns its frozen snapshot and reads nothing live.
 */
export async function buildPackModel(
  db: Db,
  packId: number,
  now: Date,
): Promise<PackModel | undefined> {
  const pack = await db.selectFrom('pack').selectAll().where('id', '=', packId).executeTakeFirst();
  if (!pack) return undefined;
  if (pack.status === 'issued' && pack.snapshot) return JSON.parse(pack.snapshot) as PackModel;

  const links = await db
    .selectFrom('pack_story')
    .selectAll()
    .where('pack_id', '=', packId)
    .orderBy('position')
    .execute();
  for (const link of links) {
    const refusal = await packRefusal(db, link.story_id, pack.board_id, now);
    if (refusal)
      await dropStoryFromDraftPacks(
        db,
        link.story_id,
        refusal === 'withdrawn' ? 'story_withdrawn' : 'story_left_library',
        now,
      );
  }
  const kept = await db
    .selectFrom('pack_story')
    .selectAll()
    .where('pack_id', '=', packId)
    .orderBy('position')
    .execute();
  const board = await db
    .selectFrom('board')
    .select(['id', 'name', 'slug'])
    .where('id', '=', pack.board_id)
    .executeTakeFirstOrThrow();
  const period: Period = {
    from: pack.period_from,
    to: pack.period_to,
    label: `${formatDay(pack.period_from)} to ${formatDay(pack.period_to)}`,
  };

  const stories: PackStory[] = [];
  for (const [i, link] of kept.entries()) {
    const curated = await curatedView(db, link.story_id);
    const story = await db
      .selectFrom('story')
      .select('respondent')
      .where('id', '=', link.story_id)
      .executeTakeFirstOrThrow();
    if (!curated) continue;
    const uses = await storyUses(db, link.story_id, now);
    stories.push({
      position: i + 1,
      storyId: link.story_id,
      title: curated.title,
      summary: curated.summary,
      text: curated.text,
      quotes: uses.includes('quote') ? curated.quotes : [],
      respondent: story.respondent === 'self' ? 'adult' : 'representative',
      tags: {
        principles: curated.tags.principles,
        wellbeingAreas: curated.tags.wellbeingAreas,
        harmKinds: curated.tags.harmKinds,
        mspSteps: curated.tags.mspSteps,
        themes: curated.themes.map((t) => t.label),
      },
      tellsUs: link.tells_us,
      questions: link.questions,
    });
  }

  const actions = await db
    .selectFrom('board_action')
    .selectAll()
    .where('board_id', '=', pack.board_id)
    .orderBy('created_at')
    .execute();
  const notes = await db
    .selectFrom('pack_note')
    .select(['kind', 'at'])
    .where('pack_id', '=', packId)
    .orderBy('id')
    .execute();
  const raw = await countMeasures(db, { boardId: pack.board_id, period });

  return {
    packId,
    board,
    title: pack.title,
    meetingDate: pack.meeting_date,
    period,
    priorities: pack.priorities,
    principles: JSON.parse(pack.principles) as string[],
    caveats: pack.caveats,
    status: pack.status === 'issued' ? 'issued' : 'draft',
    issuedAt: pack.issued_at,
    issuedBy: null,
    measures: shapeMeasures(raw, period, null),
    stories,
    actions: actions.map((a) => ({
      id: a.id,
      theme: a.theme,
      peopleSaid: a.people_said,
      boardWillDo: a.board_will_do,
      owner: a.owner,
      dueDate: a.due_date,
      status: a.status,
      statusReason: a.status_reason,
    })),
    reach: await reach(db, pack.board_id, period),
    notes,
  };
}
