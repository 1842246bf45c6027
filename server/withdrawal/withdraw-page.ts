import { en, type MessageKey, translate } from '../../domain/messages.ts';

/** The /withdraw pages, rendered on the server so they work without JavaScript (issue 4). */

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(en, key, vars);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

function layout(title: string, body: string, hasError = false): string {
  const pageTitle = `${hasError ? escapeHtml(t('page.errorPrefix')) : ''}${escapeHtml(title)} – ${escapeHtml(t('service.name'))}`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${pageTitle}</title>
<link rel="stylesheet" href="/withdraw/withdraw.css"></head>
<body>
<header class="hw-header"><span class="hw-header__name">${escapeHtml(t('service.name'))}</span>
<a class="hw-exit" href="${QUICK_EXIT_URL}" rel="noreferrer">${escapeHtml(t('withdraw.exit'))}</a></header>
<main id="main-content">
${body}
</main>
</body></html>`;
}

/** GOV.UK error summary; autofocus puts focus on it without JavaScript (WCAG 3.3.1). */
function errorSummary(errors: { href: string; text: string }[]): string {
  if (errors.length === 0) return '';
  const items = errors
    .map((e) => `<li><a href="${e.href}">${escapeHtml(e.text)}</a></li>`)
    .join('');
  return `<div class="hw-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${escapeHtml(t('errors.summaryTitle'))}</h2><ul>${items}</ul></div>`;
}

export function referencePage(options: { value?: string; error?: string } = {}): string {
  const { value = '', error } = options;
  const describedBy = ['reference-hint', error ? 'reference-error' : ''].filter(Boolean).join(' ');
  return layout(
    t('withdraw.title'),
    `${errorSummary(error ? [{ href: '#reference', text: error }] : [])}
<h1>${escapeHtml(t('withdraw.title'))}</h1>
<p>${escapeHtml(t('withdraw.intro'))}</p>
<form method="post" action="/withdraw" novalidate>
<div class="hw-group${error ? ' hw-group--error' : ''}">
<label class="hw-label" for="reference">${escapeHtml(t('withdraw.referenceLabel'))}</label>
<p class="hw-hint" id="reference-hint">${escapeHtml(t('withdraw.referenceHint'))}</p>
${error ? `<p class="hw-error" id="reference-error"><span class="hw-visually-hidden">${escapeHtml(t('page.errorPrefix'))}</span>${escapeHtml(error)}</p>` : ''}
<input class="hw-input${error ? ' hw-input--error' : ''}" id="reference" name="reference" type="text" value="${escapeHtml(value)}"
 autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>
</div>
<button class="hw-button" type="submit">${escapeHtml(t('withdraw.continue'))}</button>
</form>
<p>${escapeHtml(t('withdraw.lostReference'))}</p>`,
    Boolean(error),
  );
}

export function choicesPage(options: {
  reference: string;
  purposes: string[];
  error?: string;
}): string {
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
    t('withdraw.choicesHeading'),
    `${errorSummary(error ? [{ href: '#action-withdraw', text: error }] : [])}
<form method="post" action="/withdraw/confirm" novalidate>
<input type="hidden" name="reference" value="${escapeHtml(reference)}">
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

export function donePage(kind: 'withdrawn' | 'changed' | 'unchanged' | 'already'): string {
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
      ? `<p>${escapeHtml(t('withdraw.doneWithdrawnBody'))}</p><p>${escapeHtml(t('withdraw.doneRecordBody'))}</p>`
      : kind === 'already'
        ? `<p>${escapeHtml(t('withdraw.alreadyWithdrawnBody'))}</p>`
        : kind === 'changed'
          ? `<p>${escapeHtml(t('withdraw.doneChangedBody'))}</p>`
          : '';
  return layout(
    heading,
    `<div class="hw-panel"><h1>${escapeHtml(heading)}</h1></div>
${body}
<p>${escapeHtml(t('withdraw.support'))}</p>
<p><a href="/withdraw">${escapeHtml(t('withdraw.startAgain'))}</a></p>`,
  );
}
