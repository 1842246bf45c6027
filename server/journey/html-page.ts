import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { en, type MessageKey, translate, type Vars } from '../../domain/messages.ts';
import type { PublicSite } from '../sites/site-queries.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Server-side lookup in the English catalogue (other catalogues will follow the journey's choice). */
export const t = (key: MessageKey, vars?: Vars): string => translate(en, key, vars);

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
}): Html {
  const title = `${args.error ? t('page.errorPrefix') : ''}${t('page.title', {
    heading: args.title,
    service: t('service.name'),
  })}`;
  const exitUrl = args.site?.quickExitUrl ?? 'https://www.bbc.co.uk/weather';
  return html`<!doctype html>
<html lang="${en['meta.lang']}" dir="${en['meta.dir']}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/journey/journey.css"></head>
<body><div id="heard-journey"><div class="hj-page">
<header class="hj-header"><div class="hj-exit">
<a class="hj-exit__button" href="${exitUrl}" rel="noreferrer">${t('exit.button')}</a>
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
export function messagePage(headingKey: MessageKey, messageKey: MessageKey): Html {
  return journeyDocument({
    title: t(headingKey),
    body: html`<h1 class="hj-heading-l">${t(headingKey)}</h1>
<p class="hj-body">${t(messageKey)}</p>`,
  });
}

/** The accessible page for an unknown or inactive site (never a blank 404). */
export function notFoundPage(): Html {
  return journeyDocument({
    title: t('errors.notFoundHeading'),
    body: html`<h1 class="hj-heading-l">${t('errors.notFoundHeading')}</h1>
<p class="hj-body">${t('errors.unknownSite')}</p>`,
  });
}
