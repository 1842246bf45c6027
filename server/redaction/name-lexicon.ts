import nlp from 'compromise';

// compromise's lexicon holds several thousand first names and surnames, kept
// with the library (issue 4 asks for a well-kept library, not our own list).
// Its model is typed as `object`, so read it through a narrow shape.
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
}
const lexicon = (nlp.model() as CompromiseModel).one.lexicon;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

function tagsOf(word: string): string[] {
  // "josé", "renée": the lexicon holds names without accents.
  const plain = Object.hasOwn(lexicon, word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
  const entry = Object.hasOwn(lexicon, plain) ? lexicon[plain] : undefined;
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/** How compromise's lexicon knows a lower-cased word. */
export type LexiconClass = 'given' | 'ambiguous-given' | 'surname' | 'word' | 'unknown';

/**
 * `given`: a male or female first name with no other meaning ("sharon");
 * `ambiguous-given`: a first name that is also an ordinary word or used as one
 * ("mark", "grace", "pat"); `surname`; `word`: an ordinary English word;
 * `unknown`: not in the lexicon (often a less common name).
 */
export function lexiconClass(lower: string): LexiconClass {
  // "kerry-louise", "mary-jane": a double first name is as good as its parts.
  if (lower.includes('-') && !Object.hasOwn(lexicon, lower)) {
    const parts = lower.split('-').map(lexiconClassOf);
    if (parts.includes('given')) return 'given';
    if (parts.every((p) => p === 'surname' || p === 'ambiguous-given')) return 'surname';
    return parts.includes('word') ? 'word' : 'unknown';
  }
  return lexiconClassOf(lower);
}

function lexiconClassOf(lower: string): LexiconClass {
  const tags = tagsOf(lower);
  if (tags.length === 0) return 'unknown';
  if (tags.some((t) => t === 'MaleName' || t === 'FemaleName')) return 'given';
  if (tags.some((t) => t === 'FirstName' || t === 'Person')) return 'ambiguous-given';
  if (tags.includes('LastName')) return 'surname';
  return tags.some((t) => NAME_TAGS.has(t)) ? 'ambiguous-given' : 'word';
}

/** True when compromise's lexicon knows the word as a place (city, region, country). */
export function isKnownPlace(lower: string): boolean {
  return tagsOf(lower).some(
    (t) => t === 'Place' || t === 'City' || t === 'Region' || t === 'Country',
  );
}

/**
 * Asks compromise's tagger whether the word at `offset` in `sentence` is a
 * person in context ("Grace, my other carer" yes; "Grace was said" no). Only
 * called for ambiguous words, because tagging costs ~10 ms per 1,000 words.
 */
export function taggedAsPerson(sentence: string, offset: number): boolean {
  const key = `${offset}:${sentence}`;
  const cached = taggedCache.get(key);
  if (cached !== undefined) return cached;
  const result = tagPerson(sentence, offset);
  if (taggedCache.size > 500) taggedCache.clear();
  taggedCache.set(key, result);
  return result;
}

const taggedCache = new Map<string, boolean>();

function tagPerson(sentence: string, offset: number): boolean {
  let pos = 0;
  for (const terms of nlp(sentence).docs) {
    for (const term of terms) {
      pos += term.pre.length;
      if (pos === offset) return term.tags?.has('Person') ?? false;
      pos += term.text.length + term.post.length;
    }
  }
  return false;
}
