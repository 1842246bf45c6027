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
const O = "(?:me|him|her|them|us|(?:my|our|his|her|their) \\w+|mum|mam|dad|nan|nana|gran|grandad)";
const S = '(?:s|es|e|ed|d|[tpbg]?(?:ing|ed|en)|t)?';
const FEAR = '(?:scared|frightened|afraid|terrified|petrified|fearful)';

export const ENGLISH_LEXICON: readonly (readonly [DangerCategory, string])[] = [
  [
    'suicide_self_harm',
    `suicid\\w*|kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)|(?:end|ending|take|taking) (?:my|his|her) (?:own )?life|end(?:ing)? it all|(?:want|wants|wanting) to die|wish (?:i|he|she) (?:was|were) dead|better off (?:dead|without me)|rather be dead|not (?:want|wanting) to (?:be alive|live|be here|wake up|go on)|(?:no|not see the|not see any) point (?:in )?(?:living|going on|carrying on)|self ?harm\\w*|(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|burn|burns|burning) (?:my|him|her|them)sel(?:f|ves)|(?:take|taking|took) (?:all )?(?:my|his|her|the) (?:pills|tablets)|overdos\\w*`,
  ],
  [
    'threats',
    `threat\\w*|(?:will|would|going to|gonna) (?:really )?(?:hurt|kill|harm|beat|smash|break|burn|stab|batter|punch|hit|regret|be sorry|make my life hell|sort (?:me|you) out|come for)|(?:will|would|going to|gonna) (?:put|send|move|get) ${O} (?:in|into) (?:a )?(?:care )?home|(?:will|would|going to|gonna) (?:stop ${O} (?:seeing|from)|take (?:my|his|her) \\w+ away|throw ${O} out)`,
  ],
  [
    'physical',
    `(?<!(?:back|knee|knees|leg|legs|hip|hips|arm|head|foot|feet|tooth|teeth|chest|stomach|it|this|that) )(?:hit|slap|punch|kick|smack|thump|whack|batter|beat|strangl|chok|push|shov|pinch|bit|scratch|grab|drag|burn|shak|stab|twist|attack|assault|abus|hurt|bull(?:y|ie))${S} ${O}(?! (?:in|around|round) (?:my|his|her|the|a) (?:wheel)?chair)|(?:being|get|gets|got|getting|been) (?:hit|slapped|punched|kicked|beaten|hurt|abused|attacked|assaulted|battered|strangled|pushed|bullied)|pull\\w* (?:my|his|her) hair|thr(?:ow|ows|owing|ew) \\w+ at ${O}|rough with ${O}|hold\\w* ${O} down|(?:tie|ties|tied|tying) ${O} to|(?:new |has |have |with )bruises|black eye|(?:is|gets|getting|being) violent`,
  ],
  [
    'sexual',
    `(?:touch|grop|fondl)${S} ${O}|keeps? (?:touching|kissing|grabbing)|rap(?:e|es|ed|ing)\\b|sexual\\w*|(?:have|having|had|sell|selling) sex|(?:clothes|pants|knickers) off|(?:rude|naked|nude|dirty) (?:pictures|photos)|(?:get|gets|getting|got) (?:in|into) (?:bed with|my bed|her bed|his bed)|up (?:my|her) (?:skirt|top|dress)|expos\\w* him`,
  ],
  [
    'financial',
    `(?<!(?:appointee|deputy|attorney|bank) )(?:take|takes|taking|took|steal|steals|stealing|stole|has|have|controls?|controlling|spends?|spending|uses?|using|empt\\w+) (?:all |most of )?(?:of )?(?:my|his|her|their|our|mums|dads|nans) (?:money|pension|benefits|savings|wages|bank card|card|cards|purse|wallet|pin)|steal\\w* from|stole from|money (?:from|out of) (?:my|his|her) (?:purse|account|wallet)|(?:make|makes|making|made) ${O} (?:give|hand|pay|sign)|(?:nothing|no money) left\\b(?! to (?:say|add))|no money for|sen(?:d|ds|ding|t) (?:him|her|them) (?:money|thousands|hundreds|cash)`,
  ],
  [
    'psychological_control',
    `not (?:let|letting) ${O} (?:out|go|leave|see|visit|eat|have|use|talk|speak|phone|ring|in)|not allowed\\b|can not (?:leave|go out|get out)|lock\\w* (?:${O} )?(?:in|up)\\b|(?:took|taken|takes|taking|take|hides?|hid|hidden) (?:away )?(?:my|his|her) (?:phone|passport|keys|tablet|frame|glasses|hearing aids?)|(?:calls?|calling|called) ${O} (?:names|stupid|useless|thick|fat|ugly|mad)|(?:shout|scream|swear)\\w* at ${O}|(?:check|checks|checking) (?:my|her|his) (?:phone|messages|texts)|controll?ing|controls everything|(?:decides?|deciding) (?:what|who|where)|(?:makes?|making) ${O} feel (?:worthless|stupid|useless|small|mad)|tells? ${O} (?:i am|he is|she is) (?:mad|stupid|useless|lying|crazy|worthless)|no (?:one|body) will believe|keep\\w* (?:\\w+ )?away from|watch\\w* everything|(?:makes?|making) ${O} do (?:all|everything)`,
  ],
  [
    'neglect',
    `(?:wet|dirty|soiled|soaking) (?:sheets|pads?|nappy|nappies|bed|clothes)|own (?:mess|urine|wee|poo)|no (?:food|water|drink|heating)\\b|not (?:being )?(?:fed|washed|changed|turned)\\b|not (?:give|gives|giving|feed|feeds|feeding) ${O}(?: any)?(?: (?:food|a drink|drinks|meals?|tea|dinner|breakfast|(?:his|her|my|their) (?:medication|tablets|insulin|meds)))?|not (?:had|have had) (?:a |any |her |his |my )?(?:food|drink|wash|meal|insulin|medication|tablets|bath)|(?:nobody|no one) (?:is |has )?(?:turn|feed|chang|wash|giv)\\w*|(?:bed|pressure) ?sores|dehydrat\\w*|starv\\w*|malnourish\\w*|lock\\w* the fridge|not (?:turning|turn|coming|come) up|(?:are|is) not coming|left (?:alone|on (?:his|her|my) own) (?:all|for)|on the floor since|(?:in bed|on the toilet|in (?:the|a) chair) (?:all day|all night|for hours|for days)|not eating`,
  ],
  [
    'fear_plea',
    `${FEAR}(?= *$| (?:and|but|because|of (?:him|her|them|my|his|their|what|who|going|being|it|the (?:\\w+ )?(?:man|woman|carer|carers|staff|lad|neighbour))|to|for|every|when|that|he|she|they|all|in)\\b)|(?:living|live|lives) in fear|not (?:feel |feeling )?safe|unsafe|in danger|(?:^|please |someone |somebody |anyone |you )help (?:me|us)\\b(?! (?:understand|to|with|fill|get|find|read|write|know|sort|choose|say|speak|make|out|lots|a lot|so|through|more|and|manage|when))|please help\\b(?! (?:me )?(?:understand|to|with|fill|find|read|write|know))|need (?:help|someone|somebody|you) (?:now|today|urgently|straight away|quick)|come (?:today|now|tonight|quick|straight away|and get (?:me|him|her|us))|get (?:me|him|her|us) out(?: of (?:here|this|there))?\\b(?! of)|can not cope`,
  ],
  [
    'imminent',
    `(?:he|she|they|my ex) (?:is |are |will |will be )?(?:coming|moving|come|move|be) (?:back|round|over)|come for ${O}|(?:out of|back from|released from) prison|(?:he|she|they|me) (?:still )?(?:lives?|living|is living) (?:next door|upstairs|downstairs|across the road|on my street|round the corner|opposite)|(?:he|she|they) (?:is|are) (?:outside|downstairs|at the door|on (?:his|her|their) way|in the house)`,
  ],
];
