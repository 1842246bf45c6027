import { type Catalogue, en, type MessageKey, type PluralForms } from './messages/en.ts';
import { localiseVars } from './messages/format-vars.ts';

export type { Catalogue, MessageKey, PluralForms };
export { en };

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The language's own plural rules, built into every browser and Node (no data to ship). */
function pluralRulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
}

/**
 * The form of a plural message for `count` in `lang`; `other` when the count is missing or the
 * catalogue lacks the category (tests/api/catalogue-plurals.test.ts makes the latter a failure).
 */
export function pluralForm(forms: PluralForms, lang: string, count: unknown): string {
  if (typeof count !== 'number') return forms.other;
  return forms[pluralRulesFor(lang).select(count)] ?? forms.other;
}

/** Every text of a message: the one string, or each plural form. */
export function messageForms(message: string | PluralForms | undefined): string[] {
  if (message === undefined) return [];
  return typeof message === 'string' ? [message] : Object.values(message);
}

/**
 * Looks up a message, with numbers written in the catalogue language's digits (decision 0080).
 * With `representative` true, prefers the `.rep` wording where the catalogue has one (docs/domain.md:
 * separate wording for someone telling it on another's behalf). A plural message takes its form
 * from the number `vars.count`, chosen before the number is written in local digits.
 */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  vars?: Vars,
  representative = false,
): string {
  const repKey = `${key}.rep` as MessageKey;
  const message = representative && repKey in catalogue ? catalogue[repKey] : catalogue[key];
  const lang = catalogue['meta.lang'];
  const text = typeof message === 'string' ? message : pluralForm(message, lang, vars?.count);
  return interpolate(text, localiseVars(vars, lang));
}
