import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every word a storyteller reads comes from the catalogue (decision 0003): components hold no
 * text literals, so a new language or Easy Read is a new catalogue and nothing else.
 * Pictograms (SVG drawings) are the one exception: their text alternatives come from the
 * catalogue too, but their markup is drawing, not words.
 */

const ROOT = 'widget/journey';

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pictograms' ? [] : componentFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Text between a JSX closing `>` and the next `<` that contains a letter. */
function jsxTextLiterals(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of withoutComments.matchAll(/(?<![=-])>([^<>{}]*)</g)) {
    const text = (match[1] ?? '').trim();
    if (/\p{L}/u.test(text) && !/[;()=&|]/.test(text)) found.push(text);
  }
  for (const match of withoutComments.matchAll(
    /\b(aria-label|title|placeholder|alt|aria-roledescription|value)="([^"]*\p{L}[^"]*)"/gu,
  )) {
    found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

describe('journey components', () => {
  it('finds the components to check', () => {
    expect(componentFiles(ROOT).length).toBeGreaterThan(8);
  });

  it('contain no text literals: every word comes from the catalogue', () => {
    const offenders = componentFiles(ROOT).flatMap((file) =>
      jsxTextLiterals(readFileSync(file, 'utf8')).map((text) => `${file}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch a literal if one were added', () => {
    expect(jsxTextLiterals('const a = <p class="x">Tell us more</p>;')).toEqual(['Tell us more']);
    expect(jsxTextLiterals('<button aria-label="Close">{t("x")}</button>')).toEqual([
      'aria-label="Close"',
    ]);
    expect(jsxTextLiterals('<p>{t("start.lead")}</p>')).toEqual([]);
  });
});
