import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Bengali current-danger cues (Bangladesh and West Bengal usage, with a few common romanised
 * "Banglish" forms). Review status: machine-drafted (a native speaker has not yet checked them;
 * docs/danger-detection-languages.md). Vowel signs are kept; য় and ড় compare equal however
 * they were typed. The present ("মারে", "মারছে") counts alone; the perfect ("মেরেছে", "মারল")
 * needs "এখনো", "প্রতিদিন", "আবার", "কাল রাতে"... "না" negates after the verb ("মারে না"); the
 * past negative "মারেনি" is a different word and never matches.
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

export const lexicon: Lexicon = {
  negators: ['না', 'নি', 'নয়', 'na', 'ni'],
  negationWindow: { before: 1, after: 2 },
  ongoing: [
    'এখনো|এখনও|এখনো',
    'প্রতিদিন|রোজ|প্রতিরাতে',
    'সবসময়',
    'সব সময়',
    'আবার|বারবার',
    'গতকাল',
    'কাল রাতে',
    'কাল',
    'আজ|আজকে|আজও',
    'ekhono|ekhon|protidin|roj|abar|kal|aj',
  ],
  over: ['বছর ~ আগে', 'ছোটবেলায়|ছোটবেলা', 'শেষ ~ হয়ে', 'অতীতে', 'bochor ~ age', 'chotobelay'],
  calm: [
    'সাহায্য|সহায়তা|কেস|মামলা|চিকিৎসা|সাপোর্ট ~ চলছে',
    'মাকড়সা*|কুকুর*|সাপ*|ইঁদুর*|অন্ধকার*|উচ্চতা*|উড়তে|প্লেন*|সুই* ~ ভয়',
    'মশা ~ মারে|মারি',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'আত্মহত্যা*',
        'নিজেকে ~ মেরে|শেষ|আঘাত|কাটি|ক্ষতি',
        'বাঁচতে ~ চাই না',
        'বাঁচতে ~ চাইনা',
        'মরতে ~ চাই',
        'মরে যেতে ~ চাই',
        'জীবন ~ শেষ',
        'atmohotta|attohotta',
        'morte ~ chai',
        'bachte ~ chai ~ na',
      ],
      past: ['নিজেকে ~ কেটেছি|আঘাত|কেটেছিলাম'],
    },
    threats: {
      now: [
        'হুমকি',
        'মেরে ফেলবে|ফেলব|ফেলবো',
        'খুন ~ করবে|করব|করবো',
        'যদি ~ বলি|বলো|জানাই|বলে',
        'বৃদ্ধাশ্রম*',
        'humki|hûmki',
        'mere ~ felbe',
      ],
    },
    physical: {
      now: [
        'মারে|মারেন|মারছে|মারছেন|মারবে',
        'পেটায়|পেটাচ্ছে|পেটান',
        'নির্যাতন ~ করে|করছে|করেন',
        'ধাক্কা ~ দেয়|দিচ্ছে',
        'চড়|থাপ্পড় ~ মারে|মারছে',
        'লাথি ~ মারে|মারছে',
        'গলা ~ টিপে|চেপে',
        'গায়ে হাত তোলে',
        'চুল ~ টানে|ধরে',
        'mare|marche|pitay|petay',
      ],
      past: ['মেরেছে|মারল|মারলো|মেরেছিল', 'পিটিয়েছে', 'ধাক্কা দিয়েছে', 'নির্যাতন করেছে', 'mereche|marlo'],
    },
    sexual: {
      now: [
        'যৌন ~ নির্যাতন|হয়রানি',
        'গায়ে ~ হাত দেয়',
        'ছোঁয়',
        'ছুঁয়ে ~ দেয়',
        'ধর্ষণ*',
        'জোর ~ করে ~ সম্পর্ক|শারীরিক',
      ],
      past: ['গায়ে ~ হাত দিয়েছে', 'ছুঁয়েছে'],
    },
    financial: {
      now: [
        'টাকা|পেনশন|বেতন|কার্ড|ভাতা ~ নেয়|নিয়ে|কেড়ে|রেখে',
        'টাকা ~ দেয় না',
        'টাকা ~ দেয়না',
        'চুরি ~ করে|করছে',
        'ফেরত ~ দেয় না',
        'ফেরত ~ দেয়না',
        'taka|pension ~ niye|ney|kere',
      ],
      past: ['টাকা|পেনশন ~ নিয়েছে', 'টাকা|পেনশন ~ নিয়ে গেছে'],
    },
    psychological_control: {
      now: [
        'যেতে|বেরোতে|হতে|বলতে|করতে ~ দেয় না',
        'যেতে|বেরোতে|বলতে ~ দেয়না',
        'আটকে ~ রাখে|রাখছে',
        'হতে|যেতে|পালাতে ~ পারি না',
        'হতে|যেতে|পালাতে ~ পারিনা',
        'তালা ~ দিয়ে',
        'গালি|গালিগালাজ ~ দেয়|করে',
        'অপমান ~ করে|করছে',
        'ফোন ~ কেড়ে',
        'পিছু ~ নেয়',
        'atke ~ rakhe',
      ],
    },
    neglect: {
      now: [
        'খেতে ~ দেয় না',
        'খেতে ~ দেয়না',
        'খাবার|ওষুধ|পানি|জল ~ দেয় না',
        'খাবার|ওষুধ|পানি|জল ~ দেয়না',
        'না খাইয়ে',
        'ক্ষুধার্ত|ক্ষুধার্ত',
        'একা ~ ফেলে',
        'ভেজা|নোংরা ~ বিছানা*|কাপড়*',
        'কেউ ~ বদলায়|দেখে|খাওয়ায় না',
        'khete ~ dey ~ na',
      ],
    },
    fear_plea: {
      now: [
        'ভয় ~ পাই|লাগে|পাচ্ছি|করে|পায়',
        'আতঙ্ক*',
        'নিরাপদ ~ নই|না|নেই|নয়',
        'বিপদ*',
        'সাহায্য ~ করুন|করো|চাই|দরকার',
        'বাঁচাও|বাঁচান',
        'কেউ ~ আসুন|আসো|আসুক',
        'bhoy|voy ~ pai|lage|pacchi',
        'bachao|bachan',
        'nirapod ~ noi|na',
      ],
    },
    imminent: {
      now: [
        'এখনো|এখনও ~ চলছে|হচ্ছে',
        'এখন ~ হচ্ছে|ঘটছে',
        'সে|ও|উনি ~ ফিরে ~ আসবে|আসছে|আসবেন',
        'দরজায়',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
