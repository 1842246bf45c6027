import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { Unprocessable } from '../http/errors.ts';
import { countMeasures } from './count-measures.ts';
import { measuresCsv } from './measures-csv.ts';
import { type Period, parsePeriod } from './periods.ts';
import { type ShownMeasures, shapeMeasures } from './shape-measures.ts';

/**
 * The measures' query string (docs/admin-api.md, "Board secretaries"): `period`, or `from` and
 * `to`, and optionally `partner`. Only their shape here; what they mean is checked by
 * boardMeasures, which names the field to fix.
 */
export const MeasuresQuerySchema = z.object({
  period: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  partner: z.string().optional(),
});

export type MeasuresQuery = z.output<typeof MeasuresQuerySchema>;

/** One field of the measures' query to fix, worded as the measures screen shows it. */
function check(what: string, field: string, detail: string): Unprocessable {
  return new Unprocessable([{ field, pointer: `#/${field}`, detail }], `Check the ${what}`, detail);
}

/** The period asked for; Unprocessable ("Check the period") naming `period`, `from` or `to`. */
function periodOf(query: MeasuresQuery): Period {
  const parsed = parsePeriod(query);
  if (!parsed.ok) throw check('period', parsed.field, parsed.detail);
  return parsed.period;
}

/**
 * The partner asked for, if any: it must have a site feeding this Board, otherwise
 * Unprocessable ("Check the partner"), so figures are never shown for another Board's partner.
 */
async function partnerOf(
  db: Db,
  boardId: number,
  partner: string | undefined,
): Promise<number | undefined> {
  if (partner === undefined || partner === '') return undefined;
  const partnerId = /^[1-9]\d{0,15}$/.test(partner) ? Number(partner) : undefined;
  const site = partnerId
    ? await db
        .selectFrom('site')
        .select('id')
        .where('partner_id', '=', partnerId)
        .where('board_id', '=', boardId)
        .executeTakeFirst()
    : undefined;
  if (!site) throw check('partner', 'partner', 'Choose a partner whose sites feed this Board');
  return partnerId;
}

/**
 * A Board's self-reported measures for the period (and partner) asked for, always through the
 * small-number rule (shapeMeasures; docs/decisions/0070, 0071).
 */
export async function boardMeasures(
  db: Db,
  boardId: number,
  query: MeasuresQuery,
): Promise<ShownMeasures> {
  const period = periodOf(query);
  const partnerId = await partnerOf(db, boardId, query.partner);
  const raw = await countMeasures(db, { boardId, period, partnerId });
  return shapeMeasures(raw, period, partnerId ?? null);
}

/** The measures as a CSV file named for the Board and the period. */
export async function boardMeasuresCsv(
  db: Db,
  boardId: number,
  measures: ShownMeasures,
): Promise<{ filename: string; csv: string }> {
  const board = await db
    .selectFrom('board')
    .select(['name', 'slug'])
    .where('id', '=', boardId)
    .executeTakeFirstOrThrow();
  const { from, to } = measures.period;
  return {
    filename: `heard-measures-${board.slug}-${from}-to-${to}.csv`,
    csv: measuresCsv(measures, board.name),
  };
}

/**
 * The partners a measures screen may filter by: those with a site feeding this Board, by name.
 * Admins list every partner elsewhere; a secretary needs only their own Board's.
 */
export async function boardPartners(
  db: Db,
  boardId: number,
): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom('partner')
    .innerJoin('site', 'site.partner_id', 'partner.id')
    .select(['partner.id', 'partner.name'])
    .where('site.board_id', '=', boardId)
    .distinct()
    .orderBy('partner.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
