import { html } from 'hono/html';
import {
  type Answers,
  type FieldDef,
  optionKey,
  PAGES,
  type PageDef,
} from '../../domain/journey-flow.ts';
import { siteLanguages } from '../../domain/languages.ts';
import { DEFAULT_RESPONSE_HOURS } from '../../domain/limits.ts';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import type { MessageKey } from '../../domain/messages.ts';
import type { PublicSite } from '../sites/site-queries.ts';
import { english, type Html, journeyDocument } from './html-page.ts';
import { langQuery, languageNav } from './page-language.ts';
import { say } from './say.ts';

export type FormError = { field: string; text: string };

/** Element ids match the Preact journey's, so links and tests read the same in both. */
const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** Pages whose questions the one-page form asks: every question of the journey, in order. */
const FORM_PAGES: PageDef[] = PAGES.filter(
  (p) => p.kind === 'question' || p.kind === 'consent' || p.kind === 'contact',
);

/** Hints that explain, in a form without branching, which answers apply to whom. */
const CONDITION_HINTS: Partial<Record<string, MessageKey>> = {
  personKnows: 'noscript.onlyRepresentatives',
  wantedOutcome: 'noscript.onlyIfAsked',
  outcomeAchieved: 'noscript.onlyIfAsked',
  'contact.method': 'noscript.onlyIfContact',
  'contact.email': 'noscript.onlyIfContact',
  'contact.phone': 'noscript.onlyIfContact',
  'contact.safeToLeaveMessage': 'noscript.onlyIfContact',
  'contact.messageWording': 'noscript.onlyIfContact',
};

/** The Board's response time when the site carries it (issue 13), else the default. */
const responseHours = (site: PublicSite): number => {
  const hours = (site as { responseHours?: unknown }).responseHours;
  return typeof hours === 'number' && hours > 0 ? hours : DEFAULT_RESPONSE_HOURS;
};

function errorLine(tr: Translator, error: string | undefined, name: string): Html | string {
  if (!error) return '';
  return html`<p class="hj-error-message" id="${fieldId(name)}-error"><span class="hj-visually-hidden">${tr.t('page.errorPrefix')}</span>${error}</p>`;
}

function describedBy(name: string, hint: boolean, error: boolean, extra = ''): string {
  return [hint ? `${fieldId(name)}-hint` : '', extra, error ? `${fieldId(name)}-error` : '']
    .filter(Boolean)
    .join(' ');
}

function renderField(
  tr: Translator,
  page: PageDef,
  field: FieldDef,
  answers: Answers,
  error?: string,
): Html {
  const { t } = tr;
  const id = fieldId(field.name);
  const label = t((field.labelKey ?? page.headingKey) as MessageKey);
  const caption = page.captionKey ? t(page.captionKey, page.captionVars) : '';
  const hintKeys = [
    field.labelKey ? field.hintKey : page.hintKey,
    CONDITION_HINTS[field.name],
  ].filter((k): k is MessageKey => k !== undefined);
  // In Easy Read a key sentence has its pictogram beside it, as in the journey.
  const hints = hintKeys.map((k) => say(tr, k));
  const hint = hints.length
    ? html`<div class="hj-hint" id="${id}-hint">${hints.map((h, i) => (i > 0 ? html` ${h}` : h))}</div>`
    : '';
  const value = answers[field.name];
  const group = `hj-form-group${error ? ' hj-form-group--error' : ''}`;
  const described = describedBy(field.name, hints.length > 0, !!error);
  if (field.kind === 'radios' || field.kind === 'checkboxes') {
    const selected = Array.isArray(value) ? value : value ? [value] : [];
    const type = field.kind === 'radios' ? 'radio' : 'checkbox';
    return html`<div class="${group}"><fieldset class="hj-fieldset"${described ? html` aria-describedby="${described}"` : ''}>
<legend class="hj-fieldset__legend">${caption ? html`<span class="hj-caption">${caption}</span>` : ''}${label}</legend>
${hint}${errorLine(tr, error, field.name)}<div class="hj-${type === 'radio' ? 'radios' : 'checkboxes'}">
${(field.options ?? []).map((code, i) => {
  const inputId = i === 0 ? id : `${id}-${i + 1}`;
  return html`<div class="hj-choice"><input class="hj-choice__input" id="${inputId}" name="${field.name}" type="${type}" value="${code}"${selected.includes(code) ? ' checked' : ''}><label class="hj-choice__label" for="${inputId}">${t(optionKey(field, code))}</label></div>`;
})}
</div></fieldset></div>`;
  }
  const text = typeof value === 'string' ? value : '';
  if (field.kind === 'textarea') {
    return html`<div class="${group}"><label class="hj-label hj-label--s" for="${id}">${label}</label>
${hint}${errorLine(tr, error, field.name)}<textarea class="hj-textarea${error ? ' hj-textarea--error' : ''}" id="${id}" name="${field.name}" rows="6" aria-describedby="${describedBy(field.name, hints.length > 0, !!error, `${id}-limit`)}">${text}</textarea>
<div class="hj-hint" id="${id}-limit">${t('common.charactersLimit', { count: field.max ?? 0 })}</div></div>`;
  }
  const type = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'text';
  const autocomplete = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'name';
  return html`<div class="${group}"><label class="hj-label hj-label--s" for="${id}">${label}</label>
${hint}${errorLine(tr, error, field.name)}<input class="hj-input${error ? ' hj-input--error' : ''}" id="${id}" name="${field.name}" type="${type}" autocomplete="${autocomplete}" spellcheck="false" value="${text}"${described ? html` aria-describedby="${described}"` : ''}></div>`;
}

