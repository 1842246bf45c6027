import { type LanguageCode, languageInfo } from '../../../domain/languages.ts';
import { type Catalogue, en } from '../../../domain/messages.ts';

/**
 * Catalogues by language code. English is in the main chunk (most people read it, and it is the
 * fallback); every other catalogue is its own chunk, fetched only when chosen, so first-load
 * JavaScript stays within the 30 KB budget (scripts/budgets.ts).
 */
const loaded = new Map<LanguageCode, Catalogue>([['en', en]]);

/**
 * The catalogue for a language, loading its chunk the first time. A message missing from a
 * translation (English grew before translators caught up) shows in English rather than as a key.
 * If the chunk cannot be fetched (a lost connection), English is returned so the person can go on.
 */
export async function loadCatalogue(code: LanguageCode): Promise<Catalogue> {
  const cached = loaded.get(code);
  if (cached) return cached;
  try {
    const draft = await languageInfo(code).load();
    const catalogue = { ...en, ...draft } as Catalogue;
    loaded.set(code, catalogue);
    return catalogue;
  } catch {
    return en;
  }
}

/** The catalogue if it has already been loaded (English always has). */
export function loadedCatalogue(code: LanguageCode): Catalogue | undefined {
  return loaded.get(code);
}
