import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { fieldForErrorPath, PAGES, toStoryPayload } from '../../domain/journey-flow.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import type { AppEnv } from '../app-env.ts';
import { readForm } from '../http/read-body.ts';
import { answersFromForm, honeypotFromForm } from '../journey/form-answers.ts';
import { jsonForHtml, messagePage, notFoundPage } from '../journey/html-page.ts';
import { localiseError } from '../journey/localise-error.ts';
import { type FormError, noJsConfirmationPage, noJsFormPage } from '../journey/no-js-form.ts';
import { anyTranslator, siteTranslator } from '../journey/page-language.ts';
import { isSameOriginPost } from '../journey/same-origin.ts';
import { publicLimiters } from '../middleware/rate-limit.ts';
import {
  findActiveSite,
  findSiteByKey,
  type PublicSite,
  toPublicSite,
} from '../sites/site-queries.ts';
import { assessSpam } from '../spam/assess-spam.ts';
import { createStory, IdempotencyConflictError } from '../stories/create-story.ts';

/** The stored origins that are safe to put in a CSP: a damaged one never widens the policy. */
export function frameAncestorOrigins(origins: readonly string[]): string[] {
  return origins.filter((o) => /^https?:\/\/[^/\s;,']+$/.test(o));
}

/** frame-ancestors for a list of origins: exactly those, or 'none'. */
export function frameAncestorsFor(origins: readonly string[]): string {
  const safe = frameAncestorOrigins(origins);
  return safe.length > 0 ? safe.join(' ') : "'none'";
}

/** frame-ancestors for a site: exactly its allowed origins, or 'none' (embed issue). */
export function frameAncestors(site: PublicSite | undefined): string {
  return frameAncestorsFor(site?.allowedOrigins ?? []);
}

export function journeyCsp(site: PublicSite | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors(site)}`,
  ].join('; ');
}

export { jsonForHtml };

/** Largest no-JavaScript form accepted, as for the story API; applied in app.ts. */
export const FORM_BODY_LIMIT = 128 * 1024;
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** Headers for every journey page: per-site framing, no inline script or style, no caching. */
function journeyHeaders(c: Context<AppEnv>, site: PublicSite | undefined) {
  c.header('Content-Security-Policy', journeyCsp(site));
  // `same-origin`, not `no-referrer`: no other site ever gets a referrer from the journey, and
  // the browser names Heard's own origin when the no-JavaScript form posts back, so that
  // `Origin: null` can be refused as cross-site (decision 0067). `no-referrer` made browsers send
  // `Origin: null` on the form's own posts.
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cache-Control', 'no-store');
}

/** A too-large no-JavaScript form: a calm page in the language of the form's `?lang=`. */
export const formTooLarge = (c: Context<AppEnv>) => {
  journeyHeaders(c, undefined);
  const tr = anyTranslator(c.req.query('lang'));
  return c.html(messagePage('errors.otherSiteHeading', 'errors.tooLarge', tr), 413);
};

/**
 * The journey's styles and script, named in the response headers so the browser fetches them
 * while the page itself is still arriving, not after parsing it (issue 7, decision 0024). The
 * same URLs the page links to, so these fetches are used, not repeated.
 */
export const JOURNEY_PRELOAD = [
  '</assets/journey/journey.css>; rel=preload; as=style',
  '</assets/journey/journey.js>; rel=modulepreload',
].join(', ');

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

export const journeyRoutes = new Hono<AppEnv>()
  .get('/tell/:siteKey', async (c) => {
    const site = await findActiveSite(c.var.deps.db, c.req.param('siteKey'));
    journeyHeaders(c, site);
    if (!site) return c.html(notFoundPage(anyTranslator(c.req.query('lang'))), 404);
    // `?lang=` (the embed passes the snippet's data-heard-lang so): the first paint and the
    // no-JavaScript form in the person's language, if the site offers it (issue 8).
    const tr = siteTranslator(c.req.query('lang'), site.languages);
    c.header('Link', JOURNEY_PRELOAD);
    return c.html(noJsFormPage(site, {}, [], true, randomUUID(), tr));
  })
  .post('/tell/:siteKey', async (c) => {
    const { deps } = c.var;
    const siteRow = await findSiteByKey(deps.db, c.req.param('siteKey'));
    const site = siteRow?.active === 1 ? toPublicSite(siteRow) : undefined;
    journeyHeaders(c, site);
    if (!site || !siteRow) return c.html(notFoundPage(anyTranslator(c.req.query('lang'))), 404);
    // The form's action carries `?lang=` so a refused post is answered in the person's
    // language before its body is read.
    const refusedIn = siteTranslator(c.req.query('lang'), site.languages);
    if (!isSameOriginPost(c, deps.config.publicUrl)) {
      return c.html(messagePage('errors.otherSiteHeading', 'errors.otherSite', refusedIn), 403);
    }
    if (!FORM_TYPE.test(c.req.header('Content-Type') ?? '')) {
      return c.html(messagePage('errors.otherSiteHeading', 'errors.otherSite', refusedIn), 415);
    }
    // A form that cannot be parsed reads as empty, and is answered like one (decision 0068).
    const form = await readForm(c);
    const langField = Array.isArray(form.lang) ? form.lang[0] : form.lang;
    const tr = siteTranslator(langField ?? c.req.query('lang'), site.languages);
    const { t } = tr;
    const answers = answersFromForm(form);
    const rawKey = typeof form.idempotencyKey === 'string' ? form.idempotencyKey : '';
    const key = IDEMPOTENCY_KEY.test(rawKey) ? rawKey : randomUUID();
    const website = honeypotFromForm(form);
    // The language code is stored with the story (`en-easy` for Easy Read).
    const payload = toStoryPayload(answers, { siteKey: site.key, language: tr.language.code });
    const parsed = StoryInputSchema.safeParse(website ? { ...payload, website } : payload);
    const again = (errors: FormError[], status: 422 | 429 | 503) =>
      c.html(noJsFormPage(site, answers, errors, false, key, tr), status);
    if (!parsed.success) {
      const errors = formErrors(parsed.error.issues);
      return again(
        errors.map((e) => ({ ...e, text: localiseError(e.text, tr) })),
        422,
      );
    }

    const siteWait = publicLimiters(deps).site.take(site.key);
    if (siteWait > 0) {
      c.header('Retry-After', String(siteWait));
      return again([{ field: 'story', text: t('check.rateLimited') }], 429);
    }
    const spamReasons = assessSpam(parsed.data, { requireTiming: false });
    try {
      const created = await createStory(deps, {
        siteId: siteRow.id,
        boardId: siteRow.board_id,
        input: parsed.data,
        idempotencyKey: key,
        now: deps.now(),
        spamReasons,
        consentWording: 'own-words',
      });
      deps.log.info('story.received', {
        site: site.key,
        via: 'form',
        urgent: created.urgent,
        replayed: created.replayed,
        quarantined: created.quarantined,
      });
      return c.html(noJsConfirmationPage(site, created.reference, created.urgent, tr), 200);
    } catch (error) {
      if (error instanceof IdempotencyConflictError) {
        // The same form sent again after changes: treat it as a new story, not an error.
        const created = await createStory(deps, {
          siteId: siteRow.id,
          boardId: siteRow.board_id,
          input: parsed.data,
          idempotencyKey: randomUUID(),
          now: deps.now(),
          spamReasons,
          consentWording: 'own-words',
        });
        return c.html(noJsConfirmationPage(site, created.reference, created.urgent, tr), 200);
      }
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && /^SQLITE_(FULL|BUSY|LOCKED|IOERR|READONLY)/.test(code)) {
        deps.log.error('story.storage_unavailable', { code, via: 'form' });
        c.header('Retry-After', '60');
        return again([{ field: 'story', text: t('check.failed') }], 503);
      }
      throw error;
    }
  });
