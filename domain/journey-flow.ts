import type { CueFinder } from './danger-cues/types.ts';
import { normaliseDigits } from './digits.ts';
import { CONSENT_WORDING_VERSION, LIMITS } from './limits.ts';
import type { MessageKey } from './messages/en.ts';
import { MESSAGE_WORDINGS } from './outbox.ts';
import { currentRiskReasons, findDangerCues } from './risk.ts';
import {
  ASKED_OUTCOMES,
  AT_RISK_NOW,
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  CONTACT_PURPOSES,
  EXPERIENCE_ANSWERS,
  EXPERIENCE_CODES,
  type ExperienceCode,
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
 * The storyteller's question flow (docs/domain.md steps 1–16) as data, shared by the Preact journey
 * and the server-rendered no-JavaScript form so both ask the same questions with the same
 * codes. No zod here: the widget imports this file and must stay small; the server's zod
 * schema (story-schema.ts) is the final judge.
 *
 * Answers are a flat map whose keys are the story contract's field paths joined with "."
 * (`experience.listened`, `contact.email`): the same names are the no-JS form's field names
 * and the paths of the API's 422 errors, so an error maps straight back to its page.
 */
export type Answers = Record<string, string | string[] | undefined>;

export type FieldKind = 'radios' | 'checkboxes' | 'textarea' | 'text' | 'email' | 'tel';

export type FieldDef = {
  /** Flat answer key (also the form field name). */
  name: string;
  kind: FieldKind;
  /** Codes offered; each label is the catalogue key `${optionPrefix}.${code}` unless in `optionKeys`. */
  options?: readonly string[];
  optionPrefix?: string;
  optionKeys?: Record<string, MessageKey>;
  required: boolean;
  /** Largest length for free text (LIMITS). */
  max?: number;
  /** Catalogue key of the error shown when a required answer is missing. */
  errorKey?: MessageKey;
  /** Catalogue key of the label for a field that is not the page's heading. */
  labelKey?: MessageKey;
  hintKey?: MessageKey;
  /** Shown only when this returns true (e.g. the email box when "email" is chosen). */
  applies?: (a: Answers) => boolean;
};

export type PageDef = {
  id: string;
  kind: 'info' | 'question' | 'consent' | 'contact' | 'check' | 'done' | 'start';
  headingKey: MessageKey;
  hintKey?: MessageKey;
  /** Catalogue key for a caption above the heading (e.g. "How you were treated (2 of 6)"). */
  captionKey?: MessageKey;
  captionVars?: Record<string, string | number>;
  fields: FieldDef[];
  /** The page is asked only when this returns true (docs/domain.md: follow-ups only where they apply). */
  applies?: (a: Answers) => boolean;
};

const one = (a: Answers, name: string): string | undefined => {
  const v = a[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const many = (a: Answers, name: string): string[] => {
  const v = a[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' && v !== '' ? [v] : [];
};

/** True when someone is telling the story on another person's behalf (`.rep` wording). */
export const isRepresentative = (a: Answers): boolean => {
  const r = one(a, 'respondent');
  return r !== undefined && r !== 'self';
};

/** Representatives who have not asked the person get no consent choices (story-schema superRefine). */
export const consentsOffered = (a: Answers): boolean => one(a, 'personKnows') !== 'not_asked';

export const wantsContact = (a: Answers): boolean =>
  consentsOffered(a) && CONTACT_PURPOSES.some((p) => many(a, 'consents').includes(p));

const radios = (
  name: string,
  options: readonly string[],
  optionPrefix: string,
  errorKey: MessageKey,
  required = true,
): FieldDef => ({ name, kind: 'radios', options, optionPrefix, required, errorKey });

const experiencePages: PageDef[] = EXPERIENCE_CODES.map((code: ExperienceCode, i) => ({
  id: `experience-${code.replace(/_/g, '-')}`,
  kind: 'question',
  headingKey: `experience.${code}` as MessageKey,
  captionKey: 'experience.caption',
  captionVars: { number: i + 1, total: EXPERIENCE_CODES.length },
  fields: [
    {
      ...radios(`experience.${code}`, EXPERIENCE_ANSWERS, 'experience', 'experience.error'),
    },
  ],
}));

/** Every page of the journey in order. Public contract for deep links in tests: ids are stable. */
export const PAGES: readonly PageDef[] = [
  { id: 'start', kind: 'start', headingKey: 'start.heading', fields: [] },
  { id: 'staying-safe', kind: 'info', headingKey: 'online.heading', fields: [] },
  {
    id: 'who',
    kind: 'question',
    headingKey: 'who.heading',
    hintKey: 'who.hint',
    fields: [radios('respondent', RESPONDENTS, 'who', 'who.error')],
  },
  {
    id: 'person-knows',
    kind: 'question',
    headingKey: 'knows.heading',
    hintKey: 'knows.notAskedHint',
    applies: isRepresentative,
    fields: [radios('personKnows', PERSON_KNOWS, 'knows', 'knows.error')],
  },
  {
    id: 'reason',
    kind: 'question',
    headingKey: 'reason.heading',
    hintKey: 'reason.hint',
    fields: [radios('supportReason', SUPPORT_REASONS, 'reason', 'reason.error')],
  },
  {
    id: 'finished',
    kind: 'question',
    headingKey: 'finished.heading',
    fields: [radios('finished', FINISHED, 'finished', 'finished.error')],
  },
  {
    // Asked straight after "When did the help finish?" so that "It is still happening" (support
    // goes on) is never read as harm going on (issue 13). Its own page, asked of everyone.
    id: 'at-risk-now',
    kind: 'question',
    headingKey: 'atRisk.heading',
    hintKey: 'atRisk.hint',
    fields: [radios('atRiskNow', AT_RISK_NOW, 'atRisk', 'atRisk.error')],
  },
  {
    id: 'asked',
    kind: 'question',
    headingKey: 'asked.heading',
    fields: [radios('askedOutcomes', ASKED_OUTCOMES, 'asked', 'asked.error')],
  },
  {
    id: 'wanted',
    kind: 'question',
    headingKey: 'wanted.heading',
    hintKey: 'wanted.hint',
    applies: (a) => one(a, 'askedOutcomes') === 'yes_expressed',
    fields: [
      {
        name: 'wantedOutcome',
        kind: 'textarea',
        required: false,
        max: LIMITS.wantedOutcome,
        errorKey: 'wanted.errorTooLong',
      },
    ],
  },
  {
    id: 'achieved',
    kind: 'question',
    headingKey: 'achieved.heading',
    applies: (a) => one(a, 'askedOutcomes') === 'yes_expressed',
    fields: [radios('outcomeAchieved', OUTCOME_ACHIEVED, 'achieved', 'achieved.error')],
  },
  {
    id: 'safer',
    kind: 'question',
    headingKey: 'safer.heading',
    fields: [radios('feelSafer', FEEL_SAFER, 'safer', 'safer.error')],
  },
  ...experiencePages,
  {
    id: 'help-have-say',
    kind: 'question',
    headingKey: 'helpSay.heading',
    fields: [radios('helpToHaveSay', HELP_TO_HAVE_SAY, 'helpSay', 'helpSay.error')],
  },
  {
    id: 'harm',
    kind: 'question',
    headingKey: 'harm.heading',
    hintKey: 'harm.hint',
    fields: [
      {
        name: 'harmKinds',
        kind: 'checkboxes',
        options: HARM_KIND_CODES,
        optionPrefix: 'harm',
        required: false,
      },
    ],
  },
  {
    id: 'where',
    kind: 'question',
    headingKey: 'where.heading',
    hintKey: 'where.hint',
    fields: [radios('location', LOCATION_CODES, 'where', 'where.hint', false)],
  },
  {
    id: 'story',
    kind: 'question',
    headingKey: 'story.heading',
    hintKey: 'story.hint',
    fields: [
      {
        name: 'story',
        kind: 'textarea',
        required: true,
        max: LIMITS.story,
        errorKey: 'story.error',
      },
    ],
  },
  {
    id: 'helped',
    kind: 'question',
    headingKey: 'helped.heading',
    hintKey: 'helped.hint',
    fields: [{ name: 'helpedMost', kind: 'textarea', required: false, max: LIMITS.helpedMost }],
  },
  {
    id: 'change',
    kind: 'question',
    headingKey: 'change.heading',
    hintKey: 'change.hint',
    fields: [{ name: 'shouldChange', kind: 'textarea', required: false, max: LIMITS.shouldChange }],
  },
  {
    id: 'consent',
    kind: 'consent',
    headingKey: 'consent.heading',
    hintKey: 'consent.hint',
    fields: [
      {
        name: 'consents',
        kind: 'checkboxes',
        options: CONSENT_PURPOSES,
        optionPrefix: 'consent',
        required: false,
        applies: consentsOffered,
      },
    ],
  },
  {
    id: 'contact',
    kind: 'contact',
    headingKey: 'contact.heading',
    hintKey: 'contact.hint',
    applies: wantsContact,
    fields: [
      {
        name: 'contact.name',
        kind: 'text',
        required: false,
        max: LIMITS.contactName,
        labelKey: 'contact.name',
        hintKey: 'contact.nameHint',
        errorKey: 'contact.errorName',
      },
      {
        ...radios('contact.method', CONTACT_METHODS, 'contact', 'contact.errorMethod'),
        labelKey: 'contact.method',
      },
      {
        name: 'contact.email',
        kind: 'email',
        required: true,
        max: LIMITS.email,
        labelKey: 'contact.emailLabel',
        errorKey: 'contact.errorEmail',
        applies: (a) => one(a, 'contact.method') === 'email',
      },
      {
        name: 'contact.phone',
        kind: 'tel',
        required: true,
        max: LIMITS.phone,
        labelKey: 'contact.phoneLabel',
        hintKey: 'contact.phoneHint',
        errorKey: 'contact.errorPhone',
        applies: (a) => one(a, 'contact.method') === 'phone',
      },
      {
        ...radios(
          'contact.safeToLeaveMessage',
          ['yes', 'no'],
          'contact',
          'contact.errorSafeMessage',
        ),
        optionKeys: { yes: 'contact.safeMessageYes', no: 'contact.safeMessageNo' },
        labelKey: 'contact.safeMessage',
        hintKey: 'contact.safeMessageHint',
      },
      {
        // Optional: with no answer the server words messages privately (contact.message_wording
        // defaults to neutral), because someone else may read them.
        name: 'contact.messageWording',
        kind: 'radios',
        options: MESSAGE_WORDINGS,
        required: false,
        optionKeys: { neutral: 'contact.wordingNeutral', named: 'contact.wordingNamed' },
        labelKey: 'contact.wording',
        hintKey: 'contact.wordingHint',
        applies: (a) => one(a, 'contact.method') !== undefined,
      },
    ],
  },
  { id: 'check', kind: 'check', headingKey: 'check.heading', fields: [] },
  { id: 'done', kind: 'done', headingKey: 'done.heading', fields: [] },
];

/** The catalogue key of an option's label. */
export const optionKey = (field: FieldDef, code: string): MessageKey =>
  field.optionKeys?.[code] ?? (`${field.optionPrefix}.${code}` as MessageKey);

/** The page with this id (throws on an unknown id: ids are fixed in PAGES). */
export function pageById(id: string): PageDef {
  const page = PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`Unknown journey page: ${id}`);
  return page;
}

export const pageApplies = (page: PageDef, a: Answers): boolean => !page.applies || page.applies(a);
export const fieldApplies = (field: FieldDef, a: Answers): boolean =>
  !field.applies || field.applies(a);

/** The next page that applies after `id`, given the answers so far. */
export function nextPageId(id: string, a: Answers): string {
  const i = PAGES.findIndex((p) => p.id === id);
  for (let j = i + 1; j < PAGES.length; j++) {
    const page = PAGES[j];
    if (page && pageApplies(page, a)) return page.id;
  }
  return 'done';
}

/** The question pages that apply to these answers, in order (what check-your-answers lists). */
export function questionPages(a: Answers): PageDef[] {
  return PAGES.filter(
    (p) =>
      (p.kind === 'question' || p.kind === 'consent' || p.kind === 'contact') && pageApplies(p, a),
  );
}

/** The page that asks a field (for mapping a server error back to its page). */
export function pageForField(field: string): PageDef | undefined {
  const exact = PAGES.find((p) => p.fields.some((f) => f.name === field));
  if (exact) return exact;
  // "experience" or "contact" as a whole: the first page asking part of it.
  return PAGES.find((p) => p.fields.some((f) => f.name.startsWith(`${field}.`)));
}

/**
 * Maps an error path from the story schema (e.g. `harmKinds.2`, `experience`, `contact.email`)
 * to the page and the field that ask it, so server errors link back to the right question.
 */
export function fieldForErrorPath(path: string): { pageId: string; field: string } {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join('.');
    const page = pageForField(name);
    if (page) {
      const field = page.fields.find((f) => f.name === name || f.name.startsWith(`${name}.`));
      return { pageId: page.id, field: field?.name ?? name };
    }
  }
  return { pageId: 'check', field: path };
}

/** Length of free text as the server counts it (new lines normalised, trimmed). */
export const textLength = (s: string): number => s.replace(/\r\n?/g, '\n').trim().length;

// Same shape the server accepts (story-schema.ts); the server stays the final judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The light email check the journey makes before the server judges (also the copy-by-email box). */
export const looksLikeEmail = (text: string): boolean => EMAIL.test(text.trim());
const PHONE = /^\+?[0-9 ()-]{7,}$/;

export type FieldError = { field: string; key: MessageKey; vars?: Record<string, string | number> };

/** Light, zod-free checks for one page: required answers, lengths, email and phone shape. */
export function validatePage(page: PageDef, a: Answers): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of page.fields) {
    if (!fieldApplies(field, a)) continue;
    const value = a[field.name];
    const text = typeof value === 'string' ? value : '';
    const empty = Array.isArray(value) ? value.length === 0 : text.trim() === '';
    if (field.required && empty && field.errorKey) {
      errors.push({ field: field.name, key: field.errorKey });
      continue;
    }
    if (empty) continue;
    if (field.max !== undefined && textLength(text) > field.max) {
      errors.push({
        field: field.name,
        key: field.errorKey ?? 'errors.tooLong',
        vars: { count: field.max },
      });
      continue;
    }
    if (field.kind === 'email' && !looksLikeEmail(text)) {
      errors.push({ field: field.name, key: 'contact.errorEmail' });
    }
    if (field.kind === 'tel') {
      // As the server does: ٠٧٧٠٠ and ০৭৭০০ are digits too (story-schema.ts).
      const phone = normaliseDigits(text).trim();
      const digits = phone.replace(/\D/g, '').length;
      if (!PHONE.test(phone) || digits < 7 || digits > 15) {
        errors.push({ field: field.name, key: 'contact.errorPhone' });
      }
    }
  }
  return errors;
}

