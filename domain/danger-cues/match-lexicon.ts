import type { CueFinder, DangerCategory, DangerCue } from './types.ts';

/**
 * The one matcher behind every non-English cue lexicon (docs/danger-detection-languages.md).
 * A lexicon is data a reviewer can read; this file decides how it is applied, the same way for
 * every language, so a native speaker reviews words rather than code.
 *
 * Pattern syntax (one phrase a string, words separated by spaces):
 * - `bije` a whole word; `bij*` a word starting so; `*ضربني` ending so; `*x*` containing.
 * - `mnie|nas` either word (each alternative may use `*`). An alternative is one word:
 *   `segura|a salvo` reads as `segura|a` then `salvo`; give a two-word phrase its own pattern.
 * - `~` up to two words of any kind ("mnie ~ bije" matches "mnie znowu bije"); `~ ~` up to four.
 * Ongoing, over and negation markers apply within a sentence (a short next sentence saying
 * "still" or "again" also counts); negation stops at a comma.
 * Patterns are folded exactly like the text (see `fold`), so they may be written with or
 * without diacritics; writing them as a speaker would spell them keeps them reviewable.
 */

/**
 * `now` cues count on their own: they say harm is happening, is threatened or is feared now
 * ("on mnie bije", "boję się"). `past` cues are harm words that may be over ("pobił mnie"): they
 * count only when the same sentence says it goes on ("nadal", "todavía", "لا يزال").
 */
export type CueGroup = { now?: readonly string[]; past?: readonly string[] };

export type Lexicon = {
  /** Words or phrases that negate a cue when they come just before it (or after, see window). */
  negators: readonly string[];
  /** How many words before (and after, for languages that negate after the verb) a negator may be. */
  negationWindow: { before: number; after: number };
  /**
   * Negators that count only right before the cue: words that are also common in other roles
   * (Arabic "ما" is "not" before a verb but "what" elsewhere: "ما يقول", what he says).
   */
  adjacentNegators?: readonly string[];
  /**
   * Words saying harm goes on or is recent ("still", "every day", "again", "last night"): they
   * make a `past` cue count. Recent counts too: yesterday's beating is today's danger.
   */
  ongoing: readonly string[];
  /**
   * Words saying harm is over or long ago ("years ago", "not any more", "when I was a child"):
   * a `past` cue in a sentence with one never counts, whatever else the sentence says.
   */
  over: readonly string[];
  /**
   * Everyday phrases that contain a cue's words but mean no danger ("my heart beats", "the help
   * is still going on"): a cue inside one of these is dropped.
   */
  calm: readonly string[];
  /** One-letter prefixes written joined to the next word (Arabic و ف ب), tried with and without. */
  clitics?: readonly string[];
  cues: Partial<Record<DangerCategory, CueGroup>>;
};

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ے: 'ي',
  ۓ: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ۀ: 'ه',
  ک: 'ك',
  ں: 'ن',
};
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o', ß: 'ss' };

/**
 * Folds one word so that spellings people really type compare equal: Unicode compatibility
 * forms (NFKC), lower case, Latin diacritics dropped (Polish, Romanian and Turkish are often typed
 * without them; Turkish dotted and dotless i become one i), Arabic-script letter variants unified
 * (Urdu typed on an Arabic keyboard and the other way round) and tashkeel and tatweel removed.
 * Bengali vowel signs are letters, not decoration, and are kept.
 */
