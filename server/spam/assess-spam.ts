import type { StoryInput } from '../../domain/story-schema.ts';

/**
 * Why a story looks like spam. Stored as JSON in `story.spam_reasons`; codes are a contract
 * with the moderation screens: never rename.
 */
export const SPAM_REASONS = ['honeypot', 'too_fast', 'no_timing'] as const;
export type SpamReason = (typeof SPAM_REASONS)[number];

/**
 * Minimum plausible time from opening the journey to sending a story. The journey asks at least
 * a dozen questions on separate pages; nobody answers them in under ten seconds, a script does
 * (docs/decisions/0060-quarantine-not-captcha.md).
 */
export const MIN_FILL_MS = 10_000;

/**
 * Decides whether a valid story is suspected spam. Suspected spam is never refused or dropped:
 * the caller stores it with status `quarantined` and answers exactly as for any story, so a
 * false positive never silences a person and a spammer learns nothing.
 * `requireTiming` is for the JSON API, whose journey always sends `elapsedMs`; the
 * no-JavaScript form cannot measure time in the browser and passes false.
 */
export function assessSpam(
  input: Pick<StoryInput, 'website' | 'elapsedMs'>,
  options: { requireTiming: boolean },
): SpamReason[] {
  const reasons: SpamReason[] = [];
  if (input.website !== undefined && input.website.trim() !== '') reasons.push('honeypot');
  if (input.elapsedMs === undefined) {
    if (options.requireTiming) reasons.push('no_timing');
  } else if (input.elapsedMs < MIN_FILL_MS) {
    reasons.push('too_fast');
  }
  return reasons;
}
