import type { Db } from '../../db/client.ts';
import { addWorkingHours } from '../../domain/working-hours.ts';
import {
  type BoardAlerting,
  readAllAlerting,
  workingPattern,
} from '../boards/alerting-settings.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Logger } from '../log.ts';
import { enqueueMessages, type NewMessage } from './outbox.ts';
import { adminLink, ukTime } from './staff-text.ts';

export type EscalationDeps = {
  db: Db;
  sealer: Sealer;
  log: Logger;
  now: () => Date;
  config: { linkBase: string };
};

/** No story is escalated more often than this many times (a year of hourly reminders). */
const MAX_REPEATS = 10_000;

/**
 * How many of the story's response periods have run out by `now`: 0 before the first deadline,
 * 1 once `received + response hours` (in working hours) has passed, 2 after another period, and
 * so on. Also the deadline of the latest one, for the message.
 */
export function periodsPassed(
  receivedAt: Date,
  settings: BoardAlerting,
  now: Date,
  /** Stop counting here (the digest only needs to know whether one has passed). */
  max = MAX_REPEATS,
): { count: number; lastDeadline: Date | null } {
  const pattern = workingPattern(settings);
  let count = 0;
  let lastDeadline: Date | null = null;
  let next = addWorkingHours(receivedAt, settings.responseHours, pattern);
  while (next <= now && count < max) {
    count += 1;
    lastDeadline = next;
    next = addWorkingHours(next, settings.responseHours, pattern);
  }
  return { count, lastDeadline };
}

/**
 * Escalates urgent stories nobody has checked in time (issue 13, decision 0088). For each urgent
 * story (any status but withdrawn, including one held as possible spam) with no safeguarding
 * check recorded, once its Board's response time has run out in working hours, the duty inbox,
 * every admin and the Board's webhook get an `urgent_escalation`; again after each further
 * response period, until a check is recorded. Only the latest period's message is queued, so a
 * server that was down does not send a burst of old reminders. Idempotent: the dedupe key names
 * the story, the period and the recipient, so running every minute queues each once.
 */
export async function runEscalation(deps: EscalationDeps): Promise<{ queued: number }> {
  const now = deps.now();
  const stories = await deps.db
    .selectFrom('story')
    .innerJoin('board', 'board.id', 'story.board_id')
    .select(['story.id', 'story.board_id', 'story.received_at', 'board.name as board_name'])
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
    .orderBy('story.id')
    .execute();
  if (stories.length === 0) return { queued: 0 };
  const settingsByBoard = await readAllAlerting(deps.db);
  const admins = await deps.db
    .selectFrom('user')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .orderBy('id')
    .execute();

  let queued = 0;
  for (const story of stories) {
    const settings = settingsByBoard.get(story.board_id);
    if (!settings) continue;
    const { count, lastDeadline } = periodsPassed(new Date(story.received_at), settings, now);
    if (count === 0 || !lastDeadline) continue;
    const messages = escalationMessages(deps, story, settings, admins, count, lastDeadline, now);
    queued += await enqueueMessages(deps.db, deps, messages);
  }
  if (queued > 0) deps.log.info('escalation.queued', { messages: queued });
  return { queued };
}

function escalationMessages(
  deps: EscalationDeps,
  story: { id: number; board_id: number; received_at: string; board_name: string },
  settings: BoardAlerting,
  admins: { id: number }[],
  repeat: number,
  deadline: Date,
  now: Date,
): NewMessage[] {
  const link = adminLink(deps.config.linkBase, `/admin/stories/${story.id}`);
  const hours = settings.responseHours;
  const subject =
    repeat === 1
      ? `Urgent story not checked in time: ${story.board_name}`
      : `Reminder ${repeat}: urgent story still not checked: ${story.board_name}`;
  const body = [
    `An urgent story sent to ${story.board_name} on ${ukTime(new Date(story.received_at))} has no safeguarding check recorded.`,
    `The Board's response time is ${hours} working ${hours === 1 ? 'hour' : 'hours'}; it ran out${repeat > 1 ? ' again' : ''} on ${ukTime(deadline)}.`,
    '',
    'Open the story and record the safeguarding check:',
    link,
    '',
    `This reminder repeats every ${hours} working ${hours === 1 ? 'hour' : 'hours'} until a check is recorded.`,
  ].join('\n');
  const base = {
    kind: 'urgent_escalation' as const,
    boardId: story.board_id,
    storyId: story.id,
    subject,
    body,
    now,
  };
  const key = `urgent_escalation:story:${story.id}:n:${repeat}`;
  const out: NewMessage[] = [];
  if (settings.dutyEmail) {
    out.push({
      ...base,
      channel: 'email',
      recipient: { kind: 'duty_inbox' },
      dedupeKey: `${key}:duty_inbox`,
    });
  }
  for (const admin of admins) {
    out.push({
      ...base,
      channel: 'email',
      recipient: { kind: 'user', userId: admin.id },
      dedupeKey: `${key}:user:${admin.id}`,
    });
  }
  if (settings.webhookUrl) {
    out.push({
      ...base,
      channel: 'webhook',
      recipient: { kind: 'webhook' },
      dedupeKey: `${key}:webhook`,
    });
  }
  return out;
}

/**
 * A safeguarding check was recorded: escalations for the story that have not gone yet are
 * stopped (call inside the check's transaction). Later runs find the check and queue no more.
 */
export async function stopEscalations(
  db: Db,
  storyId: number,
  act: { userId: number | null; now: Date },
): Promise<number> {
  const at = act.now.toISOString();
  const result = await db
    .updateTable('message')
    .set({ status: 'stopped', stopped_by: act.userId, stopped_at: at, updated_at: at })
    .where('story_id', '=', storyId)
    .where('kind', '=', 'urgent_escalation')
    .where('status', 'in', ['waiting', 'held'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