/** Every free-text answer, for current-risk checks. */
export const freeTexts = (a: Answers): string[] =>
  ['wantedOutcome', 'story', 'helpedMost', 'shouldChange'].map((n) => one(a, n) ?? '');

/**
 * True when the answers show current risk (docs/domain.md "Current risk"): show contacts now.
 * `finder` adds the chosen language's own danger cues to the English ones (issue 13).
 */
export const showsCurrentRisk = (a: Answers, finder?: CueFinder): boolean =>
  currentRiskReasons({
    finished: one(a, 'finished'),
    atRiskNow: one(a, 'atRiskNow'),
    feelSafer: one(a, 'feelSafer'),
    texts: freeTexts(a),
  }).length > 0 ||
  (finder !== undefined && freeTexts(a).some((t) => t !== '' && finder(t).length > 0));

/** True when any free text speaks of suicide or self-harm: crisis contacts join the panel. */
export const showsCrisis = (a: Answers, finder?: CueFinder): boolean =>
  freeTexts(a).some(
    (t) =>
      t !== '' && findDangerCues(t, finder).some((cue) => cue.category === 'suicide_self_harm'),
  );

/** The JSON body for POST /api/v1/stories (StoryInputDraft shape), built only from pages that apply. */
export type StoryPayload = Record<string, unknown>;

