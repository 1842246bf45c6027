import { type Catalogue, en, type MessageKey } from './messages/en.ts';

export type { Catalogue, MessageKey };
export { en };

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * Looks up a message. With `representative` true, prefers the `.rep` wording where the
 * catalogue has one (DOMAIN.md: separate wording for someone telling it on another's behalf).
 */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  vars?: Vars,
  representative = false,
): string {
  const repKey = `${key}.rep` as MessageKey;
  const text = representative && repKey in catalogue ? catalogue[repKey] : catalogue[key];
  return interpolate(text, vars);
}
