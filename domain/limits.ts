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
