import { LANGUAGES, languageInfo } from '../../domain/languages.ts';
import { type Translator, translatorFor } from '../../domain/messages/all-catalogues.ts';
import { EASY_READ_PICTOGRAMS } from '../../domain/messages/en-easy-pictograms.ts';
import type { MessageKey } from '../../domain/messages.ts';
import { pictogramSvg } from '../journey/say.ts';

/**
 * The /withdraw pages, rendered on the server so they work without JavaScript (issue 4), in any
 * of Heard's languages and Easy Read (issue 8). The language travels in `?lang=` and a hidden
 * `lang` field, never a cookie (decision 0081).
 */

const english = translatorFor(languageInfo('en'));

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** A sentence, escaped; in Easy Read a key sentence has its pictogram beside it, as in the journey. */
function say(tr: Translator, key: MessageKey): string {
  const text = escapeHtml(tr.t(key));
  const id = tr.language.easyRead ? EASY_READ_PICTOGRAMS[key] : undefined;
  return id
    ? `<span class="hj-say">${pictogramSvg(id)}<span class="hj-say__text">${text}</span></span>`
    : text;
}

/** The choice of language, as links; each language named in its own language (WCAG 3.1.2). */
function languageNav(tr: Translator): string {
  const links = LANGUAGES.map(
    (l) =>
      `<li><a href="/withdraw?lang=${l.code}" lang="${l.lang}" hreflang="${l.lang}" dir="${l.dir}"${l.code === tr.language.code ? ' aria-current="true"' : ''} data-language="${l.code}">${escapeHtml(l.name)}</a></li>`,
  ).join('');
  return `<nav class="hw-languages" aria-label="${escapeHtml(tr.t('language.navLabel'))}"><ul>${links}</ul></nav>`;
}

/** Carries the language to the next page. */
const langField = (tr: Translator) =>
  `<input type="hidden" name="lang" value="${escapeHtml(tr.language.code)}">`;
const langQuery = (tr: Translator) =>
  tr.language.code === 'en' ? '' : `?lang=${tr.language.code}`;

function layout(tr: Translator, title: string, body: string, hasError = false): string {
  const { t, language } = tr;
  const pageTitle = `${hasError ? escapeHtml(t('page.errorPrefix')) : ''}${escapeHtml(t('page.title', { heading: title, service: t('service.name') }))}`;
  // Quick exit first, at the start of the header, as in the journey: the first thing reached by
  // keyboard, and on the right in Arabic and Urdu (decision 0080).
  return `<!doctype html>
<html lang="${language.lang}" dir="${language.dir}"${language.easyRead ? ' class="hw-easy-read"' : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${pageTitle}</title>
<link rel="stylesheet" href="/withdraw/withdraw.css"></head>
<body>
<header class="hw-header"><a class="hw-exit" href="${QUICK_EXIT_URL}" rel="noreferrer" data-testid="exit">${escapeHtml(t('withdraw.exit'))}</a>
<span class="hw-header__name">${escapeHtml(t('service.name'))}</span></header>
<main id="main-content">
${body}
</main>
</body></html>`;
}

/** GOV.UK error summary; autofocus puts focus on it without JavaScript (WCAG 3.3.1). */
function errorSummary(tr: Translator, errors: { href: string; text: string }[]): string {
  const { t } = tr;
  if (errors.length === 0) return '';
  const items = errors
    .map((e) => `<li><a href="${e.href}">${escapeHtml(e.text)}</a></li>`)
    .join('');
  return `<div class="hw-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${escapeHtml(t('errors.summaryTitle'))}</h2><ul>${items}</ul></div>`;
}

export function referencePage(
  options: { value?: string; error?: string } = {},
  tr: Translator = english,
): string {
  const { t } = tr;
  const { value = '', error } = options;
  const describedBy = ['reference-hint', error ? 'reference-error' : ''].filter(Boolean).join(' ');
  return layout(
    tr,
    t('withdraw.title'),
    `${error ? errorSummary(tr, [{ href: '#reference', text: error }]) : languageNav(tr)}
<h1>${escapeHtml(t('withdraw.title'))}</h1>
<p>${say(tr, 'withdraw.intro')}</p>
<form method="post" action="/withdraw${langQuery(tr)}" novalidate>
${langField(tr)}
<div class="hw-group${error ? ' hw-group--error' : ''}">
<label class="hw-label" for="reference">${escapeHtml(t('withdraw.referenceLabel'))}</label>
<p class="hw-hint" id="reference-hint">${escapeHtml(t('withdraw.referenceHint'))}</p>
${error ? `<p class="hw-error" id="reference-error"><span class="hw-visually-hidden">${escapeHtml(t('page.errorPrefix'))}</span>${escapeHtml(error)}</p>` : ''}
<input class="hw-input${error ? ' hw-input--error' : ''}" id="reference" name="reference" type="text" value="${escapeHtml(value)}"
 autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>
</div>
<button class="hw-button" type="submit">${escapeHtml(t('withdraw.continue'))}</button>
</form>
<p>${say(tr, 'withdraw.lostReference')}</p>`,
    Boolean(error),
  );
}

