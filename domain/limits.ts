/** Length limits shared by the journey (character counts) and the server (validation). */
export const LIMITS = {
  story: 10_000,
  wantedOutcome: 2_000,
  helpedMost: 5_000,
  shouldChange: 5_000,
  contactName: 200,
  email: 254,
  phone: 30,
  siteKey: 64,
} as const;

/** Version of the consent wording shown by the journey; stored with every consent row. */
export const CONSENT_WORDING_VERSION = '2026-11-v1';

/**
 * Most stories one Board pack may hold: room for the 50-story pack a themed meeting may need
 * (issue 7's benchmark) without letting one request re-check thousands of stories.
 */
export const PACK_MAX_STORIES = 60;

/**
 * How soon a coordinator reads an urgent story, in working hours, when the site's settings do
 * not say (the Board's alerting default, board_alerting.response_hours). The journey's wording
 * comes from the same number so "we will read it within…" is a promise the Board keeps.
 */
export const DEFAULT_RESPONSE_HOURS = 4;
