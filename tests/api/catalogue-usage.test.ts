import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../domain/messages/en.ts';
import * as vocabulary from '../../domain/vocabulary.ts';

/**
 * Decision 0003 ("every word comes from a catalogue"), one half: no key is unused. Keys must
 * appear in code as string literals ('who.heading'). Keys built from vocabulary codes
 * (`who.${code}`, `${prefix}.${code}`) are accounted for by expanding every code list in
 * domain/vocabulary.ts (or codes written as literals elsewhere); `.rep` keys are used when
 * their base key is; `meta.*` keys describe the catalogue itself. The other half, no text
 * literals in components or server-rendered pages, is journey-text-literals.test.ts.
 * docs/translating.md describes the pattern for anyone adding a key.
 */

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  walk(join(root, dir));
  return out;
}

// Where keys may be used: the journey, the server (no-JS form, API errors) and domain logic.
const sources = [
  ...filesUnder('widget', /\.tsx?$/),
  ...filesUnder('server', /\.tsx?$/),
  ...filesUnder('domain', /\.ts$/).filter(
    (f) => !relative(root, f).startsWith(join('domain', 'messages')),
  ),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Every code in the vocabulary: string arrays, and `code` fields of object arrays. */
function vocabularyCodes(): Set<string> {
  const codes = new Set<string>();
  for (const value of Object.values(vocabulary)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      if (typeof item === 'string') codes.add(item);
      else if (item && typeof item === 'object' && 'code' in item) codes.add(String(item.code));
    }
  }
  return codes;
}

function usedKeys(): Set<string> {
  const keys = Object.keys(en);
  const used = new Set<string>();
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  let fullyDynamic = false;
  for (const { text } of sources) {
    for (const m of text.matchAll(/(['"])([\w.-]+)\1/g)) literals.add(m[2] ?? '');
    for (const m of text.matchAll(/`([\w.]+\.)\$\{/g)) prefixes.add(m[1] ?? '');
    if (/`\$\{[^}]+\}\.\$\{/.test(text)) fullyDynamic = true;
  }
  const codes = vocabularyCodes();
  for (const key of keys) {
    // Catalogue metadata is read by the language list, checked by catalogue-keys.test.ts.
    if (key.startsWith('meta.')) {
      used.add(key);
      continue;
    }
    const base = key.endsWith('.rep') ? key.slice(0, -4) : key;
    const dot = base.lastIndexOf('.');
    const prefix = base.slice(0, dot + 1);
    const code = base.slice(dot + 1);
    // A code from the vocabulary, or a code written as a literal elsewhere (e.g. the reference
    // parser's problems: `withdraw.error.${problem}` with problem 'empty', 'length'...).
    const fromVocabulary = codes.has(code) || literals.has(code);
    if (
      literals.has(base) ||
      (fromVocabulary && prefixes.has(prefix)) ||
      // `${field.optionPrefix}.${code}`: the prefix is itself a literal somewhere ('who').
      (fromVocabulary && fullyDynamic && literals.has(prefix.slice(0, -1)))
    ) {
      used.add(key);
    }
  }
  return used;
}

describe('catalogue keys in code', () => {
  it('uses every key of the English catalogue somewhere', () => {
    const used = usedKeys();
    const unused = Object.keys(en).filter((k) => !used.has(k));
    expect(unused, 'unused keys: use them or remove them from every catalogue').toEqual([]);
  });

  it('finds a key that is only used through a vocabulary code', () => {
    // harm kinds are labelled `${optionPrefix}.${code}`: the check must see them as used.
    expect(usedKeys().has('harm.modern_slavery')).toBe(true);
  });
});
