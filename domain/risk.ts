import { findEnglishCues } from './danger-cues/english.ts';
import type { CueFinder, DangerCue } from './danger-cues/types.ts';

/**
 * Current-risk detection. docs/domain.md: "Risk words are detected generously: a false alarm costs a
 * minute, a miss can cost a life." The English engine always runs, because people mix English into
 * other languages. `languageFinder` adds cues: the rarer English ones (`findMoreEnglishCues`, which
 * the server always passes) and the story's own language (domain/danger-cues/<code>.ts).
 * How it decides, and how well it does: docs/danger-detection.md.
 */
export function findDangerCues(text: string, languageFinder?: CueFinder): DangerCue[] {
  if (!text) return [];
  const cues = findEnglishCues(text);
  if (!languageFinder) return cues;
  const seen = new Set(cues.map((c) => `${c.category} ${c.phrase}`));
  for (const cue of languageFinder(text)) {
    if (!seen.has(`${cue.category} ${cue.phrase}`)) cues.push(cue);
  }
  return cues;
}

/** One finder that runs each in turn, e.g. the rarer English cues and the story's language. */
export const combineFinders =
  (...finders: readonly (CueFinder | undefined)[]): CueFinder =>
  (text) =>
    finders.flatMap((find) => (find ? find(text) : []));

/** The words of current danger found in the text (empty when none), for callers that need no category. */
export function findDangerPhrases(text: string, languageFinder?: CueFinder): string[] {
  return findDangerCues(text, languageFinder).map((c) => c.phrase);
}

/** Suicide and self-harm cues also show crisis contacts (Samaritans 116 123; NHS 111, mental health option). */
export const hasSuicideOrSelfHarmCue = (cues: readonly DangerCue[]): boolean =>
  cues.some((c) => c.category === 'suicide_self_harm');

export type RiskAnswers = {
  finished?: string | undefined;
  feelSafer?: string | undefined;
  /** "Is anyone hurting you or putting you at risk now?": yes | no | not_sure (issue 13). */
  atRiskNow?: string | undefined;
  texts?: readonly (string | undefined)[];
  /** Cues in the story's language besides English (domain/danger-cues/<code>.ts). */
  languageFinder?: CueFinder | undefined;
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
  if (
    (answers.texts ?? []).some((t) => t && findDangerCues(t, answers.languageFinder).length > 0)
  ) {
    reasons.push('danger_words');
  }
  return reasons;
}
