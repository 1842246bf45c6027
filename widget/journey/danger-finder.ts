import type { CueFinder } from '../../domain/danger-cues/types.ts';
import type { LanguageCode } from '../../domain/languages.ts';

/**
 * The chosen language's own danger cues, loaded beside its catalogue (each language its own
 * chunk, so first-load JavaScript stays within budget). English cues are always checked.
 *
 * Stand-in while `domain/danger-cues/load.ts` is written alongside (issue 13): once it is on
 * main this body becomes
 * `return import('../../domain/danger-cues/load.ts').then((m) => m.loadCueFinder(code)).catch(() => undefined);`
 * A finder that cannot be fetched (a lost connection) leaves the English cues working.
 */
export async function loadDangerFinder(_code: LanguageCode): Promise<CueFinder | undefined> {
  return undefined;
}
