import type { OutboundCatalogue } from './types.ts';

/** Bengali (বাংলা). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const bn: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': '{sender} থেকে একটি খবর',
  'subject.named': 'আপনি {sender}-কে যে গল্প বলেছেন তার বিষয়ে একটি খবর',
  read: 'আপনি যাঁদের বলেছেন, তাঁরা আপনার পাঠানো লেখা পড়েছেন।',
  pack: 'আপনি আমাদের যা বলেছেন, তা {date} তারিখের সভায় বোর্ডের সঙ্গে শেয়ার করা হয়েছে।',
  action: 'আপনি যা চেয়েছিলেন তাতে কিছু বদলেছে। এখন এটি: {status}।',
  'status.proposed': 'প্রস্তাবিত',
  'status.agreed': 'সম্মত',
  'status.in_progress': 'চলছে',
  'status.done': 'হয়ে গেছে',
  'status.not_taken_forward': 'করা হবে না',
  stop: 'আপনি জানতে চেয়েছিলেন কী হয়। এই বার্তাগুলি বন্ধ করতে {url}-এ যান এবং আপনার রেফারেন্স নম্বর লিখুন। দয়া করে এই বার্তার উত্তর দেবেন না।',
  'sms.read': '{sender}: আপনি যাঁদের বলেছেন তাঁরা আপনার লেখা পড়েছেন। বার্তা বন্ধ করতে: {url}',
  'sms.pack': '{sender}: আপনার কথা {date} তারিখে বোর্ডের সঙ্গে শেয়ার করা হয়েছে। বার্তা বন্ধ করতে: {url}',
  'sms.action': '{sender}: আপনি যা চেয়েছিলেন তা বদলেছে। এখন: {status}। বন্ধ করতে: {url}',

  'copy.subject.neutral': 'আপনার কপি',
  'copy.subject.named': 'আপনি {sender}-কে যে গল্প বলেছেন তার কপি',
  'copy.intro':
    'আপনি যা পাঠিয়েছেন তার একটি কপি চেয়েছেন। এটি কোনো গোপন জায়গায় রাখুন। আমরা এই ইমেল ঠিকানা রাখিনি।',
  'copy.referenceUse': 'আপনার গল্প তুলে নিতে বা সম্মতি বদলাতে {url}-এ যান এবং আপনার রেফারেন্স নম্বর লিখুন।',
  'copy.contactLeftOut': 'এই কপিতে আপনার যোগাযোগের তথ্য দেখানো হয়নি।',

  'error.gone.title': 'আমরা এই গল্পের কপি ইমেল করতে পারছি না',
  'error.gone.detail':
    'গল্প পাঠানোর পর এক ঘণ্টার মধ্যেই শুধু কপি ইমেল করা যায়। আপনার রেফারেন্স নম্বর নিরাপদে রাখুন: লিখে রাখুন বা পাতাটি প্রিন্ট করুন।',
  'error.already.title': 'একটি কপি আগেই পাঠানো হয়েছে',
  'error.already.detail': 'আমরা প্রতিটি গল্পের একটিই কপি পাঠাই। আপনার ইমেলে দেখুন।',
  'error.check.title': 'কিছু উত্তর দেখে নিতে হবে',
  'error.email': 'সঠিক ফরম্যাটে ইমেল ঠিকানা লিখুন, যেমন name@example.com',
  'error.reference': 'রেফারেন্স নম্বরটি ঠিক যেমন দেখানো হয়েছিল তেমন লিখুন, যেমন K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'অনেক বেশি চেষ্টা',
  'error.tooMany.detail': 'দয়া করে কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
};
