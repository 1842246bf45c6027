import type { DangerCategory } from './types.ts';

/**
 * English cue patterns by category, matched on text normalised by `english.ts` (lower case,
 * contractions spelled out: "won't" is "will not", "I'm" is "i am", hyphens are spaces).
 * Written as regular expression sources so the lexicon stays small in the journey bundle.
 *
 * A pattern's tense is read from its first word: "-s" and "-ing" forms and phrases in the
 * present are current; "-ed" forms and the ambiguous "hit", "hurt", "beat" count only beside a
 * sign the harm goes on ("still", "again", "yesterday", "at the moment"). Threats look
 * ahead, so "he threatened to put me in a home" is current even though it is told in the past.
 *
 * `O` is who is harmed: the teller, or someone they speak for ("my mum", "her", "Nan").
 * Reviewing: every change must come from a development-corpus failure (docs/danger-detection.md).
 */
export const O = '(me|him|her|them|us|(my|our|his|her|their) \\w+|m[ua]m|dad|nan\\w*|gran\\w*)';
export const S = '(s|es|e|e?d|[tpbg]?(ing|ed|en)|t)?';
export const MY = '(my|his|her|their)';
export const FEAR = '(scared|frightened|afraid|terrified|petrified|fearful)';
export const WILL = '(will|would|going to|gonna)';
export const HE = '(he|she|they|my ex)';
// "I keep my bank card" and "we lock the door" are the teller's own doing, as is an appointee's job.
export const NOT_I = '(?<!\\b(i|we|appointee|deputy|attorney) )';

/**
 * A row is a category, its patterns and, when the words carry no tense of their own ("the abuse",
 * "violence"), `'past'`: such cues count only beside a sign the harm goes on.
 */
export type Lexicon = readonly (readonly [DangerCategory, string, ('now' | 'past')?])[];

/** The core cues, in the journey's first load: the commonest ways people say it. */
export const ENGLISH_CORE: Lexicon = [
  ['suicide_self_harm', `self ?harmed`, 'past'],
  [
    'suicide_self_harm',
    `suicid|kill\\w* (my|him|her|them)sel|(end|tak)\\w* ${MY} (own )?life|want\\w* to die(?! (at|in|when|peace))|not want\\w* to (be alive|live(?! (in|with|at|near|alone|on))|be here)|self ?harm(?!ed)|(cut|hurt|harm)\\w* (my|him|her|them)sel(f|ves)\\b(?! (on|shaving))|overdos`,
  ],
  [
    'threats',
    `threat|${WILL} (hurt|kill(?! (me|you) (for|with y))|harm|beat|batter|hit)|${WILL} (put|send|move) ${O} (in|into|to) (a )?(care )?home`,
  ],
  [
    'physical',
    `(?<!(\\bi|back|knees?|legs?|head|feet|it|this|that|cat|dog) )(hit|slap|punch|kick|beat|push|shov|grab|abus|hurt)${S} ${O}(?![^,]* (round|in|at) (\\w+ )?(wheel)?(chair|chess|cards|quiz|games?))|(being|gets?|got|getting|been) (hit|beat|hurt|abus|attack)(en|ed)?\\b`,
  ],
  [
    'sexual',
    `(?<!before \\w+ )touch${S} ${O}\\b(?<!(arm|hand|shoulder))|keeps? touching|rap(e|es|ed|ing)\\b|sexual`,
  ],
  [
    'financial',
    `${NOT_I}(tak|took|steal|has|control|using)\\w* (all )?(of )?(${MY}|mums|dads) (money|pension|benefits?|savings|cards?|bank card)`,
  ],
  [
    'psychological_control',
    `not let\\w* ${O}|not allowed\\b(?!( to)? (drive|smoke|lift|salt|sugar|pets)\\b|.*\\brules?\\b)|lock\\w* (${O} )?(in|up)\\b(?<!(ation|ets|ine) in)`,
  ],
  [
    'neglect',
    `(wet|dirty|soiled) (sheets|pads?|nappy|bed)|no food\\b|not (being )?fed\\b|not (giv|feed)\\w* ${O}( any)?( food)?`,
  ],
  [
    'fear_plea',
    `${FEAR}(?= *$| (and|of (him|her|them|my|his|what|going|being|the (\\w+ )?(man|carers?|staff))|to|every|when(?! (the|it))|he|she|they)\\b)|not (feel )?safe|unsafe|in danger|((^|someone |somebody )help (me|us)|please help( me)?)\\b(?! (me )?(understand|to|with|fill|get|find|read|write|know|yourself))|come (today|now|tonight)`,
  ],
  [
    'imminent',
    `${HE} (is |are |will )?(coming|be) (back|round)\\b(?! from (holiday|work))|(he|she|they|me) (still )?(lives?|living) (next door|on my street)`,
  ],
];
