import type { LanguageCode } from '../languages.ts';
import { findCues as ar } from './ar.ts';
import { findCues as bn } from './bn.ts';
import { findCues as enEasy } from './en-easy.ts';
import { findCues as es } from './es.ts';
import { findCues as pl } from './pl.ts';
import { findCues as ro } from './ro.ts';
import { findCues as so } from './so.ts';
import { findCues as tr } from './tr.ts';
import type { CueFinder } from './types.ts';
import { findCues as ur } from './ur.ts';

/**
 * Every language's cue finder, imported statically: for the server only (the widget uses
 * `loadCueFinder` so it fetches just the chosen language). English returns undefined because
 * the English engine (domain/risk.ts) always runs.
 */
const FINDERS: Record<Exclude<LanguageCode, 'en'>, CueFinder> = {
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

export function languageCueFinder(code: LanguageCode): CueFinder | undefined {
  return code === 'en' ? undefined : FINDERS[code];
}
