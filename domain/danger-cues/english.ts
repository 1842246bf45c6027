import { ENGLISH_CORE, type Lexicon } from './english-lexicon.ts';
import type { CueFinder, DangerCue } from './types.ts';

/**
 * English current-danger cues: a small rule engine, not a parser, because the journey runs it on
 * every pause in typing and its bundle is held to 30 KB (docs/danger-detection.md, decision 0090).
 * A cue counts unless it is negated ("no one hurts me now"), hypothetical ("if I was ever in
 * danger") or told as over ("he hit me years ago but it stopped"). Past-tense harm counts when
 * the same clause says it goes on ("he hit me yesterday", "still", "again", "at the moment").
 */

const SAY: Record<string, string> = {
  wo: 'will',
  ca: 'can',
  ve: 'have',
  ll: 'will',
  re: 'are',
  d: 'would',
  m: 'am',
  s: 'is',
};

// Contractions spelled out ("won't" is "will not", "dont" is "do not"), so patterns say it once.
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'.!?;,\n]+/gu, ' ')
    .replace(
      /\b(wo|ca|do|does|did|is|was|are|were|have|has|had|could|would|should|must|dare)n'?t\b/g,
      (_, w) => `${SAY[w] ?? w} not`,
    )
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\b(has|have) got\b/g, '$1')
    .replace(/\bi(m|ve)\b/g, "i'$1")
    .replace(
      /\b(i|he|she|it|that|there|who|we|they|you)'(ve|ll|re|d|m|s)\b/g,
      (_, w, c) => `${w} ${SAY[c]}`,
    )
    .replace(/\b(no ?body|no ?one)\b/g, 'nobody')
    .replace(/\b(pl[sz]|plese)\b/g, 'please')
    .replace(/\bscard\b/g, 'scared')
    .replace(/'/g, '');
}

const NOW =
  /\b(still|again|keeps?|kept on|every (day|night|week|morning|time|single)|most (days|nights)|all (the time|day|night)|always|at the moment|right now|just now|currently|at present|today|tonight|this (morning|afternoon|evening|week)|yesterday|last (night|week)|all week|go(es|ing) on|(not|never) stopped|continu\w*|(on|since|by) (mon|tues|wednes|thurs|fri|satur|sun)day|whenever|these days|lately|(hours?|minutes?|an hour) ago|recently|getting worse)\b/;
const OVER =
  /\b(ago|used to|back then|in the past|when i was|as a (child|teenager|kid)|no longer|stopped(?! (my|his|her|their|them|me|him|\w+ing)\b)|in (19|20)\d\d|in my \w+ties|(?<!at )once|at first|(is|was) over|moved away)\b/;
const NEGATED = /\b(not|never|nobody|nothing|if|stopped)\b/;
const PRESENT = /^(am|is|are|being|keeps?|still|always|gets?|getting|will|has|have)$/;
// Before a cue, these tell it as past: "the carers who took money from my purse". Not "said" or
// "told": "he said he would hurt me" is a threat now.
const PAST =
  /^(was|were|used|had|did|thought|felt|got|took|kept|stole|gave|went|came|wanted|tried)$/;
// Forms that say nothing about time on their own: "he hit me" may be yesterday or years ago.
const PAST_FORM =
  /(?<!e)ed$|en$|^(hit|hurt|beat|bit|cut|burnt|took|made|threw|stole|held|kept|left|put|shook|got|sent|had)$/;
// What starts a new clause, so "I can not sleep, he hits me" keeps the "not" to its own clause.
const CLAUSE = /.*(,|\b(and|but|because|so|when|while|then|until|that|who)\b)/;

function isCurrent(
  part: string,
  over: boolean,
  index: number,
  phrase: string,
  tense?: 'now' | 'past',
): boolean {
  const before = part.slice(0, index).replace(CLAUSE, '').trim().split(/\s+/).slice(-3);
  if (NEGATED.test(before.join(' '))) return false;
  let past = tense ? tense === 'past' : PAST_FORM.test(phrase.split(' ')[0] ?? '');
  for (const word of before.reverse()) {
    if (PRESENT.test(word)) {
      past = false;
      break;
    }
    if (PAST.test(word)) {
      past = true;
      break;
    }
  }
  const now = NOW.test(part);
  return now || (!past && !over);
}

/** Builds a finder from a lexicon: the core one below, and the rarer cues in `english-more.ts`. */
export function cueFinder(lexicon: Lexicon): CueFinder {
  const cues = lexicon.map(([category, source, tense]) => ({
    category,
    re: new RegExp(`\\b(?:${source})`, 'g'),
    // Threats look ahead and fear is a state: neither is past because of an "-ed" ending.
    tense: tense ?? (category === 'threats' || category === 'fear_plea' ? 'now' : undefined),
  }));
  return (text) => {
    const found = new Map<string, DangerCue>();
    if (!text) return [];
    for (const sentence of normalise(text).split(/[.!?;\n]+/)) {
      // "He hit me years ago, but it stopped": what follows "but" speaks for itself.
      const parts = sentence
        .split(/\b(?:but|although|though|however)\b/)
        .map((p) => p.replace(/,/g, ' ,').replace(/\s+/g, ' ').trim());
      parts.forEach((part, i) => {
        // "..., but that was ten years ago" tells the clause before it as over.
        const next = parts[i + 1] ?? '';
        const over =
          OVER.test(part) || (/^(that|it|this|all that)\b/.test(next) && OVER.test(next));
        for (const { category, re, tense } of cues) {
          for (const m of part.matchAll(re)) {
            if (isCurrent(part, over, m.index, m[0], tense)) {
              found.set(`${category} ${m[0]}`, { category, phrase: m[0] });
            }
          }
        }
      });
    }
    return [...found.values()];
  };
}

/** Finds the core English current-danger cues in any text; never throws. */
export const findEnglishCues: CueFinder = cueFinder(ENGLISH_CORE);
