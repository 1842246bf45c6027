import type { CatalogueDraft } from '../languages.ts';

/**
 * Turkish (Türkçe). Machine-drafted: a native speaker has not yet checked it
 * (docs/translating.md). Uses the polite "siz" of Turkish public services.
 */
export const tr = {
  'meta.lang': 'tr',
  'meta.dir': 'ltr',
  'meta.languageName': 'Türkçe',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Aldığınız koruma desteğini bize anlatın',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Hata: ',
  'common.continue': 'Devam',
  'common.back': 'Geri',
  'common.change': 'Değiştir',
  'common.getHelp': 'Bunu doldurmak için yardım alın',
  'common.getHelpText':
    'Bir arkadaşınızdan, aile üyenizden, bakıcınızdan veya savunucunuzdan yardım isteyebilirsiniz. Ayrıca {contactPhone} numarasını arayabilirsiniz; biri bunu doldurmanıza yardım eder.',
  'common.getHelpTextNoPhone':
    'Bunu doldurmak için bir arkadaşınızdan, aile üyenizden, bakıcınızdan veya savunucunuzdan yardım isteyebilirsiniz.',
  'common.charactersLeft': {
    one: '{count} karakter hakkınız kaldı',
    other: '{count} karakter hakkınız kaldı',
  },
  'common.charactersTooMany': {
    one: '{count} karakter fazla yazdınız',
    other: '{count} karakter fazla yazdınız',
  },
  'common.skip': 'Bu soruyu atla',

  'exit.button': 'Bu sayfadan çık',
  'embed.close': 'Kapat',
  'exit.hint': 'Ya da hızlıca çıkmak için Shift tuşuna 3 kez basın.',
  'exit.pressesLeft': 'Shift tuşuna 3 kezden {count} kez basıldı',

  'danger.heading': 'Siz veya başka biri şu anda tehlikedeyse',
  'danger.call999': 'Biri şu anda tehlikedeyse 999’u arayın.',
  'danger.deafText':
    'Konuşamıyorsanız 999’u arayın ve sorulduğunda 55’e basın. Acil SMS hizmetine kayıtlıysanız 999’a mesaj da gönderebilirsiniz.',
  'danger.contactIntro':
    'Bir endişeniz hakkında biriyle konuşmak için {contactName} ile iletişime geçin:',
  'danger.phone': 'Telefon: {phone}',
  'danger.link': '{contactName} ile internet üzerinden iletişime geçin',
  'danger.keepGoingHours': {
    one: 'Hikâyenizi anlatmayı yine de bitirebilirsiniz. Bir koordinatör onu {count} iş saati içinde okuyacak.',
    other:
      'Hikâyenizi anlatmayı yine de bitirebilirsiniz. Bir koordinatör onu {count} iş saati içinde okuyacak.',
  },
  'danger.toggle': 'Hemen yardım: tehlikedeyseniz ulaşabileceğiniz kişiler',
  'danger.hide': 'Bu bilgileri gizle',
  'danger.crisisHeading': 'İntiharı ya da kendinize zarar vermeyi düşünüyorsanız',
  'danger.samaritans': 'Samaritans: 116 123 numarasını arayın, ücretsiz, her zaman (İngilizce)',
  'danger.nhs111': 'NHS 111: 111 numarasını arayın ve ruh sağlığı seçeneğini seçin',

  'start.heading': 'Aldığınız koruma desteğini bize anlatın',
  'start.lead':
    'Biri istismar veya ihmal konusunda endişelendiği için yardım aldıysanız, bunun sizin için nasıl geçtiğini duymak istiyoruz. Anlattıklarınız, {boardName} kurulunun korumayı iyileştirmesine yardım eder.',
  'start.notReportHeading': 'Bu, istismarı bildirmenin yolu değildir',
  'start.notReport':
    'Hikâyeleri hemen okumuyoruz. Şu anda istismar veya ihmal konusunda endişeniz varsa {contactName} ile iletişime geçin.',
  'start.usedHeading': 'Anlattıklarınızı nasıl kullanıyoruz',
  'start.used1':
    'Bir forum koordinatörü her hikâyeyi okur ve birinin kimliğini belli edebilecek her şeyi çıkarır.',
  'start.used2':
    'Hikâyenizin ne için kullanılabileceğini siz seçersiniz. Sonra fikrinizi değiştirebilirsiniz.',
  'start.used3':
    'Korumanın insanlar için ne kadar iyi işlediğini görmek için cevapları isimsiz olarak sayarız.',
  'start.time':
    'Yaklaşık 10–15 dakika sürer. İsteğe bağlı olarak işaretlenen soruları atlayabilirsiniz.',
  'start.button': 'Şimdi başla',
  'start.siteBy': 'Bu hizmeti {boardName} için {partnerName} yürütür.',

  'online.heading': 'İnternette güvende kalmak',
  'online.p1':
    'Yaptığınızı biri görebilirse “Bu sayfadan çık” düğmesini kullanın. Sizi hemen başka bir web sitesine götürür.',
  'online.p2': 'Hızlıca çıkmak için Shift tuşuna 3 kez de basabilirsiniz.',
  'online.p3':
    'Sayfadan çıkmak, sayfayı tarayıcı geçmişinizden silmez. Cihazınıza hiçbir şey kaydetmiyoruz. Ziyaretinizi gizlemek için gizli (özel) pencere kullanın ya da sonra geçmişinizi temizleyin.',

  'who.heading': 'Bunu kim dolduruyor?',
  'who.hint': 'Kendi deneyiminizi ya da yardım ettiğiniz birinin deneyimini anlatabilirsiniz.',
  'who.self': 'Desteği alan kişi benim',
  'who.family': 'Bir aile üyesi',
  'who.friend': 'Bir arkadaş',
  'who.carer': 'Ücretsiz bakım veren biri',
  'who.advocate': 'Bağımsız bir savunucu (IMCA dahil)',
  'who.other': 'Başka biri',
  'who.error': 'Bunu kimin doldurduğunu seçin',

  'knows.heading': 'Kişi, aldığı desteği bize anlattığınızı biliyor mu?',
  'knows.yes_happy': 'Evet, anlatmama razı',
  'knows.unable_to_decide': 'Bu konuda karar veremiyor',
  'knows.died': 'Kişi vefat etti',
  'knows.not_asked': 'Ona sormadım',
  'knows.notAskedHint':
    'Ona sormadıysanız cevaplarınızı isimsiz olarak sayarız, ama hikâyeyi başka hiçbir şekilde kullanmayız.',
  'knows.error': 'Kişinin bize anlattığınızı bilip bilmediğini seçin',

  'reason.heading': 'Biri istismar veya ihmal konusunda endişelendiği için mi yardım aldınız?',
  'reason.heading.rep':
    'Kişi, biri istismar veya ihmal konusunda endişelendiği için mi yardım aldı?',
  'reason.hint': 'Buna koruma soruşturması veya koruma endişesi bildirimi denebilir.',
  'reason.yes': 'Evet',
  'reason.no': 'Hayır',
  'reason.not_sure': 'Emin değilim',
  'reason.error': 'Evet, hayır veya emin değilim seçeneğini seçin',

  'finished.heading': 'Yardım ne zaman bitti?',
  'finished.still_happening': 'Hâlâ devam ediyor',
  'finished.under_3_months': '3 aydan kısa süre önce',
  'finished.3_to_12_months': '3 ila 12 ay önce',
  'finished.over_1_year': '1 yıldan uzun süre önce',
  'finished.not_sure': 'Emin değilim',
  'finished.error': 'Yardımın ne zaman bittiğini seçin',
  'atRisk.heading': 'Şu anda biri size zarar veriyor ya da sizi tehlikeye atıyor mu?',
  'atRisk.heading.rep': 'Şu anda biri kişiye zarar veriyor ya da onu tehlikeye atıyor mu?',
  'atRisk.hint':
    'Örneğin size vurmak, sizi korkutmak, paranızı almak ya da size bakmamak. Bu soru aldığınız yardımla değil, şu anla ilgili.',
  'atRisk.hint.rep':
    'Örneğin kişiye vurmak, onu korkutmak, parasını almak ya da ona bakmamak. Bu soru aldığı yardımla değil, şu anla ilgili.',
  'atRisk.yes': 'Evet',
  'atRisk.no': 'Hayır',
  'atRisk.not_sure': 'Emin değilim',
  'atRisk.error': 'Şu anda birinin size zarar verip vermediğini seçin',
  'atRisk.error.rep': 'Şu anda birinin kişiye zarar verip vermediğini seçin',

  'asked.heading': 'Başta biri size ne olmasını istediğinizi sordu mu?',
  'asked.heading.rep': 'Başta biri kişiye ne olmasını istediğini sordu mu?',
  'asked.yes_expressed': 'Evet, ben de söyledim',
  'asked.yes_expressed.rep': 'Evet, ne istediğini söyledi',
  'asked.yes_not_expressed': 'Evet, ama ne istediğimi söylemedim',
  'asked.yes_not_expressed.rep': 'Evet, ama ne istediğini söylemedi',
  'asked.no': 'Hayır',
  'asked.dont_know': 'Bilmiyorum',
  'asked.error': 'Size ne olmasını istediğinizi soran biri olup olmadığını seçin',
  'asked.error.rep': 'Kişiye ne olmasını istediğini soran biri olup olmadığını seçin',

  'wanted.heading': 'Ne olmasını istediniz?',
  'wanted.heading.rep': 'Kişi ne olmasını istedi?',
  'wanted.hint': 'Kendi sözlerinizle yazın. Lütfen kişi ve yer adlarını yazmayın.',
  'wanted.error': 'Ne olmasını istediğinizi yazın ya da bu soruyu atlayın',
  'wanted.errorTooLong': {
    one: 'Ne olmasını istediğiniz en fazla {count} karakter olmalı',
    other: 'Ne olmasını istediğiniz en fazla {count} karakter olmalı',
  },

  'achieved.heading': 'Bu oldu mu?',
  'achieved.fully': 'Evet, tamamen',
  'achieved.partly': 'Kısmen',
  'achieved.no': 'Hayır',
  'achieved.dont_know': 'Bilmiyorum',
  'achieved.error': 'İstediğinizin olup olmadığını seçin',
  'achieved.error.rep': 'Kişinin istediğinin olup olmadığını seçin',

  'safer.heading': 'Şimdi kendinizi daha güvende hissediyor musunuz?',
  'safer.heading.rep': 'Kişi şimdi kendini daha güvende hissediyor mu?',
  'safer.a_lot': 'Evet, çok daha güvende',
  'safer.a_bit': 'Evet, biraz daha güvende',
  'safer.no_different': 'Fark yok',
  'safer.less_safe': 'Daha az güvende',
  'safer.dont_know': 'Bilmiyorum',
  'safer.error': 'Kendinizi daha güvende hissedip hissetmediğinizi seçin',
  'safer.error.rep': 'Kişinin kendini daha güvende hissedip hissetmediğini seçin',

  'experience.caption': 'Size nasıl davranıldı ({number} / {total})',
  'experience.caption.rep': 'Kişiye nasıl davranıldı ({number} / {total})',
  'experience.listened': 'Beni dinlediler',
  'experience.listened.rep': 'Onu dinlediler',
  'experience.involved': 'İstediğim kadar sürece dahil oldum',
  'experience.involved.rep': 'İstediği kadar sürece dahil oldu',
  'experience.dignity': 'Bana onurlu ve saygılı davranıldı',
  'experience.dignity.rep': 'Ona onurlu ve saygılı davranıldı',
  'experience.informed': 'Neler olduğu hakkında bilgilendirildim',
  'experience.informed.rep': 'Neler olduğu hakkında bilgilendirildi',
  'experience.understood_roles': 'Herkesin kim olduğunu ve ne yaptığını anladım',
  'experience.understood_roles.rep': 'Herkesin kim olduğunu ve ne yaptığını anladı',
  'experience.shared_when_needed': 'Bilgilerim yalnızca gerektiğinde paylaşıldı',
  'experience.shared_when_needed.rep': 'Bilgileri yalnızca gerektiğinde paylaşıldı',
  'experience.yes_completely': 'Evet, tamamen',
  'experience.yes_partly': 'Evet, kısmen',
  'experience.no': 'Hayır',
  'experience.dont_know': 'Bilmiyorum',
  'experience.not_applicable': 'Geçerli değil',
  'experience.error': '“{statement}” için bir cevap seçin',

  'helpSay.heading': 'Söz sahibi olmanıza yardım eden biri oldu mu?',
  'helpSay.heading.rep': 'Kişinin söz sahibi olmasına yardım eden biri oldu mu?',
  'helpSay.advocate': 'Evet, bir savunucu',
  'helpSay.family_friend': 'Evet, ailem veya bir arkadaşım',
  'helpSay.both': 'Evet, hem bir savunucu hem de aile veya arkadaşlar',
  'helpSay.no_one_wanted': 'Kimse, ama yardım istiyordum',
  'helpSay.no_one_wanted.rep': 'Kimse, ama kişi yardım istiyordu',
  'helpSay.no_one_not_needed': 'Kimse, yardıma gerek yoktu',
  'helpSay.dont_know': 'Bilmiyorum',
  'helpSay.error': 'Söz sahibi olmanıza yardım eden biri olup olmadığını seçin',
  'helpSay.error.rep': 'Kişinin söz sahibi olmasına yardım eden biri olup olmadığını seçin',

  'harm.heading': 'Ne tür bir zarar söz konusuydu?',
  'harm.hint': 'Bu soru isteğe bağlıdır. Uyanların hepsini seçin.',
  'harm.physical': 'Birinin bedenine zarar verilmesi (fiziksel istismar)',
  'harm.sexual': 'Cinsel istismar',
  'harm.psychological': 'Tehdit, zorbalık veya korkutulma (psikolojik istismar)',
  'harm.financial': 'Paranın veya eşyaların alınması ya da kötüye kullanılması (maddi istismar)',
  'harm.discriminatory': 'Kim olduğu yüzünden kötü davranılması (ayrımcılık)',
  'harm.organisational': 'Bakım evi, hastane veya bir hizmetten kötü bakım (kurumsal istismar)',
  'harm.neglect': 'İhtiyaç duyduğu bakımı veya yardımı alamaması (ihmal)',
  'harm.domestic': 'Eşten, partnerden veya aile üyesinden gelen istismar (aile içi şiddet)',
  'harm.sexual_exploitation': 'Cinsel amaçla kullanılması (cinsel sömürü)',
  'harm.modern_slavery': 'Çalışmaya zorlanması veya kontrol edilmesi (modern kölelik)',
  'harm.self_neglect': 'Kendine bakamaması (kendini ihmal)',

  'where.heading': 'Nerede oldu?',
  'where.hint': 'Bu soru isteğe bağlıdır.',
  'where.own_home': 'Evde',
  'where.community': 'Dışarıda, toplum içinde',
  'where.community_service': 'Bir gündüz merkezinde veya başka bir toplum hizmetinde',
  'where.care_home_nursing': 'Hemşirelik hizmeti olan bir bakım evinde',
  'where.care_home_residential': 'Bir bakım evinde',
  'where.hospital_acute': 'Bir genel hastanede',
  'where.hospital_mental_health': 'Bir ruh sağlığı hastanesinde',
  'where.hospital_community': 'Bir toplum hastanesinde',
  'where.other': 'Başka bir yerde',

  'story.heading': 'Neler olduğunu kendi sözlerinizle anlatın',
  'story.heading.rep': 'Neler olduğunu kendi sözlerinizle anlatın',
  'story.hint':
    'Neler oldu ve size yardım eden kişiler size nasıl davrandı? Lütfen kişi adlarını, yer adlarını ve tarihleri yazmayın. Birinin kimliğini belli edebilecek her şeyi çıkarırız.',
  'story.hint.rep':
    'Neler oldu ve kişiye yardım edenler ona nasıl davrandı? Lütfen kişi adlarını, yer adlarını ve tarihleri yazmayın. Birinin kimliğini belli edebilecek her şeyi çıkarırız.',
  'story.error': 'Neler olduğunu anlatın',
  'story.errorTooLong': {
    one: 'Hikâyeniz en fazla {count} karakter olmalı',
    other: 'Hikâyeniz en fazla {count} karakter olmalı',
  },

  'helped.heading': 'En çok ne yardımcı oldu?',
  'helped.hint': 'Bu soru isteğe bağlıdır.',
  'helped.errorTooLong': {
    one: 'En çok neyin yardımcı olduğu en fazla {count} karakter olmalı',
    other: 'En çok neyin yardımcı olduğu en fazla {count} karakter olmalı',
  },

  'change.heading': 'Ne değişmeli?',
  'change.hint': 'Bu soru isteğe bağlıdır. Ne, işleri daha iyi yapardı?',
  'change.errorTooLong': {
    one: 'Neyin değişmesi gerektiği en fazla {count} karakter olmalı',
    other: 'Neyin değişmesi gerektiği en fazla {count} karakter olmalı',
  },

  'consent.heading': 'Hikâyenizi nasıl kullanabiliriz?',
  'consent.heading.rep': 'Bu hikâyeyi nasıl kullanabiliriz?',
  'consent.hint': 'Kabul ettiklerinizin hepsini seçin. Hiçbirini kabul etmek zorunda değilsiniz.',
  'consent.board_share':
    'Yetişkinleri Koruma Kurulu (Safeguarding Adults Board) ile, kimlik bilgileri çıkarılarak paylaşmak',
  'consent.training': 'Personel eğitiminde, kimlik bilgileri çıkarılarak kullanmak',
  'consent.publish': 'Web sitemizde, kimlik bilgileri çıkarılarak yayımlamak',
  'consent.quote': 'Tam olarak kendi sözlerimi alıntılamak',
  'consent.quote.rep': 'Yazdığım sözleri tam olarak alıntılamak',
  'consent.contact_check': 'Hikâyem kullanılmadan önce kontrol etmem için benimle iletişime geçmek',
  'consent.contact_involve':
    'Hizmet kullanıcıları forumuna katılmam hakkında benimle iletişime geçmek',
  'consent.statistics':
    'Korumanın ne kadar iyi işlediğini görmek için sorulara verilen cevapları her zaman isimsiz olarak sayarız. Bu sayılardan kimse tanınamaz.',
  'consent.duration':
    'Seçimleriniz 24 ay geçerlidir. Size vereceğimiz referans numarasıyla istediğiniz zaman fikrinizi değiştirebilir veya hikâyenizi geri çekebilirsiniz.',
  'consent.notAsked':
    'Kişiye sorulmadığı için bu cevapları yalnızca isimsiz olarak sayacağız. Hikâyeyi paylaşmayacak ve yayımlamayacağız.',
  'consent.none': 'Bunların hiçbiri',

  'contact.heading': 'Sizinle nasıl iletişime geçelim?',
  'contact.hint': 'Bunu yalnızca seçtiğiniz konularda sizinle iletişime geçmek için kullanırız.',
  'contact.name': 'Adınız',
  'contact.nameHint': 'İsteğe bağlı. Size hitap etmemizi istediğiniz ad.',
  'contact.method': 'Sizinle nasıl iletişime geçelim?',
  'contact.email': 'E-posta',
  'contact.emailLabel': 'E-posta adresi',
  'contact.phone': 'Telefon',
  'contact.phoneLabel': 'Telefon numarası',
  'contact.phoneHint': 'Yurt dışı numaralar için ülke kodunu ekleyin',
  'contact.safeMessage': 'Mesaj bırakmak güvenli mi?',
  'contact.safeMessageYes': 'Evet, mesaj bırakmak güvenli',
  'contact.safeMessageNo': 'Hayır, mesaj bırakmayın',
  'contact.safeMessageHint':
    'Mesajlarınızı başka birinin okuyup okuyamayacağını ya da telefonunuzu açıp açamayacağını düşünün.',
  'contact.wording': 'Mesajlarımız nasıl yazılsın?',
  'contact.wordingHint':
    'Konuyu ya da göndereni başka biri görebilir. Seçmezseniz gizli bir ifade kullanırız.',
  'contact.wordingNeutral': 'Gizli: konu ve gönderen istismardan ya da korumadan söz etmez',
  'contact.wordingNamed': 'Açık: konu, anlattığınız hikâyeyle ilgili olduğunu söyler',
  'contact.errorMethod': 'Sizinle nasıl iletişime geçeceğimizi seçin',
  'contact.errorEmail': 'E-posta adresini doğru biçimde yazın, örneğin name@example.com',
  'contact.errorPhone': 'Bir telefon numarası yazın, örneğin 01632 960 001 veya 07700 900 982',
  'contact.errorSafeMessage': 'Mesaj bırakmanın güvenli olup olmadığını seçin',
  'contact.errorName': {
    one: 'Adınız en fazla {count} karakter olmalı',
    other: 'Adınız en fazla {count} karakter olmalı',
  },

  'check.heading': 'Göndermeden önce cevaplarınızı kontrol edin',
  'check.sendHeading': 'Şimdi hikâyenizi gönderin',
  'check.sendText':
    'Bunu göndererek, bildiğiniz kadarıyla bize anlattıklarınızın doğru olduğunu onaylarsınız.',
  'check.send': 'Gönder',
  'check.sending': 'Hikâyeniz gönderiliyor…',
  'check.notAnswered': 'Cevaplanmadı',
  'check.noneSelected': 'Hiçbiri seçilmedi',
  'check.consented': 'Evet',
  'check.notConsented': 'Hayır',
  'check.consentsHeading': 'Nasıl kullanabileceğimiz',
  'check.answersHeading': 'Cevaplarınız',
  'check.retrying': 'Sunucumuza ulaşamadık. Yeniden deniyoruz. Cevaplarınız bu sayfada güvende.',
  'check.failed':
    'Üzgünüz, hikâyenizi gönderemedik. Cevaplarınız hâlâ burada. Lütfen birkaç dakika sonra yeniden deneyin.',
  'check.rateLimited':
    'Bu bağlantıdan çok sayıda hikâye aldık. Lütfen birkaç dakika bekleyin ve “Gönder” düğmesine yeniden basın. Yazdıklarınızın hepsi hâlâ burada.',

  'done.heading': 'Hikâyeniz gönderildi',
  'done.referenceLabel': 'Referans numaranız',
  'done.writeDown':
    'Bu numarayı bir yere yazın ya da fotoğrafını çekin. Seçimlerinizi değiştirmek veya hikâyenizi geri çekmek için ona ihtiyacınız olacak. Cihazınızda bir kopyasını tutmuyoruz.',
  'done.nextHeading': 'Bundan sonra ne olacak',
  'done.next1': 'Bir forum koordinatörü hikâyenizi 5 iş günü içinde okuyacak.',
  'done.next1UrgentHours': {
    one: 'Birinin tehlikede olabileceğini söylediğiniz için bir koordinatör hikâyenizi {count} iş saati içinde okuyacak.',
    other:
      'Birinin tehlikede olabileceğini söylediğiniz için bir koordinatör hikâyenizi {count} iş saati içinde okuyacak.',
  },
  'done.nextContact': 'Sizinle iletişim kurmamızı istediniz. Bunu seçtiğiniz yolla yapacağız.',
  'done.keepCopyHeading': 'Bir kopyasını saklayın',
  'done.print': 'Bu sayfayı yazdır',
  'done.answers': 'Cevaplarınız',
  'done.copyHeading': 'Bana e-postayla bir kopya gönderin',
  'done.copyHint':
    'Referans numaranızı ve cevaplarınızı bu adrese bir kez göndereceğiz. Sonrasında adresi saklamayız. Yalnızca sizin okuduğunuz bir adres kullanın.',
  'done.copySend': 'Bana bir kopya gönder',
  'done.copySending': 'Kopyanız gönderiliyor…',
  'done.copySent': 'Verdiğiniz adrese bir kopya gönderiyoruz. Gelmesi birkaç dakika sürebilir.',
  'done.copyErrorAlready':
    'Bu hikâyenin bir kopyasını zaten gönderdik. Yalnızca bir kopya gönderebiliriz.',
  'done.copyErrorTooLate':
    'E-postayla kopya göndermek için artık çok geç. Referans numaranızı not edin ya da bu sayfayı yazdırın.',
  'done.copyErrorFailed': 'Üzgünüz, kopyayı şu anda gönderemedik. Daha sonra yeniden deneyin.',
  'done.next2': 'Birinin kimliğini belli edebilecek her şeyi çıkaracak.',
  'done.next3': 'Hikâyeniz yalnızca sizin seçtiğiniz şekillerde kullanılacak.',
  'done.passOnHeading': 'Bilgileri ne zaman başkalarına iletebiliriz',
  'done.passOn':
    'Anlattıklarınız birinin ciddi zarar görme riski altında olduğunu düşündürürse, o kişiyi güvende tutmak için bilgileri koruma ekibine iletmemiz gerekebilir. Mümkünse önce sizinle konuşmaya çalışırız.',
  'done.withdraw': 'Seçimlerinizi değiştirin veya hikâyenizi geri çekin',
  'done.supportHeading': 'Destek',
  'done.support':
    'Bu size zor duygular yaşattıysa, Samaritans ile her zaman 116 123 numarasından (ücretsiz, İngilizce) konuşabilirsiniz.',

  'errors.summaryTitle': 'Bir sorun var',
  'errors.server':
    'Üzgünüz, hizmette bir sorun var. Cevaplarınız kaybolmadı. Daha sonra yeniden deneyin.',
  'errors.tooLong': {
    one: 'Bu en fazla {count} karakter olmalı',
    other: 'Bu en fazla {count} karakter olmalı',
  },
  'errors.unknownSite': 'Bu sayfayı bulamadık. Tıkladığınız bağlantıyı kontrol edin.',

  'noscript.heading': 'Aldığınız koruma desteğini bize anlatın',
  'noscript.intro':
    'Bu soruları cevaplayın ve sonunda “Gönder” düğmesine basın. İsteğe bağlı olarak işaretlenen soruları atlayabilirsiniz.',
  'common.charactersLimit': {
    one: 'En fazla {count} karakter yazabilirsiniz',
    other: 'En fazla {count} karakter yazabilirsiniz',
  },
  'form.honeypotLabel': 'Bu kutuyu boş bırakın',
  'errors.notFoundHeading': 'Sayfa bulunamadı',
  'errors.otherSiteHeading': 'Bu formu kabul edemedik',
  'errors.tooLarge':
    'Gönderdiğiniz metin kabul edemeyeceğimiz kadar uzun. Lütfen cevaplarınızı kısaltıp yeniden deneyin.',
  'errors.otherSite':
    'Bu form başka bir web sitesinden gönderildiği için kabul edemedik. Lütfen bu sayfadaki formu kullanın.',
  'noscript.onlyRepresentatives': 'Bunu yalnızca başka biri hakkında anlatıyorsanız cevaplayın.',
  'noscript.onlyIfAsked': 'Bunu yalnızca biri size ne olmasını istediğinizi sorduysa cevaplayın.',
  'noscript.onlyIfContact': 'Bunu yalnızca sizinle iletişime geçilmesini seçtiyseniz cevaplayın.',
  'withdraw.title': 'Seçimlerinizi değiştirin veya hikâyenizi geri çekin',
  'withdraw.intro':
    'Hikâyenizi istediğiniz zaman geri çekebilir ya da nasıl kullanılacağını değiştirebilirsiniz. Hesaba gerek yok: hikâyenizi gönderdiğinizde size verilen referans numarası yeterli.',
  'withdraw.referenceLabel': 'Referans numaranız',
  'withdraw.referenceHint':
    'Hikâyenizi gönderdikten sonra gördüğünüz sayfadaydı. Şuna benzer: K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Devam',
  'withdraw.exit': 'Bu sayfadan çık',
  'withdraw.lostReference':
    'Referans numaranızı kaybettiyseniz, web sitesini kullandığınız kuruluştan forum koordinatörüyle iletişime geçmesini isteyin.',
  'withdraw.error.empty': 'Referans numaranızı yazın',
  'withdraw.error.length':
    'Referans numaranız 13 harf ve rakamdan oluşmalı, örneğin K7M-2QX-4TR-8WZD',
  'withdraw.error.characters': 'Referans numaranızda yalnızca harf, rakam, boşluk ve tire olabilir',
  'withdraw.error.check':
    'Referans numaranızı kontrol edin: harf veya rakamlardan biri yanlış olabilir ya da ikisinin yeri değişmiş olabilir',
  'withdraw.error.notFound': 'Bu referansla bir hikâye bulamadık. Kontrol edip yeniden deneyin.',
  'withdraw.error.tooMany':
    'Birkaç referans numarası denediniz. Lütfen {minutes} dakika bekleyip yeniden deneyin.',
  'withdraw.error.chooseAction':
    'Hikâyenizi geri çekmeyi mi yoksa seçimlerinizi değiştirmeyi mi istediğinizi seçin',
  'withdraw.choicesHeading': 'Ne yapmak istersiniz?',
  'withdraw.actionWithdraw': 'Hikâyemi geri çek',
  'withdraw.actionWithdrawHint':
    'Yazdıklarınızı ve iletişim bilgilerinizi hemen sileriz. Bu geri alınamaz.',
  'withdraw.actionChange': 'Hikâyemin nasıl kullanılacağını değiştir',
  'withdraw.actionChangeHint': 'Artık kabul etmediklerinizin işaretini kaldırın.',
  'withdraw.purposesLegend': 'Şunları yapabileceğimizi kabul ettiniz:',
  'withdraw.purposesHint':
    'Artık kabul etmediklerinizin işaretini kaldırın. Burada yeni kullanım ekleyemezsiniz.',
  'withdraw.noPurposes':
    'Değiştirilebilecek bir kullanımı kabul etmediniz. Yine de hikâyenizi geri çekebilirsiniz.',
  'withdraw.submit': 'Onayla',
  'withdraw.doneWithdrawnHeading': 'Hikâyeniz geri çekildi',
  'withdraw.doneWithdrawnBody':
    'Yazdıklarınızı ve verdiğiniz iletişim bilgilerini sildik. Hikâyeniz Kurul için hazırlanan yeni belgelerde, eğitimlerde veya bir web sitesinde kullanılmayacak.',
  'withdraw.doneRecordBody':
    'Bir Kurul toplantısına önceden verilen belgeler o toplantının kaydı olarak kalır; bunlarda hiçbir zaman adınız veya bilgileriniz yoktu. Çoktan seçmeli sorulara verdiğiniz cevaplar istatistiklerde isimsiz olarak sayılmaya devam eder.',
  'withdraw.doneChangedHeading': 'Seçimleriniz değiştirildi',
  'withdraw.doneChangedBody':
    'Hikâyenizi artık işaretini kaldırdığınız şekillerde kullanmayacağız. Bu hemen geçerli oldu.',
  'withdraw.doneNoChange': 'Hiçbir işareti kaldırmadınız, bu yüzden hiçbir şey değişmedi.',
  'withdraw.alreadyWithdrawnHeading': 'Bu hikâye zaten geri çekilmiş',
  'withdraw.alreadyWithdrawnBody': 'Yazdıklarınız silindi. Başka bir şey yapmanıza gerek yok.',
  'withdraw.startAgain': 'Başka bir hikâyenin seçimlerini değiştirin',
  'withdraw.support':
    'Bu size zor duygular yaşattıysa, Samaritans ile her zaman 116 123 numarasından (ücretsiz, İngilizce) konuşabilirsiniz.',
  'language.navLabel': 'Dil seçin',
  'language.machineDrafted':
    'Bu çeviri henüz anadili Türkçe olan biri tarafından kontrol edilmedi. Anlaşılmayan bir şey olursa birinden yardım isteyebilirsiniz.',
} as const satisfies CatalogueDraft;
