/**
 * Kinds of current danger, from safeguarding practice (issue 13). A cue is evidence that someone
 * may be in danger now; any cue shows emergency contacts and marks the story urgent.
 * `suicide_self_harm` also shows crisis contacts (Samaritans, NHS 111 mental health option).
 */
export const DANGER_CATEGORIES = [
  'suicide_self_harm',
  'threats',
  'physical',
  'sexual',
  'financial',
  'psychological_control',
  'neglect',
  'fear_plea',
  'imminent',
] as const;
export type DangerCategory = (typeof DANGER_CATEGORIES)[number];

/** One cue found in a text: its category and the words that matched (for the coordinator). */
export type DangerCue = { category: DangerCategory; phrase: string };

/** Finds cues in one language's text. Each catalogue language has one (domain/danger-cues/). */
export type CueFinder = (text: string) => DangerCue[];
