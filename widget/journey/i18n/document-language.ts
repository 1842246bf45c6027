import './i18n.css';
import type { LanguageInfo } from '../../../domain/languages.ts';

/**
 * Sets the page's language and direction for assistive technology, hyphenation and layout
 * (WCAG 3.1.1; `dir` drives every logical CSS property), and marks Easy Read so its larger text
 * and pictograms apply.
 */
export function applyDocumentLanguage(doc: Document, language: LanguageInfo): void {
  const html = doc.documentElement;
  html.lang = language.lang;
  html.dir = language.dir;
  html.classList.toggle('hj-easy-read', language.easyRead);
  html.dataset.heardLang = language.code;
}
