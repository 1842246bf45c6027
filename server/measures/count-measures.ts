import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import {
  ASKED_OUTCOMES,
  EXPERIENCE_ANSWERS,
  EXPERIENCE_CODES,
  type ExperienceCode,
  FEEL_SAFER,
  OUTCOME_ACHIEVED,
} from '../../domain/vocabulary.ts';
import { endExclusive, type Period, type QuarterKey } from './periods.ts';

export const GROUPS = ['adult', 'representative'] as const;
export type Group = (typeof GROUPS)[number];

type Answers<T extends readonly string[]> = Record<T[number], number>;

/** Unrounded counts for one group of respondents. Never sent anywhere without suppression. */
export type RawCounts = {
  responses: number;
  asked: Answers<typeof ASKED_OUTCOMES>;
  /** Of those who were asked and said what they wanted; a missing answer counts as don't know. */
  achieved: Answers<typeof OUTCOME_ACHIEVED>;
  safer: Answers<typeof FEEL_SAFER>;
  experience: Record<ExperienceCode, Answers<typeof EXPERIENCE_ANSWERS>>;
};

export type RawMeasures = {
  /** Per group, the whole period. */
  period: Record<Group, RawCounts>;
  /** Per financial quarter, per group. */
  quarters: Partial<Record<QuarterKey, Record<Group, RawCounts>>>;
};

/**
 * Statuses that count in statistics: everything the person sent except suspected spam
 * (quarantined) and stories a coordinator rejected (spam, tests, duplicates). Withdrawn and
 * expired stories still count: people were told "statistics are always counted, anonymously"
 * (docs/decisions/0071-what-measures-count.md).
 */
export const UNCOUNTED_STATUSES = ['quarantined', 'rejected'] as const;

const EXPERIENCE_COLUMN: Record<ExperienceCode, string> = {
  listened: 'exp_listened',
  involved: 'exp_involved',
  dignity: 'exp_dignity',
  informed: 'exp_informed',
  understood_roles: 'exp_understood_roles',
  shared_when_needed: 'exp_shared_when_needed',
};

// Every column name and value below comes from the vocabulary constants, never from a request.
const SUMS: { key: string; expr: string }[] = [
  ...ASKED_OUTCOMES.map((v) => ({ key: `asked.${v}`, expr: `asked_outcomes = '${v}'` })),
  ...OUTCOME_ACHIEVED.map((v) => ({
    key: `achieved.${v}`,
    expr:
      v === 'dont_know'
        ? `asked_outcomes = 'yes_expressed' and coalesce(outcome_achieved, 'dont_know') = 'dont_know'`
        : `asked_outcomes = 'yes_expressed' and outcome_achieved = '${v}'`,
  })),
  ...FEEL_SAFER.map((v) => ({ key: `safer.${v}`, expr: `feel_safer = '${v}'` })),
  ...EXPERIENCE_CODES.flatMap((code) =>
    EXPERIENCE_ANSWERS.map((v) => ({
      key: `experience.${code}.${v}`,
      expr: `${EXPERIENCE_COLUMN[code]} = '${v}'`,
    })),
  ),
];

export function emptyCounts(): RawCounts {
  const zero = <T extends readonly string[]>(values: T) =>
    Object.fromEntries(values.map((v) => [v, 0])) as Answers<T>;
  return {
    responses: 0,
    asked: zero(ASKED_OUTCOMES),
    achieved: zero(OUTCOME_ACHIEVED),
    safer: zero(FEEL_SAFER),
    experience: Object.fromEntries(
      EXPERIENCE_CODES.map((c) => [c, zero(EXPERIENCE_ANSWERS)]),
    ) as RawCounts['experience'],
  };
}

function add(into: RawCounts, row: Record<string, number | string>): void {
  into.responses += Number(row.n);
  for (const { key } of SUMS) {
    const value = Number(row[key] ?? 0);
    const [area, a, b] = key.split('.') as [string, string, string | undefined];
    if (area === 'experience' && b) {
      into.experience[a as ExperienceCode][b as (typeof EXPERIENCE_ANSWERS)[number]] += value;
    } else {
      const table = into[area as 'asked' | 'achieved' | 'safer'] as Record<string, number>;
      table[a] = (table[a] ?? 0) + value;
    }
  }
}

/**
 * Counts a Board's self-reported answers for a period, optionally for one partner's sites, in one
 * pass over the `story_board_received` index: per respondent group and per financial quarter.
 */
export async function countMeasures(
  db: Db,
  args: { boardId: number; period: Period; partnerId?: number | undefined },
): Promise<RawMeasures> {
  const sums = sql.raw(SUMS.map((s) => `sum(${s.expr}) as "${s.key}"`).join(', '));
  const partner =
    args.partnerId === undefined
      ? sql``
      : sql`and story.site_id in (select id from site where partner_id = ${args.partnerId})`;
  const uncounted = sql.join(UNCOUNTED_STATUSES.map((s) => sql`${s}`));
  const result = await sql<Record<string, number | string>>`
    select
      case when respondent = 'self' then 'adult' else 'representative' end as grp,
      cast(substr(received_at, 1, 4) as integer)
        - (cast(substr(received_at, 6, 2) as integer) < 4) as fy,
      ((cast(substr(received_at, 6, 2) as integer) + 8) % 12) / 3 + 1 as fq,
      count(*) as n, ${sums}
    from story
    where board_id = ${args.boardId}
      and received_at >= ${`${args.period.from}T00:00:00.000Z`}
      and received_at < ${endExclusive(args.period)}
      and status not in (${uncounted})
      ${partner}
    group by grp, fy, fq`.execute(db);

  const out: RawMeasures = {
    period: { adult: emptyCounts(), representative: emptyCounts() },
    quarters: {},
  };
  for (const row of result.rows) {
    const group = row.grp as Group;
    const key = `${row.fy}-Q${row.fq}` as QuarterKey;
    const quarter = out.quarters[key] ?? { adult: emptyCounts(), representative: emptyCounts() };
    out.quarters[key] = quarter;
    add(quarter[group], row);
    add(out.period[group], row);
  }
  return out;
}
