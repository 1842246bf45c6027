import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Easy Read current-danger cues: the plain words people with learning disabilities use
 * ("someone hurts me", "they take my money", "I am scared at home").
 * Review status: machine-drafted (not yet checked by a self-advocacy group;
 * docs/danger-detection-languages.md).
 * The English engine (domain/risk.ts) runs on every story anyway; these add the simple
 * phrasings it might miss, and never replace it.
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

const PEOPLE = 'me|her|him|us|them|my|mum|dad|mummy|daddy|nan|gran|grandad';
const NOT = "not|don't|dont|doesn't|doesnt|won't|wont|never|cannot|can't|cant";

export const lexicon: Lexicon = {
  negators: [
    'was',
    'were',
    'not',
    "don't",
    'dont',
    "doesn't",
    'doesnt',
    "didn't",
    'didnt',
    'never',
    'no longer',
    'nobody',
    'no one',
  ],
  negationWindow: { before: 3, after: 0 },
  ongoing: [
    'still',
    'every ~ day|night|week|time',
    'all the time',
    'again',
    'keeps|keep',
    'yesterday',
    'last ~ night|week',
    'today|tonight',
    'this ~ morning|week',
    'now',
  ],
  over: [
    'years|long ~ ago',
    'when i was ~ child|little|young|small|kid',
    'stopped',
    'is over',
    'any more',
    'anymore',
    'in the past',
    'used to',
  ],
  calm: [
    'help|support|care|helping|case|worker ~ still ~ going|happening',
    'scared|afraid|frightened ~ of ~ dogs|spiders|heights|flying|dark|needles|dentist|storms',
    'hit|hits ~ the ~ ball|button|target|shops',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'all ~ to stop',
        'want ~ to die',
        'kill myself',
        'hurt|hurting|harm|harming|cut|cutting ~ myself',
        'end my life',
        'end|ending ~ life|all',
        `${NOT} ~ want ~ live|alive|here`,
        'better off dead',
        'suicid*',
      ],
    },
    threats: {
      now: [
        'take|takes ~ children|kids|grandchildren ~ away',
        'threaten*',
        'will|gonna ~ hurt|kill|hit|beat ~ me|her|him|us',
        'going to ~ hurt|kill|hit|beat ~ me|her|him|us',
        'if ~ i ~ tell|phone|call|ring',
        'put|send ~ me|her|him ~ home',
        'send me away',
        'or else',
      ],
    },
    physical: {
      now: [
        'throws|throw ~ at ~ me|her|him',
        'bruises|marks|cuts ~ from|on',
        'have|has ~ bruises',
        `hurts|hits|kicks|pushes|slaps|smacks|beats|punches|pinches|grabs|chokes|bites|burns|shoves ~ ${PEOPLE}`,
        // "hurt" and "hit" are past too, so alone they are `past` cues (below).
        `kick|push|slap|smack|punch|pinch|grab|shove ~ ${PEOPLE}`,
        'is|are|keeps|keep ~ hurting|hitting|kicking|pushing|slapping|pinching|grabbing',
        'get|gets|getting ~ hurt|hit|beaten',
        'rough ~ with',
        'makes me bleed',
        'pull|pulls|pulling ~ my|her|his ~ hair',
      ],
      past: [`hurt|hit|kicked|pushed|slapped|smacked|punched|beat|pinched|grabbed ~ ${PEOPLE}`],
    },
    sexual: {
      now: [
        'touch|touches|touching ~ me|my|her|his ~ private*|where|bottom|breasts|chest|willy|vagina|down|body',
        'sex ~ with me',
        'makes|make ~ me ~ have sex',
        'takes|take ~ my ~ clothes off',
      ],
      past: ['touched ~ me|my|her ~ private*|where|bottom|breasts|chest|down|body'],
    },
    financial: {
      now: [
        'loan|loans|debt|debts ~ my name',
        'take|takes|taking ~ my|her|his|our ~ money|card|pension|benefits|cash',
        'keeps|keep|has|have ~ my ~ money|card|pension|cash',
        `${NOT} ~ let ~ me ~ have|spend ~ money|card`,
        'makes|make ~ me ~ give|pay',
        'no money ~ left',
        `${NOT} ~ give ~ back`,
      ],
      past: ['took ~ my|her|his|our ~ money|card|pension|benefits|cash'],
    },
    psychological_control: {
      now: [
        'says ~ bad words',
        'swears|swear ~ at',
        'not allowed ~ out|go|see|phone|call|leave',
        "cannot|can't|cant ~ out|leave",
        'has|took|takes|keeps ~ my ~ keys',
        `${NOT} ~ let me ~ go|out|see|phone|call|leave`,
        'lock|locks|locking ~ me|door|doors',
        'locked ~ in|room',
        'shout|shouts|shouting|yell|yells|yelling|scream|screams ~ at ~ me|her|him',
        'call|calls ~ me|her|him ~ names',
        'laugh|laughs ~ at ~ me|her',
        'not nice ~ to me',
        'mean ~ to me',
        'tell|tells ~ me ~ what to do',
        'take|takes ~ my ~ phone',
      ],
    },
    neglect: {
      now: [
        'sores',
        'nobody|no one ~ comes',
        'no food',
        `${NOT} ~ give|gives|get|bring|brings ~ food|dinner|drinks|drink|medicine|tablets|meals`,
        'is|am|are ~ hungry',
        'nobody ~ gives|give|helps|washes|changes|feeds ~ me|her|him',
        'no one ~ gives|give|helps|washes|changes|feeds ~ me|her|him',
        "am|i'm|im ~ hungry",
        'hungry ~ all the time',
        'wet|dirty ~ bed|sheets|pad|pads|clothes',
        'leave|leaves ~ me|her|him ~ alone',
      ],
    },
    fear_plea: {
      now: [
        "cannot|can't|cant ~ cope",
        'something bad ~ happen',
        'scared|afraid|frightened|terrified',
        'feel|feeling ~ unsafe',
        `${NOT} ~ safe`,
        'help me ~ please|now|today|quick',
        'please ~ help',
        'come ~ today|now|quick|quickly',
        'need help ~ now|today',
      ],
    },
    imminent: {
      now: [
        'waiting for me',
        'is ~ outside',
        'happening ~ now',
        'still ~ happening|going',
        'he|she|they ~ come|comes|coming ~ back ~ today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
        'is|are ~ here now',
        'at the door',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
