import { describe, expect, it } from 'vitest';
import { LANGUAGES, REVIEW_STATUSES } from '../../domain/languages.ts';
import { en } from '../../domain/messages/en.ts';
import { EASY_READ_PICTOGRAMS, PICTOGRAM_IDS } from '../../domain/messages/en-easy-pictograms.ts';
import { messageForms, type PluralForms } from '../../domain/messages.ts';

/** `{name}` placeholders of a message, sorted, so order may differ between languages. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const englishKeys = Object.keys(en).sort();
const englishMessage = (key: string) => en[key as keyof typeof en] as string | PluralForms;

/**
 * Placeholders a message must use: a string's own, or a plural message's `other` form's (forms
 * for one or two may say the number in words, as Arabic does, so they are checked by
 * tests/api/catalogue-plurals.test.ts to use no placeholder English lacks).
 */
const requiredPlaceholders = (message: string | PluralForms | undefined) =>
  placeholders(typeof message === 'object' ? message.other : (message ?? ''));
const translated = LANGUAGES.filter((l) => l.code !== 'en');

describe('message catalogues', () => {
  it('offers English, Easy Read and the eight languages of issue 8', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual([
      'en',
      'en-easy',
      'pl',
      'ro',
      'bn',
      'ur',
      'ar',
      'es',
      'tr',
      'so',
    ]);
  });

  for (const language of translated) {
    describe(`${language.englishName} (${language.code})`, () => {
      it('has exactly the keys of English', async () => {
        const catalogue = await language.load();
        const keys = Object.keys(catalogue).sort();
        expect(
          englishKeys.filter((k) => !keys.includes(k)),
          'missing: translate these',
        ).toEqual([]);
        expect(
          keys.filter((k) => !englishKeys.includes(k)),
          'not in English: remove these',
        ).toEqual([]);
      });

      it('uses the same placeholders as English in every message', async () => {
        const catalogue = await language.load();
        const wrong = Object.entries(catalogue)
          .filter(([key]) => key in en)
          .filter(
            ([key, message]) =>
              requiredPlaceholders(message).join() !==
              requiredPlaceholders(englishMessage(key)).join(),
          )
          .map(([key]) => key);
        expect(wrong).toEqual([]);
      });

      it('has no empty message and no stray braces', async () => {
        const catalogue = await language.load();
        const bad = Object.entries(catalogue)
          .filter(([, message]) =>
            messageForms(message).some(
              (text) => !text.trim() || /\{(?!\w+\})|(?<!\{\w+)\}/.test(text),
            ),
          )
          .map(([key]) => key);
        expect(bad).toEqual([]);
      });

      it('describes itself to match the language list', async () => {
        const catalogue = await language.load();
        expect(catalogue['meta.lang']).toBe(language.lang);
        expect(catalogue['meta.dir']).toBe(language.dir);
        expect(catalogue['meta.languageName']).toBe(language.name);
        expect(catalogue['meta.reviewStatus']).toBe(language.reviewStatus);
        expect(REVIEW_STATUSES).toContain(language.reviewStatus);
      });

      if (!language.easyRead) {
        it('leaves no sentence in English', async () => {
          const catalogue = await language.load();
          // A message identical to English with three or more words was never translated.
          // Names and examples (email addresses, phone numbers) are the same in every language.
          const untranslated = Object.entries(catalogue)
            .filter(([key]) => !key.startsWith('meta.') && key in en)
            .flatMap(([key, message]) => {
              const english = messageForms(englishMessage(key));
              return messageForms(message)
                .filter((text) => english.includes(text))
                .map((text) => [key, text] as const);
            })
            .filter(([, text]) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 3)
            .map(([key]) => key);
          expect(untranslated).toEqual([]);
        });
      }
    });
  }

  it('sets right to left for Urdu and Arabic only', () => {
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ur', 'ar']);
  });

  it('names each language in its own language', () => {
    expect(Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name]))).toMatchObject({
      pl: 'Polski',
      ro: 'Română',
      bn: 'বাংলা',
      ur: 'اردو',
      ar: 'العربية',
      es: 'Español',
      tr: 'Türkçe',
      so: 'Soomaali',
    });
  });

  it('marks every translation machine-drafted until a native speaker reviews it', () => {
    // docs/translating.md: only a community review may change this.
    expect(translated.map((l) => l.reviewStatus)).toEqual(translated.map(() => 'machine-drafted'));
  });

  it('pairs Easy Read key sentences only with existing keys and drawn pictograms', () => {
    for (const [key, id] of Object.entries(EASY_READ_PICTOGRAMS)) {
      expect(englishKeys, key).toContain(key);
      expect(PICTOGRAM_IDS, key).toContain(id);
    }
    expect(Object.keys(EASY_READ_PICTOGRAMS).length).toBeGreaterThanOrEqual(20);
  });

  it('uses Arabic-Indic digits in Arabic prose and Bengali digits in Bengali prose', async () => {
    const ar = await LANGUAGES.find((l) => l.code === 'ar')?.load();
    const bn = await LANGUAGES.find((l) => l.code === 'bn')?.load();
    expect(ar?.['finished.under_3_months']).toContain('٣');
    expect(bn?.['finished.under_3_months']).toContain('৩');
    // Numbers a person dials stay as on a UK keypad (decision 0080).
    expect(ar?.['danger.call999']).toContain('999');
    expect(bn?.['danger.call999']).toContain('999');
  });
});
