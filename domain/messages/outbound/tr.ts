import type { OutboundCatalogue } from './types.ts';

/** Turkish (Türkçe). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const tr: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'Bir güncelleme ({sender})',
  'subject.named': '{sender} ile paylaştığınız hikâye hakkında bir güncelleme',
  read: 'Anlattığınız kişiler gönderdiklerinizi okudu.',
  pack: 'Bize anlattıklarınız, Kurul ile {date} tarihli toplantısında paylaşıldı.',
  action: 'İstediğiniz bir şey değişti. Şu anki durumu: {status}.',
  'status.proposed': 'önerildi',
  'status.agreed': 'kabul edildi',
  'status.in_progress': 'yapılıyor',
  'status.done': 'yapıldı',
  'status.not_taken_forward': 'yapılmayacak',
  stop: 'Neler olduğunu öğrenmek istediniz. Bu mesajları durdurmak için {url} adresine gidin ve referans numaranızı girin. Lütfen bu mesajı yanıtlamayın.',
  'sms.read':
    '{sender}: anlattığınız kişiler gönderdiklerinizi okudu. Mesajları durdurmak için: {url}',
  'sms.pack':
    '{sender}: anlattıklarınız {date} tarihinde Kurul ile paylaşıldı. Mesajları durdurmak için: {url}',
  'sms.action': '{sender}: istediğiniz bir şey değişti. Durumu: {status}. Durdurmak için: {url}',

  'copy.subject.neutral': 'Kopyanız',
  'copy.subject.named': '{sender} ile paylaştığınız hikâyenin kopyası',
  'copy.intro':
    'Gönderdiklerinizin bir kopyasını istediniz. Onu gizli bir yerde saklayın. Bu e-posta adresini saklamadık.',
  'copy.referenceUse':
    'Hikâyenizi geri çekmek veya verdiğiniz izinleri değiştirmek için {url} adresine gidin ve referans numaranızı girin.',
  'copy.contactLeftOut': 'İletişim bilgileriniz bu kopyada gösterilmez.',

  'error.gone.title': 'Bu hikâyenin kopyasını e-postayla gönderemiyoruz',
  'error.gone.detail':
    'Kopya yalnızca hikâyenizi gönderdikten sonraki bir saat içinde e-postayla gönderilebilir. Referans numaranızı saklayın: not edin veya sayfayı yazdırın.',
  'error.already.title': 'Bir kopya zaten gönderildi',
  'error.already.detail': 'Her hikâye için yalnızca bir kopya gönderiyoruz. E-postanıza bakın.',
  'error.check.title': 'Bazı yanıtların kontrol edilmesi gerekiyor',
  'error.email': 'E-posta adresini doğru biçimde girin, örneğin ad@example.com',
  'error.reference': 'Referans numarasını gösterildiği gibi girin, örneğin K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Çok fazla deneme',
  'error.tooMany.detail': 'Lütfen birkaç dakika bekleyip yeniden deneyin.',
};
