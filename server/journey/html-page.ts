import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { languageInfo } from '../../domain/languages.ts';
import { type Translator, translatorFor } from '../../domain/messages/all-catalogues.ts';
import type { MessageKey } from '../../domain/messages.ts';
import type { PublicSite } from '../sites/site-queries.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** English, for pages shown before a language is known. */
export const english: Translator = translatorFor(languageInfo('en'));

/** JSON for a `<script type="application/json">` block: `<` escaped so text cannot end the block. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
}

/**
 * A whole journey document: the stylesheet, the quick-exit header, and optionally the journey
 * script with the site's public settings. No inline script or style anywhere (the CSP forbids
 * them), so the page works the same under the strictest policy.
 */
export function journeyDocument(args: {
  title: string;
  error?: boolean;
  site?: PublicSite | undefined;
  /** Adds the Preact journey, which replaces `body` when it boots. */
  withScript?: boolean;
  body: Html;
  /** The person's language: `lang`, `dir`, Easy Read's larger text, and every word (issue 8). */
  tr?: Translator;
}): Html {
  const tr = args.tr ?? english;
  const { t, language } = tr;
  const title = `${args.error ? t('page.errorPrefix') : ''}${t('page.title', {
    heading: args.title,
    service: t('service.name'),
  })}`;
  const exitUrl = args.site?.quickExitUrl ?? 'https://www.bbc.co.uk/weather';
  // The same lang, dir and class the journey sets when it boots (i18n/document-language.ts),
  // so the first paint is already right and nothing moves when the script takes over.
  return html`<!doctype html>
<html lang="${language.lang}" dir="${language.dir}"${language.easyRead ? html` class="hj-easy-read"` : ''} data-heard-lang="${language.code}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/journey/journey.css"></head>
<body><div id="heard-journey"><div class="hj-page">
<header class="hj-header"><div class="hj-exit">
<a class="hj-exit__button" href="${exitUrl}" rel="noreferrer" data-testid="exit">${t('exit.button')}</a>
</div></header>
<div class="hj-width"><main class="hj-main" id="hj-main">${args.body}</main></div>
</div></div>
${
  args.withScript && args.site
    ? html`<script type="application/json" id="heard-site">${raw(jsonForHtml(args.site))}</script>
<script type="module" src="/assets/journey/journey.js"></script>`
    : ''
}
</body></html>`;
}

/** A short page with a heading and one message (refused or oversized posts). */
export function messagePage(
  headingKey: MessageKey,
  messageKey: MessageKey,
  tr: Translator = english,
): Html {
  return journeyDocument({
    tr,
    title: tr.t(headingKey),
    body: html`<h1 class="hj-heading-l">${tr.t(headingKey)}</h1>
<p class="hj-body">${tr.t(messageKey)}</p>`,
  });
}

/** The accessible page for an unknown or inactive site (never a blank 404). */
export function notFoundPage(tr: Translator = english): Html {
  return messagePage('errors.notFoundHeading', 'errors.unknownSite', tr);
}
