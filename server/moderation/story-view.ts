import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import type { Respondent, StoryStatus } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Redaction } from './curated-input.ts';
import type { CheckOutcome } from './statuses.ts';
import { storytellerCheckView } from './storyteller-checks.ts';
import { isCurrentConsent, storyConsents, type Use, usesFromConsents } from './uses.ts';

export type UserRef = { id: number; email: string; name: string | null };

export type QueueItem = {
  id: number;
  boardId: number;
  siteId: number;
  siteName: string;
  status: StoryStatus;
  urgent: boolean;
  urgentReasons: string[];
  receivedAt: string;
  waitingMinutes: number;
  respondent: Respondent;
  assignedTo: UserRef | null;
  checkOutcome: CheckOutcome | null;
  hasCurated: boolean;
  spamReasons: string[];
};

const parseList = (text: string | null): string[] => {
  try {
    const v: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

async function userRefs(db: Db, ids: (number | null | undefined)[]): Promise<Map<number, UserRef>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('user')
    .select(['id', 'email', 'name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The queue rows for these stories, in the order given. Never free text. */
export async function queueItems(db: Db, stories: StoryRow[], now: Date): Promise<QueueItem[]> {
  if (stories.length === 0) return [];
  const ids = stories.map((s) => s.id);
  const [sites, moderation, curated, checks] = await Promise.all([
    db
      .selectFrom('site')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(stories.map((s) => s.site_id))])
      .execute(),
    db.selectFrom('moderation').selectAll().where('story_id', 'in', ids).execute(),
    db.selectFrom('curated_story').select('story_id').where('story_id', 'in', ids).execute(),
    db
      .selectFrom('safeguarding_check')
      .select(['story_id', 'outcome', 'id'])
      .where('story_id', 'in', ids)
      .orderBy('id', 'desc')
      .execute(),
  ]);
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const mod = new Map(moderation.map((m) => [m.story_id, m]));
  const curatedIds = new Set(curated.map((c) => c.story_id));
  const latestCheck = new Map<number, CheckOutcome>();
  for (const c of checks) if (!latestCheck.has(c.story_id)) latestCheck.set(c.story_id, c.outcome);
  const users = await userRefs(
    db,
    moderation.map((m) => m.assigned_user_id),
  );
  return stories.map((s) => {
    const assigned = mod.get(s.id)?.assigned_user_id;
    return {
      id: s.id,
      boardId: s.board_id,
      siteId: s.site_id,
      siteName: siteName.get(s.site_id) ?? '',
      status: s.status,
      urgent: s.urgent === 1,
      urgentReasons: parseList(s.urgent_reasons),
      receivedAt: s.received_at,
      waitingMinutes: Math.max(
        0,
        Math.floor((now.getTime() - new Date(s.received_at).getTime()) / 60_000),
      ),
      respondent: s.respondent,
      assignedTo: assigned ? (users.get(assigned) ?? null) : null,
      checkOutcome: latestCheck.get(s.id) ?? null,
      hasCurated: curatedIds.has(s.id),
      spamReasons: parseList(s.spam_reasons),
    };
  });
}

export type CuratedView = {
  title: string;
  summary: string;
  text: string;
  /** As saved through CuratedInputSchema, which checked each one. */
  redactions: Redaction[];
  quotes: string[];
  tags: {
    principles: string[];
    wellbeingAreas: string[];
    harmKinds: string[];
    mspSteps: number[];
    themeIds: number[];
  };
  themes: { id: number; label: string }[];
  updatedAt: string;
  updatedBy: UserRef | null;
  approvedAt: string | null;
  approvedBy: UserRef | null;
};

/** The curated story of one story with its tags, or null. */
export async function curatedView(db: Db, storyId: number): Promise<CuratedView | null> {
  const row = await db
    .selectFrom('curated_story')
    .selectAll()
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  if (!row) return null;
  const tags = await db
    .selectFrom('curated_tag')
    .select(['kind', 'code'])
    .where('story_id', '=', storyId)
    .execute();
  const of = (kind: string) =>
    tags
      .filter((t) => t.kind === kind)
      .map((t) => t.code)
      .sort();
  const themeIds = of('theme')
    .map(Number)
    .sort((a, b) => a - b);
  const themes =
    themeIds.length > 0
      ? await db
          .selectFrom('local_theme')
          .select(['id', 'label'])
          .where('id', 'in', themeIds)
          .orderBy('label')
          .execute()
      : [];
  const users = await userRefs(db, [row.updated_by, row.approved_by]);
  let redactions: Redaction[] = [];
  try {
    const parsed: unknown = JSON.parse(row.redactions);
    if (Array.isArray(parsed)) redactions = parsed as Redaction[];
  } catch {
    redactions = [];
  }
  return {
    title: row.title,
    summary: row.summary,
    text: row.text,
    redactions,
    quotes: parseList(row.quotes),
    tags: {
      principles: of('principle'),
      wellbeingAreas: of('wellbeing'),
      harmKinds: of('harm'),
      mspSteps: of('msp_step')
        .map(Number)
        .sort((a, b) => a - b),
      themeIds,
    },
    themes,
    updatedAt: row.updated_at,
    updatedBy: users.get(row.updated_by) ?? null,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by ? (users.get(row.approved_by) ?? null) : null,
  };
}

/** Everything a coordinator sees about a story before opening its sealed text. */
export async function storyDetail(db: Db, sealer: Sealer, story: StoryRow, now: Date) {
  const [item] = await queueItems(db, [story], now);
  const consents = await storyConsents(db, story.id);
  const checks = await db
    .selectFrom('safeguarding_check')
    .selectAll()
    .where('story_id', '=', story.id)
    .orderBy('id', 'desc')
    .execute();
  const moderation = await db
    .selectFrom('moderation')
    .selectAll()
    .where('story_id', '=', story.id)
    .executeTakeFirst();
  const contact = await db
    .selectFrom('contact')
    .select('story_id')
    .where('story_id', '=', story.id)
    .executeTakeFirst();
  const users = await userRefs(db, [...checks.map((c) => c.recorded_by), moderation?.decided_by]);
  const uses: Use[] = usesFromConsents(consents, now);
  return {
    ...(item as QueueItem),
    answers: {
      language: story.language,
      respondent: story.respondent,
      personKnows: story.person_knows,
      supportReason: story.support_reason,
      finished: story.finished,
      atRiskNow: story.at_risk_now,
      askedOutcomes: story.asked_outcomes,
      outcomeAchieved: story.outcome_achieved,
      feelSafer: story.feel_safer,
      experience: {
        listened: story.exp_listened,
        involved: story.exp_involved,
        dignity: story.exp_dignity,
        informed: story.exp_informed,
        understood_roles: story.exp_understood_roles,
        shared_when_needed: story.exp_shared_when_needed,
      },
      helpToHaveSay: story.help_to_have_say,
      harmKinds: parseList(story.harm_kinds),
      location: story.location,
    },
    hasOriginalText: story.story_sealed !== null,
    hasContact: contact !== undefined,
    consents: consents.map((c) => ({
      purpose: c.purpose,
      granted: c.granted === 1,
      decidedAt: c.decided_at,
      expiresAt: c.expires_at,
      withdrawnAt: c.withdrawn_at,
      current: isCurrentConsent(c, now),
      wordingVersion: c.wording_version,
      wordingText: c.wording_text,
    })),
    uses,
    checks: checks.map((c) => ({
      id: c.id,
      outcome: c.outcome,
      escalatedTo: sealer.openOptional(c.escalated_to_sealed, 'safeguarding_check.escalated_to'),
      note: sealer.openOptional(c.note_sealed, 'safeguarding_check.note'),
      recordedAt: c.recorded_at,
      recordedBy: users.get(c.recorded_by) ?? null,
    })),
    curated: await curatedView(db, story.id),
    storytellerCheck: await storytellerCheckView(db, story.id, now),
    rejectionReason: moderation?.rejection_reason ?? null,
    decidedBy: moderation?.decided_by ? (users.get(moderation.decided_by) ?? null) : null,
    decidedAt: moderation?.decided_at ?? null,
  };
}
