import { messageForms, type PluralForms } from './messages.ts';
/**
 * Plain-English checks for the English and Easy Read catalogues (issue 8): sentence length and
 * long words. The limits and the method are described in docs/translating.md; the estimates are
 * deliberately simple, so they are the same on every machine and easy to reason about.
 */

/** Agreed limits (docs/translating.md, "Readability limits"). */
export const READABILITY_LIMITS = {
  standard: {
    /** Average words per sentence across the whole catalogue. */
    averageWords: 20,
    /** No sentence longer than this, except keys listed in `LONG_SENTENCE_EXCEPTIONS`. */
    maxWords: 35,
  },
  easyRead: {
    /** Every sentence, no exceptions (Easy Read guidance: one idea, up to 15 words). */
    maxWords: 15,
    /** A word of this many syllables or more (estimated) counts as long. */
    longWordSyllables: 4,
    /** Long words are rare: at most one in any sentence... */
    maxLongWordsPerSentence: 1,
    /** ...and at most this share of all the words in the catalogue. */
    maxLongWordShare: 0.03,
  },
} as const;

/**
 * English sentences allowed over the standard maximum, with the reason. Empty today; add a key
 * here only with a reason a reviewer would accept (for example, statutory wording).
 */
export const LONG_SENTENCE_EXCEPTIONS: Readonly<Record<string, string>> = {};

/**
 * Words that Easy Read may use although they estimate as long: names a person will hear from
 * professionals and needs to recognise, and words the estimate over-counts.
 */
export const EASY_READ_ALLOWED_LONG_WORDS: readonly string[] = [
  'safeguarding', // the word professionals use; Easy Read explains it rather than hiding it
  'samaritans', // a helpline's name
];

export type SentenceReport = { text: string; words: number; longWords: string[] };

/** Placeholders like `{boardName}` read as one word. */
function withoutPlaceholders(text: string): string {
  return text.replace(/\{\w+\}/g, 'Name');
}

/**
 * Splits text into sentences at `.`, `!`, `?` or `…` followed by a space or the end. Text without
 * such punctuation (a heading, a button) is one sentence. Full stops inside email addresses and
 * numbers do not split, because no space follows them.
 */
export function splitSentences(text: string): string[] {
  return withoutPlaceholders(text)
    .split(/(?<=[.!?…])["”’)]?\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a sentence: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Estimates an English word's syllables: vowel groups, less a silent final "e", with common
 * endings corrected. Digits and single letters count as one. Within one of the true count for
 * ordinary words, which is enough to flag long ones (tests/api/readability-limits.test.ts).
 */
export function estimateSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z-]/g, '');
  // Hyphenated words: count each part.
  if (w.includes('-')) {
    return w
      .split('-')
      .filter(Boolean)
      .reduce((sum, part) => sum + estimateSyllables(part), 0);
  }
  const known = SYLLABLE_OVERRIDES[w];
  if (known) return known;
  if (w.length <= 3) return 1;
  let s = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  s = s.replace(/^y/, '');
  // A silent "e" inside compounds ("safeguard", "homeless", "lifetime").
  s = s.replace(/([^aeiouy])e(?=(?:ful|less|ly|ment|ness|guard|time|work|where|like))/g, '$1');
  const groups = s.match(/[aeiouy]+/g)?.length ?? 0;
  // "ia", "io" and "ua" are usually two syllables ("media", "radio", "usual"), but not in
  // "-tion", "-cial", "-sion" or after "g"/"q" ("guard", "quality").
  const split = s.match(/(?<![tscxgq])(?:ia|io|ua)/g)?.length ?? 0;
  return Math.max(1, groups + split);
}

/** Frequent words the vowel-group estimate gets wrong. */
const SYLLABLE_OVERRIDES: Readonly<Record<string, number>> = {
  people: 2,
  someone: 2,
  everyone: 3,
  everything: 3,
  somewhere: 2,
  anyone: 3,
  business: 2,
  every: 2,
  different: 3,
};

