import type { StoryDetail } from '../api/types.ts';
import {
  ANSWER_LABELS,
  EXPERIENCE_LABELS,
  HARM_LABELS,
  LOCATION_LABELS,
  label,
  RESPONDENT_LABELS,
} from '../labels.ts';

/**
 * The language a story was told in, named in English with its code ("Arabic (ar)"). Free text
 * is shown as written: Heard does not translate stories (issue 8).
 */
function languageName(code: string): string {
  if (code === 'en-easy') return 'Easy Read English (en-easy)';
  try {
    const name = new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{k}</dt>
      <dd class="govuk-summary-list__value">{v}</dd>
    </div>
  );
}

/** The storyteller's answers, labelled as self-reported (docs/domain.md: never SAC figures). */
export function Answers({ story }: { story: StoryDetail }) {
  const a = story.answers;
  const rep = a.respondent !== 'self';
  return (
    <section aria-labelledby="answers-heading">
      <h2 class="govuk-heading-m" id="answers-heading">
        What they told us (self-reported)
      </h2>
      <p class="govuk-body">
        {rep
          ? 'Told by someone on the adult’s behalf: report these answers separately from adults’ own.'
          : 'Told by the adult themselves.'}
      </p>
      <dl class="govuk-summary-list">
        <Row k="Who filled this in" v={label(RESPONDENT_LABELS, a.respondent)} />
        {rep && <Row k="Does the person know" v={label(ANSWER_LABELS, a.personKnows)} />}
        <Row
          k="Help because of a worry about abuse or neglect"
          v={label(ANSWER_LABELS, a.supportReason)}
        />
        <Row k="When the help finished" v={label(ANSWER_LABELS, a.finished)} />
        <Row
          k="Anyone hurting them or putting them at risk now"
          v={label(ANSWER_LABELS, a.atRiskNow)}
        />
        <Row k="Asked what they wanted to happen" v={label(ANSWER_LABELS, a.askedOutcomes)} />
        <Row k="Did that happen" v={label(ANSWER_LABELS, a.outcomeAchieved)} />
        <Row k="Feel safer now" v={label(ANSWER_LABELS, a.feelSafer)} />
        {Object.entries(a.experience).map(([code, answer]) => (
          <Row key={code} k={label(EXPERIENCE_LABELS, code)} v={label(ANSWER_LABELS, answer)} />
        ))}
        <Row k="Help to have a say" v={label(ANSWER_LABELS, a.helpToHaveSay)} />
        <Row
          k="Kind of harm"
          v={
            a.harmKinds.length
              ? a.harmKinds.map((h) => label(HARM_LABELS, h)).join(', ')
              : 'Not answered'
          }
        />
        <Row k="Where it happened" v={label(LOCATION_LABELS, a.location)} />
        <Row k="Language" v={languageName(a.language)} />
      </dl>
    </section>
  );
}
