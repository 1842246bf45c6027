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
    `suicid|(kill|hang|drown|poison)\\w* (my|him|her|them)sel|(end|tak)\\w* ${MY} (own )?life|end\\w* it all|want\\w* to die|better off (dead|without me|if i (was|were) (gone|dead))|not want\\w* to (be alive|live|be here|wake up|go on)|self ?harm(?!ed)|(cut|hurt|harm|burn|hit|punch)\\w* (my|him|her|them)sel(f|ves)\\b(?! (on|shaving|by accident|cooking))|overdos`,
  ],
  [
    'threats',
    `threat|${WILL} (come and )?(really )?(hurt|kill(?! (me|you) for (writing|this))|harm|beat|smash|break|burn|stab|batter|punch|hit|regret|be sorry|make my life hell|sort (me|you) out|come (for|and get)|find (me|you))|${WILL} (put|send|move|get) ${O} (in|into|to) (a )?(care )?home`,
  ],
  [
    'physical',
    `(?<!(back|knees?|legs?|hips?|arm|head|foot|feet|tooth|teeth|chest|stomach|it|this|that|cat|dog) )(hit|slap|punch|kick|smack|thump|whack|batter|beat|strangl|chok|throttl|headbutt|push|shov|pinch|bit|scratch|grab|grip|drag|burn|shak|stab|twist|attack|assault|abus|hurt|bull(y|ie)|spit|stamp|trip|knock|manhandl|slam)${S} (on |at )?${O}(?! (in|around|round) (my|his|her|the|a) (wheel)?chair)|(being|gets?|got|getting|been) (hit|slap|punch|kick|beat|hurt|abus|attack|assault|batter|strangl|push|bull|knock)\\w*`,
  ],
  [
    'sexual',
    `(touch|grop|fondl)${S} ${O}|keeps? (touching|kissing|grabbing)|rap(e|es|ed|ing)\\b|sexual|(have|having|had|sell|selling) sex`,
  ],
  [
    'financial',
    `${NOT_I}(tak|took|steal|stol|ha[sdv]e?|keep|kept|control|spen|using|used|empt|drain)\\w* (all |most )?(of )?(${MY}|our|mums|dads|nans|grans) ((?!own)\\w+ )?(money|pension|benefits?|savings|wages|cards?|purse|wallet|pin|cash|allowance|change)`,
  ],
  ['psychological_control', `not let\\w* ${O}|not allowed\\b|lock\\w* (${O} )?(in|up)\\b`],
  [
    'neglect',
    `(wet|dirty|soiled|soaking|same) (sheets|pads?|nappy|nappies|bed|clothes|trousers|pants)|no (food|water|drink|heating)\\b|not (being )?(fed|washed|changed|turned)\\b|not (giv|feed)\\w* ${O}( any| enough)?( (food|a drink|drinks|meals?|tea|dinner|breakfast|${MY} (medication|tablets|insulin|meds)))?|(nobody|no one) (is |has )?(turn|feed|chang|wash|giv|check)`,
  ],
  [
    'fear_plea',
    `${FEAR}(?= *$| (and|but|because|stiff|of (him|her|them|my|his|their|what|who|going|being|it|the (\\w+ )?(man|woman|carers?|staff|lad|neighbour))|to|for|every|when|that|he|she|they|all|in)\\b)|not (feel |feeling )?safe|unsafe|in danger|((^|someone |somebody |anyone |you )help (me|us)|please help( me| us)?)\\b(?! (me |us )?(understand|to|with|fill|get|find|read|write|know|sort|choose|say|speak|make|out|lots|a lot|so|through|more|and|manage|when))|need (help|someone|somebody|you)\\b.{0,25}\\b(now|today|tonight|urgently|straight away|quick)|come (out |over |round )?(today|now|tonight|quick|straight away|and get (me|him|her|us))|get (me|him|her|us) out( of (here|this|there))?\\b(?! of)`,
  ],
  [
    'imminent',
    `${HE} (is |are |will |will be )?(coming|moving|come|move|be) (back|round|over|here)\\b|${HE} (is |are |will be )?(getting|gets|get) out\\b(?! and about)|(he|she|they|me|ex|attacker|abuser) (still )?(is |has )?(lives?|living|moved|moving)( back)?( in| into)?( the)?( \\w+)? (next door|upstairs|downstairs|across the road|on my street|round the corner|opposite)`,
  ],
];