/**
 * The no-JavaScript journey (issue 2 §6): every question on one page, posting to the same
 * path. The Preact journey replaces it when scripts run (progressive enhancement). With
 * `errors`, re-shown GOV.UK-style: error summary first, inline errors, values kept.
 */
export function noJsFormBody(
  site: PublicSite,
  answers: Answers,
  errors: FormError[],
  idempotencyKey: string,
  tr: Translator = english,
): Html {
  const { t } = tr;
  const errorFor = (name: string) => errors.find((e) => e.field === name)?.text;
  const names = {
    boardName: site.boardName,
    contactName: site.contactName,
    partnerName: site.partnerName,
  };
  return html`${
    errors.length > 0
      ? html`<div class="hj-error-summary" tabindex="-1" autofocus data-testid="error-summary"><h2 class="hj-error-summary__title">${t('errors.summaryTitle')}</h2>
<ul class="hj-error-summary__list">${errors.map((e) => html`<li><a href="#${fieldId(e.field)}">${e.text}</a></li>`)}</ul></div>`
      : languageNav(tr, siteLanguages(site.languages))
  }<h1 class="hj-heading-l">${t('noscript.heading')}</h1>
<p class="hj-body-l">${say(tr, 'start.lead', names)}</p>
<div class="hj-inset"><h2 class="hj-heading-m">${t('start.notReportHeading')}</h2>
<p class="hj-body"><strong>${say(tr, 'danger.call999')}</strong></p>
<p class="hj-body">${say(tr, 'start.notReport', names)}</p>
${site.contactPhone ? html`<p class="hj-body">${t('danger.phone', { phone: site.contactPhone })}</p>` : ''}</div>
<p class="hj-body">${t('noscript.intro')}</p>
<p class="hj-body">${say(tr, 'online.p3')}</p>
<form method="post" action="/tell/${site.key}${langQuery(tr)}" novalidate>
<input type="hidden" name="idempotencyKey" value="${idempotencyKey}">
<input type="hidden" name="lang" value="${tr.language.code}">
${FORM_PAGES.map((page) => page.fields.map((f) => renderField(tr, page, f, answers, errorFor(f.name))))}
<p class="hj-body">${say(tr, 'consent.statistics')}</p>
<p class="hj-body">${say(tr, 'consent.duration')}</p>
<div class="hj-hp" aria-hidden="true"><label for="website">${t('form.honeypotLabel')}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<p class="hj-body">${say(tr, 'check.sendText')}</p>
<button type="submit" class="hj-button">${t('check.send')}</button>
</form>`;
}

/** The full page around the form; `withScript` on the GET so the Preact journey takes over. */
export function noJsFormPage(
  site: PublicSite,
  answers: Answers,
  errors: FormError[],
  withScript: boolean,
  idempotencyKey: string,
  tr: Translator = english,
): Html {
  return journeyDocument({
    tr,
    // The first paint of the journey too: its title is the start page's, in the person's language.
    title: tr.t('noscript.heading'),
    error: errors.length > 0,
    site,
    withScript,
    body: noJsFormBody(site, answers, errors, idempotencyKey, tr),
  });
}

/** The confirmation after a no-JS post: the reference and what happens next, nothing typed. */
export function noJsConfirmationPage(
  site: PublicSite,
  reference: string,
  urgent: boolean,
  tr: Translator = english,
): Html {
  const { t } = tr;
  return journeyDocument({
    tr,
    title: t('done.heading'),
    site,
    body: html`<div class="hj-panel" data-testid="confirmation"><h1 class="hj-heading-l">${t('done.heading')}</h1>
<div class="hj-panel__body">${t('done.referenceLabel')}<br><strong class="hj-reference" data-testid="reference">${reference}</strong></div></div>
${
  urgent
    ? html`<section class="hj-danger" aria-labelledby="hj-danger-title"><h2 class="hj-danger__title" id="hj-danger-title">${t('danger.heading')}</h2>
<p class="hj-body hj-danger__call">${say(tr, 'danger.call999')}</p><p class="hj-body">${t('danger.deafText')}</p>
<p class="hj-body">${t('danger.contactIntro', { contactName: site.contactName })}</p>
${site.contactPhone ? html`<p class="hj-body">${t('danger.phone', { phone: site.contactPhone })}</p>` : ''}
${site.contactUrl ? html`<p class="hj-body"><a class="hj-link" href="${site.contactUrl}">${t('danger.link', { contactName: site.contactName })}</a></p>` : ''}</section>`
    : ''
}
<p class="hj-body">${say(tr, 'done.writeDown')}</p>
<h2 class="hj-heading-m">${t('done.nextHeading')}</h2>
<ul class="hj-list hj-list--bullet"><li>${urgent ? say(tr, 'done.next1UrgentHours', { count: responseHours(site) }) : say(tr, 'done.next1')}</li><li>${say(tr, 'done.next2')}</li><li>${say(tr, 'done.next3')}</li></ul>
<h2 class="hj-heading-m">${t('done.passOnHeading')}</h2><p class="hj-body">${say(tr, 'done.passOn')}</p>
<p class="hj-body"><a class="hj-link" href="/withdraw${langQuery(tr)}">${t('done.withdraw')}</a></p>
<h2 class="hj-heading-m">${t('done.supportHeading')}</h2><p class="hj-body">${say(tr, 'done.support')}</p>`,
  });
}
