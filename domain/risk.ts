import type { CueFinder, DangerCue } from './danger-cues/types.ts';

/**
 * Current-risk detection. docs/domain.md: "Risk words are detected generously: a false alarm costs a
 * minute, a miss can cost a life." So this list errs towards matching; a coordinator clears a
 * false alarm in the queue. Phrases are matched on normalised text (lower case, straight
 * apostrophes, single spaces), on word boundaries, so "hurting" matches but "shurting" does not.
 */

const DANGER_PHRASES: readonly string[] = [
  // Danger now, in the person's words
  'in danger',
  'not safe',
  "don't feel safe",
  'do not feel safe',
  'dont feel safe',
  'unsafe',
  'still happening',
  'happening now',
  'happening again',
  'still going on',
  'it has not stopped',
  "it hasn't stopped",
  'it never stopped',
  'still hurting me',
  'still hits me',
  'scared to go home',
  'afraid to go home',
  'frightened to go home',
  'scared of him',
  'scared of her',
  'scared of them',
  'afraid of him',
  'afraid of her',
  'afraid of them',
  'frightened of him',
  'frightened of her',
  'frightened of them',
  'terrified',
  'help me',
  'please help',
  'need help now',
  'emergency',
  // Violence and threats
  'hurting me',
  'hurts me',
  'hits me',
  'hitting me',
  'beats me',
  'beating me',
  'kicks me',
  'punches me',
  'chokes me',
  'choking me',
  'strangled',
  'strangles me',
  'threatens me',
  'threatening me',
  'threatened to kill',
  'going to kill',
  'gonna kill',
  'will kill me',
  'kill me',
  'hurt me again',
  'going to hurt',
  'knife',
  'weapon',
  'gun',
  // Control, confinement, exploitation
  'locked in',
  'locks me in',
  "won't let me leave",
  'will not let me leave',
  "won't let me out",
  'not allowed out',
  'not allowed to leave',
  'keeps me here',
  'took my passport',
  'takes my money',
  'taking my money',
  'took all my money',
  'no food',
  'not fed',
  'starving',
  'forced me',
  'forces me',
  'making me do',
  // Self-harm and suicide
  'suicide',
  'suicidal',
  'kill myself',
  'end my life',
  'end it all',
  "don't want to live",
  'do not want to live',
  "don't want to be here",
  'want to die',
  'better off dead',
  'self harm',
  'self-harm',
  'hurt myself',
  'harm myself',
  'overdose',
];

function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

const NORMALISED = DANGER_PHRASES.map((p) => ({ phrase: p, needle: normalise(p) }));

/** Returns the danger phrases found in the text (empty when none). */
export function findDangerPhrases(text: string): string[] {
  if (!text) return [];
  const haystack = normalise(text);
  return NORMALISED.filter(({ needle }) => haystack.includes(needle)).map(({ phrase }) => phrase);
}

// --- Stand-in until the `danger-english` work lands (issue 13): the same signature, mapping
// today's phrase list to categories. Replace this block with the real engine in the merge.
const SELF_HARM_PHRASES = new Set(DANGER_PHRASES.slice(DANGER_PHRASES.indexOf('suicide')));

/**
 * Danger cues in a text: English phrases, plus the chosen language's own cues when a finder is
 * given. `suicide_self_harm` also shows crisis contacts.
 */
export function findDangerCues(text: string, languageFinder?: CueFinder): DangerCue[] {
  const english: DangerCue[] = findDangerPhrases(text).map((phrase) => ({
    category: SELF_HARM_PHRASES.has(phrase) ? 'suicide_self_harm' : 'fear_plea',
    phrase,
  }));
  return [...english, ...(languageFinder ? languageFinder(text) : [])];
}
// --- end of stand-in

export type RiskAnswers = {
  finished?: string | undefined;
  feelSafer?: string | undefined;
  /** "Is anyone hurting you or putting you at risk now?": yes | no | not_sure (issue 13). */
  atRiskNow?: string | undefined;
  texts?: readonly (string | undefined)[];
};

/**
 * `still_happening` is kept for stories stored before issue 13: "When did the help finish? It is
 * still happening" means support is ongoing, not harm, so it no longer raises anything.
 */
export type RiskReason = 'at_risk_now' | 'less_safe' | 'danger_words' | 'still_happening';

/**
 * Why a story should be treated as current risk: the person says someone is hurting them or
 * putting them at risk now (or is not sure), they feel less safe now, or words of current danger
 * in any free text. An empty list means no current risk indicated.
 */
export function currentRiskReasons(answers: RiskAnswers): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (answers.atRiskNow === 'yes' || answers.atRiskNow === 'not_sure') reasons.push('at_risk_now');
  if (answers.feelSafer === 'less_safe') reasons.push('less_safe');
  if ((answers.texts ?? []).some((t) => t && findDangerPhrases(t).length > 0)) {
    reasons.push('danger_words');
  }
  return reasons;
}
