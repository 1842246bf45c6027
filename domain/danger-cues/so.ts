import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Somali current-danger cues. Review status: machine-drafted (a native speaker has not yet
 * checked them; docs/danger-detection-languages.md). The apostrophe is a letter ("la'aan").
 * Somali marks tense and negation on the verb: present forms ("garaacaa", "garaacayaa") count
 * alone, the past ("garaacay") needs "weli", "maalin walba", "mar kale", "xalay"..., and the
 * negative verb form ("ima garaaco") is a different word that never matches. Where the negative
 * is the danger ("cunto ima siiyaan") the negative form is the cue.
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

export const lexicon: Lexicon = {
  negators: ['ma', 'ima', 'uma', 'kuma', 'iima', 'maya'],
  negationWindow: { before: 2, after: 0 },
  ongoing: [
    'weli|wali|welina',
    'ilaa hadda',
    'mar|maalin|habeen ~ walba|kasta',
    'markasta|maalin',
    'had iyo jeer',
    'mar kale',
    'shalay|xalay|maanta|saaka',
    'toddobaadkan|todobaadkan',
  ],
  over: [
    'sanado|sannado|sano ~ ka hor',
    'waa hore',
    'yaraa|yarayd|yaraan',
    'dhammaaday|dhamaaday',
    'xilligii hore',
  ],
  calm: [
    'caawimaad*|taageero*|kiis*|daryeel* ~ weli|wali ~ way|wuu ~ socotaa|socdaa',
    'caawimaad*|taageero*|kiis*|daryeel* ~ socotaa|socdaa|sii',
    'caaro|eeyaha|eey|abeeso|mas|mugdiga|diyaarad* ~ ~ baqaa|baqdaa|baqayaa|cabsadaa',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'is ~ dilo|dilaa|dili|dilid',
        'isdil*',
        'naftayda|nafteyda ~ qaado|qaato|qaadi|qaadayaa',
        'ma ~ doonayo|rabo ~ noolaado|nolol',
        'dhimasho ~ doonayaa|rabaa',
        'dhinto ~ doonayaa|rabaa',
        'nolosha ~ daalay',
        'is ~ dhaawacaa|dhaawacayaa|dhaawaco',
        'is ~ gooyaa|goynayaa',
      ],
      past: ['is ~ dhaawacay|gooyay'],
    },
    threats: {
      now: [
        'carruurta|caruurta ~ qaadayaa|qaadi|qaadan',
        'hanjab*|handad*',
        'haddii ~ booliska',
        'dili doonaa|doontaa|doonaan',
        'i dilayaa|dilaysaa',
        'haddii ~ sheego|sheegto',
        'xanaano ~ dadka|waayeelka',
        'guriga|xarunta ~ waayeelka|dadka',
      ],
    },
    physical: {
      now: [
        'tuuraa|tuurtaa|tuuraan',
        'qanjiraa|qanjirtaa',
        'nabro|nabarro|nabaro|nabar',
        'garaacaa|garaacdaa|garaacaan|garaacayaa|garaacaysaa|garaacayaan',
        'tumaa|tuntaa|tumaan|tumayaa|tumaysaa|tumayaan',
        'dilaa|dishaa|dilaan',
        'jirdil*',
        'riixaa|riixdaa|riixaan|riixayaa',
        'dharbaax*',
        'karbaash*',
        'wax ~ i yeelaa|yeeshaa|yeelaan',
        'ceejiyaa|ceejisaa',
        'timaha ~ jiidaa|jiiddaa',
      ],
      past: ['garaacay|garaacday|garaaceen', 'tumay|tuntay|tumeen', 'riixay|riixday', 'dilay'],
    },
    sexual: {
      now: [
        'kufsi*|kufsadaa|kufsadaan|kufsanayaa',
        'faraxumee*|faraxumayn*',
        'xadgudub ~ galmo|galmeed',
        'i taabtaa|taabtaan|taabanayaa|taabtaa',
        'galmo ~ igu qasbaa|qasbayaa',
      ],
      past: ['kufsaday|kufsatay', 'i taabtay|taabtay'],
    },
    financial: {
      now: [
        'deyn* ~ magac*',
        'qasbaa ~ bixiyo|bixiso',
        'lacagtayda|lacagteyda|hawlgabkayga|mushaharkayga|kaarkayga|lacagteeda ~ qaataa|qaadataa|qaataan|haystaa|xadaa|xaddaa',
        'qaataa|qaadataa|qaataan ~ lacagtayda|lacagteyda|hawlgabkayga|mushaharkayga|kaarkayga|lacagteeda',
        'lacag ~ ima|iima|uma ~ siiyo|siiso|siiyaan',
        'xadaa|xaddaa|xadaan',
        'ma|mana ~ celiyo|celiso|celiyaan',
      ],
      past: ['lacagtayda|lacagteyda ~ qaatay|qaaday|xaday'],
    },
    psychological_control: {
      now: [
        'ma|uma|iima|ima ~ oggola|ogola|ogolaado|oggolaado',
        'igu xiraa|xirtaa|xiraan',
        'i xiraa|xirtaa|xiraan',
        'i|igu ~ caayaa|caydaa|caayaan',
        'aflagaad*',
        'taleefankayga|telefoonkayga ~ qaataa|qaadataa|iga',
        'i daba ~ socdaa|socotaa',
        'kama|ma ~ bixi ~ karo',
        'i cabsiiyaa|cabsiisaa|cabsiiyaan',
      ],
      past: ['igu xiray|xirtay'],
    },
    neglect: {
      now: [
        'qofna ma yimaado|yimaadaan',
        'cunto|biyo|daawo ~ ima|iima|uma ~ siiyaan|siiyo|siiso',
        "cunto ~ la'aan",
        'gaajaysan*|gaajo',
        'kaligay|keligay|kaligeed ~ iga|ka ~ tagaan|tagaa',
        'sariir|dhar ~ qoyan|wasakh*',
        'qofna ~ ima|ma ~ daryeelo|beddelo|badalo',
      ],
    },
    fear_plea: {
      now: [
        'ma ~ adkaysan ~ karo',
        'wax ~ gaari|gaadhi',
        'cabsi*|cabsanayaa',
        'baqayaa|baqanayaa|baqdaa|baqaa',
        'ammaan|nabad|badbaado ~ ma|kuma|ima ~ ihi|ahi|ihin',
        'ma ~ badbaadsani|nabadgelin',
        'khatar*',
        'i caawi|caawiya|badbaadi|badbaadiya',
        'caawimaad ~ degdeg',
        'gargaar',
        'ii ~ yimaada|kaalay|imaada ~ maanta',
        'qof ~ ii ~ yimaado|yimaada',
      ],
    },
    imminent: {
      now: [
        'sugaya|sugayaa|sugaysaa',
        'weli|wali ~ way|wuu ~ socotaa|socdaa|dhacaysaa',
        'hadda ~ dhacaysaa|dhacaya',
        'soo noqonayaa',
        'soo ~ noqon|laaban ~ doonaa',
        'albaabka ~ joogaa',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
