import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { BoardAlertingTable } from '../../db/schema.ts';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../domain/bank-holidays.ts';
import { checkWebhookUrl, WEBHOOK_URL_MAX } from '../../domain/webhook-url.ts';
import { minutesOf, type WorkingPattern } from '../../domain/working-hours.ts';
import { recordAudit } from '../audit/record.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { Conflict } from '../http/errors.ts';
import { WEBHOOK_SECRET_PURPOSE } from '../messages/recipients.ts';
import type { StaffAct } from '../moderation/acting.ts';

/**
 * A Board's alerting settings (issue 13, decision 0088): its duty inbox, how soon an urgent
 * story must be checked (in working hours), when it works, and its signed webhook. A Board with
 * no row has the defaults; a Board that saved no bank holidays uses England and Wales'.
 */
export type BoardAlerting = {
  boardId: number;
  dutyEmail: string | null;
  responseHours: number;
  workingDays: number[];
  dayStarts: string;
  dayEnds: string;
  /** The Board's own list; empty means the England and Wales defaults apply. */
  bankHolidays: string[];
  webhookUrl: string | null;
  webhookSecretSealed: string | null;
  updatedAt: string | null;
};

export const DEFAULT_RESPONSE_HOURS = 4;
/** The sender opens the secret with the same purpose (server/messages/recipients.ts). */
export { WEBHOOK_SECRET_PURPOSE };

const defaults = (boardId: number): BoardAlerting => ({
  boardId,
  dutyEmail: null,
  responseHours: DEFAULT_RESPONSE_HOURS,
  workingDays: [1, 2, 3, 4, 5],
  dayStarts: '09:00',
  dayEnds: '17:00',
  bankHolidays: [],
  webhookUrl: null,
  webhookSecretSealed: null,
  updatedAt: null,
});

const jsonList = <T>(text: string, fallback: T[]): T[] => {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as T[]) : fallback;
  } catch {
    return fallback;
  }
};

function fromRow(row: BoardAlertingTable & { response_hours: number }): BoardAlerting {
  const d = defaults(row.board_id);
  return {
    boardId: row.board_id,
    dutyEmail: row.duty_email,
    responseHours: row.response_hours,
    workingDays: jsonList<number>(String(row.working_days), d.workingDays),
    dayStarts: String(row.day_starts),
    dayEnds: String(row.day_ends),
    bankHolidays: jsonList<string>(String(row.bank_holidays), []),
    webhookUrl: row.webhook_url,
    webhookSecretSealed: row.webhook_secret_sealed,
    updatedAt: row.updated_at,
  };
}

/** The Board's settings, or the defaults when it has saved none. */
export async function readAlerting(db: Db, boardId: number): Promise<BoardAlerting> {
  const row = await db
    .selectFrom('board_alerting')
    .selectAll()
    .where('board_id', '=', boardId)
    .executeTakeFirst();
  return row ? fromRow(row as never) : defaults(boardId);
}

/** Every Board's settings at once, by Board id (the escalation job reads them all). */
export async function readAllAlerting(db: Db): Promise<Map<number, BoardAlerting>> {
  const boards = await db.selectFrom('board').select('id').execute();
  const rows = await db.selectFrom('board_alerting').selectAll().execute();
  const out = new Map(boards.map((b) => [b.id, defaults(b.id)]));
  for (const row of rows) out.set(row.board_id, fromRow(row as never));
  return out;
}

/** The working pattern the Board's response time is counted in. */
export const workingPattern = (s: BoardAlerting): WorkingPattern => ({
  workingDays: s.workingDays,
  dayStarts: s.dayStarts,
  dayEnds: s.dayEnds,
  bankHolidays: s.bankHolidays.length > 0 ? s.bankHolidays : ENGLAND_AND_WALES_BANK_HOLIDAYS,
});

const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time in 24-hour form, like 09:00 or 17:30');
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter each date like 2026-12-25')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That date is not real');

