import { html } from 'hono/html';
import {
  chooseLanguage,
  LANGUAGES,
  type LanguageInfo,
  languageInfo,
  normaliseLanguageCode,
} from '../../domain/languages.ts';
import { type Translator, translatorFor } from '../../domain/messages/all-catalogues.ts';
import type { Html } from './html-page.ts';

/**
 * The language of a server-rendered page (issue 8). It travels in the URL (`?lang=`) and in
 * each form (a hidden `lang` field), never in a cookie or storage: nothing is left on the
 * person's device (decision 0081).
 */

/** A journey page for a site: the requested language if the site offers it, else English. */
export function siteTranslator(requested: unknown, siteLanguages: readonly string[]): Translator {
  return translatorFor(
    chooseLanguage(typeof requested === 'string' ? requested : '', siteLanguages),
  );
}

/**
 * A page that belongs to no site (/withdraw, an unknown site's 404): any language Heard has,
 * because the person may have told their story on any site.
 */
export function anyTranslator(requested: unknown): Translator {
  const code = normaliseLanguageCode(typeof requested === 'string' ? requested : '');
  return translatorFor(languageInfo(code ?? 'en'));
}

/** `?lang=` for links and form actions; nothing for English, the default. */
export function langQuery(tr: Translator): string {
  return tr.language.code === 'en' ? '' : `?lang=${encodeURIComponent(tr.language.code)}`;
}

/**
 * The language choice as plain links (`?lang=xx`), each language named in its own language and
 * marked with its own `lang` and `dir` (WCAG 3.1.2), the current one marked `aria-current`:
 * the same markup and classes as the journey's picker (widget/journey/i18n/language-picker.tsx).
 */
export function languageNav(
  tr: Translator,
  offered: readonly LanguageInfo[] = LANGUAGES,
  path = '',
): Html | string {
  if (offered.length < 2) return '';
  return html`<nav class="hj-languages" aria-label="${tr.t('language.navLabel')}"><ul class="hj-languages__list">${offered.map(
    (l) =>
      html`<li class="hj-languages__item"><a class="hj-link hj-languages__link" href="${path}?lang=${l.code}" lang="${l.lang}" hreflang="${l.lang}" dir="${l.dir}"${l.code === tr.language.code ? html` aria-current="true"` : ''} data-language="${l.code}">${l.name}</a></li>`,
  )}</ul></nav>${
    tr.language.reviewStatus === 'machine-drafted'
      ? html`<p class="hj-body hj-secondary hj-translation-note">${tr.t('language.machineDrafted')}</p>`
      : ''
  }`;
}
