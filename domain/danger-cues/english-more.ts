import { cueFinder } from './english.ts';
import { FEAR, HE, type Lexicon, MY, NOT_I, O, S, WILL } from './english-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * The rest of the English lexicon: rarer wordings of each category. Kept out of the journey's
 * first load (its 30 KB budget); the server always adds it, and the journey may load it as a
 * chunk and pass it as a finder (decision 0090). Same notation as `english-lexicon.ts`.
 */

export const ENGLISH_MORE: Lexicon = [
  // The fuller forms of the core's patterns, so the server and a journey that loads this tier
  // read every wording; the core keeps only the commonest (its budget).
  [
    'suicide_self_harm',
    `suicid|(kill|hang|drown|poison)\\w* (my|him|her|them)sel|(end|tak)\\w* ${MY} (own )?life|end\\w* it all|want\\w* to die(?! (at|in|when|peace))|better off (dead|gone|without me|if i (was|were) (gone|dead))|not want\\w* to (be alive|live(?! (in|with|at|near|alone|on))|be here|wake up(?! (early|late|at|before|till|until))|go on)|self ?harm(?!ed)|(cut|hurt|harm|burn|hit|punch)\\w* (my|him|her|them)sel(f|ves)\\b(?! (on|shaving|by accident|cooking))|overdos`,
  ],
  [
    'threats',
    `threat|${WILL} (come and )?(really )?(hurt|kill(?! (me|you) (for|with (your|those|these|the)))|harm|beat|smash|break|burn|stab|batter|punch|hit|regret|be sorry|make my life hell|sort (me|you) out|come (for|and get)|find (me|you))|${WILL} (put|send|move|get) ${O} (in|into|to) (a )?(care )?home`,
  ],
  [
    'physical',
    `(?<!(\\bi|back|knees?|legs?|hips?|arm|head|foot|feet|tooth|teeth|chest|stomach|it|this|that|cat|dog) )(hit|slap|punch|kick|smack|thump|whack|batter|beat|strangl|chok|throttl|headbutt|push|shov|pinch|bit|scratch|grab|grip|drag|burn|shak|stab|twist|attack|assault|abus|hurt|bull(y|ie)|spit|stamp|trip|knock|manhandl|slam)${S} (on |at )?${O}(?![^,]* (round|in|at) (\\w+ )?(wheel)?(chair|chess|cards|quiz|games?))|(being|gets?|got|getting|been) (hit|slap|punch|kick|beat|hurt|abus|attack|assault|batter|strangl|push|bull|knock)(en|ed|ied|ped|t)?\\b`,
  ],
  [
    'sexual',
    `(?<!before \\w+ )(touch|grop|fondl)${S} ${O}\\b(?<!(arm|hand|shoulder))|keeps? (touching|kissing|grabbing)|rap(e|es|ed|ing)\\b|sexual|(have|having|had|sell|selling) sex`,
  ],
  [
    'financial',
    `${NOT_I}(tak|took|steal|stol|ha[sdv]e?|keep|kept|control|spen|using|used|empt|drain)\\w* (all |most )?(of )?(${MY}|our|mums|dads|nans|grans) ((?!own)\\w+ )?(money|pension|benefits?|savings|wages|cards?|purse|wallet|pin|cash|allowance|change)`,
  ],
  [
    'psychological_control',
    `not let\\w* ${O}|not allowed\\b(?!( to)? (drive|smoke|lift|salt|sugar|pets)\\b|.*\\brules?\\b)|lock\\w* (${O} )?(in|up)\\b(?<!(ation|ets|ine) in)`,
  ],
  [
    'neglect',
    `(wet|dirty|soiled|soaking|same) (sheets|pads?|nappy|nappies|bed|clothes|trousers|pants)|no (food|water|drink|heating)\\b|not (being )?(fed|washed|changed|turned)\\b|not (giv|feed)\\w* ${O}( any| enough)?( (food|a drink|drinks|meals?|tea|dinner|breakfast|${MY} (medication|tablets|insulin|meds)))?|(nobody|no one) (is |has )?(turn|feed|chang|wash|giv|check)`,
  ],
  [
    'fear_plea',
    `${FEAR}(?= *$| (and|but|because|stiff(?! of (the|a|an) )|of (him|her|them|my|his|their|what|who|going|being|it|the (\\w+ )?(man|woman|carers?|staff|lad|neighbour))|to|for|every|when(?! (the|it))|that|he|she|they|all|in (my|this|the) (own )?(home|house|flat|room|bed))\\b)|not (feel |feeling )?safe|unsafe|in danger|((^|someone |somebody |anyone |you )help (me|us)|please help( me| us)?)\\b(?! (me |us )?(understand|to|with|fill|get|find|read|write|know|yourself|sort|choose|say|speak|make|out|lots|a lot|so|through|more|and|manage|when))|need (help|someone|somebody|you)\\b.{0,25}\\b(now|today|tonight|urgently|straight away|quick)|come (out |over |round )?(today|now|tonight|quick|straight away|and get (me|him|her|us))(?! (to|and) (fix|mend|repair|look|check|install|service|deliver))|get (me|him|her|us) out( of (here|this|there))?\\b(?! of)`,
  ],
  [
    'imminent',
    `${HE} (is |are |will |will be )?(coming|moving|come|move|be) (back|round|over|here)\\b(?! (from|at) (holiday|work|lunch))|${HE} (is |are |will be )?(getting|gets|get) out\\b(?! and about)|(he|she|they|me|ex|attacker|abuser) (still )?(is |has )?(lives?|living|moved|moving)( back)?( in| into)?( the)?( \\w+)? (next door|upstairs|downstairs|across the road|on my street|round the corner|opposite)`,
  ],
  ['physical', `abus(e|ing)\\b|violen(ce|t)|bullying|assault`, 'past'],
  [
    'physical',
    `(slap|punch|kick|smack|thump|whack|batter|strangl|chok|throttl|headbutt|assault|abus|bull(y|ie))${S} (?!(a|an|it|off|out|up|down|in|some|them)\\b)(the (other )?(residents?|patients?|kids|children|staff|carers?|man|woman|lad|girl|boy|old \\w+)|(?!the\\b)\\w+)|(extra|too many) (tablets|pills|medication) to|to keep ${O} quiet|(drug|sedat)\\w* ${O}|restrain\\w* ${O} (on|to|in|down)|(being|been) restrained`,
  ],
  [
    'fear_plea',
    `(living|lives?) in fear|can not cope|(fear\\w*|worried|scared|afraid) for (my|his|her|their) (life|safety)|dare not (go|leave|say|tell|sleep)`,
  ],
  [
    'imminent',
    `${HE} (is|are|will be) back (on|tomorrow|tonight|next|this|at|in)\\b(?!.*\\b(holiday|can not wait|looking forward|course|work|trip|uni))`,
  ],
  [
    'suicide_self_harm',
    `wish (i|he|she) (was|were) dead|want\\w* to disappear|disappear\\w* for good|too many (of )?(${MY} )?(tablets|pills)|(going to|gonna|will) end it\\b(?! (with|by|there|at))|bang\\w* ${MY} head|rather be dead|(no|not see the|not see any) point (in )?(living|going on|carrying on)|(cut|burn|scratch)\\w* ${MY} (arm|wrist|leg|thigh)|(tak|took)\\w* (all (of )?(${MY}|the) (pills|tablets)|them all)(?! (at|with|in the|every|each)\\b)|(sav|hoard|stockpil)\\w* (up )?(${MY}|the) (tablets|pills|meds|medication)|jump\\w* (off|from) (a|the) (bridge|roof|building|cliff|balcony)|(jump|step)\\w* in front of (a|the) (train|bus|car|lorry)|(not|never) wake up(?! (early|late|at|before|till|until))`,
  ],
  [
    'threats',
    `${WILL} (have|get|put) ${O} (put away|away|sectioned|locked up|thrown out)|${WILL} get (me|you)\\b(?! (a|some|to|the|out|up|in|on|there|home|back)\\b)|${WILL} be (thrown out|put away|put in a home|sectioned)|${WILL} (stop ${O} (seeing|from)|take ${MY} \\w+ away|throw ${O} out)|never see (my|your|his|her|the) \\w+ again|tell (everyone|everybody) my|(i am|you are) dead\\b(?! (tired|funny))|knows? where (i|you|we) live|or else\\b|when (he|she|they) (find|get|catch)\\w* (hold of )?(me|you)`,
  ],
  [
    'physical',
    `pull\\w* ${MY} hair|thr(ow|ew)\\w* \\w+ at ${O}|rough with ${O}|hold\\w* ${O} down|t(ie|y)\\w* ${O} to|marks on ${MY} \\w+|broken (arm|wrist|ribs?|nose|jaw)|(is|gets|getting|being) violent|(new|has|have|with) bruises|black eye`,
  ],
  [
    'sexual',
    `(touch|rub|feel|grab|strok|squeez)\\w* ${MY} (breast|bum|bottom|private|chest|thigh|crotch)|(video|film|picture|photo)s? of sex|pimp|for sex\\b|our (little )?secret|forc\\w* ${O} to|porn|(photo|picture|film|video)\\w* of ${O} (in|with|without|naked|undress)|makes? ${O} (watch|look at) (them|him|her|videos|films)|(clothes|pants|knickers) off|(rude|naked|nude|dirty) (pictures|photos)|(get|got)\\w* (in|into) (bed with|${MY} bed)|(com|came)\\w* (in|into) ${MY} (bed)?room at night|makes? ${O} do things|up (my|her) (skirt|top|dress)|expos\\w* him`,
  ],
  [
    'financial',
    `(nothing|no money) left\\b(?! to (say|add))|st(eal\\w*|ole) from|(money|cash) off ${O}|(?<!(about|warned|warning|spotted|avoid\\w*) (a |the )?)scam|sign\\w* (the|my|his|her) (house|flat|home|property) over|tak\\w* (things|stuff) from|(jewellery|money|things) (has|have) gone|go(es|ing)? missing|chang\\w* ${MY} will|ask\\w* (\\w+ )?(for|to send) (\\w+ )?(money|cash)|sen(d|ds|ding|t) ((him|her|them) )?(money|thousands|hundreds|cash)|short of money|no money for|can not pay (my|the|her|his) (bills|rent)|(?<!look )after (the|my|her|his) (house|money)|(mak|made|got|gets)\\w* ${O} (to )?(give|hand|pay|sign|change|get money|draw)|(money|cash) (from|out of) (${MY}|mums|dads|nans) (purse|account|wallet|bank)`,
  ],
  [
    'psychological_control',
    `(shout|scream|swear|yell)\\w* at ${O}|${NOT_I}lock\\w* the (front |back )?doors?(?! (at night|for (security|safety)))|(go|goes|going|went) through ${MY} (phone|purse|things|post|letters|messages)|(read|open)\\w* (all )?${MY} (post|letters|messages|texts|mail)(?! to (me|him|her))|check\\w* ${MY} (phone|messages|texts)|track\\w* (${MY}|where)|turns? up wherever|follows? (me|him|her) (everywhere|around)|make\\w* fun of|blames? ${O}|waste of space|keep\\w* ${O} on ${MY} own|not let\\w* (anyone|anybody|people|family|friends)|${NOT_I}(has|have|got) ${MY} (phone|keys|passport)|can not go (anywhere|out)|laugh\\w* at (me|him|her|them)\\b|ignor\\w* ${O}|tells? ${O} (i am|he is|she is|you are|they are) (an? )?(mad|stupid|useless|lying|crazy|worthless|burden|idiot|nothing)|ke(ep|pt)\\w* (\\w+ )?away from|isolat|humiliat|belittl|controll?ing|controls everything|decid\\w* (what|who|where)|nobody (will |would |ever )?(believe|listens? to) (me|him|her|them|us)|watch\\w* everything|mak\\w* ${O} (do (all|everything)|feel (worthless|stupid|useless|small|mad))|call\\w* ${O} (an? )?(names|stupid|useless|thick|fat|ugly|mad|idiot|burden|lazy|worthless)|can not (leave|go out|get out|get up)|${NOT_I}(took|tak|hid|keep|kept)\\w* (away )?${MY} (phone|passport|keys|tablet|frame|wheelchair|glasses|hearing|medication|meds|walking \\w+|stick)`,
  ],
  [
    'neglect',
    `nothing to eat|not (get|getting|gets) enough|not enough (food|to eat)|heating (is |has been |was )?(off|switched off|turned off|cut off)|not tak\\w* ${O} to (the )?(doctor|hospital|gp|dentist)|(nobody|no one) (is |has )?(help|call)|stopped (${MY} )?(carers?|care|visits|support)|(bed|pressure) ?sore|dehydrat|(?<!i am )starv|malnourish|losing weight|lock\\w* the fridge|(are|is) not coming|left (alone|on ${MY} own) (all|for)|on the floor (since|for|all)|without (${MY}|any) (tea|dinner|food|meals?|breakfast|lunch|drinks?|tablets|medication|insulin)|heating (is|has been) off|freezing in (${MY}|the) \\w+|not (call|get)\\w* (a |the )?(doctor|gp|ambulance)|keeps? ${O} (in|on) (bed|${MY} (room|bed|chair))|not eating|own (mess|urine|wee|poo)|(in bed|on the toilet|in (the|a|her|his) (chair|room)) (all day|all night|for hours|for days)|not (had|have had|eaten|drunk|been fed) ?(a |any |her |his |my )?(food|drink|wash|meal|insulin|medication|tablets|bath|for)?|not (turn|com)\\w* (up|in)\\b`,
  ],
  [
    'imminent',
    `(com|came)\\w* for ${O}(?! (at|to|on|for|dinner|tea|lunch)\\b)|(out of|back from|released from) (prison|jail)|${HE} (is|are) (outside|downstairs|at the door|on ${MY} way|in the (house|next room))(?! (with|to)\\b)`,
  ],
  // Fourth batch (issue 13): indirect and everyday wordings, each from a development miss.
  [
    'suicide_self_harm',
    `can not (go on|carry on|take (it|this|any ?more))\\b(?! (with|holiday|the|my|a|walking))|can not do this any ?more|what( is|s) the point( (of|in) (anything|it all|living|life|me|being here|going on|carrying on|trying))?(?= *(,|$|\\bi\\b))|want\\w* (it|this|everything|the pain|the voices) (all )?to (stop|end)\\b(?! \\w+ing)|(tablets|pills|meds|medication|paracetamol)\\w*( \\w+)? on purpose|on purpose\\b.{0,30}\\b(tablets|pills|meds|paracetamol)|swallow\\w* (a (load|lot|handful|packet|box|bottle)|loads|lots|all|a bunch|the lot)|(handful|packet|box|bottle|load) of (paracetamol|pills|tablets)|(think|thought)\\w* (about|of) (ending (it|${MY} life|things|everything)|killing|dying|suicide|jumping|hanging|not being (here|alive)|taking ${MY} (own )?life)|no (reason|point) (for (me|him|her) )?to (live|go on|carry on|be here|be alive)|(tired|sick) of (living|life|being alive)|giv\\w* up on (life|living)|head ?bang|(nobody|no one) would (miss|care|notice)|(rope|pills|tablets) (is |are )?ready|(bought|got|have|has) (a|the) rope|(cut|hurt|harm|burn)\\w* (my|him|her|them)sel(f|ves) (when (things|it|i feel|i get|he feels|she feels)|to (cope|feel))`,
    'now',
  ],
  [
    'suicide_self_harm',
    `tr(y|ies|ied|ying) to (kill|hang|drown|poison|hurt|harm|cut|strangle|end) (my|him|her|them)sel|tr(y|ies|ied|ying) to end ${MY} (own )?life`,
    'now',
  ],
  [
    'threats',
    `${WILL} (get rid of|take|sell|kill|hurt|put down|give away|drown) (the|${MY}|our) (cats?|dogs?|pets?|animals?|budgie|birds?|kitten|puppy)(?! (for|out|to|on|with|round|along)\\b)|${WILL} be (thrown|kicked|chucked|turfed) out|kick\\w* ${O} out|${WILL} stop ${MY} (visits|meals|food|money|tablets|medication|pension|allowance|phone|dinners?)|${WILL} stop (me|him|her|us) (seeing|from|going|having|eating|getting)|(wav|point|pull|held|hold|brandish|came at ${O} with)\\w* (a |the |his |her )?(knife|gun|hammer|bat|weapon|blade)|(knife|gun|weapon|blade) (at|to) ${O}|(i|you|he|she|they) will be (sent|put|moved|taken|packed off) (away|(in|into|to) (a )?(care |nursing )?home)|${WILL} take (the|${MY}|our) (kids|children|grandchildren|baby)(?! (for|out|to|on|with|round|along|swimming|shopping)\\b)`,
    'now',
  ],
  [
    'physical',
    `hit+s ${O}|(fresh|new|more|unexplained) (bru|mark|cut|burn|scratche)\\w*|covered in (bru|mark|cut|scratch)\\w*|br(u|ui|ue)s(e|es|ing)\\b[^,]{0,30}\\bfrom (the|${MY}) (carers?|staff|nurses?|husband|wife|partner|son|daughter|brother|sister|grandson|nephew|neighbour|boyfriend|girlfriend|man|woman)|(has|have|got) br(u|ue)s(es|ing)\\b|(will|would|does|can) not (say|explain|tell (me|us|anyone)) how (he|she|they|i) got|(is|are|gets?) (really |very |so |too )?rough\\b(?! (sleeping|night|day|time|patch|week|sea))`,
    'now',
  ],
  ['physical', `(staff|carers|they|nurses|people|others) (still )?(hurt|hit|beat) ${O}`, 'now'],
  [
    'sexual',
    `(send|sen[td])\\w* (him|her|them) (pictures|photos|pics|videos|selfies)\\b|(trying|tries|tried|try) to (kiss|touch|grope|grab) ${O}|(hands?|fingers) (down|up|on|in|inside|under) ${MY} (top|trousers|pants|knickers|skirt|dress|shirt|bra|legs?|thighs?|breasts?|chest|bum|bottom|private\\w*|clothes)|not stop (touching|kissing|grabbing|groping)`,
    'now',
  ],
  [
    'financial',
    `(someone|somebody) else (collects?|draws?|has|gets?|takes?|uses?|spends?|keeps?)|(never|not) (see|get|have|receive) (any of )?(it|${MY} money|the money|a penny|a thing)\\b|${NOT_I}(took|tak\\w*|got|get\\w*|open\\w*) (out )?(a |an |another |some )?(loans?|credit ?cards?|overdraft|debts?|account)\\b|(loans?|credit ?cards?|debts?|accounts?|contracts?|catalogues?|finance|overdraft)( \\w+){0,3} in (${MY}|mums|dads|\\w+s) names?|(uses?|using|takes?|taking|spends?|spending)\\b[^,]{0,25}\\bwithout (asking|permission|my permission|telling (me|him|her))|sign\\w* (over|away) ${MY} (house|flat|home|property|money|savings|bungalow)|never (pays?|paid|gives?|gave) (it|them|the money) back|borrow\\w* (money|cash) (from|off) ${O}|${MY} (pension|benefits?|wages|money|salary) (go|goes|is paid|are paid|gets? paid) (in)?to (his|her|their) (account|bank)`,
    'now',
  ],
  [
    'psychological_control',
    `so (i|he|she|they|we) can not (call|ring|phone|contact|talk|speak|see|leave|go out|get out|get help|tell)|can not (call|ring|phone|contact|talk to|speak to) (anyone|anybody|nobody|my family|my friends|for help|the police)|${NOT_I}(took|tak\\w*|hid|hide\\w*|kept|keeps?)\\w* (away )?${MY} (phone|passport|keys|documents|hearing aids?|glasses|frame|walking \\w+|stick|wheelchair|id|mobile)(?! (to|for|and (fix|clean|mend)))|(took|tak\\w*) away ${MY}|(have|has) to ask (for )?(his |her |their )?permission|stops? ${O} (from )?(seeing|going|leaving|talking|speaking|calling|phoning|eating|having|getting)|(am|is|are|being|get|gets) (kept|locked|shut) (in|inside|up)|kept (in|inside) ${MY} (room|bedroom)|${NOT_I}(turn|switch|cut)\\w* (off )?${MY} (phone|internet|wifi|mobile)( off)?|mak\\w* ${O} feel (like |as if )?(i am |he is |she is |they are )?(going )?(mad|crazy|worthless|stupid|useless|small|nothing|a burden)|listen\\w* (in )?(to|on) (all )?${MY} (calls|phone|conversations)|${NOT_I}lock\\w* ${O} out|(get|gets|getting|being|am|is|are) (shouted|screamed|sworn|yelled) at`,
    'now',
  ],
  [
    'neglect',
    `left (without|with no) (any )?(food|water|drinks?|medication|meds|tablets|insulin|care|help|heating|money|a drink|anything)|(nobody|no one) (ever )?(comes|visits|checks|helps|answers|turns up|looks after|is coming)|not (been )?(given|giving|get|getting|gets|got|receiving)\\w* (${MY}|any|the|enough) (insulin|medication|meds|tablets|pills|food|meals?|drinks?|water|care|help|dinner|breakfast|lunch|tea|wash|bath|pads?)(?!.*\\b(yet|until)\\b)|(carers?|staff|nurses?|anyone|they) (have |has |did |do |does )?not (come|been|turned up|visited|shown up|called)\\b.{0,12}\\b(for|in|since) (\\w+ )?(days|weeks|a week|a fortnight|yesterday)|(leave|leaves|leaving|left) (${O} )?(on|in|alone|sat) (the |a |${MY} )?(commode|toilet|chair|bed|floor|dark|cold|wheelchair|room)?\\s?(for hours|all (day|night)|for days|overnight|for (\\w+ )?hours)|(am|is|are|being|get|gets) left (in|on|alone|without|sat)|not (being )?(looked after|cared for|helped)|bell (is |are )?(never|not) answered|(never|not) answer\\w* (the |${MY} )?(bell|buzzer|call bell)|${NOT_I}forg(et|ets|ot|etting) to (feed|give|wash|change|turn|check on|bring|come)`,
    'now',
  ],
  [
    'fear_plea',
    `please (come|hurry(?! (with|up with))|send (someone|somebody|help)|do something|get (me|him|her|us|someone))(?! (to|on|and (join|see the)|along|for|in)\\b)|(someone|somebody|anyone|you|please) (to )?(come|visit|call|ring)\\b.{0,20}\\b(today|now|tonight|urgently|asap|straight away|quickly)\\b(?! (to|and) (fix|mend|repair|look|check|install|service|deliver))|(am|is|are|been) hiding\\b(?! (my|the|things|presents))|hid(e|ing) from (him|her|them|my \\w+)|(need|want|have|got) to (get away|escape) (from )?(him|her|them|here|this house|my \\w+)|get away from (him|her|them)|(do not|never) know what (he|she|they) (will|is going to|might|are going to) do`,
    'now',
  ],
  [
    'imminent',
    `any (minute|moment|second) now|(home|back|here) any (minute|moment)|(coming|come) to (take|get|fetch) ${O}(?! (to|for|out|shopping|home|from)\\b)|${HE} (is|are|will be|gets?|is being) (released|let out|out of prison|out of jail)|bang\\w* on (the|${MY}) (door|window)|(kick|bang|hammer|pound)\\w* (the|my) door (in|down)|against (my|his|her|their) (will|wishes)|${HE} (is |are |will )?(coming|come) home\\b(?!.*\\b(holiday|can not wait|looking forward|tea|lunch|dinner|work)\\b)`,
    'now',
  ],
  // Fifth batch (issue 13): wordings the fourth batch's cues still missed, made general.
  [
    'suicide_self_harm',
    `(had|have) enough of (life|living|everything|it all)|(want\\w*|going|like|think\\w*|plan\\w*|try\\w*|gonna|will|about|of) (to )?end(ing)? (it|it all|everything|things|my life)\\b(?! (with|by|there|at|off|for))|(is not |not )?worth living|(easier|better) (for (everyone|everybody|them) )?if i (just )?(was|were|am) (not|no longer|gone|dead) ?(here|around|alive)?|better off (if i (died|was not|were not))|do something (stupid|silly|daft|drastic)|not think i can (keep|carry) (going|on)|can not (keep|carry) (going|on)\\b(?! with)|(pills|tablets|rope)\\b.{0,30}\\bready|(tell|telling|tells|told)\\w* (me|him|her) to (hurt|kill|harm|cut|end)|(letters?|notes?) (\\w+ ){0,4}(saying )?goodbye|goodbye (letters?|notes?)|giv\\w* (my|all my|away my|his|her) (things|stuff|belongings)( away)?|(am|feel|feel like|being|is|just) (such )?a burden|(standing|stood|sitting|sat|climb\\w*) (on|onto) (the|a) (bridge|edge|roof|ledge|railway|tracks|cliff)`,
    'now',
  ],
  [
    'threats',
    `(?<!(doctor|gp|nurse|dentist|physio) )(says?|said|told|tells|threaten\\w*|warn\\w*|texts?|texting)\\b.{0,60}\\b(if|unless) (i|you|he|she|we|they|mum|dad|my \\w+) (ever )?(tell|talk|speak|complain|report|say|go to|leave|ring|call|keep|do not|does not|did not|will not|refuse)|${WILL} (get rid of|sell|kill|hurt|put|drown|throw|dump|poison|kick) (the|${MY}|our) (cats?|dogs?|pets?|animals?|budgie|birds?|kitten|puppy)(?! out)|(be|end up) (out )?on the streets?|(throw|kick|chuck|turf|put)\\w* ${O} (out )?on(to)? the streets?|(they|you|she)ll (hurt|kill|harm|beat|hit|stop|take|put|get)\\b`,
    'now',
  ],
  [
    'physical',
    `(handl|treat|grab|push|pull|dress|wash|mov|lift|turn)\\w* ${O} rough(ly)?|rough(ly)? (with|handl)|(he|she|they) (is|are) (so |really |very |always )?(angry|aggressive|violent)\\b(?! (about|at the|with the))`,
    'now',
  ],
  [
    'sexual',
    `(comes?|coming|walks?) (in)?to (the|my|her|his) (bathroom|toilet|shower|bedroom)\\b.{0,30}\\b(washing|naked|undress\\w*|changing|shower\\w*|bath\\w*|on the toilet)|watch\\w* (me|her|him) (wash|undress|shower|chang|bath|on the toilet)|(do|does|doing|did) (things|stuff) to ${O}|(kiss|touch|hug|grab)\\w* (me|her|him)\\b.{0,40}\\b(do|does|did) not want|(do|does) not want (him|her|them) to\\b|(kiss|lick)\\w* ${O} on the (mouth|lips|neck)|follow\\w* ${O} (in)?to the (toilets?|bathroom|showers?|bedroom)`,
    'now',
  ],
  [
    'financial',
    `(made|make|makes|forc\\w*|got|get|gets) ${O} (to )?chang\\w* (${MY}|the) will|can not afford (food|to eat|to live|the (rent|electric|gas|heating|bills)|(my|his|her) (rent|bills|food|heating|electric|gas|shopping))|eats? all (my|his|her|the) food|(will|does|do) not pay (anything|a penny|his way|her way|rent|towards|the (electric|gas|bills))|(internet|online|dating (site|app)|on facebook)\\b.{0,40}\\b(money|thousand|\\d)|(man|woman|someone|somebody|person) (on|from) the (internet|phone|computer)|(he|she|they) wants? more( money| cash)?\\s*$|charg\\w* ${O} for (things|stuff)|(someone|somebody) (has )?chang\\w* ${MY} (address|details|bank|password|pin)|without (me|him|her|them|my|his|their) (knowing|knowledge|consent|agreeing|permission|say ?so)|left with (nothing|no (money|food))|tak\\w* over ${MY} (bank|account|money|finances|house|flat|affairs)`,
    'now',
  ],
  [
    'psychological_control',
    `(account for|justify|explain) every (penny|pound|thing)|mak\\w* ${O} (ask|beg)\\b|(keeps?|kept|keeping) ${O} (in|inside) (the |${MY} )?(house|room|flat|home|bedroom)|tells? (everyone|everybody|people|them|the staff|the doctor|others) (i am|she is|he is|they are) (mad|crazy|lying|confused|making it up|a liar)|cut\\w* ${O} off from|cuts? off (from )?${MY}|(thr(ow|ew)|hid(e|es|ing)?|tear|tore|rip|ripp)\\w* (away |up )?${MY} (letters|post|mail|cards|appointments)|(made|forced) to (stay|sit|sleep|eat|do|give|sign|wait|stand|go)\\b|to control ${O}|control\\w* (me|him|her|them|my life|everything)`,
    'now',
  ],
  [
    'neglect',
    `(pads?|nappy|nappies|sheets|bed|clothes|dressing|medication|meds|tablets|insulin|he|she|mum|dad|nan|they|i) (has |have )?not been (changed|washed|fed|given|turned|bathed|cleaned|checked|seen to)|stuck in (bed|${MY} (bed|chair|room))|nobody (has |is |will )?(come|been|got|get|help)|(sits?|sitting|left|living|lives) in the (dark|cold)|(no|not) (electric|electricity|gas|hot water)\\b|(leave|leaves|left|leaving) ${O} (hungry|thirsty|cold|wet|dirty)|(go|goes|going|gone|went) hungry|run\\w* out of (${MY} )?(medication|meds|tablets|insulin|food|pads)|living in (filth|squalor|dirt)`,
    'now',
  ],
  [
    'fear_plea',
    `(needs?|has) to (come|get)\\b.{0,25}\\bout of (there|here)|get ${O} out of (there|here|that place|that home)|(am|is|are) (shaking|trembling)`,
    'now',
  ],
  [
    'imminent',
    `found out where (i|we|she|he|they) (live|lives|am|are)|(he|she|they) (still )?(lives?|living|is|are) in the (flat|house|room) (below|above|next door|opposite|upstairs|downstairs)|(he|she|they) (lives?|living) (below|above|next to|near) (me|us)|(tak|mov|put|send)\\w* ${O} (in|into|to) (a |the )?(care |nursing )?home\\b.{0,40}\\b(not want|against|without (asking|agreeing))`,
    'now',
  ],
  // Sixth batch (issue 13): more general shapes of each category.
  [
    'suicide_self_harm',
    `(happier|better( off)?|easier)\\b[^,]{0,30}\\bif (i|he|she) (was|were|died|am) ?(dead|gone|not (here|around|alive)|no longer here)?|nothing (left )?to live for|jump\\w* (off|from) (the|a) (\\w+ )?(bridge|roof|building|cliff|balcony|multi ?storey|car park|tower|block|window|flats)|no (way out|future|hope)\\b|can not see (a|any) (future|way out)|ways to (die|kill|end)|how to (die|kill (my|him|her)sel|end (it|my life))|wish (i|he|she) could (just )?(disappear|die|not wake|go to sleep)|so (i|he|she) (can|could|will) die|not (going to|gonna) be (around|here) (much )?(longer|for long|any ?more)|(will|would) not be (around|here) (much )?(longer|for long)`,
    'now',
  ],
  [
    'threats',
    `${WILL} put ${O} in (hospital|a wheelchair|the ground|an early grave|the grave)|do ${O} over|(get|send)\\w* (his|her|their|some) (mates|friends|boys|lads|people) (to|round|after)|end up (like (his|her|their)|dead|in (hospital|the ground|a box))|(over|at|to|towards|near|threaten\\w*|came at|went for|chased|chasing) ${O} with (a|the|his|her) (knife|knives|hammer|gun|bat|machete|blade|axe|weapon|screwdriver|bottle|stick)|leaves? ${O} to (rot|die|starve)|left ${O} to (rot|die|starve)`,
    'now',
  ],
  [
    'physical',
    `(husband|wife|partner|son|daughter|brother|sister|boyfriend|girlfriend|dad|father|mother|stepdad|stepmum|carers?|staff|neighbour|grandson|nephew|ex)s? (is |are |can be |gets |has been |very |so |really )*violent|(cuts|marks|burns|scratches|bruises) (on|all over) (my|his|her) (face|neck|arms?|legs?|back|body|chest|wrists?)(?! from (my|a|the) (fall|bed))|(yank|wrench|jerk|pinn?|prod|poke|elbow|nip|squeez|yank)(s|ed|ing)? ${O}|(hit|beat|hurt|attack\\w*|whack\\w*|thr(ow|ew)\\w*)\\w* ${O} with (a|the|his|her) (stick|belt|bat|hammer|knife|pan|chair|bottle|shoe|cane|iron|poker|walking stick|plate)|thr(ow|ew)\\w* (\\w+ ){1,3}at ${O}|(can not|could not|will not|does not|do not) explain (it|them|how (he|she|it|they) (got|happened))|(told|tell|asked|ask)\\w* (him|her|them) to stop\\b(?! \\w+ing)`,
    'now',
  ],
  [
    'sexual',
    `flash\\w* (at )?${O}|expos\\w* (him|her)sel|sexual(ly)? (assault|abus|exploit)\\w*|rap(e|ed)\\b|forc\\w* (him|her|them)sel\\w* on|interfer\\w* with ${O}\\b(?<!(sleep|hearing|tv|telly|work|signal|medication|appetite))|rub\\w* (him|her)sel\\w* (against|on)|rub\\w* against ${O}|(hands?) (down|up|on|in|inside|under) ${MY} (knee|leg|legs|thigh)`,
    'now',
  ],
  [
    'financial',
    `(clear|empt|drain|wip)\\w* (out )?${MY} (bank )?(account|savings|money|purse|wallet)|(will|does|do) not give (it|them|my \\w+|the \\w+) back|(pressur|pester|nag|bull(y|ie)|push)\\w* ${O} (in)?to (lend|give|sign|pay|buy|hand|change|sell)|lend (him|her|them) money|(savings|money|pension|cash|jewellery|valuables|things) (has |have )?(disappeared|vanished|gone missing)|mak\\w* ${O} (buy|pay for|get) (them|him|her)\\b`,
    'now',
  ],
  [
    'psychological_control',
    `puts? ${O} down\\b(?! (for|on|as)\\b)|never allowed\\b(?!( to)? (drive|smoke|lift|salt|sugar|pets)\\b|.*\\brules?\\b)|not let (the |any )?(carers?|nurses?|doctor|staff|social worker|anyone|anybody|people|visitors|family) (in|see|near)|(nobody|no one) (else )?(would|will|could) (put up with|want|love|have|believe|care about) (me|you|her|him)|treat\\w* ((me|him|her|them|us) )?like (a child|a baby|dirt|rubbish|a dog|an animal|a prisoner|a slave)|told off (all the time|every day|constantly)|says? (i am|she is|he is|you are) (an? )?(stupid|useless|mad|thick|ugly|fat|worthless|lazy|pathetic|idiot|nothing)|${NOT_I}(took|tak\\w*|hid|hide\\w*|kept|keeps?)\\w* (away )?${MY} car keys`,
    'now',
  ],
  [
    'neglect',
    `(leave|leaves|left|leaving) ${O} (on|in|alone|sat)\\b[^,]{0,25}\\b(for hours|all (day|night)|for days|overnight)|not (help|helping|helps|feed|feeding|assist)\\w* ${O} (to )?(eat|drink|wash|get up|dress|move|go to the toilet)|(sores?|wounds?|ulcers?|infection|dressing) (is |are )?getting worse|(nurse|carers?|doctor|gp) (has |have )?not (been|come|visited)\\b(?! yet)`,
    'now',
  ],
  [
    'fear_plea',
    `send (someone|somebody|help|the police|an ambulance)\\b.{0,15}\\b(now|today|tonight|quick|urgently|asap)|send (help|the police|an ambulance)|help (me|us|her|him|mum|dad) (get away|escape|leave (him|her|them))`,
    'now',
  ],
  [
    'imminent',
    `(coming|come|be) (round|over|back|home|here)\\b.{0,40}\\b(drinking|drunk|angry|kick\\w* off|off his head)|${HE} (is |are |will be )?coming (to|round to|over to) (the|my|our) (house|flat|home|place)`,
    'now',
  ],
  // Seventh batch (issue 13).
  [
    'suicide_self_harm',
    `(sav|hoard|stockpil|collect)\\w* (up )?(${MY}|the) (\\w+ )?(tablets|pills|meds|medication|paracetamol)|sleep for ?ever|(drive|crash|steer)\\w* (the car )?(into|off) (a|the) (wall|tree|bridge|river|lorry|road)|(want\\w*|wish) to be with (my|his|her) (late |dead )?(husband|wife|partner|mum|dad|son|daughter)\\b.{0,25}\\b(died|dead|gone|passed|heaven)|(stop\\w*|refus\\w*) (taking (${MY} )?(insulin|medication|meds|tablets|pills)|eating|drinking)\\b(?! (sugar|meat|alcohol|coffee|tea|fizzy|red|late|between))|finish\\w* ((my|him|her|them)sel\\w*|it|me) off|done with (everything|life|living|it all)`,
    'now',
  ],
  [
    'threats',
    `end up in (a |the )?(care |nursing )?home|(?<=so )(they|he|she) (can |will )?take (${MY} |me )?(flat|house|home|kids|children|away)|(?<!\\b(i|we) )${WILL} (snap|break|strangle|choke|shoot|knock|smack|slap|kick|punch|batter|stab|burn|drown|bury|finish|throttle|smash) ${O}|come after ${O}|(says?|said|told|tells|threaten\\w*|warn\\w*)\\b.{0,60}\\b(if|unless) (i|you|he|she|we|they|mum|dad|my \\w+) (ever )?(told|talked|spoke|complained|reported|said|went to|left|rang|called|refused)`,
    'now',
  ],
  [
    'physical',
    `${NOT_I}br(oke|eaks?|oken) ${MY} (arm|wrist|ribs?|nose|jaw|leg|finger|hand|hip|teeth|glasses)|(hit|slap|punch|smack|whack)\\w* ${O} (across|in|round) the (face|head|mouth)|red marks?|hand ?prints?|finger ?marks|(gets?|getting|got) (physical|violent|rough|nasty|aggressive) (with|towards) ${O}`,
    'now',
  ],
  [
    'sexual',
    `(wants?|mak\\w*|forc\\w*|tries to get|asks?|ask\\w*) ${O} (to )?(sleep with|have sex|do sexual|go to bed with)`,
    'now',
  ],
  [
    'financial',
    `(put|transfer\\w*|sign\\w*)\\w* (the|${MY}) (house|flat|home|property|car|money|savings|account) (in|into) (his|her|their|\\w+s) name|(account|purse|wallet|savings) (is |are |has been |was )?(empty|emptied|cleared)|(do not|did not|never) know where (the|my|her|his) money (went|goes|has gone)|nothing (left )?for (food|bills|the rent|electric|heating|gas)|${NOT_I}(take|takes|took|tak\\w*) (half|most|all|some) (of )?${MY}`,
    'now',
  ],
  [
    'psychological_control',
    `hand (over )?${MY} (phone|keys|money|card|bank card|passport)( over)?|turn\\w* (everyone|everybody|people|the family|my family|them|my \\w+) against ${O}`,
    'now',
  ],
  [
    'neglect',
    `nobody to (give|help|feed|wash|change|look after|care for|check|get)|(until|till) (she|he|i) (is|am) (soaked|soaking|wet|dirty)|not chang\\w* ${O} (until|for|all)|(?<!\\bi )miss(es|ing)? (her|his) (insulin|medication|meds|tablets|meals?|dinner|doses?)|left (without|with no) (any )?(${MY} )?(food|water|drinks?|medication|meds|tablets|insulin|care|help|heating|money|a drink|anything|oxygen|glasses|hearing aids?|frame|pads?)|not (being |been )?(given|getting|get|gets|got|receiving) (enough|anything) (to (eat|drink)|food|water|fluids?)|(does|do|did|will) not (look after|care for|bother with|help) (me|him|her|them|mum|dad)\\b`,
    'now',
  ],
  [
    'fear_plea',
    `please (get|send) (someone|somebody|help)|^help( me| us)?( please)?$|need help( ,)? please|please ,? i need help`,
    'now',
  ],
  [
    'imminent',
    `${HE} (is |are )?due (back|out|home|round|here|to be released)\\b(?! from)|${HE} (will be|is|are) (home|back|here|round) (in (an|a few|\\d+|two|half an) (hour|minute|min)s?|soon|any (minute|moment|time|day))(?!.*\\b(shops|work|holiday)\\b)`,
    'now',
  ],
  // Eighth batch (issue 13).
  [
    'physical',
    `(lays?|laid|laying|lay) into ${O}|beat\\w* up ${O}|(beat|beats|beaten|beating) ${O} up|restrain\\w* (me|him|her|them|us)\\b|(comes?|came|coming) (home|back) with (marks|bruises|cuts|injuries|a black eye|scratches)`,
    'now',
  ],
  [
    'suicide_self_harm',
    `(had|have|has) no (reason|point) (for (me|him|her) )?to|not want\\w* to carry on\\b(?! (with|\\w+ing))`,
    'now',
  ],
  [
    'threats',
    `${WILL} set fire|set fire to (my|his|her|our|the) (door|house|flat|home|car)|(said|says|told me|tells me|told her|told him) (not to|to never|never to) tell`,
    'now',
  ],
  [
    'financial',
    `gives? ${O} nothing|(put|add)\\w* (his|her|their) name (on|to) ${MY}|sign (papers|things|documents|forms)\\b.{0,20}\\bnot (understand|read|know)|(keeps?|kept) (asking|making|getting) ${O} to sign|borrow\\w* (money|cash|thousands|hundreds|\\w+ pounds) (from|off) ${O}`,
    'now',
  ],
  [
    'psychological_control',
    `(scream|shout|yell|swear)\\w* in ${MY} face|listen\\w* (outside|at|behind) the door|(will|does) not leave (me|us|her|him) alone with|no privacy|door off`,
    'now',
  ],
  [
    'neglect',
    `nothing to (eat|drink)|left all (day|night)|${NOT_I}forg(et|ets|ot|etting) (her|his|my|to give) (medication|meds|tablets|insulin|dinner|meals?)`,
    'now',
  ],
  [
    'fear_plea',
    `(scared|frightened|terrified|petrified) (i|she|he) (can not|could not|do not|dare)|(so|too) ${FEAR} (to|that|i)\\b|help (me|us|her|him) (get )?out of (here|there)`,
    'now',
  ],
  [
    'imminent',
    `${HE} (comes?|gets?|is|will be) out (on (mon|tues|wednes|thurs|fri|satur|sun)day|next|tomorrow|this week|in (a|two|\\d+))|(he|she|they|me|ex|attacker|abuser) (still |has |just |has just )?(lives?|living|moved|moving) (on|in|into) (my|our|the same) (road|street|estate|block|building|close)`,
    'now',
  ],
  // Ninth batch (issue 13).
  [
    'suicide_self_harm',
    `let (me|him|her) die|(till|until) (i|he|she|it|they) bleeds?|scratch\\w* (my|him|her)sel|walk\\w* into the (sea|river|canal|lake|traffic|road)`,
    'now',
  ],
  [
    'threats',
    `${WILL} (have|get) ${O} (killed|hurt|beaten|done in|seen to)|${WILL} change the locks|chang\\w* the locks (on|with) (me|him|her)|(i|you) will be next`,
    'now',
  ],
  [
    'physical',
    `(sits?|sat|sitting|kneel\\w*) on (me|him|her|them)\\b|(injur\\w*|bruises|marks|cuts) (that )?(nobody|no one|they|the staff|the carers) (can|can not|could|will) (not )?explain|unexplained`,
    'now',
  ],
  [
    'sexual',
    `undress\\w* in front of|mak\\w* ${O} (undress|strip|get naked|take (my|her|his) clothes off)|(comes?|came|coming|gets?) (in)?to ${MY} (bed|room|bedroom) (at night|when)|show (him|her|them) ${MY} (body|private\\w*|breasts?|bum|bottom)|molest|indecent|inappropriate(ly)? touch|between ${MY} legs`,
    'now',
  ],
  [
    'financial',
    `(debts?|loans?|credit cards?) (that )?i (never|did not) (took|take|taken) out|(withdraw|draw|take) (out )?(cash|money) (out )?for (him|her|them)|mak\\w* ${O} (withdraw|draw)|${NOT_I}(sold|selling|sells?) ${MY} (furniture|things|stuff|jewellery|house|flat|car|belongings)|(get|make|pressure|force)\\w* ${O} to (sell|sign|give|hand)`,
    'now',
  ],
  [
    'psychological_control',
    `tell\\w* ${O} (i am|he is|she is|you are) (losing|going out of) (my|his|her|your) mind|monitor\\w* (everything|all|my|where|what)|watch\\w* (every move|my every)`,
    'now',
  ],
  [
    'neglect',
    `(leave|leaves|left|leaving) ${O} in the (dark|cold)|(even though|but) (she is|he is|i am) (very |really |so )?(poorly|ill|unwell|sick|in pain)|leaves? ${O} to it`,
    'now',
  ],
  [
    'imminent',
    `(parked|waiting|sitting|standing|hanging about|hanging around) outside ${MY} (house|flat|home|door|window)`,
    'now',
  ],
  // Tenth batch (issue 13).
  [
    'suicide_self_harm',
    `better (off )?dead|not want\\w* to exist|want (it|this|everything|life) (all )?over\\b(?! with)`,
    'now',
  ],
  [
    'sexual',
    `(touch|rub|feel|grab|strok|squeez|fondl|grop)\\w* ${MY} (breasts?|boobs|bum|bottom|private\\w*|crotch|genitals|penis|vagina)|watch\\w* (me|her|him) in the (shower|bath|toilet)|(meet|see) (me|her|him|them) alone|(messag|text)\\w* ${O}\\b.{0,40}\\b(meet|alone|pictures|photos)`,
    'now',
  ],
  [
    'financial',
    `(money|savings|pension|cash) (is|has|have) (all )?gone\\b(?! on)|gave (them|him|her|someone|a man|a woman) my (bank|card) details`,
    'now',
  ],
  [
    'psychological_control',
    `(i am|she is|he is|you are) a waste of|(am|is|are|being) kept from|(gets?|goes|go) (angry|mad|nasty|violent|funny) (if|when) (i|she|he|mum|dad) (talk|speak|go|see|phone|ring|leave|say)`,
    'now',
  ],
  [
    'neglect',
    `can not reach (${MY}|the) (water|drink|call bell|bell|food|tablets|phone|buzzer)`,
    'now',
  ],
];

/** Finds the rarer English cues; pass it beside `findDangerCues`'s own (see `combineFinders`). */
export const findMoreEnglishCues: CueFinder = cueFinder(ENGLISH_MORE);
