import type { Translator } from '../../domain/messages/all-catalogues.ts';
import { en, type MessageKey, messageForms, type Vars } from '../../domain/messages.ts';

/**
 * The story schema's error messages are the English catalogue's (domain/story-schema.ts), so
 * the API says the same as the journey. The no-JavaScript form shows them in the person's
 * language by finding the English message they came from, with its placeholders' values, and
 * looking the same key up in the person's catalogue.
 */

type Template = { key: MessageKey; pattern: RegExp; names: string[] };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const exact = new Map<string, MessageKey>();
const templates: Template[] = [];
const englishTexts = (Object.keys(en) as MessageKey[]).flatMap((key) =>
  messageForms(en[key]).map((text) => [key, text] as const),
);
for (const [key, text] of englishTexts) {
  if (key.startsWith('meta.')) continue;
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  if (names.length === 0) {
    if (!exact.has(text)) exact.set(text, key);
    continue;
  }
  const pattern = new RegExp(
    `^${text
      .split(/\{\w+\}/)
      .map(escapeRegExp)
      .join('(.+?)')}$`,
    's',
  );
  templates.push({ key, pattern, names });
}

/** A placeholder's value in the person's language: numbers in their digits, messages translated. */
function localiseValue(value: string, tr: Translator): string | number {
  if (/^\d+$/.test(value)) return Number(value);
  const key = exact.get(value);
  return key ? tr.t(key) : value;
}

/** The message in the person's language; unchanged if it is not from the catalogue. */
export function localiseError(message: string, tr: Translator): string {
  if (tr.language.code === 'en') return message;
  const key = exact.get(message);
  if (key) return tr.t(key);
  for (const { key: k, pattern, names } of templates) {
    const match = pattern.exec(message);
    if (!match) continue;
    const vars: Vars = {};
    names.forEach((name, i) => {
      vars[name] = localiseValue(match[i + 1] ?? '', tr);
    });
    return tr.t(k, vars);
  }
  return message;
}
