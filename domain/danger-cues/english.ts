import { ENGLISH_LEXICON } from './english-lexicon.ts';
import type { CueFinder, DangerCue } from './types.ts';

/**
 * English current-danger cues: a small rule engine, not a parser, because the journey runs it on
 * every pause in typing and its bundle is held to 30 KB (docs/danger-detection.md, decision 0090).
 * A cue counts unless it is negated ("no one hurts me now"), hypothetical ("if I was ever in
 * danger") or told as over ("he hit me years ago but it stopped"). Past-tense harm counts when
 * the same clause says it goes on ("he hit me yesterday", "still", "again", "at the moment").
 */

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b|\bcannot\b/g, 'can not'],
  [/\b(do|does|did|is|was|are|were|have|has|had|could|would|should|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/\b(i|he|she|we|they|you)'d\b/g, '$1 would'],
  [/\b(he|she|it|that|there|who|what)'s\b/g, '$1 is'],
  [/\b(no ?body|noone)\b/g, 'nobody'],
  [/\bno one\b/g, 'nobody'],
  [/\b(pl[sz]|plese)\b/g, 'please'],
  [/\bscard\b/g, 'scared'],
  [/'/g, ''],
];

function normalise(text: string): string {
  let t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'.!?;,\n]+/gu, ' ');
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t;
}

const NOW =
  /\b(still|again|keeps?|kept on|every (day|night|week|morning|time|single)|most (days|nights)|all (the time|day|night)|always|at the moment|right now|just now|currently|at present|today|tonight|this (morning|afternoon|evening|week)|yesterday|last (night|week)|(on|since|by) (mon|tues|wednes|thurs|fri|satur|sun)day|whenever|these days|lately|recently|getting worse)\b/;
const OVER =
  /\b(ago|used to|back then|in the past|when i was|as a (child|teenager|kid)|no longer|stopped|in (19|20)\d\d|once|at first|(is|was) over|moved away)\b/;
const NEGATED = /\b(not|never|nobody|nothing|if|stopped)\b/;
const PRESENT = /^(am|is|are|being|keeps?|still|always|gets?|getting|will)$/;
const PAST = /^(was|were|used|had|did|thought|felt)$/;
// Forms that say nothing about time on their own: "he hit me" may be yesterday or years ago.
const PAST_FORM = /(?<!e)ed$|en$|^(hit|hurt|beat|bit|cut|burnt|took|made|threw|stole|held|kept|left|put|shook|got|sent|had)$/;
// What starts a new clause, so "I can not sleep, he hits me" keeps the "not" to its own clause.
const CLAUSE = /.*(,|\b(and|but|because|so|when|while|then|until|that|who)\b)/;

const CUES = ENGLISH_LEXICON.map(([category, source]) => ({
  category,
  re: new RegExp(`\\b(?:${source})`, 'g'),
  sticky: category === 'threats',
}));

function isCurrent(part: string, index: number, phrase: string, sticky: boolean): boolean {
  const before = part.slice(0, index).replace(CLAUSE, '').trim().split(/\s+/).slice(-3);
  if (NEGATED.test(before.join(' '))) return false;
  let past = !sticky && PAST_FORM.test(phrase.split(' ')[0] ?? '');
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
  return now || (!past && !OVER.test(part));
}

/** Finds English current-danger cues in any text; never throws. */
export const findEnglishCues: CueFinder = (text) => {
  const found = new Map<string, DangerCue>();
  if (!text) return [];
  for (const sentence of normalise(text).split(/[.!?;\n]+/)) {
    // "He hit me years ago, but it stopped": what follows "but" speaks for itself.
    for (const part of sentence.split(/\b(?:but|although|though|however)\b/)) {
      const clean = part.replace(/,/g, ' ,').replace(/\s+/g, ' ').trim();
      if (!clean) continue;
      for (const { category, re, sticky } of CUES) {
        for (const m of clean.matchAll(re)) {
          if (isCurrent(clean, m.index, m[0], sticky)) {
            found.set(`${category} ${m[0]}`, { category, phrase: m[0] });
          }
        }
      }
    }
  }
  return [...found.values()];
};