export function fold(word: string): string {
  const lower = word
    .normalize('NFKC')
    .replace(/İ/g, 'i')
    .replace(/I/g, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[’ʼ`´]/g, "'");
  let out = '';
  for (const ch of lower) out += ARABIC_LETTERS[ch] ?? LATIN_EXTRA[ch] ?? ch;
  return out;
}

type Token = { key: string; start: number; end: number; clause: number };

// Letters, marks (Bengali vowel signs, Arabic tashkeel), digits and joiners make words; an
// apostrophe between letters stays inside (Somali "la'aan", English "don't").
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+(?:['’ʼ][\p{L}\p{M}\p{N}\u200c\u200d]+)*/gu;
// Sentence ends for every catalogue script: Latin, Arabic "؟", Urdu "۔", Bengali daari "।".
const SENTENCE_END = /[.!?…؟۔।॥\n]+/u;
// Clause marks stop negation reaching across ("nie wiem, on mnie bije").
const CLAUSE_MARK = /[,;:،؛()\u2013\u2014"«»„”“]/u;

function tokenise(sentence: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of sentence.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (CLAUSE_MARK.test(sentence.slice(last, start))) clause++;
    last = start + m[0].length;
    const key = fold(m[0]);
    if (key) tokens.push({ key, start: offset + start, end: offset + last, clause });
  }
  return tokens;
}

function splitSentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = new RegExp(SENTENCE_END.source, 'gu');
  let from = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    out.push({ text: text.slice(from, at), offset: from });
    from = at + m[0].length;
  }
  out.push({ text: text.slice(from), offset: from });
  return out;
}

type WordTest = (key: string) => boolean;
type Step = { gap: true } | { gap: false; test: WordTest };
type Pattern = { source: string; steps: Step[] };

function wordTest(spec: string): WordTest {
  // Whole words go in a set, so a long list of verb forms costs one lookup a word.
  const exact = new Set<string>();
  const partial: Array<(k: string) => boolean> = [];
  for (const alt of spec.split('|')) {
    const pre = alt.startsWith('*');
    const post = alt.endsWith('*') && alt.length > 1;
    const core = fold(alt.replace(/^\*/, '').replace(/\*$/, ''));
    if (pre && post) partial.push((k) => k.includes(core));
    else if (pre) partial.push((k) => k.endsWith(core));
    else if (post) partial.push((k) => k.startsWith(core));
    else exact.add(core);
  }
  return (key) => exact.has(key) || partial.some((t) => t(key));
}

function compile(source: string): Pattern {
  const steps = source
    .trim()
    .split(/\s+/)
    .map((w): Step => (w === '~' ? { gap: true } : { gap: false, test: wordTest(w) }));
  return { source, steps };
}

const GAP = 2;
/** The longest next sentence whose "still" or "again" speaks for the sentence before it. */
const CARRY_WORDS = 5;

/**
 * Where a pattern matches from `i`: the index after its last word, or -1. Words a gap skipped
 * are pushed to `skipped`, so a negator hidden in a gap ("mnie nie bije") still negates.
 */
function matchAt(steps: Step[], s: number, keys: string[][], i: number, skipped: number[]): number {
  if (s === steps.length) return i;
  const step = steps[s] as Step;
  if (step.gap) {
    for (let skip = 0; skip <= GAP && i + skip <= keys.length; skip++) {
      const mark = skipped.length;
      for (let k = i; k < i + skip; k++) skipped.push(k);
      const end = matchAt(steps, s + 1, keys, i + skip, skipped);
      if (end >= 0) return end;
      skipped.length = mark;
    }
    return -1;
  }
  const forms = keys[i];
  if (!forms?.some(step.test)) return -1;
  return matchAt(steps, s + 1, keys, i + 1, skipped);
}

type Span = { from: number; to: number };

function spans(patterns: Pattern[], keys: string[][]): Array<Span & { source: string }> {
  const found: Array<Span & { source: string }> = [];
  for (const p of patterns) {
    for (let i = 0; i < keys.length; i++) {
      const to = matchAt(p.steps, 0, keys, i, []);
      if (to > i) found.push({ from: i, to, source: p.source });
    }
  }
  return found;
}

const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to;

/** Builds a language's finder from its lexicon; patterns are compiled once, here. */
export function lexiconFinder(lexicon: Lexicon): CueFinder {
  const negators = lexicon.negators.map(compile);
  const adjacentNegators = (lexicon.adjacentNegators ?? []).map(compile);
  const ongoing = lexicon.ongoing.map(compile);
  const over = lexicon.over.map(compile);
  const calm = lexicon.calm.map(compile);
  const clitics = lexicon.clitics ?? [];
  const cues = Object.entries(lexicon.cues).flatMap(([category, group]) => [
    ...(group?.now ?? []).map((p) => ({ category, needsOngoing: false, pattern: compile(p) })),
    ...(group?.past ?? []).map((p) => ({ category, needsOngoing: true, pattern: compile(p) })),
  ]) as Array<{ category: DangerCategory; needsOngoing: boolean; pattern: Pattern }>;
  const { before, after } = lexicon.negationWindow;

  // Each word with the forms it may be read as: itself, and without a joined clitic.
  const forms = (key: string): string[] => {
    const out = [key];
    for (const c of clitics)
      if (key.startsWith(c) && key.length >= c.length + 2) out.push(key.slice(c.length));
    return out;
  };

  return (text: string): DangerCue[] => {
    if (typeof text !== 'string' || text.trim() === '') return [];
    const source = text.normalize('NFKC');
    const found = new Map<string, DangerCue>();
    const sentences = splitSentences(source).map((sentence) => {
      const tokens = tokenise(sentence.text, sentence.offset);
      const keys = tokens.map((t) => forms(t.key));
      const ongoingSpans = spans(ongoing, keys);
      const notOngoing = (n: Span) => !ongoingSpans.some((o) => overlaps(n, o));
      return {
        ...sentence,
        tokens,
        keys,
        ongoingSpans,
        negatorSpans: spans(negators, keys).filter(notOngoing),
        adjacentSpans: spans(adjacentNegators, keys).filter(notOngoing),
        isOver: spans(over, keys).length > 0,
      };
    });
    sentences.forEach((here, index) => {
      const { tokens, keys, ongoingSpans, negatorSpans, adjacentSpans } = here;
      if (tokens.length === 0) return;
      const calmSpans = spans(calm, keys);
      // "He hit me. He still does.": a short next sentence of the same paragraph that says it
      // goes on, with no negation and nothing saying it is over, carries its marker back.
      const next = sentences[index + 1];
      const carried =
        next !== undefined &&
        next.ongoingSpans.length > 0 &&
        next.tokens.length <= CARRY_WORDS &&
        next.negatorSpans.length === 0 &&
        next.adjacentSpans.length === 0 &&
        !next.isOver &&
        !/\n\s*\n/.test(source.slice(here.offset + here.text.length, next.offset));
      const pastCounts = (ongoingSpans.length > 0 || carried) && !here.isOver;
      for (const cue of cues) {
        if (cue.needsOngoing && !pastCounts) continue;
        for (let i = 0; i < keys.length; i++) {
          const skipped: number[] = [];
          const to = matchAt(cue.pattern.steps, 0, keys, i, skipped);
          if (to <= i) continue;
          const span = { from: i, to };
          if (calmSpans.some((c) => overlaps(c, span))) continue;
          const clause = (tokens[i] as Token).clause;
          const negated = negatorSpans.some((n) => {
            if (overlaps(n, span)) return skipped.includes(n.from);
            if ((tokens[n.from] as Token).clause !== clause) return false;
            if (n.to <= span.from) return span.from - n.to < before;
            return n.from >= span.to && n.from - span.to < after;
          });
          if (negated || adjacentSpans.some((n) => n.to === span.from)) continue;
          const phrase = source.slice((tokens[i] as Token).start, (tokens[to - 1] as Token).end);
          found.set(`${cue.category}\u0000${phrase}`, { category: cue.category, phrase });
        }
      }
    });
    return [...found.values()];
  };
}
