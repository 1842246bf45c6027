import type { OutboundCatalogue } from './types.ts';

/** Urdu (اردو). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const ur: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': '{sender} کی طرف سے ایک اطلاع',
  'subject.named': 'اُس کہانی کے بارے میں اطلاع جو آپ نے {sender} کو بتائی',
  read: 'جن لوگوں کو آپ نے بتایا، انہوں نے آپ کا بھیجا ہوا پڑھ لیا ہے۔',
  pack: 'آپ نے ہمیں جو بتایا وہ بورڈ کے ساتھ {date} کے اجلاس میں شیئر کیا گیا۔',
  action: 'آپ نے جو مانگا تھا اس میں کچھ بدلا ہے۔ اب یہ ہے: {status}۔',
  'status.proposed': 'تجویز کیا گیا',
  'status.agreed': 'طے پا گیا',
  'status.in_progress': 'جاری ہے',
  'status.done': 'ہو گیا',
  'status.not_taken_forward': 'نہیں کیا جائے گا',
  stop: 'آپ نے پوچھا تھا کہ کیا ہوتا ہے۔ یہ پیغامات بند کرنے کے لیے {url} پر جائیں اور اپنا حوالہ نمبر درج کریں۔ براہ کرم اس پیغام کا جواب نہ دیں۔',
  'sms.read':
    '{sender}: جن لوگوں کو آپ نے بتایا انہوں نے آپ کا بھیجا ہوا پڑھ لیا۔ پیغامات بند کرنے کے لیے: {url}',
  'sms.pack':
    '{sender}: آپ کی بات {date} کو بورڈ کے ساتھ شیئر کی گئی۔ پیغامات بند کرنے کے لیے: {url}',
  'sms.action':
    '{sender}: آپ نے جو مانگا تھا وہ بدلا ہے۔ اب یہ ہے: {status}۔ بند کرنے کے لیے: {url}',

  'copy.subject.neutral': 'آپ کی کاپی',
  'copy.subject.named': 'اُس کہانی کی کاپی جو آپ نے {sender} کو بتائی',
  'copy.intro':
    'آپ نے اپنے بھیجے ہوئے کی کاپی مانگی تھی۔ اسے کسی محفوظ اور نجی جگہ رکھیں۔ ہم نے یہ ای میل پتہ محفوظ نہیں کیا۔',
  'copy.referenceUse':
    'اپنی کہانی واپس لینے یا اپنی رضامندی بدلنے کے لیے {url} پر جائیں اور اپنا حوالہ نمبر درج کریں۔',
  'copy.contactLeftOut': 'آپ کی رابطہ معلومات اس کاپی میں نہیں دکھائی گئیں۔',

  'error.gone.title': 'ہم اس کہانی کی کاپی ای میل نہیں کر سکتے',
  'error.gone.detail':
    'کاپی صرف کہانی بھیجنے کے بعد ایک گھنٹے کے اندر ای میل کی جا سکتی ہے۔ اپنا حوالہ نمبر محفوظ رکھیں: اسے لکھ لیں یا صفحہ پرنٹ کر لیں۔',
  'error.already.title': 'کاپی پہلے ہی بھیجی جا چکی ہے',
  'error.already.detail': 'ہم ہر کہانی کی صرف ایک کاپی بھیجتے ہیں۔ اسے اپنی ای میل میں دیکھیں۔',
  'error.check.title': 'کچھ جوابات کو دیکھنے کی ضرورت ہے',
  'error.email': 'ای میل پتہ درست شکل میں درج کریں، جیسے name@example.com',
  'error.reference': 'حوالہ نمبر بالکل ویسے ہی درج کریں جیسے دکھایا گیا تھا، جیسے K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'بہت زیادہ کوششیں',
  'error.tooMany.detail': 'براہ کرم چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔',
};
