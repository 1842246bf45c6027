/**
 * Stable codes for every answer a storyteller can give, and the official labels they map to.
 * Codes are a public contract (stored in the database and sent by the journey): never rename.
 * Plain-English and translated wording lives in the message catalogues, keyed by these codes.
 * Official labels follow the Care Act statutory guidance (CA) and the NHS England
 * Safeguarding Adults Collection (SAC): see docs/domain.md.
 */

export const RESPONDENTS = ['self', 'family', 'friend', 'carer', 'advocate', 'other'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** Only asked of representatives: does the adult know their story is being told? */
export const PERSON_KNOWS = ['yes_happy', 'unable_to_decide', 'died', 'not_asked'] as const;
export type PersonKnows = (typeof PERSON_KNOWS)[number];

export const SUPPORT_REASONS = ['yes', 'no', 'not_sure'] as const;
/**
 * "Is anyone hurting you or putting you at risk now?" (issue 13). Yes and not sure both show the
 * emergency contacts and mark the story urgent (domain/risk.ts); "When did the help finish?"
 * is about support, never about harm, so it no longer does.
 */
export const AT_RISK_NOW = ['yes', 'no', 'not_sure'] as const;
export type AtRiskNow = (typeof AT_RISK_NOW)[number];

export const FINISHED = [
  'still_happening',
  'under_3_months',
  '3_to_12_months',
  'over_1_year',
  'not_sure',
] as const;

/** Maps to SAC "Asked about desired outcomes" (self-reported; "Not Recorded" is never offered). */
export const ASKED_OUTCOMES = ['yes_expressed', 'yes_not_expressed', 'no', 'dont_know'] as const;
export const ASKED_OUTCOMES_SAC: Record<(typeof ASKED_OUTCOMES)[number], string> = {
  yes_expressed: 'Yes they were asked and outcomes were expressed',
  yes_not_expressed: 'Yes they were asked but no outcomes were expressed',
  no: 'No',
  dont_know: "Don't Know",
};

/** Maps to SAC "Outcomes achieved". */
export const OUTCOME_ACHIEVED = ['fully', 'partly', 'no', 'dont_know'] as const;
export const OUTCOME_ACHIEVED_SAC: Record<(typeof OUTCOME_ACHIEVED)[number], string | null> = {
  fully: 'Fully Achieved',
  partly: 'Partially Achieved',
  no: 'Not Achieved',
  dont_know: null,
};

export const FEEL_SAFER = ['a_lot', 'a_bit', 'no_different', 'less_safe', 'dont_know'] as const;

export const EXPERIENCE_ANSWERS = [
  'yes_completely',
  'yes_partly',
  'no',
  'dont_know',
  'not_applicable',
] as const;

/** Experience statements and the safeguarding principle (or wellbeing area) each speaks to. */
export const EXPERIENCE_STATEMENTS = [
  { code: 'listened', principles: ['empowerment'] },
  { code: 'involved', principles: ['empowerment', 'protection'] },
  { code: 'dignity', principles: ['wellbeing'] },
  { code: 'informed', principles: ['accountability'] },
  { code: 'understood_roles', principles: ['accountability'] },
  { code: 'shared_when_needed', principles: ['partnership'] },
] as const;
export type ExperienceCode = (typeof EXPERIENCE_STATEMENTS)[number]['code'];
export const EXPERIENCE_CODES = EXPERIENCE_STATEMENTS.map((s) => s.code) as ExperienceCode[];

export const HELP_TO_HAVE_SAY = [
  'advocate',
  'family_friend',
  'both',
  'no_one_wanted',
  'no_one_not_needed',
  'dont_know',
] as const;

/** CA types of abuse, with SAC "Type of risk" labels. */
export const HARM_KINDS = [
  { code: 'physical', label: 'Physical Abuse' },
  { code: 'sexual', label: 'Sexual Abuse' },
  { code: 'psychological', label: 'Psychological Abuse' },
  { code: 'financial', label: 'Financial or Material Abuse' },
  { code: 'discriminatory', label: 'Discriminatory Abuse' },
  { code: 'organisational', label: 'Organisational Abuse' },
  { code: 'neglect', label: 'Neglect and Acts of Omission' },
  { code: 'domestic', label: 'Domestic Abuse' },
  { code: 'sexual_exploitation', label: 'Sexual Exploitation' },
  { code: 'modern_slavery', label: 'Modern Slavery' },
  { code: 'self_neglect', label: 'Self-Neglect' },
] as const;
export type HarmKind = (typeof HARM_KINDS)[number]['code'];
export const HARM_KIND_CODES = HARM_KINDS.map((h) => h.code) as HarmKind[];

/** SAC "Location of risk". */
export const LOCATIONS = [
  { code: 'own_home', label: 'Own Home' },
  { code: 'community', label: 'In the Community' },
  { code: 'community_service', label: 'Community Service' },
  { code: 'care_home_nursing', label: 'Care Home - Nursing' },
  { code: 'care_home_residential', label: 'Care Home - Residential' },
  { code: 'hospital_acute', label: 'Hospital - Acute' },
  { code: 'hospital_mental_health', label: 'Hospital - Mental Health' },
  { code: 'hospital_community', label: 'Hospital - Community' },
  { code: 'other', label: 'Other' },
] as const;
export type LocationCode = (typeof LOCATIONS)[number]['code'];
export const LOCATION_CODES = LOCATIONS.map((l) => l.code) as LocationCode[];

/** Consent purposes: one unticked choice each, none required. Statistics are always counted. */
export const CONSENT_PURPOSES = [
  'board_share',
  'training',
  'publish',
  'quote',
  'contact_check',
  'contact_involve',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONTACT_PURPOSES: readonly ConsentPurpose[] = ['contact_check', 'contact_involve'];

/** Default consent period (docs/domain.md: 24 months). */
export const CONSENT_MONTHS = 24;

export const CONTACT_METHODS = ['email', 'phone'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Six safeguarding principles (CA). */
export const PRINCIPLES = [
  'empowerment',
  'prevention',
  'proportionality',
  'protection',
  'partnership',
  'accountability',
] as const;

/** Wellbeing areas (Care Act s1(2)). */
export const WELLBEING_AREAS = [
  'dignity',
  'health',
  'protection',
  'control',
  'participation',
  'social_economic',
  'relationships',
  'accommodation',
  'contribution',
] as const;

/** Nine essential steps for MSP. */
export const MSP_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const STORY_STATUSES = [
  'new',
  'in_review',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
  /** Suspected spam (honeypot, implausibly fast): kept for a coordinator to glance at, never dropped. */
  'quarantined',
] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];
