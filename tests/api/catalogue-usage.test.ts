import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { en } from '../../domain/messages/en.ts';
import * as vocabulary from '../../domain/vocabulary.ts';

/**
 * Two checks of decision 0003 ("every word comes from a catalogue"):
 * - no key is unused: keys must appear in code as string literals ('who.heading'). Keys built
 *   from vocabulary codes (`who.${code}`, `${prefix}.${code}`) are accounted for by expanding
 *   every code list in domain/vocabulary.ts (or codes written as literals elsewhere); `.rep`
 *   keys are used when their base key is; `meta.*` keys describe the catalogue itself.
 * - no text literal in components: JSX text and text props (aria-label, title, placeholder,
 *   alt...) in the journey's components must come from the catalogue.
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

type Node = { type: string; [key: string]: unknown };

const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

/** Text literals a person would read, found in one component file. */
function textLiterals(code: string, file: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown, parent?: Node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    const n = node as Node;
    if (n.type === 'JSXText' && hasWords(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXExpressionContainer' && parent?.type === 'JSXElement') {
      const e = n.expression as Node;
      if (e.type === 'Literal' && typeof e.value === 'string' && hasWords(e.value)) {
        found.push(e.value);
      }
    }
    if (n.type === 'JSXAttribute') {
      const name = (n.name as Node).name as string;
      if (TEXT_PROPS.has(name)) {
        const value = n.value as Node | null;
        const inner = value?.type === 'JSXExpressionContainer' ? (value.expression as Node) : value;
        if (inner?.type === 'Literal' && typeof inner.value === 'string' && hasWords(inner.value)) {
          found.push(`${name}="${inner.value}"`);
        }
        if (inner?.type === 'TemplateLiteral') {
          const quasis = (inner.quasis as Node[]).map((q) => (q.value as { raw: string }).raw);
          if (quasis.some(hasWords)) found.push(`${name}=\`${quasis.join('…')}\``);
        }
      }
    }
    for (const [key, child] of Object.entries(n)) {
      if (key !== 'type' && child && typeof child === 'object') visit(child, n);
    }
  };
  visit(parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }));
  return found;
}

/**
 * Keys the journey has not used yet, reported to its owner on 26 November 2026 (issue 8
 * report): "(optional)" after optional questions' labels, and the "Leaving this page"
 * announcement on quick exit. Listed rather than hidden: the next test fails once one is used,
 * so this list can only shrink.
 */
const AWAITING_USE: readonly string[] = ['common.optional', 'exit.leaving'];

describe('catalogue keys in code', () => {
  it('uses every key of the English catalogue somewhere', () => {
    const used = usedKeys();
    const unused = Object.keys(en).filter((k) => !used.has(k) && !AWAITING_USE.includes(k));
    expect(unused, 'unused keys: use them or remove them from every catalogue').toEqual([]);
  });

  it('lists as awaiting use only keys that are still unused', () => {
    const used = usedKeys();
    expect(AWAITING_USE.filter((k) => used.has(k) || !(k in en))).toEqual([]);
  });

  it('finds a key that is only used through a vocabulary code', () => {
    // harm kinds are labelled `${optionPrefix}.${code}`: the check must see them as used.
    expect(usedKeys().has('harm.modern_slavery')).toBe(true);
  });

  it('has no text literals in the journey components', () => {
    const components = filesUnder('widget/journey', /\.tsx$/);
    expect(components.length).toBeGreaterThan(0);
    const literals = components.flatMap((file) =>
      textLiterals(readFileSync(file, 'utf8'), file).map((t) => `${relative(root, file)}: ${t}`),
    );
    expect(literals).toEqual([]);
  });

  it('finds text literals in JSX text and in text props', () => {
    // Source code under test, so the template's ${x} is text here, not a placeholder.
    const code = [
      'export const A = () => <p aria-label="Close window" title={`Go $',
      '{x} now`}>Hello {"there you"}</p>;',
    ].join('');
    expect(textLiterals(code, 'a.tsx')).toEqual([
      'aria-label="Close window"',
      'title=`Go … now`',
      'Hello',
      'there you',
    ]);
  });
});
