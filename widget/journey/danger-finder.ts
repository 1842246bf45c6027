import { loadCueFinder } from '../../domain/danger-cues/load.ts';
import type { CueFinder } from '../../domain/danger-cues/types.ts';
import type { LanguageCode } from '../../domain/languages.ts';

/**
 * The chosen language's own danger cues, loaded beside its catalogue (each language its own
 * chunk, so first-load JavaScript stays within budget). English cues are always checked, so a
 * finder that cannot be fetched (a lost connection) still leaves the English cues working.
 */
export async function loadDangerFinder(code: LanguageCode): Promise<CueFinder | undefined> {
  try {
    return await loadCueFinder(code);
  } catch {
    return undefined;
  }
}
