import type { LanguageCode } from '../languages.ts';
import type { CueFinder } from './types.ts';

/**
 * Loads one language's cue finder as its own chunk, like the catalogues (domain/languages.ts):
 * a person writing in Polish downloads only the Polish cues. English has none here because the
 * English engine (domain/risk.ts) always runs, whatever the language.
 */
const LOADERS: Record<Exclude<LanguageCode, 'en'>, () => Promise<CueFinder>> = {
  'en-easy': () => import('./en-easy.ts').then((m) => m.findCues),
  pl: () => import('./pl.ts').then((m) => m.findCues),
  ro: () => import('./ro.ts').then((m) => m.findCues),
  bn: () => import('./bn.ts').then((m) => m.findCues),
  ur: () => import('./ur.ts').then((m) => m.findCues),
  ar: () => import('./ar.ts').then((m) => m.findCues),
  es: () => import('./es.ts').then((m) => m.findCues),
  tr: () => import('./tr.ts').then((m) => m.findCues),
  so: () => import('./so.ts').then((m) => m.findCues),
};

export function loadCueFinder(code: LanguageCode): Promise<CueFinder | undefined> {
  if (code === 'en') return Promise.resolve(undefined);
  return LOADERS[code]();
}
