import { z } from 'zod';
import { normaliseDigits } from './digits.ts';
import { CONSENT_WORDING_VERSION, LIMITS } from './limits.ts';
import { en, translate } from './messages.ts';
import { MESSAGE_WORDINGS } from './outbox.ts';
import {
  ASKED_OUTCOMES,
  AT_RISK_NOW,
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  CONTACT_PURPOSES,
  EXPERIENCE_ANSWERS,
  EXPERIENCE_CODES,
  FEEL_SAFER,
  FINISHED,
  HARM_KIND_CODES,
  HELP_TO_HAVE_SAY,
  LOCATION_CODES,
  OUTCOME_ACHIEVED,
  PERSON_KNOWS,
  RESPONDENTS,
  SUPPORT_REASONS,
} from './vocabulary.ts';

/**
 * The story contract: what the journey (and the no-JavaScript form) sends to
 * `POST /api/v1/stories`. Error messages are the catalogue's plain English, so the API's
 * problem+json and the form's error summary say the same thing.
 */

const m = (key: keyof typeof en, vars?: Record<string, string | number>) =>
  translate(en, key, vars);

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

/** True for C0 control characters other than tab and new line, and DEL (NUL included). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10) || code === 127) return true;
  }
  return false;
}

/** Free text: trimmed; NUL and other control characters (except new lines and tabs) refused. */
const freeText = (max: number, tooLong: string) =>
  z
    .string({ error: 'Must be text' })
    .max(max * 2, tooLong)
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, tooLong)
        .refine((s) => !hasControlCharacters(s), {
          message: 'Must not contain control characters',
        })
        .refine((s) => s.isWellFormed(), { message: 'Must be valid text' }),
    );

const optionalText = (max: number, tooLong: string) =>
  freeText(max, tooLong)
    .optional()
    .transform((s) => (s ? s : undefined));

const ExperienceSchema = z.strictObject(
  Object.fromEntries(
    EXPERIENCE_CODES.map((code) => [
      code,
      choice(EXPERIENCE_ANSWERS, m('experience.error', { statement: en[`experience.${code}`] })),
    ]),
  ) as Record<
    (typeof EXPERIENCE_CODES)[number],
    z.ZodEnum<{ [K in (typeof EXPERIENCE_ANSWERS)[number]]: K }>
  >,
  { error: 'Answer every statement about how you were treated' },
);

const ConsentsSchema = z.strictObject(
  Object.fromEntries(
    CONSENT_PURPOSES.map((p) => [p, z.boolean({ error: 'Must be true or false' })]),
  ) as Record<(typeof CONSENT_PURPOSES)[number], z.ZodBoolean>,
  { error: 'Say which uses you agree to' },
);

const ContactSchema = z.strictObject({
  name: optionalText(LIMITS.contactName, m('contact.errorName', { count: LIMITS.contactName })),
  method: choice(CONTACT_METHODS, m('contact.errorMethod')),
  email: z
    .string()
    .trim()
    .max(LIMITS.email, m('contact.errorEmail'))
    .pipe(z.email({ error: m('contact.errorEmail') }))
    .optional(),
  // Arabic-Indic, Bengali or full-width digits are the same number: stored as 0-9 (issue 8).
  phone: z
    .string()
    .transform(normaliseDigits)
    .pipe(
      z
        .string()
        .trim()
        .max(LIMITS.phone, m('contact.errorPhone'))
        .regex(/^\+?[0-9 ()-]{7,}$/, m('contact.errorPhone'))
        .refine((s) => s.replace(/\D/g, '').length >= 7 && s.replace(/\D/g, '').length <= 15, {
          message: m('contact.errorPhone'),
        }),
    )
    .optional(),
  safeToLeaveMessage: z.boolean({ error: m('contact.errorSafeMessage') }),
  /** How messages to the storyteller are worded; the server's default is neutral (issue 13). */
  messageWording: choice(MESSAGE_WORDINGS, 'Unknown message wording').optional(),
});

