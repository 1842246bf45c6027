import { type Catalogue, en } from './messages/en.ts';

/**
 * The languages Heard can show a storyteller, and how to load each catalogue lazily.
 * `code` is a public contract (stored with every story as `language`, used in `data-heard-lang`
 * and `?lang=`): never rename one. Issue 8; decision 0080.
 */

export const LANGUAGE_CODES = [
  'en',
  'en-easy',
  'pl',
  'ro',
  'bn',
  'ur',
  'ar',
  'es',
  'tr',
  'so',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** `machine-drafted` until a native speaker has checked every message (docs/translating.md). */
export const REVIEW_STATUSES = ['machine-drafted', 'community-reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type TextDirection = 'ltr' | 'rtl';

/**
 * A catalogue file as written: the English keys (typos are type errors), every value a string
 * or, for a plural message, its forms (`PluralForms`).
 * Completeness is checked by tests/api/catalogue-keys.test.ts rather than by the type, so a key
 * the journey adds to English does not break the build before translators catch up; until then
 * the loader shows that one message in English.
 */
export type CatalogueDraft = Partial<Catalogue>;

export type LanguageInfo = {
  code: LanguageCode;
  /** BCP 47 tag for `<html lang>` (Easy Read is English, so `en`). */
  lang: string;
  /** The language's name in its own language, as offered on the start page. */
  name: string;
  /** The name in English, for admins and partners. */
  englishName: string;
  dir: TextDirection;
  /**
   * Digits for numbers in messages (Unicode numbering system): the ones the catalogue's prose
   * uses, set here rather than left to the browser's locale data, which has changed its Arabic
   * default between versions (decision 0080).
   */
  numerals: 'latn' | 'arab' | 'beng';
  reviewStatus: ReviewStatus;
  /** Easy Read: larger text and a pictogram beside each key sentence. */
  easyRead: boolean;
  /** Loads the catalogue as its own chunk (English is in the main chunk; see the i18n loader). */
  load: () => Promise<CatalogueDraft>;
};

export const LANGUAGES: readonly LanguageInfo[] = [
  {
    code: 'en',
    lang: 'en',
    name: 'English',
    englishName: 'English',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'community-reviewed',
    easyRead: false,
    // English is in every bundle already: the fallback for every other language.
    load: () => Promise.resolve(en),
  },
  {
    code: 'en-easy',
    lang: 'en',
    name: 'Easy Read',
    englishName: 'Easy Read English',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: true,
    load: () => import('./messages/en-easy.ts').then((m) => m.enEasy),
  },
  {
    code: 'pl',
    lang: 'pl',
    name: 'Polski',
    englishName: 'Polish',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/pl.ts').then((m) => m.pl),
  },
  {
    code: 'ro',
    lang: 'ro',
    name: 'Română',
    englishName: 'Romanian',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/ro.ts').then((m) => m.ro),
  },
  {
    code: 'bn',
    lang: 'bn',
    name: 'বাংলা',
    englishName: 'Bengali',
    dir: 'ltr',
    numerals: 'beng',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/bn.ts').then((m) => m.bn),
  },
  {
    code: 'ur',
    lang: 'ur',
    name: 'اردو',
    englishName: 'Urdu',
    dir: 'rtl',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/ur.ts').then((m) => m.ur),
  },
  {
    code: 'ar',
    lang: 'ar',
    name: 'العربية',
    englishName: 'Arabic',
    dir: 'rtl',
    numerals: 'arab',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/ar.ts').then((m) => m.ar),
  },
  {
    code: 'es',
    lang: 'es',
    name: 'Español',
    englishName: 'Spanish',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/es.ts').then((m) => m.es),
  },
  {
    code: 'tr',
    lang: 'tr',
    name: 'Türkçe',
    englishName: 'Turkish',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/tr.ts').then((m) => m.tr),
  },
  {
    code: 'so',
    lang: 'so',
    name: 'Soomaali',
    englishName: 'Somali',
    dir: 'ltr',
    numerals: 'latn',
    reviewStatus: 'machine-drafted',
    easyRead: false,
    load: () => import('./messages/so.ts').then((m) => m.so),
  },
];

/** Easy Read is offered on every site: it is how Heard reaches people with learning disabilities. */
export const ALWAYS_OFFERED: readonly LanguageCode[] = ['en', 'en-easy'];

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The language with this code; English for anything unknown. */
export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as LanguageInfo);
}

/**
 * Reads a requested language (`data-heard-lang`, `?lang=`) generously: case and region are
 * ignored (`PL-pl` and `pl-PL` mean `pl`), and `easy`/`en-easy-read` mean Easy Read.
 * Returns undefined when Heard has no such language.
 */
export function normaliseLanguageCode(
  requested: string | null | undefined,
): LanguageCode | undefined {
  if (!requested) return undefined;
  const tag = requested.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'easy' || tag === 'easy-read' || tag.startsWith('en-easy')) return 'en-easy';
  if (isLanguageCode(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return isLanguageCode(primary) ? primary : undefined;
}

/**
 * The languages a site offers, in the site's order, always with English and Easy Read, unknown
 * codes dropped (a typo in a site's settings must not break its start page).
 */
export function siteLanguages(configured: readonly string[] | undefined): LanguageInfo[] {
  const codes: LanguageCode[] = [...ALWAYS_OFFERED];
  for (const raw of configured ?? []) {
    const code = normaliseLanguageCode(raw);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes.map((code) => languageInfo(code));
}

/**
 * The language to start in: the requested one when the site offers it, otherwise English.
 * A request for a language the site does not offer falls back rather than failing, because
 * a partner's snippet may outlive a change to the site's settings.
 */
export function chooseLanguage(
  requested: string | null | undefined,
  configured: readonly string[] | undefined,
): LanguageInfo {
  const code = normaliseLanguageCode(requested);
  const offered = siteLanguages(configured);
  return offered.find((l) => l.code === code) ?? languageInfo('en');
}
