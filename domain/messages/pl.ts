import type { CatalogueDraft } from '../languages.ts';

/**
 * Polish (polski). Machine-drafted: a native speaker has not yet checked it (docs/translating.md).
 * Uses the informal "ty" of Polish public digital services and impersonal forms ("słuchano mnie")
 * where past-tense verbs would otherwise need a gender.
 */
export const pl = {
  'meta.lang': 'pl',
  'meta.dir': 'ltr',
  'meta.languageName': 'Polski',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Opowiedz nam o wsparciu w ramach ochrony dorosłych',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Błąd: ',
  'common.continue': 'Dalej',
  'common.back': 'Wstecz',
  'common.change': 'Zmień',
  'common.getHelp': 'Uzyskaj pomoc w wypełnieniu',
  'common.getHelpText':
    'Możesz poprosić o pomoc przyjaciela, członka rodziny, opiekuna lub rzecznika. Możesz też zadzwonić pod numer {contactPhone}, a ktoś pomoże Ci to wypełnić.',
  'common.getHelpTextNoPhone':
    'Możesz poprosić przyjaciela, członka rodziny, opiekuna lub rzecznika o pomoc w wypełnieniu.',
  'common.charactersLeft': {
    one: 'Został {count} znak',
    few: 'Zostały {count} znaki',
    many: 'Zostało {count} znaków',
    other: 'Zostało {count} znaku',
  },
  'common.charactersTooMany': {
    one: '{count} znak za dużo',
    few: '{count} znaki za dużo',
    many: '{count} znaków za dużo',
    other: '{count} znaku za dużo',
  },
  'common.skip': 'Pomiń to pytanie',

  'exit.button': 'Opuść tę stronę',
  'embed.close': 'Zamknij',
  'exit.hint': 'Możesz też nacisnąć 3 razy klawisz Shift, aby szybko wyjść.',
  'exit.pressesLeft': 'Naciśnięto Shift {count} z 3 razy',

  'danger.heading': 'Jeśli Ty lub ktoś inny jest teraz w niebezpieczeństwie',
  'danger.call999': 'Zadzwoń pod 999, jeśli ktoś jest w niebezpieczeństwie w tej chwili.',
  'danger.deafText':
    'Jeśli nie możesz mówić, zadzwoń pod 999 i naciśnij 55, gdy usłyszysz prośbę, albo wyślij SMS pod 999, jeśli masz zarejestrowany numer do SMS-ów alarmowych.',
  'danger.contactIntro': 'Aby porozmawiać z kimś o swoich obawach, skontaktuj się z: {contactName}',
  'danger.phone': 'Telefon: {phone}',
  'danger.link': 'Skontaktuj się z {contactName} przez internet',
  'danger.keepGoingHours': {
    one: 'Nadal możesz dokończyć swoją historię. Koordynator przeczyta ją w ciągu {count} godziny roboczej.',
    few: 'Nadal możesz dokończyć swoją historię. Koordynator przeczyta ją w ciągu {count} godzin roboczych.',
    many: 'Nadal możesz dokończyć swoją historię. Koordynator przeczyta ją w ciągu {count} godzin roboczych.',
    other:
      'Nadal możesz dokończyć swoją historię. Koordynator przeczyta ją w ciągu {count} godziny roboczej.',
  },
  'danger.toggle': 'Pomoc teraz: kontakty, jeśli grozi Ci niebezpieczeństwo',
  'danger.hide': 'Ukryj te kontakty',
  'danger.crisisHeading': 'Jeśli myślisz o samobójstwie lub o zrobieniu sobie krzywdy',
  'danger.samaritans': 'Samaritans: zadzwoń pod 116 123, bezpłatnie, o każdej porze (po angielsku)',
  'danger.nhs111': 'NHS 111: zadzwoń pod 111 i wybierz opcję dotyczącą zdrowia psychicznego',

  'start.heading': 'Opowiedz nam o wsparciu w ramach ochrony dorosłych',
  'start.lead':
    'Jeśli otrzymałeś pomoc, bo ktoś martwił się, że doznajesz przemocy lub zaniedbania, chcemy usłyszeć, jak to wyglądało. To, co nam powiesz, pomoże {boardName} lepiej chronić ludzi.',
  'start.notReportHeading': 'To nie jest sposób na zgłoszenie przemocy',
  'start.notReport':
    'Nie czytamy historii od razu. Jeśli teraz martwisz się przemocą lub zaniedbaniem, skontaktuj się z: {contactName}.',
  'start.usedHeading': 'Jak wykorzystujemy to, co nam mówisz',
  'start.used1':
    'Koordynator forum czyta każdą historię i usuwa wszystko, co mogłoby pozwolić kogoś rozpoznać.',
  'start.used2':
    'Ty decydujesz, do czego możemy użyć Twojej historii. Później możesz zmienić zdanie.',
  'start.used3':
    'Liczymy odpowiedzi anonimowo, aby sprawdzić, jak dobrze ochrona działa dla ludzi.',
  'start.time':
    'Zajmie to około 10–15 minut. Możesz pominąć pytania oznaczone jako nieobowiązkowe.',
  'start.button': 'Zacznij',
  'start.siteBy': 'Prowadzi to {partnerName} dla {boardName}.',

  'online.heading': 'Bezpieczeństwo w internecie',
  'online.p1':
    'Jeśli ktoś może widzieć, co robisz, użyj przycisku „Opuść tę stronę”. Od razu przeniesie Cię on na inną stronę.',
  'online.p2': 'Możesz też nacisnąć 3 razy klawisz Shift, aby szybko wyjść.',
  'online.p3':
    'Opuszczenie strony nie usuwa jej z historii przeglądarki. Niczego nie zapisujemy na Twoim urządzeniu. Aby ukryć, że tu byłeś, użyj okna prywatnego (incognito) albo wyczyść potem historię.',

  'who.heading': 'Kto to wypełnia?',
  'who.hint': 'Możesz opowiedzieć o własnych przeżyciach albo o osobie, której pomagasz.',
  'who.self': 'Jestem osobą, która otrzymała wsparcie',
  'who.family': 'Członek rodziny',
  'who.friend': 'Przyjaciel lub przyjaciółka',
  'who.carer': 'Opiekun nieodpłatny (np. bliska osoba)',
  'who.advocate': 'Niezależny rzecznik (także IMCA)',
  'who.other': 'Ktoś inny',
  'who.error': 'Wybierz, kto to wypełnia',

  'knows.heading': 'Czy ta osoba wie, że opowiadasz nam o jej wsparciu?',
  'knows.yes_happy': 'Tak, i zgadza się, żebym to opowiedział',
  'knows.unable_to_decide': 'Ta osoba nie jest w stanie o tym zdecydować',
  'knows.died': 'Ta osoba zmarła',
  'knows.not_asked': 'Nie pytałem jej o to',
  'knows.notAskedHint':
    'Jeśli jej nie pytałeś, policzymy Twoje odpowiedzi anonimowo, ale nie użyjemy tej historii w żaden inny sposób.',
  'knows.error': 'Wybierz, czy ta osoba wie, że nam o tym opowiadasz',

  'reason.heading':
    'Czy otrzymałeś pomoc, bo ktoś martwił się, że doznajesz przemocy lub zaniedbania?',
  'reason.heading.rep':
    'Czy ta osoba otrzymała pomoc, bo ktoś martwił się, że doznaje przemocy lub zaniedbania?',
  'reason.hint': 'Może to się nazywać postępowaniem ochronnym lub zgłoszeniem obaw (safeguarding).',
  'reason.yes': 'Tak',
  'reason.no': 'Nie',
  'reason.not_sure': 'Nie jestem pewien',
  'reason.error': 'Wybierz: tak, nie lub nie jestem pewien',

  'finished.heading': 'Kiedy skończyła się pomoc?',
  'finished.still_happening': 'Nadal trwa',
  'finished.under_3_months': 'Mniej niż 3 miesiące temu',
  'finished.3_to_12_months': 'Od 3 do 12 miesięcy temu',
  'finished.over_1_year': 'Ponad rok temu',
  'finished.not_sure': 'Nie jestem pewien',
  'finished.error': 'Wybierz, kiedy skończyła się pomoc',
  'atRisk.heading': 'Czy ktoś Cię teraz krzywdzi lub naraża na niebezpieczeństwo?',
  'atRisk.heading.rep': 'Czy ktoś teraz krzywdzi tę osobę lub naraża ją na niebezpieczeństwo?',
  'atRisk.hint':
    'Na przykład bije Cię, straszy, zabiera Ci pieniądze lub się Tobą nie opiekuje. Chodzi o to, co dzieje się teraz, a nie o otrzymaną pomoc.',
  'atRisk.hint.rep':
    'Na przykład bije ją, straszy, zabiera jej pieniądze lub się nią nie opiekuje. Chodzi o to, co dzieje się teraz, a nie o otrzymaną pomoc.',
  'atRisk.yes': 'Tak',
  'atRisk.no': 'Nie',
  'atRisk.not_sure': 'Nie wiem na pewno',
  'atRisk.error': 'Wybierz, czy ktoś Cię teraz krzywdzi lub naraża na niebezpieczeństwo',
  'atRisk.error.rep':
    'Wybierz, czy ktoś teraz krzywdzi tę osobę lub naraża ją na niebezpieczeństwo',

  'asked.heading': 'Czy na początku ktoś zapytał Cię, czego chcesz?',
  'asked.heading.rep': 'Czy na początku ktoś zapytał tę osobę, czego chce?',
  'asked.yes_expressed': 'Tak, i powiedziałem, czego chcę',
  'asked.yes_expressed.rep': 'Tak, i ta osoba powiedziała, czego chce',
  'asked.yes_not_expressed': 'Tak, ale nie powiedziałem, czego chcę',
  'asked.yes_not_expressed.rep': 'Tak, ale ta osoba nie powiedziała, czego chce',
  'asked.no': 'Nie',
  'asked.dont_know': 'Nie wiem',
  'asked.error': 'Wybierz, czy ktoś zapytał Cię, czego chcesz',
  'asked.error.rep': 'Wybierz, czy ktoś zapytał tę osobę, czego chce',

  'wanted.heading': 'Czego chciałeś?',
  'wanted.heading.rep': 'Czego chciała ta osoba?',
  'wanted.hint': 'Napisz własnymi słowami. Nie podawaj imion ani nazw miejsc.',
  'wanted.error': 'Napisz, czego chciałeś, albo pomiń to pytanie',
  'wanted.errorTooLong': {
    one: 'Ta odpowiedź może mieć najwyżej {count} znak',
    few: 'Ta odpowiedź może mieć najwyżej {count} znaki',
    many: 'Ta odpowiedź może mieć najwyżej {count} znaków',
    other: 'Ta odpowiedź może mieć najwyżej {count} znaku',
  },

  'achieved.heading': 'Czy tak się stało?',
  'achieved.fully': 'Tak, w pełni',
  'achieved.partly': 'Częściowo',
  'achieved.no': 'Nie',
  'achieved.dont_know': 'Nie wiem',
  'achieved.error': 'Wybierz, czy stało się to, czego chciałeś',
  'achieved.error.rep': 'Wybierz, czy stało się to, czego chciała ta osoba',

  'safer.heading': 'Czy czujesz się teraz bezpieczniej?',
  'safer.heading.rep': 'Czy ta osoba czuje się teraz bezpieczniej?',
  'safer.a_lot': 'Tak, dużo bezpieczniej',
  'safer.a_bit': 'Tak, trochę bezpieczniej',
  'safer.no_different': 'Bez zmian',
  'safer.less_safe': 'Mniej bezpiecznie',
  'safer.dont_know': 'Nie wiem',
  'safer.error': 'Wybierz, czy czujesz się teraz bezpieczniej',
  'safer.error.rep': 'Wybierz, czy ta osoba czuje się teraz bezpieczniej',

  'experience.caption': 'Jak Cię traktowano ({number} z {total})',
  'experience.caption.rep': 'Jak traktowano tę osobę ({number} z {total})',
  'experience.listened': 'Słuchano mnie',
  'experience.listened.rep': 'Słuchano tej osoby',
  'experience.involved': 'Mogłem uczestniczyć tak bardzo, jak chciałem',
  'experience.involved.rep': 'Ta osoba mogła uczestniczyć tak bardzo, jak chciała',
  'experience.dignity': 'Traktowano mnie z godnością i szacunkiem',
  'experience.dignity.rep': 'Traktowano tę osobę z godnością i szacunkiem',
  'experience.informed': 'Informowano mnie na bieżąco, co się dzieje',
  'experience.informed.rep': 'Informowano tę osobę na bieżąco, co się dzieje',
  'experience.understood_roles': 'Rozumiałem, kim są wszyscy i co robią',
  'experience.understood_roles.rep': 'Ta osoba rozumiała, kim są wszyscy i co robią',
  'experience.shared_when_needed':
    'Moje informacje przekazywano innym tylko wtedy, gdy było to potrzebne',
  'experience.shared_when_needed.rep':
    'Informacje tej osoby przekazywano innym tylko wtedy, gdy było to potrzebne',
  'experience.yes_completely': 'Tak, całkowicie',
  'experience.yes_partly': 'Tak, częściowo',
  'experience.no': 'Nie',
  'experience.dont_know': 'Nie wiem',
  'experience.not_applicable': 'Nie dotyczy',
  'experience.error': 'Wybierz odpowiedź dla zdania „{statement}”',

  'helpSay.heading': 'Czy ktoś pomógł Ci wyrazić swoje zdanie?',
  'helpSay.heading.rep': 'Czy ktoś pomógł tej osobie wyrazić swoje zdanie?',
  'helpSay.advocate': 'Tak, rzecznik',
  'helpSay.family_friend': 'Tak, rodzina lub przyjaciel',
  'helpSay.both': 'Tak, zarówno rzecznik, jak i rodzina lub przyjaciele',
  'helpSay.no_one_wanted': 'Nikt, ale chciałem pomocy',
  'helpSay.no_one_wanted.rep': 'Nikt, ale ta osoba chciała pomocy',
  'helpSay.no_one_not_needed': 'Nikt, i pomoc nie była potrzebna',
  'helpSay.dont_know': 'Nie wiem',
  'helpSay.error': 'Wybierz, czy ktoś pomógł Ci wyrazić swoje zdanie',
  'helpSay.error.rep': 'Wybierz, czy ktoś pomógł tej osobie wyrazić swoje zdanie',

  'harm.heading': 'Jakiej krzywdy to dotyczyło?',
  'harm.hint': 'To pytanie jest nieobowiązkowe. Zaznacz wszystkie, które pasują.',
  'harm.physical': 'Ktoś krzywdził ciało tej osoby (przemoc fizyczna)',
  'harm.sexual': 'Przemoc seksualna',
  'harm.psychological': 'Groźby, znęcanie się lub zastraszanie (przemoc psychiczna)',
  'harm.financial': 'Zabieranie lub niewłaściwe używanie pieniędzy lub rzeczy (przemoc finansowa)',
  'harm.discriminatory': 'Złe traktowanie z powodu tego, kim ktoś jest (dyskryminacja)',
  'harm.organisational':
    'Zła opieka w domu opieki, szpitalu lub innej placówce (przemoc instytucjonalna)',
  'harm.neglect': 'Brak potrzebnej opieki lub pomocy (zaniedbanie)',
  'harm.domestic': 'Przemoc ze strony partnera lub członka rodziny (przemoc domowa)',
  'harm.sexual_exploitation': 'Wykorzystywanie w celach seksualnych',
  'harm.modern_slavery': 'Zmuszanie do pracy lub kontrolowanie (współczesne niewolnictwo)',
  'harm.self_neglect': 'Niemożność zadbania o siebie (samozaniedbanie)',

  'where.heading': 'Gdzie to się stało?',
  'where.hint': 'To pytanie jest nieobowiązkowe.',
  'where.own_home': 'W domu',
  'where.community': 'Poza domem, w okolicy',
  'where.community_service': 'W ośrodku dziennym lub innej placówce w okolicy',
  'where.care_home_nursing': 'W domu opieki z opieką pielęgniarską',
  'where.care_home_residential': 'W domu opieki',
  'where.hospital_acute': 'W szpitalu ogólnym',
  'where.hospital_mental_health': 'W szpitalu psychiatrycznym',
  'where.hospital_community': 'W szpitalu lokalnym (community hospital)',
  'where.other': 'Gdzie indziej',

  'story.heading': 'Opowiedz nam własnymi słowami, co się stało',
  'story.heading.rep': 'Opowiedz nam własnymi słowami, co się stało',
  'story.hint':
    'Co się stało i jak traktowały Cię osoby, które pomagały? Nie podawaj imion, nazw miejsc ani dat. Usuwamy wszystko, co mogłoby pozwolić kogoś rozpoznać.',
  'story.hint.rep':
    'Co się stało i jak traktowały tę osobę osoby, które jej pomagały? Nie podawaj imion, nazw miejsc ani dat. Usuwamy wszystko, co mogłoby pozwolić kogoś rozpoznać.',
  'story.error': 'Napisz, co się stało',
  'story.errorTooLong': {
    one: 'Twoja historia może mieć najwyżej {count} znak',
    few: 'Twoja historia może mieć najwyżej {count} znaki',
    many: 'Twoja historia może mieć najwyżej {count} znaków',
    other: 'Twoja historia może mieć najwyżej {count} znaku',
  },

  'helped.heading': 'Co pomogło najbardziej?',
  'helped.hint': 'To pytanie jest nieobowiązkowe.',
  'helped.errorTooLong': {
    one: 'Ta odpowiedź może mieć najwyżej {count} znak',
    few: 'Ta odpowiedź może mieć najwyżej {count} znaki',
    many: 'Ta odpowiedź może mieć najwyżej {count} znaków',
    other: 'Ta odpowiedź może mieć najwyżej {count} znaku',
  },

  'change.heading': 'Co powinno się zmienić?',
  'change.hint': 'To pytanie jest nieobowiązkowe. Co mogłoby poprawić sytuację?',
  'change.errorTooLong': {
    one: 'Ta odpowiedź może mieć najwyżej {count} znak',
    few: 'Ta odpowiedź może mieć najwyżej {count} znaki',
    many: 'Ta odpowiedź może mieć najwyżej {count} znaków',
    other: 'Ta odpowiedź może mieć najwyżej {count} znaku',
  },

  'consent.heading': 'Jak możemy wykorzystać Twoją historię?',
  'consent.heading.rep': 'Jak możemy wykorzystać tę historię?',
  'consent.hint': 'Zaznacz wszystko, na co się zgadzasz. Nie musisz zgadzać się na nic.',
  'consent.board_share':
    'Udostępnić ją Radzie ds. Ochrony Dorosłych (Safeguarding Adults Board), bez danych pozwalających kogoś rozpoznać',
  'consent.training': 'Użyć jej do szkolenia pracowników, bez danych pozwalających kogoś rozpoznać',
  'consent.publish':
    'Opublikować ją na naszej stronie internetowej, bez danych pozwalających kogoś rozpoznać',
  'consent.quote': 'Cytować moje dokładne słowa',
  'consent.quote.rep': 'Cytować dokładne słowa, które napisałem',
  'consent.contact_check': 'Skontaktować się ze mną, aby sprawdzić moją historię przed jej użyciem',
  'consent.contact_involve':
    'Skontaktować się ze mną w sprawie udziału w forum osób korzystających z usług',
  'consent.statistics':
    'Zawsze liczymy anonimowo odpowiedzi na pytania, aby sprawdzić, jak dobrze działa ochrona. Z tych liczb nie da się nikogo rozpoznać.',
  'consent.duration':
    'Twoje wybory obowiązują przez 24 miesiące. W każdej chwili możesz zmienić zdanie lub wycofać swoją historię, używając numeru referencyjnego, który Ci damy.',
  'consent.notAsked':
    'Ponieważ ta osoba nie została zapytana, te odpowiedzi tylko policzymy anonimowo. Nie udostępnimy ani nie opublikujemy tej historii.',
  'consent.none': 'Żadne z powyższych',

  'contact.heading': 'Jak mamy się z Tobą skontaktować?',
  'contact.hint': 'Użyjemy tego tylko, aby skontaktować się w sprawie tego, co wybrałeś.',
  'contact.name': 'Twoje imię',
  'contact.nameHint': 'Nieobowiązkowe. Imię, którym mamy się do Ciebie zwracać.',
  'contact.method': 'Jak mamy się z Tobą skontaktować?',
  'contact.email': 'E-mail',
  'contact.emailLabel': 'Adres e-mail',
  'contact.phone': 'Telefon',
  'contact.phoneLabel': 'Numer telefonu',
  'contact.phoneHint': 'Przy numerach zagranicznych podaj numer kierunkowy kraju',
  'contact.safeMessage': 'Czy można bezpiecznie zostawić wiadomość?',
  'contact.safeMessageYes': 'Tak, można bezpiecznie zostawić wiadomość',
  'contact.safeMessageNo': 'Nie, proszę nie zostawiać wiadomości',
  'contact.safeMessageHint':
    'Zastanów się, czy ktoś inny może czytać Twoje wiadomości lub odbierać Twój telefon.',
  'contact.wording': 'Jak mamy opisywać nasze wiadomości?',
  'contact.wordingHint':
    'Ktoś inny może zobaczyć temat lub nadawcę. Jeśli nie wybierzesz, użyjemy dyskretnego opisu.',
  'contact.wordingNeutral': 'Dyskretnie: temat i nadawca nie wspominają o przemocy ani o ochronie',
  'contact.wordingNamed': 'Wprost: temat mówi, że chodzi o Twoją historię',
  'contact.errorMethod': 'Wybierz, jak mamy się z Tobą skontaktować',
  'contact.errorEmail': 'Podaj adres e-mail w poprawnym formacie, np. name@example.com',
  'contact.errorPhone': 'Podaj numer telefonu, np. 01632 960 001 lub 07700 900 982',
  'contact.errorSafeMessage': 'Wybierz, czy można bezpiecznie zostawić wiadomość',
  'contact.errorName': {
    one: 'Imię może mieć najwyżej {count} znak',
    few: 'Imię może mieć najwyżej {count} znaki',
    many: 'Imię może mieć najwyżej {count} znaków',
    other: 'Imię może mieć najwyżej {count} znaku',
  },

  'check.heading': 'Sprawdź odpowiedzi przed wysłaniem',
  'check.sendHeading': 'Teraz wyślij swoją historię',
  'check.sendText':
    'Wysyłając to, potwierdzasz, że według Twojej najlepszej wiedzy to, co nam powiedziałeś, jest prawdą.',
  'check.send': 'Wyślij',
  'check.sending': 'Wysyłanie historii…',
  'check.notAnswered': 'Brak odpowiedzi',
  'check.noneSelected': 'Nic nie wybrano',
  'check.consented': 'Tak',
  'check.notConsented': 'Nie',
  'check.consentsHeading': 'Jak możemy ją wykorzystać',
  'check.answersHeading': 'Twoje odpowiedzi',
  'check.retrying':
    'Nie udało się połączyć z naszym serwerem. Próbujemy ponownie. Twoje odpowiedzi są bezpieczne na tej stronie.',
  'check.failed':
    'Przepraszamy, nie udało się wysłać Twojej historii. Twoje odpowiedzi nadal tu są. Spróbuj ponownie za kilka minut.',
  'check.rateLimited':
    'Otrzymaliśmy wiele historii z tego połączenia. Poczekaj kilka minut i ponownie naciśnij „Wyślij”. Wszystko, co napisałeś, nadal tu jest.',

  'done.heading': 'Twoja historia została wysłana',
  'done.referenceLabel': 'Twój numer referencyjny',
  'done.writeDown':
    'Zapisz ten numer albo zrób mu zdjęcie. Będzie potrzebny, aby zmienić wybory lub wycofać historię. Nie zapisujemy go na Twoim urządzeniu.',
  'done.nextHeading': 'Co dalej',
  'done.next1': 'Koordynator forum przeczyta Twoją historię w ciągu 5 dni roboczych.',
  'done.next1UrgentHours': {
    one: 'Ponieważ ktoś może być w niebezpieczeństwie, koordynator przeczyta Twoją historię w ciągu {count} godziny roboczej.',
    few: 'Ponieważ ktoś może być w niebezpieczeństwie, koordynator przeczyta Twoją historię w ciągu {count} godzin roboczych.',
    many: 'Ponieważ ktoś może być w niebezpieczeństwie, koordynator przeczyta Twoją historię w ciągu {count} godzin roboczych.',
    other:
      'Ponieważ ktoś może być w niebezpieczeństwie, koordynator przeczyta Twoją historię w ciągu {count} godziny roboczej.',
  },
  'done.nextContact': 'Skoro prosisz o kontakt, odezwiemy się w wybrany przez Ciebie sposób.',
  'done.keepCopyHeading': 'Zachowaj kopię',
  'done.print': 'Wydrukuj tę stronę',
  'done.answers': 'Twoje odpowiedzi',
  'done.copyHeading': 'Wyślij mi kopię e-mailem',
  'done.copyHint':
    'Wyślemy numer referencyjny i Twoje odpowiedzi na ten adres jeden raz. Potem nie przechowujemy adresu. Podaj adres, którego nikt inny nie czyta.',
  'done.copySend': 'Wyślij mi kopię',
  'done.copySending': 'Wysyłamy kopię…',
  'done.copySent': 'Wysyłamy kopię na podany adres. Może dotrzeć po kilku minutach.',
  'done.copyErrorAlready': 'Kopia tej historii została już wysłana. Możemy wysłać tylko jedną.',
  'done.copyErrorTooLate':
    'Jest już za późno, by wysłać kopię e-mailem. Zapisz numer referencyjny lub wydrukuj tę stronę.',
  'done.copyErrorFailed':
    'Przepraszamy, nie udało się teraz wysłać kopii. Spróbuj ponownie później.',
  'done.next2': 'Usunie wszystko, co mogłoby pozwolić kogoś rozpoznać.',
  'done.next3': 'Twoja historia zostanie użyta tylko w sposób, który wybrałeś.',
  'done.passOnHeading': 'Kiedy możemy przekazać informacje dalej',
  'done.passOn':
    'Jeśli z tego, co napisałeś, wynika, że komuś grozi poważna krzywda, może być konieczne przekazanie informacji zespołowi ds. ochrony, aby zapewnić tej osobie bezpieczeństwo. Jeśli to możliwe, najpierw spróbujemy z Tobą porozmawiać.',
  'done.withdraw': 'Zmień swoje wybory lub wycofaj historię',
  'done.supportHeading': 'Wsparcie',
  'done.support':
    'Jeśli wróciły trudne uczucia, możesz o każdej porze porozmawiać z Samaritans pod numerem 116 123 (bezpłatnie, po angielsku).',

  'errors.summaryTitle': 'Wystąpił problem',
  'errors.server':
    'Przepraszamy, wystąpił problem z usługą. Twoje odpowiedzi nie zostały utracone. Spróbuj ponownie później.',
  'errors.tooLong': {
    one: 'To pole może mieć najwyżej {count} znak',
    few: 'To pole może mieć najwyżej {count} znaki',
    many: 'To pole może mieć najwyżej {count} znaków',
    other: 'To pole może mieć najwyżej {count} znaku',
  },
  'errors.unknownSite': 'Nie znaleźliśmy tej strony. Sprawdź link, z którego korzystasz.',

  'noscript.heading': 'Opowiedz nam o wsparciu w ramach ochrony dorosłych',
  'noscript.intro':
    'Odpowiedz na te pytania i na końcu naciśnij „Wyślij”. Możesz pominąć pytania oznaczone jako nieobowiązkowe.',
  'common.charactersLimit': {
    one: 'Możesz wpisać najwyżej {count} znak',
    few: 'Możesz wpisać najwyżej {count} znaki',
    many: 'Możesz wpisać najwyżej {count} znaków',
    other: 'Możesz wpisać najwyżej {count} znaku',
  },
  'form.honeypotLabel': 'Zostaw to pole puste',
  'errors.notFoundHeading': 'Nie znaleziono strony',
  'errors.otherSiteHeading': 'Nie mogliśmy przyjąć tego formularza',
  'errors.tooLarge':
    'To, co wysłano, jest za długie, abyśmy mogli to przyjąć. Skróć odpowiedzi i spróbuj ponownie.',
  'errors.otherSite':
    'Nie mogliśmy przyjąć tego formularza, ponieważ został wysłany z innej strony internetowej. Użyj formularza na tej stronie.',
  'noscript.onlyRepresentatives': 'Odpowiedz na to tylko wtedy, gdy opowiadasz nam o kimś innym.',
  'noscript.onlyIfAsked': 'Odpowiedz na to tylko wtedy, gdy ktoś zapytał, czego chcesz.',
  'noscript.onlyIfContact': 'Odpowiedz na to tylko wtedy, gdy wybrano kontakt z Tobą.',
  'withdraw.title': 'Zmień swoje wybory lub wycofaj historię',
  'withdraw.intro':
    'W każdej chwili możesz wycofać swoją historię albo zmienić sposób, w jaki może być używana. Nie potrzebujesz konta: potrzebujesz numeru referencyjnego, który otrzymałeś po wysłaniu historii.',
  'withdraw.referenceLabel': 'Twój numer referencyjny',
  'withdraw.referenceHint':
    'Był na stronie, którą zobaczyłeś po wysłaniu historii. Wygląda tak: K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Dalej',
  'withdraw.exit': 'Opuść tę stronę',
  'withdraw.lostReference':
    'Jeśli zgubiłeś numer referencyjny, poproś organizację, przez której stronę wysłano historię, o kontakt z koordynatorem forum.',
  'withdraw.error.empty': 'Wpisz swój numer referencyjny',
  'withdraw.error.length': 'Numer referencyjny musi mieć 13 liter i cyfr, np. K7M-2QX-4TR-8WZD',
  'withdraw.error.characters':
    'Numer referencyjny może zawierać tylko litery, cyfry, spacje i myślniki',
  'withdraw.error.check':
    'Sprawdź numer referencyjny: jedna z liter lub cyfr może być błędna albo dwie mogą być zamienione miejscami',
  'withdraw.error.notFound':
    'Nie znaleźliśmy historii z tym numerem. Sprawdź go i spróbuj ponownie.',
  'withdraw.error.tooMany':
    'Wpisano kilka różnych numerów. Poczekaj {minutes} min i spróbuj ponownie.',
  'withdraw.error.chooseAction': 'Wybierz, czy chcesz wycofać historię, czy zmienić swoje wybory',
  'withdraw.choicesHeading': 'Co chcesz zrobić?',
  'withdraw.actionWithdraw': 'Wycofać moją historię',
  'withdraw.actionWithdrawHint':
    'Od razu usuniemy to, co napisałeś, i wszystkie dane kontaktowe. Tego nie da się cofnąć.',
  'withdraw.actionChange': 'Zmienić sposób używania mojej historii',
  'withdraw.actionChangeHint': 'Odznacz to, na co już się nie zgadzasz.',
  'withdraw.purposesLegend': 'Zgodziłeś się, abyśmy mogli:',
  'withdraw.purposesHint':
    'Odznacz to, na co już się nie zgadzasz. Nie możesz tu dodać nowych sposobów użycia.',
  'withdraw.noPurposes':
    'Nie wyraziłeś zgody na żadne użycie, które można tu zmienić. Nadal możesz wycofać historię.',
  'withdraw.submit': 'Potwierdź',
  'withdraw.doneWithdrawnHeading': 'Twoja historia została wycofana',
  'withdraw.doneWithdrawnBody':
    'Usunęliśmy to, co napisałeś, i podane dane kontaktowe. Twoja historia nie zostanie użyta w żadnych nowych materiałach dla Rady, w szkoleniach ani na stronie internetowej.',
  'withdraw.doneRecordBody':
    'Materiały już przekazane na posiedzenie Rady pozostają jako zapis tego posiedzenia; nigdy nie zawierały Twojego imienia ani danych. Twoje odpowiedzi na pytania wyboru nadal są liczone anonimowo w statystykach.',
  'withdraw.doneChangedHeading': 'Twoje wybory zostały zmienione',
  'withdraw.doneChangedBody':
    'Nie będziemy już używać Twojej historii w sposób, który odznaczyłeś. Zmiana działa od razu.',
  'withdraw.doneNoChange': 'Niczego nie odznaczyłeś, więc nic się nie zmieniło.',
  'withdraw.alreadyWithdrawnHeading': 'Ta historia została już wycofana',
  'withdraw.alreadyWithdrawnBody':
    'To, co napisałeś, zostało usunięte. Nie musisz nic więcej robić.',
  'withdraw.startAgain': 'Zmień wybory dla innej historii',
  'withdraw.support':
    'Jeśli wróciły trudne uczucia, możesz o każdej porze porozmawiać z Samaritans pod numerem 116 123 (bezpłatnie, po angielsku).',
  'language.navLabel': 'Wybierz język',
  'language.machineDrafted':
    'To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym. Jeśli coś jest niejasne, możesz poprosić kogoś o pomoc.',
} as const satisfies CatalogueDraft;