export const StoryInputSchema = z
  .strictObject({
    siteKey: z
      .string({ error: 'Say which site this story came from' })
      .min(1, 'Say which site this story came from')
      .max(LIMITS.siteKey, 'Site key is too long'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i, 'Language must be a language code'),
    respondent: choice(RESPONDENTS, m('who.error')),
    personKnows: choice(PERSON_KNOWS, m('knows.error')).optional(),
    supportReason: choice(SUPPORT_REASONS, m('reason.error')),
    finished: choice(FINISHED, m('finished.error')),
    // Optional in the API so clients built before issue 13 still send; the journey asks it.
    atRiskNow: choice(AT_RISK_NOW, m('atRisk.error')).optional(),
    askedOutcomes: choice(ASKED_OUTCOMES, m('asked.error')),
    wantedOutcome: optionalText(
      LIMITS.wantedOutcome,
      m('wanted.errorTooLong', { count: LIMITS.wantedOutcome }),
    ),
    outcomeAchieved: choice(OUTCOME_ACHIEVED, m('achieved.error')).optional(),
    feelSafer: choice(FEEL_SAFER, m('safer.error')),
    experience: ExperienceSchema,
    helpToHaveSay: choice(HELP_TO_HAVE_SAY, m('helpSay.error')),
    harmKinds: z
      .array(z.enum(HARM_KIND_CODES as [string, ...string[]], { error: 'Unknown kind of harm' }))
      .max(HARM_KIND_CODES.length)
      .refine((a) => new Set(a).size === a.length, { message: 'Each kind of harm only once' })
      .default([]),
    location: z
      .enum(LOCATION_CODES as [string, ...string[]], { error: 'Unknown place' })
      .optional(),
    story: freeText(LIMITS.story, m('story.errorTooLong', { count: LIMITS.story })).refine(
      (s) => s.length > 0,
      { message: m('story.error') },
    ),
    helpedMost: optionalText(
      LIMITS.helpedMost,
      m('helped.errorTooLong', { count: LIMITS.helpedMost }),
    ),
    shouldChange: optionalText(
      LIMITS.shouldChange,
      m('change.errorTooLong', { count: LIMITS.shouldChange }),
    ),
    consents: ConsentsSchema,
    consentWording: z.literal(CONSENT_WORDING_VERSION, {
      error: `Consent wording must be version ${CONSENT_WORDING_VERSION}`,
    }),
    contact: ContactSchema.optional(),
    /**
     * Spam defences that never block a person (no puzzles): `website` is a honeypot field people
     * never see (a filled one sends the story to quarantine, not the bin), and `elapsedMs` is how
     * long the journey was open before sending (implausibly fast also means quarantine).
     */
    website: z.string().max(500).optional(),
    elapsedMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600 * 1000)
      .optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (s.respondent !== 'self' && !s.personKnows) issue(['personKnows'], m('knows.error'));
    if (s.respondent === 'self' && s.personKnows) {
      issue(['personKnows'], 'Only asked when telling a story for someone else');
    }
    if (s.askedOutcomes !== 'yes_expressed') {
      if (s.wantedOutcome) issue(['wantedOutcome'], 'Only asked when outcomes were expressed');
      if (s.outcomeAchieved) issue(['outcomeAchieved'], 'Only asked when outcomes were expressed');
    } else if (!s.outcomeAchieved) {
      issue(['outcomeAchieved'], m('achieved.error'));
    }
    const wantsContact = CONTACT_PURPOSES.some((p) => s.consents[p]);
    if (s.personKnows === 'not_asked' && CONSENT_PURPOSES.some((p) => s.consents[p])) {
      issue(['consents'], m('consent.notAsked'));
    }
    if (wantsContact && !s.contact) issue(['contact'], m('contact.errorMethod'));
    if (!wantsContact && s.contact) {
      issue(['contact'], 'Contact details are only kept when you ask us to contact you');
    }
    if (s.contact?.method === 'email' && !s.contact.email) {
      issue(['contact', 'email'], m('contact.errorEmail'));
    }
    if (s.contact?.method === 'phone' && !s.contact.phone) {
      issue(['contact', 'phone'], m('contact.errorPhone'));
    }
  });

export type StoryInput = z.output<typeof StoryInputSchema>;
export type StoryInputDraft = z.input<typeof StoryInputSchema>;
