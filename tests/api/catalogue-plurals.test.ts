import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.ts';
import { catalogueFor } from '../../domain/messages/all-catalogues.ts';
import { en } from '../../domain/messages/en.ts';
import {
  type MessageKey,
  messageForms,
  type PluralForms,
  translate,
} from '../../domain/messages.ts';

/** English's plural messages: every catalogue must give each of them in plural forms too. */
const pluralKeys = (Object.keys(en) as MessageKey[]).filter((k) => typeof en[k] === 'object');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('plural messages', () => {
  it('has plural messages for the counts a person reads', () => {
    expect(pluralKeys).toEqual(
      expect.arrayContaining([
        'common.charactersLeft',
        'common.charactersTooMany',
        'common.charactersLimit',
        'errors.tooLong',
        'story.errorTooLong',
        'contact.errorName',
      ]),
    );
  });

  for (const language of LANGUAGES) {
    it(`${language.englishName} (${language.code}) gives exactly the plural categories its language has`, async () => {
      const catalogue = await language.load();
      const needed = [...new Intl.PluralRules(language.lang).resolvedOptions().pluralCategories];
      for (const key of pluralKeys) {
        const message = catalogue[key] as string | PluralForms | undefined;
        expect(typeof message, `${key} must be plural forms`).toBe('object');
        expect(Object.keys(message ?? {}).sort(), key).toEqual(needed.sort());
        const english = placeholders((en[key] as PluralForms).other);
        // `other` always shows the number; a form may say "one" or "two" in words instead.
        expect(placeholders((message as PluralForms).other), key).toEqual(english);
        for (const text of messageForms(message)) {
          for (const name of placeholders(text)) expect(english, `${key}: ${text}`).toContain(name);
        }
      }
    });
  }

  it('says "1 character" and "2 characters" in English', () => {
    expect(translate(en, 'common.charactersLeft', { count: 1 })).toBe('You have 1 character left');
    expect(translate(en, 'common.charactersLeft', { count: 2 })).toBe('You have 2 characters left');
    expect(translate(en, 'common.charactersLeft', { count: 0 })).toBe('You have 0 characters left');
    expect(translate(en, 'common.charactersTooMany', { count: 1 })).toBe(
      'You have 1 character too many',
    );
    expect(translate(en, 'common.charactersLimit', { count: 2000 })).toBe(
      'You can enter up to 2000 characters',
    );
  });

  it('writes the length limits in errors with the right form', () => {
    expect(translate(en, 'errors.tooLong', { count: 1 })).toBe('This must be 1 character or fewer');
    expect(translate(en, 'story.errorTooLong', { count: 10000 })).toBe(
      'Your story must be 10000 characters or fewer',
    );
    expect(translate(catalogueFor('ar'), 'story.errorTooLong', { count: 10000 })).toBe(
      'يجب ألا تزيد قصتك على ١٠٠٠٠ حرف',
    );
    expect(translate(catalogueFor('pl'), 'errors.tooLong', { count: 22 })).toBe(
      'To pole może mieć najwyżej 22 znaki',
    );
  });

  it('chooses among Polish one, few and many', () => {
    const pl = catalogueFor('pl');
    const left = (count: number) => translate(pl, 'common.charactersLeft', { count });
    expect(left(1)).toBe('Został 1 znak');
    expect(left(3)).toBe('Zostały 3 znaki');
    expect(left(5)).toBe('Zostało 5 znaków');
    expect(left(12)).toBe('Zostało 12 znaków');
    expect(left(22)).toBe('Zostały 22 znaki');
  });

  it('chooses among Arabic zero, one, two, few, many and other, in Arabic-Indic digits', () => {
    const ar = catalogueFor('ar');
    const left = (count: number) => translate(ar, 'common.charactersLeft', { count });
    expect(left(0)).toBe('لم يبقَ لديك أي حرف');
    expect(left(1)).toBe('بقي لديك حرف واحد');
    expect(left(2)).toBe('بقي لديك حرفان');
    expect(left(5)).toBe('بقيت لديك ٥ أحرف');
    expect(left(11)).toBe('بقي لديك ١١ حرفًا');
    expect(left(100)).toBe('بقي لديك ١٠٠ حرف');
  });

  it('writes numbers of plain messages in the language digits too, as before', () => {
    expect(translate(en, 'exit.pressesLeft', { count: 2 })).toBe('Shift pressed 2 of 3 times');
    expect(translate(catalogueFor('ar'), 'exit.pressesLeft', { count: 2 })).toContain('٢');
  });
});
