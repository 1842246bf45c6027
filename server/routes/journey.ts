import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { LangQuery } from '../http/page-input.ts';
import { readForm } from '../http/read-body.ts';
import { validate } from '../http/validate.ts';
import { messagePage, notFoundPage } from '../journey/html-page.ts';
import { JOURNEY_PRELOAD, journeyHeaders } from '../journey/journey-headers.ts';
import { noJsConfirmationPage, noJsFormPage } from '../journey/no-js-form.ts';
import { anyTranslator, siteTranslator } from '../journey/page-language.ts';
import { isSameOriginPost } from '../journey/same-origin.ts';
import { findFormSite, formLanguage, isFormType, tellByForm } from '../journey/tell-by-form.ts';
import { findActiveSite } from '../sites/site-queries.ts';

/** Any site key: an unknown one is answered with the journey's own "page not found". */
const SiteKeyParam = z.object({ siteKey: z.string() });

/**
 * The journey's first page for a site, and the one-page no-JavaScript form it holds (issue 6).
 * Every answer is a page in the person's language, never a problem+json.
 */
export const journeyRoutes = new Hono<AppEnv>()
  .get(
    '/tell/:siteKey',
    validate('param', SiteKeyParam),
    validate('query', LangQuery),
    async (c) => {
      const { lang } = c.req.valid('query');
      const site = await findActiveSite(c.var.deps.db, c.req.valid('param').siteKey);
      journeyHeaders(c, site);
      if (!site) return c.html(notFoundPage(anyTranslator(lang)), 404);
      // `?lang=` (the embed passes the snippet's data-heard-lang so): the first paint and the
      // no-JavaScript form in the person's language, if the site offers it (issue 8).
      const tr = siteTranslator(lang, site.languages);
      c.header('Link', JOURNEY_PRELOAD);
      return c.html(noJsFormPage(site, {}, [], true, randomUUID(), tr));
    },
  )
  .post(
    '/tell/:siteKey',
    validate('param', SiteKeyParam),
    validate('query', LangQuery),
    async (c) => {
      const { deps } = c.var;
      const { lang } = c.req.valid('query');
      const to = await findFormSite(deps.db, c.req.valid('param').siteKey);
      journeyHeaders(c, to?.site);
      if (!to) return c.html(notFoundPage(anyTranslator(lang)), 404);
      const { site } = to;
      // The form's action carries `?lang=` so a refused post is answered in the person's
      // language before its body is read.
      const refusedIn = siteTranslator(lang, site.languages);
      if (!isSameOriginPost(c, deps.config.publicUrl)) {
        return c.html(messagePage('errors.otherSiteHeading', 'errors.otherSite', refusedIn), 403);
      }
      if (!isFormType(c.req.header('Content-Type'))) {
        return c.html(messagePage('errors.otherSiteHeading', 'errors.otherSite', refusedIn), 415);
      }
      // A form that cannot be parsed reads as empty, and is answered like one (decision 0068).
      const form = await readForm(c);
      const tr = siteTranslator(formLanguage(form) ?? lang, site.languages);
      const told = await tellByForm(deps, to, form, tr);
      if (told.saved) {
        return c.html(noJsConfirmationPage(site, told.story.reference, told.story.urgent, tr), 200);
      }
      if (told.retryAfter) c.header('Retry-After', String(told.retryAfter));
      return c.html(
        noJsFormPage(site, told.answers, told.errors, false, told.idempotencyKey, tr),
        told.status,
      );
    },
  );
