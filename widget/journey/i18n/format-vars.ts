import type { Vars } from '../../../domain/messages.ts';

/**
 * Writes numbers in a message (`{count}`, `{max}`, `{number}`) in the language's own digits,
 * as CLDR says it writes them: Arabic-Indic for Arabic, Bengali for Bengali, Latin for the rest
 * (decision 0080). Text values (names, phone numbers) are left exactly as they are.
 */
export function localiseVars(vars: Vars | undefined, lang: string): Vars | undefined {
  if (!vars) return vars;
  const format = new Intl.NumberFormat(lang);
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'number' ? format.format(value) : value,
    ]),
  );
}
