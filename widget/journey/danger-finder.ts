import { loadCueFinder } from '../../domain/danger-cues/load.ts';
import type { CueFinder } from '../../domain/danger-cues/types.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { combineFinders } from '../../domain/risk.ts';

/**
 * The fuller danger cues for the chosen language: the rarer English wordings (every language,
 * because people mix English in) and the language's own cues, each its own chunk so first-load
 * JavaScript stays within budget. The core English cues run without them, so a chunk that cannot
 * be fetched (a lost connection) still leaves those working.
 */
export async function loadDangerFinder(code: LanguageCode): Promise<CueFinder | undefined> {
  const [more, own] = await Promise.all([
    import('../../domain/danger-cues/english-more.ts')
      .then((m) => m.findMoreEnglishCues)
      .catch(() => undefined),
    loadCueFinder(code).catch(() => undefined),
  ]);
  const finders = [more, own].filter((f): f is CueFinder => !!f);
  return finders.length > 0 ? combineFinders(...finders) : undefined;
}