/** True when a word counts as long for Easy Read (and is not an allowed name). */
export function isLongWord(word: string): boolean {
  if (EASY_READ_ALLOWED_LONG_WORDS.includes(word.toLowerCase())) return false;
  if (/\p{N}/u.test(word) || word === word.toUpperCase()) return false; // numbers, acronyms
  return estimateSyllables(word) >= READABILITY_LIMITS.easyRead.longWordSyllables;
}

/** Every sentence of a text with its word count and long words. */
export function analyseText(text: string): SentenceReport[] {
  return splitSentences(text).map((sentence) => {
    const words = wordsOf(sentence);
    return { text: sentence, words: words.length, longWords: words.filter(isLongWord) };
  });
}

/** Keys that are not prose: settings, and templates made only of placeholders. */
export function isProseKey(key: string): boolean {
  return !key.startsWith('meta.') && key !== 'page.title' && key !== 'page.errorPrefix';
}

/** A catalogue's messages: strings, or plural forms (`PluralForms`). */
export type ReadableCatalogue = Readonly<Record<string, string | PluralForms | undefined>>;

export type CatalogueReadability = {
  sentences: (SentenceReport & { key: string })[];
  averageWords: number;
  totalWords: number;
  longWordShare: number;
};

/** Readability figures for a whole catalogue's prose. */
export function analyseCatalogue(catalogue: ReadableCatalogue): CatalogueReadability {
  const sentences = Object.entries(catalogue)
    .filter(([key]) => isProseKey(key))
    // Each plural form is read as the person would read it.
    .flatMap(([key, message]) => messageForms(message).map((text) => [key, text] as const))
    .flatMap(([key, text]) => analyseText(text).map((s) => ({ ...s, key })));
  const totalWords = sentences.reduce((sum, s) => sum + s.words, 0);
  const longWords = sentences.reduce((sum, s) => sum + s.longWords.length, 0);
  return {
    sentences,
    averageWords: sentences.length === 0 ? 0 : totalWords / sentences.length,
    totalWords,
    longWordShare: totalWords === 0 ? 0 : longWords / totalWords,
  };
}

export type ReadabilityProblem = { key: string; text: string; problem: string };

/** Sentences that break the standard English limits (exceptions excluded). */
export function standardProblems(catalogue: ReadableCatalogue): ReadabilityProblem[] {
  const report = analyseCatalogue(catalogue);
  const { averageWords, maxWords } = READABILITY_LIMITS.standard;
  const problems: ReadabilityProblem[] = report.sentences
    .filter((s) => s.words > maxWords && !(s.key in LONG_SENTENCE_EXCEPTIONS))
    .map((s) => ({ key: s.key, text: s.text, problem: `${s.words} words (limit ${maxWords})` }));
  if (report.averageWords > averageWords) {
    problems.push({
      key: '*',
      text: '',
      problem: `average ${report.averageWords.toFixed(1)} words a sentence (limit ${averageWords})`,
    });
  }
  return problems;
}

/** Sentences that break the Easy Read limits. */
export function easyReadProblems(catalogue: ReadableCatalogue): ReadabilityProblem[] {
  const report = analyseCatalogue(catalogue);
  const { maxWords, maxLongWordsPerSentence, maxLongWordShare } = READABILITY_LIMITS.easyRead;
  const problems: ReadabilityProblem[] = [];
  for (const s of report.sentences) {
    if (s.words > maxWords) {
      problems.push({ key: s.key, text: s.text, problem: `${s.words} words (limit ${maxWords})` });
    }
    if (s.longWords.length > maxLongWordsPerSentence) {
      problems.push({
        key: s.key,
        text: s.text,
        problem: `long words: ${s.longWords.join(', ')} (limit ${maxLongWordsPerSentence})`,
      });
    }
  }
  if (report.longWordShare > maxLongWordShare) {
    problems.push({
      key: '*',
      text: '',
      problem: `${(report.longWordShare * 100).toFixed(1)}% long words (limit ${maxLongWordShare * 100}%)`,
    });
  }
  return problems;
}
