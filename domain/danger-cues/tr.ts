import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Turkish current-danger cues. Review status: machine-drafted (a native speaker has not yet
 * checked them; docs/danger-detection-languages.md). Turkish letters are optional in the text
 * (dotted and dotless i, ş, ğ, ç, ö, ü fold to plain Latin). Negation is a suffix, so cues list
 * the positive verb forms exactly ("dövüyor", "döver") and the negative ones ("dövmüyor",
 * "dövmez") simply never match; where the negative itself is the danger ("yemek vermiyorlar",
 * "yaşamak istemiyorum") the negative form is the cue. The past ("dövdü") needs "hâlâ",
 * "sürekli", "yine", "dün"...
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

export const lexicon: Lexicon = {
  negators: ['değil'],
  negationWindow: { before: 0, after: 2 },
  ongoing: [
    'hâlâ|hala|halen',
    'hep',
    'sürekli',
    'devamlı',
    'her gün|gece|hafta',
    'yine|gene|tekrar',
    'dün',
    'bu sabah|hafta|gece',
    'bugün',
    'son zamanlarda',
  ],
  over: [
    'eskiden',
    'yıllar|yıl|sene ~ önce',
    'geçmişte',
    'çocukken|küçükken|gençken',
    'bitti',
    'sona erdi',
  ],
  calm: [
    'destek|yardım|bakım|dava|süreç|tedavi|destekler ~ hâlâ|hala|halen ~ devam|sürüyor',
    'güneş ~ vuruyor|vurur',
    'köpek*|uçak*|karanlık*|yükseklik*|örümcek* ~ korkuyorum|korkarım|korkuyor',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'son ~ vermek|vereceğim|veririm',
        'intihar*',
        'kendimi ~ öldürmek|öldüreceğim|öldürürüm|öldürmeyi',
        'yaşamak ~ istemiyorum',
        'ölmek ~ istiyorum',
        'canıma ~ kıyacağım|kıymak|kıyarım',
        'kendime ~ zarar ~ veriyorum',
        'kendimi ~ kesiyorum',
        'hayatıma ~ son',
      ],
      past: ['kendimi ~ kestim|yaraladım', 'kendime ~ zarar ~ verdim', 'hap|ilaç ~ içtim'],
    },
    threats: {
      now: [
        'çocuklarımı|çocukları|torunlarımı ~ alacağını|alacak|alırım|alır',
        'evden ~ atacak*|atar|kovacak*',
        'tehdit*',
        'öldürece*|öldürürüm|öldürür|öldürmekle',
        'söylersem|anlatırsam|söylersen|anlatırsan|ararsam|ararsan|gidersem|kaçarsam',
        'saldırgan*|şiddetli',
        'huzurevine|bakımevine|huzurevi|bakımevi ~ koyacak*|atacak*|gönderecek*|yollayacak*|vereceğ*|verecek*',
        'pişman ~ olursun|edeceğim|ederim',
      ],
    },
    physical: {
      now: [
        'fırlatıyor|fırlatıyorlar|fırlatır',
        'çimdikliyor|çimdikliyorlar',
        'morluk*|morarmış',
        'dövüyor|dövüyorlar|döver|döverler|dövüyorsun|dövecek*',
        'vuruyor|vuruyorlar|vurur|vururlar',
        'tekmeliyor|tekmeliyorlar|tekme ~ atıyor',
        'itiyor|itiyorlar|itip|itekliyor',
        'tokat ~ atıyor|atıyorlar|atar',
        'boğuyor|boğazımı|boğazını ~ sıkıyor',
        'canımı|canını ~ yakıyor|yakıyorlar',
        'zarar ~ veriyor|veriyorlar',
        'şiddet ~ uyguluyor|uyguluyorlar|görüyorum|görüyor|gösteriyor',
        'eziyet ~ ediyor|ediyorlar',
        'saçımı|saçını ~ çekiyor',
      ],
      past: [
        'dövdü|dövdüler|dövmüştü',
        'vurdu|vurdular',
        'tokat ~ attı',
        'itti|itekledi',
        'tekmeledi',
        'canımı|canını ~ yaktı',
        'zarar ~ verdi',
        'şiddet ~ uyguladı|gördüm',
      ],
    },
    sexual: {
      now: [
        'taciz ~ ediyor|ediyorlar|ediliyorum|ediliyor',
        'tecavüz ~ ediyor|ediyorlar',
        'dokunuyor|dokunuyorlar|elliyor|elliyorlar',
        'cinsel|ilişkiye ~ zorluyor|zorluyorlar',
      ],
      past: ['taciz ~ etti', 'tecavüz ~ etti', 'dokundu|elledi'],
    },
    financial: {
      now: [
        'adıma|adımla ~ kredi*|borç*',
        'ödememi|ödetiyor|ödetmeye',
        'paramı|maaşımı|kartımı|parasını|maaşını|kartını|emekliliğimi ~ alıyor|alıyorlar|alır|yiyor|çalıyor|harcıyor|kontrol',
        'para ~ vermiyor|vermiyorlar',
        'geri ~ vermiyor|vermiyorlar',
        'imza ~ attırıyor|zorluyor',
      ],
      past: ['paramı|maaşımı|kartımı|parasını ~ aldı|çaldı|aldılar'],
    },
    psychological_control: {
      now: [
        'küfür* ~ ediyor|ediyorlar|eder',
        'izin ~ vermiyor|vermiyorlar',
        'kilitliyor|kilitliyorlar|kilitli',
        'çıkamıyorum|çıkamıyor|kaçamıyorum|çıkamıyoruz',
        'beni|onu ~ kapatıyor|kapatıyorlar',
        'telefonumu|telefonunu|kimliğimi|pasaportumu ~ alıyor|alıyorlar',
        'hakaret ~ ediyor|ediyorlar',
        'aşağılıyor|aşağılıyorlar',
        'küfür ~ ediyor|ediyorlar',
        'beni ~ kontrol',
        'takip ~ ediyor|ediyorlar',
        'şantaj*',
      ],
      past: ['kilitledi|kilitlediler', 'hakaret ~ etti'],
    },
    neglect: {
      now: [
        'yatak ~ yara*',
        'kimse ~ gelmiyor',
        'yemek|ilaç|ilaçlarımı|ilaçlarını|su ~ vermiyor|vermiyorlar|getirmiyor|getirmiyorlar',
        'aç ~ bırakıyor|bırakıyorlar',
        'açım',
        'yalnız|tek ~ başıma|başına ~ bırakıyor|bırakıyorlar',
        'yalnız ~ bırakıyor|bırakıyorlar',
        'ıslak|kirli|idrarlı ~ çarşaf*|bez*|yatak*|yatıyor',
        'altını ~ değiştirmiyor|değiştirmiyorlar',
        'kimse ~ ilgilenmiyor|bakmıyor|yıkamıyor|yedirmiyor',
      ],
      past: ['aç ~ bıraktı|bıraktılar', 'yalnız ~ bıraktı|bıraktılar'],
    },
    fear_plea: {
      now: [
        'dayanamıyorum',
        'şey ~ olacağını|olacak|olur',
        'başıma ~ bir',
        'korkuyorum|korkuyor|korkuyoruz|korkarım|korkuyorsun',
        'korku ~ içinde|içindeyim',
        'ödüm ~ kopuyor',
        'dehşet*',
        'güvende ~ değilim|değil|hissetmiyorum',
        'tehlikede*',
        'yardım ~ edin|et',
        'imdat',
        'kurtarın|kurtar',
        'lütfen ~ gelin|gelsin',
        'biri ~ gelsin',
        'acil ~ yardım*',
        'hayatım* ~ endişe*|kork*',
      ],
    },
    imminent: {
      now: [
        'beni ~ bekliyor|bekliyorlar',
        'önünde ~ bekliyor',
        'şu an|anda ~ oluyor|yaşanıyor',
        'şimdi ~ oluyor|yaşanıyor',
        'hâlâ|hala|halen ~ oluyor|devam|sürüyor|yaşanıyor',
        'o ~ geri ~ geliyor|gelecek|dönecek|dönüyor',
        'kapıda',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
