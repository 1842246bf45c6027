import { describe, expect, it } from 'vitest';
import { en } from '../../domain/messages/en.ts';
import { enEasy } from '../../domain/messages/en-easy.ts';
import {
  analyseCatalogue,
  easyReadProblems,
  READABILITY_LIMITS,
  standardProblems,
} from '../../domain/readability.ts';

// The agreed limits and how they are measured: docs/translating.md, "Readability limits".
describe('plain English in the catalogues', () => {
  it('keeps English sentences to 20 words on average and none over 35', () => {
    expect(standardProblems(en)).toEqual([]);
    expect(analyseCatalogue(en).averageWords).toBeLessThanOrEqual(
      READABILITY_LIMITS.standard.averageWords,
    );
  });

  it('keeps every Easy Read sentence to 15 words with rare long words', () => {
    expect(easyReadProblems(enEasy)).toEqual([]);
  });

  it('makes Easy Read shorter on average than the standard English', () => {
    expect(analyseCatalogue(enEasy).averageWords).toBeLessThan(analyseCatalogue(en).averageWords);
  });
});
