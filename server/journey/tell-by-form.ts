import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { isStorageUnavailable, sqliteCode } from '../../db/sqlite-errors.ts';
import {
  type Answers,
  fieldForErrorPath,
  PAGES,
  toStoryPayload,
} from '../../domain/journey-flow.ts';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import type { Deps } from '../app-env.ts';
import { oneText } from '../http/page-input.ts';
import type { FormFields } from '../http/read-body.ts';
import { publicLimiters } from '../middleware/rate-limit.ts';
import { findSiteByKey, type PublicSite, toPublicSite } from '../sites/site-queries.ts';
import { assessSpam } from '../spam/assess-spam.ts';
import {
  type CreatedStory,
  createStory,
  IdempotencyConflictError,
} from '../stories/create-story.ts';
import { IDEMPOTENCY_KEY } from '../stories/receive-story.ts';
import { answersFromForm, honeypotFromForm } from './form-answers.ts';
import { localiseError } from './localise-error.ts';
import type { FormError } from './no-js-form.ts';

/** An active site the no-JavaScript form can be sent to: its public settings and where it goes. */
export type FormSite = { site: PublicSite; id: number; boardId: number };

/** The active site with this key, or undefined (unknown or inactive). */
export async function findFormSite(db: Db, key: string): Promise<FormSite | undefined> {
  const row = await findSiteByKey(db, key);
  if (row?.active !== 1) return undefined;
  return { site: toPublicSite(row), id: row.id, boardId: row.board_id };
}

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/** Whether a request's Content-Type is one an HTML form sends. */
export const isFormType = (contentType: string | undefined) => FORM_TYPE.test(contentType ?? '');

/** The language the form was filled in (its hidden `lang` field), if it says. */
export const formLanguage = (form: FormFields): string | undefined => oneText.parse(form.lang);

/** What became of a story sent with the no-JavaScript form. */
export type FormOutcome =
  | { saved: true; story: CreatedStory }
  | {
      saved: false;
      status: 422 | 429 | 503;
      /** The form again, with the person's answers, the errors to show and the same retry key. */
      answers: Answers;
      errors: FormError[];
      idempotencyKey: string;
      retryAfter?: number;
    };

/**
 * Receives a story from the one-page no-JavaScript form (issue 6): the answers are checked with
 * the story API's schema, and any problem comes back as the form's own error summary, in the
 * person's language, with the answers kept. A form that could not be parsed reads as empty and
 * is answered like one (decision 0068). The same form sent again after changes is a new story.
 */
export async function tellByForm(
  deps: Deps,
  to: FormSite,
  form: FormFields,
  tr: Translator,
): Promise<FormOutcome> {
  const answers = answersFromForm(form);
  const typedKey = oneText.parse(form.idempotencyKey) ?? '';
  const idempotencyKey = IDEMPOTENCY_KEY.test(typedKey) ? typedKey : randomUUID();
  const again = (status: 422 | 429 | 503, errors: FormError[], retryAfter?: number) =>
    ({ saved: false, status, answers, errors, idempotencyKey, retryAfter }) as const;

  const website = honeypotFromForm(form);
  // The language code is stored with the story (`en-easy` for Easy Read).
  const payload = toStoryPayload(answers, { siteKey: to.site.key, language: tr.language.code });
  const parsed = StoryInputSchema.safeParse(website ? { ...payload, website } : payload);
  if (!parsed.success) {
    const errors = formErrors(parsed.error.issues);
    return again(
      422,
      errors.map((e) => ({ ...e, text: localiseError(e.text, tr) })),
    );
  }

  const siteWait = publicLimiters(deps).site.take(to.site.key);
  if (siteWait > 0)
    return again(429, [{ field: 'story', text: tr.t('check.rateLimited') }], siteWait);
  const store = (key: string) =>
    createStory(deps, {
      siteId: to.id,
      boardId: to.boardId,
      input: parsed.data,
      idempotencyKey: key,
      now: deps.now(),
      spamReasons: assessSpam(parsed.data, { requireTiming: false }),
      consentWording: 'own-words',
    });
  try {
    const story = await store(idempotencyKey);
    deps.log.info('story.received', {
      site: to.site.key,
      via: 'form',
      urgent: story.urgent,
      replayed: story.replayed,
      quarantined: story.quarantined,
    });
    return { saved: true, story };
  } catch (error) {
    // The same form sent again after changes: treat it as a new story, not an error.
    if (error instanceof IdempotencyConflictError)
      return { saved: true, story: await store(randomUUID()) };
    if (isStorageUnavailable(error)) {
      deps.log.error('story.storage_unavailable', { code: sqliteCode(error), via: 'form' });
      return again(503, [{ field: 'story', text: tr.t('check.failed') }], 60);
    }
    throw error;
  }
}

/** The schema's issues as the form's error summary: one per field, in page order. */
function formErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FormError[] {
  const out: FormError[] = [];
  for (const issue of issues) {
    const { field } = fieldForErrorPath(issue.path.map(String).join('.'));
    if (!out.some((e) => e.field === field)) out.push({ field, text: issue.message });
  }
  // In page order, so the error summary reads top to bottom like the form.
  const order = PAGES.flatMap((p) => p.fields.map((f) => f.name));
  return out.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
