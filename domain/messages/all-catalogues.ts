import {
  type CatalogueDraft,
  type LanguageCode,
  type LanguageInfo,
  languageInfo,
} from '../languages.ts';
import { type Catalogue, type MessageKey, translate, type Vars } from '../messages.ts';
import { ar } from './ar.ts';
import { bn } from './bn.ts';
import { en } from './en.ts';
import { enEasy } from './en-easy.ts';
import { es } from './es.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { so } from './so.ts';
import { tr } from './tr.ts';
import { ur } from './ur.ts';

/**
 * Every catalogue at once, for the server: the no-JavaScript form, /withdraw and the consent
 * wording stored with a story (issue 8). The journey must never import this file — it loads one
 * catalogue per chunk (domain/languages.ts) to keep first-load JavaScript small.
 */
const DRAFTS: Readonly<Record<LanguageCode, CatalogueDraft>> = {
  en,
  'en-easy': enEasy,
  pl,
  ro,
  bn,
  ur,
  ar,
  es,
  tr,
  so,
};

const merged = new Map<LanguageCode, Catalogue>();

/**
 * The whole catalogue for a language, with English for any message not translated yet (as the
 * journey does); English for an unknown code.
 */
export function catalogueFor(code: string): Catalogue {
  const info = languageInfo(code);
  let catalogue = merged.get(info.code);
  if (!catalogue) {
    catalogue = { ...en, ...DRAFTS[info.code] } as Catalogue;
    merged.set(info.code, catalogue);
  }
  return catalogue;
}

/** The catalogue as its translators wrote it (no English filled in), for the admin's status. */
export function draftFor(code: LanguageCode): CatalogueDraft {
  return DRAFTS[code];
}

export type Translator = {
  language: LanguageInfo;
  catalogue: Catalogue;
  /** A message with numbers in the language's digits; `.rep` wording when `representative`. */
  t: (key: MessageKey, vars?: Vars, representative?: boolean) => string;
};

/** Server-side lookups in one language, numbers written as the journey writes them. */
export function translatorFor(language: LanguageInfo): Translator {
  const catalogue = catalogueFor(language.code);
  return {
    language,
    catalogue,
    t: (key, vars, representative) => translate(catalogue, key, vars, representative),
  };
}
