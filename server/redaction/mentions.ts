import { lexiconClass } from './name-lexicon.ts';
import { NOT_A_NAME } from './not-a-name.ts';
import { LOWER_NOT_NAMES, SURNAME_WORDS, VERB_LIKE } from './person-cues.ts';
import type { Token } from './tokens.ts';

/** A found mention of a person, and the helpers that grow one from a token. */
export interface Mention {
  start: number;
  end: number;
  kind: 'name' | 'staff';
  replacement: string;
  /** Name tokens (without titles) used to find the same person again. */
  names: Token[];
  /** Found by a family relationship ("my son Paul"): never staff. */
  family: boolean;
}

export function contextName(t: Token | undefined): boolean {
  if (!t || NOT_A_NAME.has(t.lower) || t.text.length < 2) return false;
  if (t.allCaps) return lexiconClass(t.lower) === 'given';
  if (t.cap) return true;
  if (/['’](?:t|ll|ve|re|d|m)$/.test(t.lower)) return false;
  const cls = lexiconClass(t.lower);
  if (cls === 'unknown') return !VERB_LIKE.test(t.lower) && !LOWER_NOT_NAMES.has(t.lower);
  return cls === 'given' || cls === 'ambiguous-given' || cls === 'surname';
}

/** Extends a name at `i` with following surname-like tokens; returns the last index. */
export function extendName(text: string, tokens: Token[], i: number): number {
  let last = i;
  const first = tokens[i];
  if (!first || first.possessive) return last;
  for (let j = i + 1; j <= i + 2; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || !prev || prev.possessive) break;
    const gap = text.slice(prev.end + (prev.possessive ? 2 : 0), t.start);
    if (gap !== ' ') break;
    if (NOT_A_NAME.has(t.lower) && !SURNAME_WORDS.has(t.lower)) break;
    // "Mr Desmond OKOYE": a surname in capitals, as forms ask for, but not "Dave NEVER came".
    if (t.allCaps && (!first.cap || lexiconClass(t.lower) === 'word')) break;
    if (first.cap) {
      if (!t.cap) break;
    } else {
      const cls = lexiconClass(t.lower);
      if (t.cap || (cls !== 'unknown' && cls !== 'surname') || LOWER_NOT_NAMES.has(t.lower)) break;
    }
    last = j;
    if (t.possessive) break;
  }
  return last;
}

export function mention(
  tokens: Token[],
  from: number,
  to: number,
  spanStart: number,
  kind: 'name' | 'staff',
  replacement: string,
  family = false,
): Mention {
  const names = tokens.slice(from, to + 1);
  return {
    start: spanStart,
    end: names[names.length - 1]?.end ?? spanStart,
    kind,
    replacement,
    names,
    family,
  };
}
