import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Every word a storyteller reads comes from a catalogue (decision 0003), so a new language or
 * Easy Read is a new catalogue and nothing else. Checked in two places:
 * - the journey's components: JSX text and text props (aria-label, title, placeholder, alt...);
 * - the server-rendered pages (the no-JavaScript form, its confirmation and errors, the first
 *   paint, /withdraw): text between tags and in text attributes of their HTML templates.
 * Pictogram drawings are markup, not words; their text alternatives come from the catalogue.
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

function walk(node: unknown, visit: (n: Node, parent?: Node) => void, parent?: Node): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit, parent);
    return;
  }
  const n = node as Node;
  visit(n, parent);
  for (const [key, child] of Object.entries(n)) {
    if (key !== 'type' && child && typeof child === 'object') walk(child, visit, n);
  }
}

/** Text literals a person would read, in one component file (JSX). */
function componentLiterals(code: string, file: string): string[] {
  const found: string[] = [];
  walk(parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }), (n, parent) => {
    if (n.type === 'JSXText' && hasWords(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXExpressionContainer' && parent?.type === 'JSXElement') {
      const e = n.expression as Node;
      if (e.type === 'Literal' && typeof e.value === 'string' && hasWords(e.value)) {
        found.push(e.value);
      }
    }
    if (n.type === 'JSXAttribute') {
      const name = (n.name as Node).name as string;
      if (!TEXT_PROPS.has(name)) return;
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
  });
  return found;
}

const HOLE = '\u0000';

/** Words written into HTML (between tags, or in a text attribute) in one piece of markup. */
function markupWords(markup: string): string[] {
  const found: string[] = [];
  for (const m of markup.matchAll(/>([^<>]*)</g)) {
    const text = (m[1] ?? '').replaceAll(HOLE, ' ').trim();
    if (hasWords(text)) found.push(text);
  }
  for (const m of markup.matchAll(/\s(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
    const text = (m[2] ?? '').replaceAll(HOLE, ' ');
    if (hasWords(text)) found.push(`${m[1]}="${text.trim()}"`);
  }
  return found;
}

/**
 * Text literals in a server-rendered page's HTML templates (hono's html`` and plain template
 * strings) and in string literals holding markup. `${…}` holes are where catalogue text goes.
 */
function pageLiterals(code: string): string[] {
  const found: string[] = [];
  walk(parseAst(code, { lang: 'ts' }), (n) => {
    if (n.type === 'TemplateLiteral') {
      const quasis = (n.quasis as Node[]).map((q) => (q.value as { raw: string }).raw);
      found.push(...markupWords(quasis.join(HOLE)));
    }
    if (n.type === 'Literal' && typeof n.value === 'string' && n.value.includes('<')) {
      found.push(...markupWords(n.value));
    }
  });
  return found;
}

const SERVER_PAGES = [
  ...filesUnder('server/journey', /\.ts$/),
  join(root, 'server/withdrawal/withdraw-page.ts'),
];

describe('no text literals where a storyteller reads', () => {
  it('finds the components and pages to check', () => {
    expect(filesUnder('widget/journey', /\.tsx$/).length).toBeGreaterThan(8);
    expect(SERVER_PAGES.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        'server/journey/html-page.ts',
        'server/journey/no-js-form.ts',
        'server/withdrawal/withdraw-page.ts',
      ]),
    );
  });

  it('has none in the journey components', () => {
    const literals = filesUnder('widget/journey', /\.tsx$/).flatMap((file) =>
      componentLiterals(readFileSync(file, 'utf8'), file).map(
        (t) => `${relative(root, file)}: ${t}`,
      ),
    );
    expect(literals).toEqual([]);
  });

  it('has none in the server-rendered pages', () => {
    const literals = SERVER_PAGES.flatMap((file) =>
      pageLiterals(readFileSync(file, 'utf8')).map((t) => `${relative(root, file)}: ${t}`),
    );
    expect(literals).toEqual([]);
  });

  it('would catch a literal in a component', () => {
    // Source code under test, so the template's ${x} is text here, not a placeholder.
    const code = [
      'export const A = () => <p aria-label="Close window" title={`Go $',
      '{x} now`}>Hello {"there you"}</p>;',
    ].join('');
    expect(componentLiterals(code, 'a.tsx')).toEqual([
      'aria-label="Close window"',
      'title=`Go … now`',
      'Hello',
      'there you',
    ]);
    expect(componentLiterals('const a = <p>{t("start.lead")}</p>;', 'a.tsx')).toEqual([]);
  });

  it('would catch a literal in a server-rendered page', () => {
    const hole = '$' + '{';
    const code = [
      `const a = html\`<h1 class="x">${hole}t('a')}</h1><p>Tell us ${hole}n} more</p>\`;`,
      `const b = \`<a href="/" title="Go home">${hole}t('b')}</a>\`;`,
      `const c = '<span>Sorry</span>';`,
      `const d = html\`<nav aria-label="${hole}t('c')}"><a href="?lang=${hole}x}">${hole}y}</a></nav>\`;`,
    ].join('\n');
    expect(pageLiterals(code)).toEqual(['Tell us   more', 'title="Go home"', 'Sorry']);
  });
});