export function choicesPage(
  options: {
    reference: string;
    purposes: string[];
    error?: string;
  },
  tr: Translator = english,
): string {
  const { t } = tr;
  const { reference, purposes, error } = options;
  const purposeList =
    purposes.length > 0
      ? `<fieldset aria-describedby="purposes-hint"><legend class="hw-label">${escapeHtml(t('withdraw.purposesLegend'))}</legend>
<p class="hw-hint" id="purposes-hint">${escapeHtml(t('withdraw.purposesHint'))}</p>
${purposes
  .map(
    (
      p,
    ) => `<div class="hw-choice"><input id="keep-${p}" name="keep" type="checkbox" value="${p}" checked>
<label for="keep-${p}">${escapeHtml(t(`consent.${p}` as MessageKey))}</label></div>`,
  )
  .join('\n')}
</fieldset>`
      : `<p>${escapeHtml(t('withdraw.noPurposes'))}</p>`;
  const describedBy = error ? ' aria-describedby="action-error"' : '';
  return layout(
    tr,
    t('withdraw.choicesHeading'),
    `${errorSummary(tr, error ? [{ href: '#action-withdraw', text: error }] : [])}
<form method="post" action="/withdraw/confirm${langQuery(tr)}" novalidate>
<input type="hidden" name="reference" value="${escapeHtml(reference)}">
${langField(tr)}
<div class="hw-group${error ? ' hw-group--error' : ''}">
<fieldset${describedBy}>
<legend class="hw-legend"><h1>${escapeHtml(t('withdraw.choicesHeading'))}</h1></legend>
${error ? `<p class="hw-error" id="action-error"><span class="hw-visually-hidden">${escapeHtml(t('page.errorPrefix'))}</span>${escapeHtml(error)}</p>` : ''}
${
  purposes.length > 0
    ? `<div class="hw-choice"><input id="action-change" name="action" type="radio" value="change" aria-describedby="action-change-hint">
<div><label for="action-change">${escapeHtml(t('withdraw.actionChange'))}</label>
<p class="hw-hint" id="action-change-hint">${escapeHtml(t('withdraw.actionChangeHint'))}</p></div></div>`
    : ''
}
<div class="hw-choice"><input id="action-withdraw" name="action" type="radio" value="withdraw" aria-describedby="action-withdraw-hint">
<div><label for="action-withdraw">${escapeHtml(t('withdraw.actionWithdraw'))}</label>
<p class="hw-hint" id="action-withdraw-hint">${escapeHtml(t('withdraw.actionWithdrawHint'))}</p></div></div>
</fieldset>
</div>
${purposeList}
<button class="hw-button" type="submit">${escapeHtml(t('withdraw.submit'))}</button>
</form>`,
    Boolean(error),
  );
}

export function donePage(
  kind: 'withdrawn' | 'changed' | 'unchanged' | 'already',
  tr: Translator = english,
): string {
  const { t } = tr;
  const heading =
    kind === 'withdrawn'
      ? t('withdraw.doneWithdrawnHeading')
      : kind === 'already'
        ? t('withdraw.alreadyWithdrawnHeading')
        : kind === 'unchanged'
          ? t('withdraw.doneNoChange')
          : t('withdraw.doneChangedHeading');
  const body =
    kind === 'withdrawn'
      ? `<p>${say(tr, 'withdraw.doneWithdrawnBody')}</p><p>${say(tr, 'withdraw.doneRecordBody')}</p>`
      : kind === 'already'
        ? `<p>${say(tr, 'withdraw.alreadyWithdrawnBody')}</p>`
        : kind === 'changed'
          ? `<p>${say(tr, 'withdraw.doneChangedBody')}</p>`
          : '';
  return layout(
    tr,
    heading,
    `<div class="hw-panel"><h1>${escapeHtml(heading)}</h1></div>
${body}
<p>${say(tr, 'withdraw.support')}</p>
<p><a href="/withdraw${langQuery(tr)}">${escapeHtml(t('withdraw.startAgain'))}</a></p>`,
  );
}
