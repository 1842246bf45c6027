import type { OutboundCatalogue } from './types.ts';

/** Arabic (العربية). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const ar: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'تحديث من {sender}',
  'subject.named': 'تحديث بشأن القصة التي أخبرت بها {sender}',
  read: 'قرأ الأشخاص الذين أخبرتهم ما أرسلته.',
  pack: 'تمت مشاركة ما أخبرتنا به مع المجلس في اجتماعه بتاريخ {date}.',
  action: 'تغيّر شيء طلبته. حالته الآن: {status}.',
  'status.proposed': 'مقترح',
  'status.agreed': 'متفق عليه',
  'status.in_progress': 'قيد التنفيذ',
  'status.done': 'تم',
  'status.not_taken_forward': 'لن يُنفَّذ',
  stop: 'طلبت أن تعرف ما يحدث. لإيقاف هذه الرسائل، اذهب إلى {url} وأدخل رقمك المرجعي. يرجى عدم الرد على هذه الرسالة.',
  'sms.read': '{sender}: قرأ الأشخاص الذين أخبرتهم ما أرسلته. لإيقاف الرسائل: {url}',
  'sms.pack': '{sender}: تمت مشاركة ما أخبرتنا به مع المجلس بتاريخ {date}. لإيقاف الرسائل: {url}',
  'sms.action': '{sender}: تغيّر شيء طلبته. حالته الآن: {status}. لإيقاف الرسائل: {url}',

  'copy.subject.neutral': 'نسختك',
  'copy.subject.named': 'نسختك من القصة التي أخبرت بها {sender}',
  'copy.intro':
    'طلبت نسخة مما أرسلته. احتفظ بها في مكان خاص. لم نحتفظ بعنوان البريد الإلكتروني هذا.',
  'copy.referenceUse': 'لسحب قصتك أو تغيير ما وافقت عليه، اذهب إلى {url} وأدخل رقمك المرجعي.',
  'copy.contactLeftOut': 'لا تظهر بيانات الاتصال الخاصة بك في هذه النسخة.',

  'error.gone.title': 'لا يمكننا إرسال نسخة من هذه القصة بالبريد الإلكتروني',
  'error.gone.detail':
    'يمكن إرسال النسخة بالبريد الإلكتروني خلال الساعة التي تلي إرسال قصتك فقط. احتفظ برقمك المرجعي: اكتبه أو اطبع الصفحة.',
  'error.already.title': 'تم إرسال نسخة بالفعل',
  'error.already.detail': 'نرسل نسخة واحدة فقط من كل قصة. ابحث عنها في بريدك الإلكتروني.',
  'error.check.title': 'بعض الإجابات تحتاج إلى مراجعة',
  'error.email': 'أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com',
  'error.reference': 'أدخل الرقم المرجعي كما ظهر تمامًا، مثل K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'محاولات كثيرة جدًا',
  'error.tooMany.detail': 'يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.',
};
