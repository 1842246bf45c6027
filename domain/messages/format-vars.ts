import { LANGUAGES } from '../languages.ts';
import type { Vars } from '../messages.ts';

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(lang: string): Intl.NumberFormat {
  let format = formats.get(lang);
  if (!format) {
    const numberingSystem = LANGUAGES.find((l) => l.lang === lang)?.numerals ?? 'latn';
    // No grouping: the English journey and the API's errors say "2000", and must say the same.
    format = new Intl.NumberFormat(lang, { numberingSystem, useGrouping: false });
    formats.set(lang, format);
  }
  return format;
}

/**
 * Writes numbers in a message (`{count}`, `{max}`, `{number}`) in the digits its catalogue's
 * prose uses: Arabic-Indic for Arabic, Bengali for Bengali, Latin for the rest (decision 0080).
 * Text values (names, phone numbers) are left exactly as they are. Shared by the journey and
 * the server-rendered pages, so both write numbers the same way.
 */
export function localiseVars(vars: Vars | undefined, lang: string): Vars | undefined {
  if (!vars) return vars;
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatFor(lang).format(value) : value,
    ]),
  );
}
