import {
  isSuppressed,
  type ShownCount,
  type ShownTable,
  SUPPRESSED,
  suppressTable,
} from '../../domain/suppression.ts';
import {
  type ASKED_OUTCOMES,
  type EXPERIENCE_ANSWERS,
  EXPERIENCE_CODES,
  type ExperienceCode,
  type FEEL_SAFER,
  type OUTCOME_ACHIEVED,
} from '../../domain/vocabulary.ts';
import { GROUPS, type Group, type RawCounts, type RawMeasures } from './count-measures.ts';
import { type Period, type QuarterKey, quartersIn } from './periods.ts';

type Asked = (typeof ASKED_OUTCOMES)[number];
type Achieved = (typeof OUTCOME_ACHIEVED)[number];
type Safer = (typeof FEEL_SAFER)[number];
type ExperienceAnswer = (typeof EXPERIENCE_ANSWERS)[number];

/** One group's measures after the small-number rule: safe to send, show, print or export. */
export type ShownGroup = {
  responses: ShownCount;
  /** Subtotal `asked`: asked what they wanted (whether or not they said). */
  asked: ShownTable<Asked, 'asked'>;
  /** Of those who said what they wanted. Subtotal `fullyOrPartly`. */
  achieved: ShownTable<Achieved, 'fullyOrPartly'>;
  /** Subtotal `safer`: a lot or a bit. */
  safer: ShownTable<Safer, 'safer'>;
  /** Subtotal `yes`: completely or partly. */
  experience: Record<ExperienceCode, ShownTable<ExperienceAnswer, 'yes'>>;
};

export type TrendPoint = {
  quarter: QuarterKey;
  label: string;
  responses: Record<Group, ShownCount>;
  askedPercent: Record<Group, number | null>;
  achievedPercent: Record<Group, number | null>;
  saferPercent: Record<Group, number | null>;
};

/** Public contract of `GET /admin/api/boards/:id/measures` (docs/admin-api.md). */
export type ShownMeasures = {
  period: Period;
  partnerId: number | null;
  /** Always true: these are people's own answers, not SAC practitioner figures. */
  selfReported: true;
  groups: Record<Group, ShownGroup>;
  trend: TrendPoint[];
};

function shapeGroup(raw: RawCounts, responsesHidden: boolean): ShownGroup {
  const base = { totalSuppressed: responsesHidden };
  const asked = suppressTable(raw.asked, {
    ...base,
    subtotals: { asked: ['yes_expressed', 'yes_not_expressed'] },
  });
  return {
    responses: responsesHidden ? SUPPRESSED : asked.total,
    asked,
    // Its total is the "asked and said" cell above: hidden there means hidden here (0070).
    achieved: suppressTable(raw.achieved, {
      totalSuppressed: responsesHidden || isSuppressed(asked.parts.yes_expressed.count),
      subtotals: { fullyOrPartly: ['fully', 'partly'] },
    }),
    safer: suppressTable(raw.safer, { ...base, subtotals: { safer: ['a_lot', 'a_bit'] } }),
    experience: Object.fromEntries(
      EXPERIENCE_CODES.map((code) => [
        code,
        suppressTable(raw.experience[code], {
          ...base,
          subtotals: { yes: ['yes_completely', 'yes_partly'] },
        }),
      ]),
    ) as ShownGroup['experience'],
  };
}

/**
 * Applies the small-number rule to a Board's counts. Adults and representatives are always
 * apart, and no combined total sits beside a hidden group (protect: 'total'). Quarters are the
 * parts of the period, so a quarter is hidden whenever it could be worked out from the others.
 */
export function shapeMeasures(
  raw: RawMeasures,
  period: Period,
  partnerId: number | null,
): ShownMeasures {
  const split = suppressTable(
    { adult: raw.period.adult.responses, representative: raw.period.representative.responses },
    { protect: 'total' },
  );
  const groups = {
    adult: shapeGroup(raw.period.adult, isSuppressed(split.parts.adult.count)),
    representative: shapeGroup(
      raw.period.representative,
      isSuppressed(split.parts.representative.count),
    ),
  };

  const quarters = quartersIn(period);
  const perQuarter = Object.fromEntries(
    GROUPS.map((g) => [
      g,
      suppressTable(
        Object.fromEntries(quarters.map((q) => [q.key, raw.quarters[q.key]?.[g].responses ?? 0])),
      ),
    ]),
  ) as Record<Group, ShownTable<string>>;

  const trend = quarters.map(({ key, period: qp }): TrendPoint => {
    const point: TrendPoint = {
      quarter: key,
      label: qp.label,
      responses: { adult: SUPPRESSED, representative: SUPPRESSED },
      askedPercent: { adult: null, representative: null },
      achievedPercent: { adult: null, representative: null },
      saferPercent: { adult: null, representative: null },
    };
    for (const g of GROUPS) {
      const count = perQuarter[g].parts[key]?.count ?? SUPPRESSED;
      point.responses[g] = count;
      const rawQuarter = raw.quarters[key]?.[g];
      if (!rawQuarter || isSuppressed(count)) continue;
      const shown = shapeGroup(rawQuarter, false);
      point.askedPercent[g] = shown.asked.subtotals.asked.percent;
      point.achievedPercent[g] = shown.achieved.subtotals.fullyOrPartly.percent;
      point.saferPercent[g] = shown.safer.subtotals.safer.percent;
    }
    return point;
  });

  return { period, partnerId, selfReported: true, groups, trend };
}
