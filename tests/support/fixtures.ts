import { CONSENT_WORDING_VERSION } from '../../domain/limits.ts';
import type { StoryInputDraft } from '../../domain/story-schema.ts';

/**
 * Named story fixtures, reused by API tests, browser tests and benchmarks. Realistic but
 * invented; phone numbers are Ofcom drama numbers.
 */
export const adultStory = (overrides: Partial<StoryInputDraft> = {}): StoryInputDraft => ({
  siteKey: 'demo',
  language: 'en',
  respondent: 'self',
  supportReason: 'yes',
  finished: '3_to_12_months',
  askedOutcomes: 'yes_expressed',
  wantedOutcome: 'I wanted the carers who took money from my purse to stop coming to my flat.',
  outcomeAchieved: 'partly',
  feelSafer: 'a_bit',
  experience: {
    listened: 'yes_completely',
    involved: 'yes_partly',
    dignity: 'yes_completely',
    informed: 'no',
    understood_roles: 'dont_know',
    shared_when_needed: 'yes_completely',
  },
  helpToHaveSay: 'advocate',
  harmKinds: ['financial'],
  location: 'own_home',
  story:
    'Money kept going missing after the morning visits. The social worker listened to me and changed the agency, but nobody told me what happened to the carer after that.',
  helpedMost: 'My advocate came to every meeting with me.',
  shouldChange: 'Tell people what happened at the end.',
  consents: {
    board_share: true,
    training: false,
    publish: false,
    quote: true,
    contact_check: false,
    contact_involve: false,
  },
  consentWording: CONSENT_WORDING_VERSION,
  ...overrides,
});

export const representativeStory = (overrides: Partial<StoryInputDraft> = {}): StoryInputDraft =>
  adultStory({
    respondent: 'family',
    personKnows: 'yes_happy',
    askedOutcomes: 'no',
    wantedOutcome: undefined,
    outcomeAchieved: undefined,
    story:
      'My dad was in a nursing home and kept losing weight. When we raised it, the safeguarding team visited quickly and he was moved, but we had to chase for every update.',
    consents: {
      board_share: true,
      training: true,
      publish: false,
      quote: false,
      contact_check: true,
      contact_involve: false,
    },
    contact: { method: 'phone', phone: '07700 900982', safeToLeaveMessage: true },
    ...overrides,
  });

/** Fields of a form post: a repeated field (a checkbox group) as a list. */
export type FormFieldValues = Record<string, string | string[]>;

/** A form body as a browser sends it (urlencoded), repeated fields once per value. */
export function formBody(fields: FormFieldValues): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body.toString();
}

/** The fewest answers the one-page no-JavaScript form (POST /tell/{site}) accepts. */
export const completeNoJsForm = (overrides: FormFieldValues = {}): FormFieldValues => ({
  idempotencyKey: 'complete-form-0001',
  respondent: 'self',
  supportReason: 'yes',
  finished: 'over_1_year',
  askedOutcomes: 'no',
  feelSafer: 'a_lot',
  'experience.listened': 'yes_completely',
  'experience.involved': 'yes_partly',
  'experience.dignity': 'yes_completely',
  'experience.informed': 'no',
  'experience.understood_roles': 'dont_know',
  'experience.shared_when_needed': 'not_applicable',
  helpToHaveSay: 'family_friend',
  story: 'They told me what would happen next.',
  consents: ['board_share'],
  ...overrides,
});
