import {
  Chart,
  GroupCountsTable,
  GroupTable,
  groupChart,
  PercentTable,
  type Row,
} from './measure-figure.tsx';
import {
  ACHIEVED,
  ASKED,
  EXPERIENCE_ANSWERS,
  EXPERIENCE_STATEMENTS,
  GROUPS,
  type Group,
  SAFER,
  type ShownCell,
  type ShownMeasures,
  type ShownTable,
  type TrendPoint,
} from './measure-types.ts';

type Answers = readonly (readonly [string, string])[];

const WITHHELD: ShownCell = { count: '[c]', percent: null };

/** Each answer's row, then the named subtotal and the table's total, as the server sent them. */
function rowsOf(
  pick: (g: Group) => ShownTable,
  answers: Answers,
  extras: { subtotal: string; label: string }[],
  totalLabel: string,
): Row[] {
  const cells = (cell: (t: ShownTable) => ShownCell | undefined) =>
    Object.fromEntries(GROUPS.map((g) => [g, cell(pick(g)) ?? WITHHELD])) as Record<
      Group,
      ShownCell
    >;
  return [
    ...answers.map(([code, label]) => ({ label, cells: cells((t) => t.parts[code]) })),
    ...extras.map((e) => ({
      label: e.label,
      cells: cells((t) => t.subtotals[e.subtotal]),
      extra: true,
    })),
    {
      label: totalLabel,
      // The total is a count; its percentage is 100 by definition, so none is shown.
      cells: cells((t) => ({ count: t.total, percent: null })),
      extra: true,
    },
  ];
}

/** A chart of one question's answers, then the same numbers (and subtotals) in a table. */
function Question({
  id,
  title,
  intro,
  pick,
  answers,
  extras,
  totalLabel,
}: {
  id: string;
  title: string;
  intro?: string;
  pick: (g: Group) => ShownTable;
  answers: Answers;
  extras: { subtotal: string; label: string }[];
  totalLabel: string;
}) {
  const chart = groupChart(
    title,
    answers.map(([, label]) => label),
    (g, i) => pick(g).parts[answers[i]?.[0] ?? '']?.percent ?? null,
  );
  return (
    <section aria-labelledby={`${id}-heading`} class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {intro && <p class="govuk-body">{intro}</p>}
      <Chart chart={chart} id={`${id}-chart`} />
      <GroupTable
        caption={`${title}: the numbers in the chart`}
        label={`${title}: table`}
        rowHeading="Answer"
        rows={rowsOf(pick, answers, extras, totalLabel)}
      />
    </section>
  );
}

function Trend({ trend }: { trend: TrendPoint[] }) {
  const measures = [
    { key: 'askedPercent', title: 'Asked what they wanted, by quarter' },
    {
      key: 'achievedPercent',
      title: 'Got what they wanted, fully or partly, by quarter (of those who said)',
    },
    { key: 'saferPercent', title: 'Feel safer (a lot or a bit), by quarter' },
  ] as const;
  return (
    <section aria-labelledby="trend-heading" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="trend-heading">
        Over time
      </h2>
      <p class="govuk-body">
        Each financial quarter in the period. A quarter with too few answers to show safely is shown
        as [c].
      </p>
      <GroupCountsTable
        caption="Responses by quarter"
        label="Responses by quarter: table"
        rowHeading="Quarter"
        rows={trend.map((p) => ({ label: p.label, counts: p.responses }))}
      />
      {measures.map((m) => (
        <div key={m.key}>
          <h3 class="govuk-heading-s">{m.title}</h3>
          <Chart
            id={`trend-${m.key}`}
            chart={groupChart(
              m.title,
              trend.map((p) => p.label),
              (g, i) => trend[i]?.[m.key][g] ?? null,
            )}
          />
          <PercentTable
            caption={`${m.title}: the numbers in the chart`}
            label={`${m.title}: table`}
            rowHeading="Quarter"
            rows={trend.map((p) => ({ label: p.label, values: p[m.key] }))}
          />
        </div>
      ))}
    </section>
  );
}

/**
 * "What people told us": every figure exactly as the server sent it after the small-number rule.
 * Nothing is added up, rounded or worked out here (a sum in the browser could undo suppression).
 */
export function MeasuresReport({ m }: { m: ShownMeasures }) {
  const g = m.groups;
  return (
    <>
      <h2 class="govuk-heading-l govuk-!-margin-top-6" id="report-heading">
        {m.period.label} <strong class="govuk-tag govuk-tag--blue">Self-reported</strong>
      </h2>
      <section aria-labelledby="responses-heading" class="govuk-!-margin-bottom-8">
        <h2 class="govuk-heading-m" id="responses-heading">
          Who answered
        </h2>
        <GroupCountsTable
          caption="Responses in this period"
          label="Responses: table"
          rowHeading="Period"
          rows={[
            {
              label: m.period.label,
              counts: { adult: g.adult.responses, representative: g.representative.responses },
            },
          ]}
        />
      </section>
      <Question
        id="asked"
        title="Were they asked what they wanted to happen?"
        pick={(k) => g[k].asked}
        answers={ASKED}
        extras={[{ subtotal: 'asked', label: 'Asked (whether or not they said)' }]}
        totalLabel="Everyone who answered"
      />
      <Question
        id="achieved"
        title="Did they get what they wanted?"
        intro="Of those who were asked and said what they wanted."
        pick={(k) => g[k].achieved}
        answers={ACHIEVED}
        extras={[{ subtotal: 'fullyOrPartly', label: 'Fully or partly' }]}
        totalLabel="Everyone who said what they wanted"
      />
      <Question
        id="safer"
        title="Do they feel safer now?"
        pick={(k) => g[k].safer}
        answers={SAFER}
        extras={[{ subtotal: 'safer', label: 'A lot or a bit safer' }]}
        totalLabel="Everyone who answered"
      />
      <section aria-labelledby="experience-heading" class="govuk-!-margin-bottom-8">
        <h2 class="govuk-heading-m" id="experience-heading">
          How people were treated
        </h2>
        <p class="govuk-body">
          People were asked whether each statement was true for them. Each statement has its own
          chart and table.
        </p>
        {EXPERIENCE_STATEMENTS.map(([code, statement]) => (
          <div key={code}>
            <h3 class="govuk-heading-s">“{statement}”</h3>
            <Chart
              id={`experience-${code}-chart`}
              chart={groupChart(
                `“${statement}”`,
                EXPERIENCE_ANSWERS.map(([, label]) => label),
                (k, i) => {
                  const answer = EXPERIENCE_ANSWERS[i]?.[0];
                  return answer ? (g[k].experience[code]?.parts[answer]?.percent ?? null) : null;
                },
              )}
            />
            <GroupTable
              caption={`“${statement}”: the numbers in the chart`}
              label={`“${statement}”: table`}
              rowHeading="Answer"
              rows={rowsOf(
                (k) => g[k].experience[code] ?? { total: '[c]', parts: {}, subtotals: {} },
                EXPERIENCE_ANSWERS,
                [{ subtotal: 'yes', label: 'Yes, completely or partly' }],
                'Everyone who answered',
              )}
            />
          </div>
        ))}
      </section>
      <Trend trend={m.trend} />
    </>
  );
}
