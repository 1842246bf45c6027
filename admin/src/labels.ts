import { HARM_KINDS, LOCATIONS } from '../../domain/vocabulary.ts';

/**
 * Staff-facing labels for the codes the API sends. Official wording where there is one: the
 * Care Act principles and wellbeing areas (CA), SAC labels for harm and location, the nine MSP
 * steps. Unknown codes fall back to readable text rather than disappearing.
 */
export function label(map: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return 'Not answered';
  return map[code] ?? code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const PRINCIPLE_LABELS: Record<string, string> = {
  empowerment: 'Empowerment',
  prevention: 'Prevention',
  proportionality: 'Proportionality',
  protection: 'Protection',
  partnership: 'Partnership',
  accountability: 'Accountability',
};

export const WELLBEING_LABELS: Record<string, string> = {
  dignity: 'Personal dignity (including being treated with respect)',
  health: 'Physical and mental health and emotional wellbeing',
  protection: 'Protection from abuse and neglect',
  control: 'Control over day-to-day life',
  participation: 'Participation in work, education, training or recreation',
  social_economic: 'Social and economic wellbeing',
  relationships: 'Domestic, family and personal relationships',
  accommodation: 'Suitability of living accommodation',
  contribution: "The individual's contribution to society",
};

export const MSP_STEP_LABELS: Record<string, string> = {
  '1': '1. Evidence strong leadership',
  '2': '2. Promote and model the culture shift',
  '3': '3. Define core principles for strategy and practice',
  '4': '4. Workplace and workforce development',
  '5': '5. Competent practice in applying the Mental Capacity Act',
  '6': '6. Focus on prevention and early intervention',
  '7': '7. Engage with and include people who use services',
  '8': '8. Engage all partner organisations',
  '9': '9. Measure the difference MSP makes for people',
};

export const HARM_LABELS: Record<string, string> = Object.fromEntries(
  HARM_KINDS.map((h) => [h.code, h.label]),
);
export const LOCATION_LABELS: Record<string, string> = Object.fromEntries(
  LOCATIONS.map((l) => [l.code, l.label]),
);

export const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  in_review: 'In review',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  quarantined: 'Held as possible spam',
};

/** GOV.UK tag colour per status; the tag's text always says the status too (WCAG 1.4.1). */
export const STATUS_TAG: Record<string, string> = {
  new: 'govuk-tag--blue',
  in_review: 'govuk-tag--yellow',
  approved: 'govuk-tag--green',
  rejected: 'govuk-tag--grey',
  withdrawn: 'govuk-tag--grey',
  expired: 'govuk-tag--grey',
  quarantined: 'govuk-tag--orange',
};

export const CHECK_LABELS: Record<string, string> = {
  no_current_risk: 'No current risk indicated',
  escalated: 'Escalated',
  referred: "Referred to the council's safeguarding team",
  already_supported: 'Person already supported',
};

export const RESPONDENT_LABELS: Record<string, string> = {
  self: 'The adult themselves',
  family: 'A family member',
  friend: 'A friend',
  carer: 'An unpaid carer',
  advocate: 'An independent advocate (including IMCA)',
  other: 'Someone else',
};

export const USE_LABELS: Record<string, string> = {
  board: 'the Board (with details removed)',
  training: 'training staff',
  publish: 'publishing (with details removed)',
  quote: 'quoting their exact words',
};

export const CONSENT_LABELS: Record<string, string> = {
  board_share: 'Share with the Board with details removed',
  training: 'Use to train staff',
  publish: 'Publish with details removed',
  quote: 'Quote my exact words',
  contact_check: 'Contact me to check my story',
  contact_involve: 'Contact me about getting involved',
};

export const ANSWER_LABELS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
  dont_know: "Don't know",
  still_happening: 'Still happening',
  under_3_months: 'Less than 3 months ago',
  '3_to_12_months': '3 to 12 months ago',
  over_1_year: 'More than a year ago',
  yes_expressed: 'Yes, and they said what they wanted',
  yes_not_expressed: 'Yes, but they did not say what they wanted',
  fully: 'Fully',
  partly: 'Partly',
  a_lot: 'A lot safer',
  a_bit: 'A bit safer',
  no_different: 'No different',
  less_safe: 'Less safe',
  yes_completely: 'Yes, completely',
  yes_partly: 'Yes, partly',
  not_applicable: 'Does not apply',
  advocate: 'An advocate',
  family_friend: 'Family or a friend',
  both: 'Both',
  no_one_wanted: 'No one, but they wanted help',
  no_one_not_needed: 'No one, not needed',
  yes_happy: 'Yes, and they are happy for it to be told',
  unable_to_decide: 'They are unable to decide',
  died: 'They have died',
  not_asked: 'They were not asked',
};

export const EXPERIENCE_LABELS: Record<string, string> = {
  listened: 'Listened to',
  involved: 'Involved as much as they wanted',
  dignity: 'Treated with dignity and respect',
  informed: 'Kept informed',
  understood_roles: 'Understood who everyone was',
  shared_when_needed: 'Information shared only when needed',
};

export const REDACTION_KIND_LABELS: Record<string, string> = {
  name: 'name',
  phone: 'phone number',
  email: 'email address',
  postcode: 'postcode',
  nhs_number: 'NHS number',
  date: 'date',
  date_of_birth: 'date of birth',
  age: 'age',
  address: 'street address',
  place: 'place',
  care_home: 'care home',
  ward: 'ward',
  hospital: 'hospital',
  staff: 'member of staff',
  manual: 'your redaction',
};