/**
 * Builds the story contract from flat answers, leaving out answers to pages that no longer
 * apply (e.g. a person who changed from "family member" to "me" sends no `personKnows`).
 */
export function toStoryPayload(
  a: Answers,
  context: { siteKey: string; language: string },
): StoryPayload {
  const applies = (name: string) => {
    const page = pageForField(name);
    const field = page?.fields.find((f) => f.name === name);
    return !!page && pageApplies(page, a) && (!field || fieldApplies(field, a));
  };
  const opt = (name: string) => (applies(name) ? one(a, name) : undefined);
  const granted = consentsOffered(a) ? many(a, 'consents') : [];
  const payload: StoryPayload = {
    siteKey: context.siteKey,
    language: context.language,
    respondent: one(a, 'respondent'),
    personKnows: opt('personKnows'),
    supportReason: one(a, 'supportReason'),
    finished: one(a, 'finished'),
    atRiskNow: one(a, 'atRiskNow'),
    askedOutcomes: one(a, 'askedOutcomes'),
    wantedOutcome: opt('wantedOutcome'),
    outcomeAchieved: opt('outcomeAchieved'),
    feelSafer: one(a, 'feelSafer'),
    experience: Object.fromEntries(EXPERIENCE_CODES.map((c) => [c, one(a, `experience.${c}`)])),
    helpToHaveSay: one(a, 'helpToHaveSay'),
    harmKinds: many(a, 'harmKinds'),
    location: one(a, 'location'),
    story: one(a, 'story') ?? '',
    helpedMost: one(a, 'helpedMost'),
    shouldChange: one(a, 'shouldChange'),
    consents: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, granted.includes(p)])),
    consentWording: CONSENT_WORDING_VERSION,
  };
  if (wantsContact(a)) {
    const method = one(a, 'contact.method');
    const safe = one(a, 'contact.safeToLeaveMessage');
    const wording = one(a, 'contact.messageWording');
    payload.contact = {
      name: one(a, 'contact.name'),
      method,
      email: method === 'email' ? one(a, 'contact.email') : undefined,
      phone: method === 'phone' ? one(a, 'contact.phone') : undefined,
      safeToLeaveMessage: safe === undefined ? undefined : safe === 'yes',
      messageWording: wording ?? 'neutral',
    };
  }
  return JSON.parse(JSON.stringify(payload)) as StoryPayload;
}
