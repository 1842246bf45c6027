import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../domain/languages.ts';
import { targetFor } from '../../widget/embed/targets.ts';

/** A stand-in for the snippet's link: only what targetFor reads. */
function link(attributes: Record<string, string>): HTMLAnchorElement {
  return {
    origin: 'https://heard.example',
    textContent: 'Tell us your story',
    getAttribute: (name: string) => attributes[name] ?? null,
  } as unknown as HTMLAnchorElement;
}

describe('data-heard-lang on the snippet', () => {
  it('passes a language code on to the journey', () => {
    const target = targetFor(
      link({ 'data-heard-site': 'demo', 'data-heard-lang': 'ar' }),
      'https://heard.example',
    );
    expect(target?.lang).toBe('ar');
    expect(target?.path).toBe('/tell/demo');
  });

  it('ignores a value that is not a language code', () => {
    const target = targetFor(
      link({ 'data-heard-site': 'demo', 'data-heard-lang': 'ar"><script>' }),
      'https://heard.example',
    );
    expect(target).not.toBeNull();
    expect(target?.lang).toBeUndefined();
  });

  it('chooses the language when the site offers it, and English when it does not', () => {
    expect(chooseLanguage('ar', ['en', 'ar']).code).toBe('ar');
    expect(chooseLanguage('AR-eg', ['en', 'ar']).code).toBe('ar');
    expect(chooseLanguage('so', ['en', 'ar']).code).toBe('en');
    expect(chooseLanguage('en-easy', ['en']).code).toBe('en-easy');
    expect(chooseLanguage(null, ['pl']).code).toBe('en');
  });
});
