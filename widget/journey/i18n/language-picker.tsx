import { useT } from '../catalogue-context.ts';
import { useLanguage } from './language-context.ts';

/**
 * The start page's language choice (issue 8): each language the site offers, named in its own
 * language and marked with its own `lang` and `dir` so a screen reader pronounces it correctly
 * (WCAG 3.1.2). Links, so the choice also works as a plain URL (`?lang=pl`); with JavaScript
 * the page switches in place and keeps every answer.
 */
export function LanguagePicker() {
  const t = useT();
  const { current, offered, choose } = useLanguage();
  if (offered.length < 2) return null;
  const hrefFor = (code: string) => {
    const params = new URLSearchParams(window.location.search);
    params.set('lang', code);
    return `?${params.toString()}`;
  };
  return (
    <nav class="hj-languages" aria-label={t('language.navLabel')}>
      <ul class="hj-languages__list">
        {offered.map((language) => (
          <li key={language.code} class="hj-languages__item">
            <a
              class="hj-link hj-languages__link"
              href={hrefFor(language.code)}
              lang={language.lang}
              hreflang={language.lang}
              dir={language.dir}
              aria-current={language.code === current.code ? 'true' : undefined}
              data-language={language.code}
              onClick={(event) => {
                event.preventDefault();
                choose(language.code);
              }}
            >
              {language.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Tells the person, in their language, when no native speaker has checked the translation yet. */
export function TranslationNote() {
  const t = useT();
  const { current } = useLanguage();
  if (current.reviewStatus !== 'machine-drafted') return null;
  return <p class="hj-body hj-secondary hj-translation-note">{t('language.machineDrafted')}</p>;
}
