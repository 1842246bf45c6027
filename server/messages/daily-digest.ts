import type { Db } from '../../db/client.ts';
import { localDay } from '../../domain/working-hours.ts';
import { readAllAlerting, workingPattern } from '../boards/alerting-settings.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Logger } from '../log.ts';
import { periodsPassed } from './escalation.ts';
import { enqueueMessages, type NewMessage } from './outbox.ts';
import { adminLink } from './staff-text.ts';

type DigestDeps = {
  db: Db;
  sealer: Sealer;
  log: Logger;
  now: () => Date;
  config: { linkBase: string };
};

/** The digest is made from 08:00 (UK time) until 11:00, so a server down at 08:00 still sends. */
const FROM_MINUTES = 8 * 60;
const UNTIL_MINUTES = 11 * 60;

export type DigestCounts = { waiting: number; overdue: number; held: number };

/**
 * Each coordinator's morning summary (issue 13, decision 0088): counts only, for their Boards —
 * new stories waiting, urgent stories past their response time with no check, stories held as
 * possible spam. Sent once a day (dedupe key by date) on a day that is a working day for at
 * least one of their Boards, between 08:00 and 11:00 UK time, to coordinators who have not
 * turned it off (`user.daily_digest`), and not at all when every count is zero.
 */
export async function runDailyDigest(deps: DigestDeps): Promise<{ queued: number }> {
  const now = deps.now();
  const today = localDay(now);
  if (today.minutes < FROM_MINUTES || today.minutes >= UNTIL_MINUTES) return { queued: 0 };

  const people = await deps.db
    .selectFrom('user')
    .innerJoin('user_board', 'user_board.user_id', 'user.id')
    .select(['user.id', 'user_board.board_id'])
    .where('user.role', '=', 'coordinator')
    .where('user.disabled', '=', 0)
    .where('user.daily_digest', '=', 1)
    .execute();
  if (people.length === 0) return { queued: 0 };
  // Each person's digest is made once a day: skip those who already have today's.
  const keyOf = (userId: number) => `daily_digest:user:${userId}:date:${today.date}`;
  const done = new Set(
    (
      await deps.db
        .selectFrom('message')
        .select('dedupe_key')
        .where(
          'dedupe_key',
          'in',
          people.map((p) => keyOf(p.id)),
        )
        .execute()
    ).map((r) => r.dedupe_key),
  );
  const boardsOf = new Map<number, number[]>();
  for (const p of people) {
    if (done.has(keyOf(p.id))) continue;
    boardsOf.set(p.id, [...(boardsOf.get(p.id) ?? []), p.board_id]);
  }
  if (boardsOf.size === 0) return { queued: 0 };

  const settings = await readAllAlerting(deps.db);
  const worksToday = (boardId: number) => {
    const s = settings.get(boardId);
    if (!s) return false;
    const pattern = workingPattern(s);
    return (
      pattern.workingDays.includes(today.weekday) && !pattern.bankHolidays.includes(today.date)
    );
  };
  const counts = await countsByBoard(deps.db, settings, now);
  const boardNames = new Map(
    (await deps.db.selectFrom('board').select(['id', 'name']).execute()).map((b) => [b.id, b.name]),
  );

  const messages: NewMessage[] = [];
  for (const [userId, boardIds] of boardsOf) {
    if (!boardIds.some(worksToday)) continue;
    const total: DigestCounts = { waiting: 0, overdue: 0, held: 0 };
    for (const id of boardIds) {
      const c = counts.get(id);
      if (!c) continue;
      total.waiting += c.waiting;
      total.overdue += c.overdue;
      total.held += c.held;
    }
    if (total.waiting + total.overdue + total.held === 0) continue;
    const names = boardIds.map((id) => boardNames.get(id) ?? '').filter(Boolean);
    messages.push({
      kind: 'daily_digest',
      channel: 'email',
      recipient: { kind: 'user', userId },
      boardId: boardIds.length === 1 ? boardIds[0] : null,
      subject: `Heard: your daily summary for ${today.date}`,
      body: digestText(deps.config.linkBase, names, total),
      dedupeKey: keyOf(userId),
      now,
    });
  }
  const queued = await enqueueMessages(deps.db, deps, messages);
  if (queued > 0) deps.log.info('digest.queued', { messages: queued });
  return { queued };
}

/** Counts per Board, in three grouped queries and the unchecked urgent stories' deadlines. */
async function countsByBoard(
  db: Db,
  settings: Awaited<ReturnType<typeof readAllAlerting>>,
  now: Date,
): Promise<Map<number, DigestCounts>> {
  const out = new Map<number, DigestCounts>();
  const of = (id: number) => {
    let c = out.get(id);
    if (!c) {
      c = { waiting: 0, overdue: 0, held: 0 };
      out.set(id, c);
    }
    return c;
  };
  const byStatus = await db
    .selectFrom('story')
    .select(['board_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['new', 'quarantined'])
    .groupBy(['board_id', 'status'])
    .execute();
  for (const row of byStatus) {
    if (row.status === 'new') of(row.board_id).waiting = Number(row.n);
    else of(row.board_id).held = Number(row.n);
  }
  const unchecked = await db
    .selectFrom('story')
    .select(['story.board_id', 'story.received_at'])
    .where('story.urgent', '=', 1)
    .where('story.status', '!=', 'withdrawn')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('safeguarding_check')
            .select('safeguarding_check.id')
            .whereRef('safeguarding_check.story_id', '=', 'story.id'),
        ),
      ),
    )
    .execute();
  for (const story of unchecked) {
    const s = settings.get(story.board_id);
    if (!s) continue;
    // Past its first deadline: one period is enough to count it.
    const passed = periodsPassed(new Date(story.received_at), s, now, 1);
    if (passed.count > 0) of(story.board_id).overdue += 1;
  }
  return out;
}

function digestText(linkBase: string, boards: string[], c: DigestCounts): string {
  const line = (n: number, one: string, many: string) => `- ${n} ${n === 1 ? one : many}`;
  return [
    `Your morning summary for ${boards.join(', ')}.`,
    '',
    line(c.waiting, 'new story waiting to be read', 'new stories waiting to be read'),
    line(
      c.overdue,
      'urgent story past its response time with no safeguarding check',
      'urgent stories past their response time with no safeguarding check',
    ),
    line(c.held, 'story held as possible spam', 'stories held as possible spam'),
    '',
    'Open the queue:',
    adminLink(linkBase, '/admin/queue'),
    '',
    'You can turn this summary off on your account page:',
    adminLink(linkBase, '/admin/account'),
  ].join('\n');
}
