import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Urdu current-danger cues, in Urdu script and in the romanised Urdu many people type on phones
 * ("wo mujhe marta hai"). Review status: machine-drafted (a native speaker has not yet checked
 * them; docs/danger-detection-languages.md). Urdu and Arabic letter forms (ی/ي, ک/ك, ہ/ھ/ه)
 * compare equal. The habitual and progressive present ("مارتا ہے", "مار رہا ہے") count alone;
 * the simple past ("مارا") needs "اب بھی", "روز", "پھر سے", "کل رات"... "نہیں" negates before or
 * after the verb, and "تھا/تھی/تھے" after it make it past ("مارتا تھا", he used to hit), so
 * they are listed with the negators.
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

export const lexicon: Lexicon = {
  negators: [
    'نہیں',
    'نہ',
    'مت',
    'تھا|تھی|تھے|تھیں',
    'nahi|nahin|nai|nahee|mat',
    'tha|thi|thay|the',
  ],
  negationWindow: { before: 2, after: 2 },
  ongoing: [
    'اب|ابھی|آج ~ بھی',
    'اب تک',
    'روز|روزانہ',
    'ہر ~ روز|دن|رات',
    'پھر سے',
    'دوبارہ',
    'مسلسل|لگاتار|ہمیشہ',
    'کل رات',
    'آج',
    'جاری',
    'ab|abhi|aaj ~ bhi',
    'ab tak',
    'roz|rozana',
    'har ~ roz|din|raat',
    'phir se',
    'dobara',
    'musalsal|lagatar|hamesha',
    'kal raat',
    'aaj',
  ],
  over: [
    'سال|برس ~ پہلے',
    'بچپن',
    'جب ~ چھوٹی|چھوٹا|بچی|بچہ',
    'ختم ~ ہو|ہوگیا|ہوگئی',
    'ماضی',
    'saal|baras ~ pehle|pehlay',
    'bachpan',
    'khatam|khatm',
  ],
  calm: [
    'مدد|سپورٹ|کیس|علاج|مقدمہ|مقدمے ~ جاری',
    'madad|support|case|ilaj|ilaaj ~ jari|jaari',
    'کتوں|اندھیرے|ہوائی|اونچائی ~ ڈر|ڈرتی|ڈرتا',
    'kutton|andhere|andheray ~ dar|darti|darta',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'خودکشی',
        'خود کشی',
        'خود کو ~ مار|ختم|نقصان|کاٹ|زخمی',
        'آپ کو ~ مار|ختم|نقصان|کاٹ|زخمی',
        'جینا ~ نہیں ~ چاہتی|چاہتا',
        'مرنا ~ چاہتی|چاہتا',
        'زندگی ~ ختم ~ کرنا|کر',
        'khudkushi',
        'khud kushi',
        'khud ko ~ maar|mar|khatam|nuqsan|nuksan|kaat',
        'jeena|jina ~ nahi|nahin ~ chahti|chahta',
        'marna ~ chahti|chahta',
        'zindagi ~ khatam',
      ],
      past: ['خود کو ~ کاٹا|زخمی', 'khud ko ~ kaata|kata|zakhmi'],
    },
    threats: {
      now: [
        'دھمکی|دھمکیاں|دھمکاتا|دھمکاتی|دھمکاتے',
        'جان سے',
        'مار ڈال*',
        'مار ~ دوں|دے|دیں|ڈالے|ڈالوں ~ گا|گی|گے',
        'اگر ~ بتایا|بتاؤں|بتاوں|بتائی|کہا',
        'اولڈ ہوم',
        'dhamki*|dhamka*',
        'jaan se',
        'maar|mar ~ dalega|dalunga|daalega|dunga|dega',
        'agar ~ bataya|batayi|bataun|batati|kaha',
        'old home',
      ],
    },
    physical: {
      now: [
        'مارتا|مارتی|مارتے',
        'مار ~ رہا|رہی|رہے',
        'پیٹتا|پیٹتی|پیٹتے',
        'تشدد ~ کرتا|کرتی|کرتے|رہا|رہی',
        'دھکا|دھکے|دھکّے ~ دیتا|دیتی|دیتے',
        'تھپڑ ~ مارتا|مارتی|مارتے',
        'گلا ~ دباتا|دباتی|دباتے',
        'جلاتا|جلاتی',
        'marta|marti|marte|maarta|maarti|maarte',
        'maar|mar ~ raha|rahi|rahe',
        'peet*|pitai ~ karta|karti|karte|hai|hoti',
        'tashaddud ~ karta|karti|karte',
        'dhakka|dhakke ~ deta|deti|dete',
        'thappar|thapar|thappad ~ marta|marti|marte',
      ],
      past: [
        'مارا|ماری|مارے',
        'پیٹا|پیٹی',
        'دھکا دیا',
        'تشدد کیا',
        'mara|maara|maari',
        'peeta|pita',
        'dhakka diya',
      ],
    },
    sexual: {
      now: [
        'جنسی ~ زیادتی|ہراساں|تشدد',
        'چھوتا|چھوتی|چھوتے',
        'ہراساں ~ کرتا|کرتی|کرتے',
        'زبردستی ~ کرتا|کرتے',
        'ریپ',
        'chhuta|chuta|choota|chhoota',
        'harassan|harass ~ karta|karti|karte',
        'zabardasti ~ karta|karte',
        'rape',
        'jinsi ~ ziyadti|zyadti|tashaddud',
      ],
      past: ['زیادتی ~ کی', 'چھوا', 'ziyadti|zyadti ~ ki', 'chhua|chua'],
    },
    financial: {
      now: [
        'پیسے|پنشن|تنخواہ|کارڈ|رقم ~ لیتا|لیتی|لیتے|چھینتا|چھینتی|چھینتے|رکھتا|رکھتی|رکھتے',
        'پیسے ~ نہیں ~ دیتا|دیتی|دیتے',
        'چوری ~ کرتا|کرتی|کرتے',
        'paise|paisay|pension|tankhwah|card ~ leta|leti|lete|cheenta|cheenti|cheente|rakhta|rakhti',
        'paise|paisay ~ nahi|nahin ~ deta|deti|dete',
        'chori ~ karta|karti|karte',
      ],
      past: ['پیسے|پنشن ~ چھین|لے', 'paise|paisay|pension ~ cheen|le'],
    },
    psychological_control: {
      now: [
        'جانے|نکلنے|ملنے|کرنے ~ نہیں ~ دیتا|دیتی|دیتے',
        'کمرے ~ بند',
        'بند ~ کر ~ دیتا|دیتی|دیتے|رکھتا|رکھتی|رکھتے',
        'گالیاں|گالی ~ دیتا|دیتی|دیتے',
        'ذلیل ~ کرتا|کرتی|کرتے',
        'بے عزتی ~ کرتا|کرتی|کرتے',
        'فون ~ چھین',
        'پیچھا ~ کرتا|کرتی|کرتے',
        'jane|jaane|nikalne|milne|karne ~ nahi|nahin ~ deta|deti|dete',
        'kamre ~ band',
        'band ~ kar ~ deta|deti|dete|rakhta|rakhti',
        'gali|galiyan|gaaliyan|gaali ~ deta|deti|dete',
        'zaleel|zalil|beizzati ~ karta|karti|karte',
        'phone ~ cheen*',
        'peecha|picha|peechha ~ karta|karti|karte',
      ],
    },
    neglect: {
      now: [
        'کھانا|کھانے|دوائی|دوا|پانی ~ نہیں ~ دیتا|دیتی|دیتے',
        'بھوکا|بھوکی|بھوکے',
        'اکیلا|اکیلی|اکیلے ~ چھوڑ',
        'گیلے|گندے ~ بستر|کپڑے|کپڑوں|بستر',
        'کوئی ~ نہیں ~ بدلتا|نہلاتا|کھلاتا|دیکھتا',
        'khana|dawai|dawa|pani ~ nahi|nahin ~ deta|deti|dete',
        'bhooka|bhooki|bhuka|bhuki|bhookay',
        'akela|akeli ~ chhor*|chor*',
        'geele|gande|ganday ~ bistar|kapre|kapray|kapron',
      ],
      past: ['اکیلا|اکیلی ~ چھوڑا|چھوڑ', 'akela|akeli ~ chhora|chora'],
    },
    fear_plea: {
      now: [
        'ڈر ~ لگتا|لگ|لگتی',
        'ڈرتی|ڈرتا|ڈرتے ~ ہوں|ہیں|ہے',
        'خوفزدہ',
        'خوف',
        'محفوظ ~ نہیں',
        'خطرے ~ میں',
        'مدد ~ کریں|کرو|چاہیے',
        'بچاؤ|بچاو|بچائیں',
        'کوئی ~ آئے|آجائے',
        'dar ~ lagta|lag|lagti',
        'darti|darta|darte ~ hoon|hun|hai|hain|hu',
        'khauf|khof|khofzada',
        'mehfooz|mahfooz|mehfuz ~ nahi|nahin',
        'khatre|khatray ~ mein|main|me',
        'madad ~ karein|karo|karen|chahiye',
        'bachao|bachaao',
      ],
    },
    imminent: {
      now: [
        'اب|ابھی ~ بھی ~ ہو ~ رہا|رہی|رہے',
        'اب|ابھی ~ بھی ~ جاری',
        'وہ ~ واپس ~ آ|آئے|آئیگا|آئےگا',
        'دروازے پر',
        'ab|abhi ~ bhi ~ ho ~ raha|rahi|rahe',
        'ab|abhi ~ bhi ~ jari|jaari',
        'woh|wo|vo ~ wapas|wapis ~ aa|aayega|ayega|aaega|aega|aaye|aye',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