/** What an admin saves (the whole form: a PUT replaces the settings). */
export const AlertingInputSchema = z
  .strictObject({
    dutyEmail: z
      .string()
      .trim()
      .max(320, 'The email address must be 320 characters or fewer')
      .refine((v) => v === '' || z.email().safeParse(v).success, {
        message: 'Enter an email address like duty@council.example',
      })
      .optional()
      .transform((v) => (v ? v : null)),
    responseHours: z
      .number({ error: 'Enter the response time as a whole number of hours' })
      .int('Enter the response time as a whole number of hours')
      .min(1, 'The response time must be at least 1 working hour')
      .max(72, 'The response time must be 72 working hours or fewer'),
    workingDays: z
      .array(z.number().int().min(1).max(7), { error: 'Choose the working days' })
      .min(1, 'Choose at least one working day')
      .max(7)
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    dayStarts: Time,
    dayEnds: Time,
    bankHolidays: z
      .array(IsoDate)
      .max(200, 'Enter 200 dates or fewer')
      .transform((days) => [...new Set(days)].sort()),
    webhookUrl: z
      .string()
      .trim()
      .max(WEBHOOK_URL_MAX, `The address must be ${WEBHOOK_URL_MAX} characters or fewer`)
      .superRefine((v, ctx) => {
        const wrong = v === '' ? undefined : checkWebhookUrl(v);
        if (wrong) ctx.addIssue({ code: 'custom', message: wrong });
      })
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (minutesOf(v.dayStarts) >= minutesOf(v.dayEnds)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dayEnds'],
        message: 'The working day must end after it starts',
      });
    }
  });
export type AlertingInput = z.output<typeof AlertingInputSchema>;

const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Saves the Board's settings, audited in the same transaction (field names only, never the
 * addresses). A webhook address set for the first time gets a secret generated here, returned
 * once (`webhookSecret`) and stored sealed; removing the address removes its secret.
 */
export async function saveAlerting(
  db: Db,
  sealer: Sealer,
  boardId: number,
  input: AlertingInput,
  act: StaffAct,
): Promise<{ settings: BoardAlerting; webhookSecret: string | null }> {
  return db.transaction().execute(async (trx) => {
    const before = await readAlerting(trx, boardId);
    let secretSealed = input.webhookUrl ? before.webhookSecretSealed : null;
    let webhookSecret: string | null = null;
    if (input.webhookUrl && !secretSealed) {
      webhookSecret = newSecret();
      secretSealed = sealer.seal(webhookSecret, WEBHOOK_SECRET_PURPOSE);
    }
    const row = {
      duty_email: input.dutyEmail,
      response_hours: input.responseHours,
      working_days: JSON.stringify(input.workingDays),
      day_starts: input.dayStarts,
      day_ends: input.dayEnds,
      bank_holidays: JSON.stringify(input.bankHolidays),
      webhook_url: input.webhookUrl,
      webhook_secret_sealed: secretSealed,
      updated_at: act.now.toISOString(),
    };
    await trx
      .insertInto('board_alerting')
      .values({ board_id: boardId, ...row })
      .onConflict((oc) => oc.column('board_id').doUpdateSet(row))
      .execute();
    const after = await readAlerting(trx, boardId);
    await recordAudit(trx, {
      actor: act.userId,
      action: 'board.alerting_updated',
      objectType: 'board',
      objectId: boardId,
      boardId,
      address: act.address,
      detail: {
        fields: changedFields(before, after),
        ...(webhookSecret ? { webhookSecret: 'created' } : {}),
      },
      at: act.now,
    });
    return { settings: after, webhookSecret };
  });
}

/** A new webhook secret for the Board, returned once; the old one stops working at once. */
export async function rotateWebhookSecret(
  db: Db,
  sealer: Sealer,
  boardId: number,
  act: StaffAct,
): Promise<{ settings: BoardAlerting; webhookSecret: string }> {
  return db.transaction().execute(async (trx) => {
    const before = await readAlerting(trx, boardId);
    if (!before.webhookUrl) {
      throw new Conflict(
        'This Board has no webhook',
        'Save a webhook address first: its secret is made then.',
      );
    }
    const webhookSecret = newSecret();
    await trx
      .updateTable('board_alerting')
      .set({
        webhook_secret_sealed: sealer.seal(webhookSecret, WEBHOOK_SECRET_PURPOSE),
        updated_at: act.now.toISOString(),
      })
      .where('board_id', '=', boardId)
      .execute();
    await recordAudit(trx, {
      actor: act.userId,
      action: 'board.webhook_secret_rotated',
      objectType: 'board',
      objectId: boardId,
      boardId,
      address: act.address,
      at: act.now,
    });
    return { settings: await readAlerting(trx, boardId), webhookSecret };
  });
}

const FIELDS = [
  'dutyEmail',
  'responseHours',
  'workingDays',
  'dayStarts',
  'dayEnds',
  'bankHolidays',
  'webhookUrl',
] as const;

function changedFields(before: BoardAlerting, after: BoardAlerting): string[] {
  return FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
