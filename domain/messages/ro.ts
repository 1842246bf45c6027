import type { CatalogueDraft } from '../languages.ts';

/**
 * Romanian (română). Machine-drafted: a native speaker has not yet checked it
 * (docs/translating.md). Uses the polite plural ("dumneavoastră") of Romanian public services.
 */
export const ro = {
  'meta.lang': 'ro',
  'meta.dir': 'ltr',
  'meta.languageName': 'Română',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Spuneți-ne despre sprijinul primit pentru protecția adulților',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Eroare: ',
  'common.continue': 'Continuați',
  'common.back': 'Înapoi',
  'common.change': 'Schimbați',
  'common.getHelp': 'Cereți ajutor la completare',
  'common.getHelpText':
    'Puteți cere ajutor unui prieten, unui membru al familiei, unui îngrijitor sau unui avocat al persoanei. Puteți suna și la {contactPhone}, iar cineva vă va ajuta să completați.',
  'common.getHelpTextNoPhone':
    'Puteți cere ajutor unui prieten, unui membru al familiei, unui îngrijitor sau unui avocat al persoanei ca să completați.',
  'common.charactersLeft': {
    one: 'Mai aveți {count} caracter',
    few: 'Mai aveți {count} caractere',
    other: 'Mai aveți {count} de caractere',
  },
  'common.charactersTooMany': {
    one: 'Aveți {count} caracter în plus',
    few: 'Aveți {count} caractere în plus',
    other: 'Aveți {count} de caractere în plus',
  },
  'common.skip': 'Săriți peste această întrebare',

  'exit.button': 'Ieșiți de pe această pagină',
  'embed.close': 'Închide',
  'exit.hint': 'Sau apăsați tasta Shift de 3 ori ca să ieșiți rapid.',
  'exit.pressesLeft': 'Ați apăsat Shift de {count} din 3 ori',

  'danger.heading': 'Dacă dumneavoastră sau altcineva sunteți în pericol acum',
  'danger.call999': 'Sunați la 999 dacă cineva este în pericol chiar acum.',
  'danger.deafText':
    'Dacă nu puteți vorbi, sunați la 999 și apăsați 55 când vi se cere, sau trimiteți SMS la 999 dacă sunteți înregistrat pentru SMS de urgență.',
  'danger.contactIntro': 'Ca să vorbiți cu cineva despre o îngrijorare, contactați {contactName}:',
  'danger.phone': 'Telefon: {phone}',
  'danger.link': 'Contactați {contactName} online',
  'danger.keepGoingHours': {
    one: 'Puteți termina totuși de spus povestea. Un coordonator o va citi în {count} oră lucrătoare.',
    few: 'Puteți termina totuși de spus povestea. Un coordonator o va citi în {count} ore lucrătoare.',
    other:
      'Puteți termina totuși de spus povestea. Un coordonator o va citi în {count} de ore lucrătoare.',
  },
  'danger.toggle': 'Ajutor acum: contacte dacă sunteți în pericol',
  'danger.hide': 'Ascundeți aceste contacte',
  'danger.crisisHeading': 'Dacă vă gândiți la sinucidere sau să vă faceți rău',
  'danger.samaritans': 'Samaritans: sunați la 116 123, gratuit, oricând (în engleză)',
  'danger.nhs111': 'NHS 111: sunați la 111 și alegeți opțiunea pentru sănătate mintală',

  'start.heading': 'Spuneți-ne despre sprijinul primit pentru protecția adulților',
  'start.lead':
    'Dacă ați primit ajutor pentru că cineva s-a îngrijorat de abuz sau neglijare, vrem să aflăm cum a fost pentru dumneavoastră. Ce ne spuneți ajută {boardName} să îmbunătățească protecția oamenilor.',
  'start.notReportHeading': 'Aceasta nu este calea de a raporta un abuz',
  'start.notReport':
    'Nu citim poveștile imediat. Dacă sunteți îngrijorat acum de un abuz sau de neglijare, contactați {contactName}.',
  'start.usedHeading': 'Cum folosim ce ne spuneți',
  'start.used1':
    'Un coordonator al forumului citește fiecare poveste și scoate tot ce ar putea arăta cine este cineva.',
  'start.used2':
    'Dumneavoastră alegeți pentru ce poate fi folosită povestea. Vă puteți răzgândi mai târziu.',
  'start.used3':
    'Numărăm răspunsurile în mod anonim, ca să vedem cât de bine funcționează protecția pentru oameni.',
  'start.time': 'Durează cam 10–15 minute. Puteți sări peste întrebările marcate ca opționale.',
  'start.button': 'Începeți acum',
  'start.siteBy': 'Acest serviciu este oferit de {partnerName} pentru {boardName}.',

  'online.heading': 'Siguranța pe internet',
  'online.p1':
    'Dacă cineva ar putea vedea ce faceți, folosiți butonul „Ieșiți de pe această pagină”. Vă duce imediat pe alt site.',
  'online.p2': 'Puteți apăsa și tasta Shift de 3 ori ca să ieșiți rapid.',
  'online.p3':
    'Ieșirea de pe pagină nu o șterge din istoricul browserului. Nu salvăm nimic pe dispozitivul dumneavoastră. Ca să ascundeți vizita, folosiți o fereastră privată (incognito) sau ștergeți istoricul după aceea.',

  'who.heading': 'Cine completează?',
  'who.hint': 'Ne puteți spune despre propria experiență sau despre o persoană pe care o ajutați.',
  'who.self': 'Eu sunt persoana care a primit sprijinul',
  'who.family': 'Un membru al familiei',
  'who.friend': 'Un prieten sau o prietenă',
  'who.carer': 'Un îngrijitor neplătit',
  'who.advocate': 'Un avocat independent al persoanei (inclusiv IMCA)',
  'who.other': 'Altcineva',
  'who.error': 'Alegeți cine completează',

  'knows.heading': 'Știe persoana că ne spuneți despre sprijinul primit de ea?',
  'knows.yes_happy': 'Da, și este de acord să vă spun',
  'knows.unable_to_decide': 'Nu poate decide acest lucru',
  'knows.died': 'Persoana a decedat',
  'knows.not_asked': 'Nu am întrebat-o',
  'knows.notAskedHint':
    'Dacă nu ați întrebat-o, vom număra răspunsurile anonim, dar nu vom folosi povestea în alt mod.',
  'knows.error': 'Alegeți dacă persoana știe că ne spuneți',

  'reason.heading': 'Ați primit ajutor pentru că cineva s-a îngrijorat de abuz sau neglijare?',
  'reason.heading.rep':
    'A primit persoana ajutor pentru că cineva s-a îngrijorat de abuz sau neglijare?',
  'reason.hint':
    'Aceasta se poate numi anchetă de protecție (safeguarding enquiry) sau semnalare de îngrijorare.',
  'reason.yes': 'Da',
  'reason.no': 'Nu',
  'reason.not_sure': 'Nu sunt sigur',
  'reason.error': 'Alegeți da, nu sau nu sunt sigur',

  'finished.heading': 'Când s-a încheiat ajutorul?',
  'finished.still_happening': 'Încă are loc',
  'finished.under_3_months': 'Acum mai puțin de 3 luni',
  'finished.3_to_12_months': 'Acum 3–12 luni',
  'finished.over_1_year': 'Acum mai mult de un an',
  'finished.not_sure': 'Nu sunt sigur',
  'finished.error': 'Alegeți când s-a încheiat ajutorul',
  'atRisk.heading': 'Vă rănește cineva sau vă pune în pericol acum?',
  'atRisk.heading.rep': 'O rănește cineva pe persoană sau o pune în pericol acum?',
  'atRisk.hint':
    'De exemplu, vă lovește, vă sperie, vă ia banii sau nu are grijă de dumneavoastră. Este vorba despre acum, nu despre ajutorul primit.',
  'atRisk.hint.rep':
    'De exemplu, o lovește, o sperie, îi ia banii sau nu are grijă de ea. Este vorba despre acum, nu despre ajutorul primit.',
  'atRisk.yes': 'Da',
  'atRisk.no': 'Nu',
  'atRisk.not_sure': 'Nu știu sigur',
  'atRisk.error': 'Alegeți dacă vă rănește cineva sau vă pune în pericol acum',
  'atRisk.error.rep': 'Alegeți dacă cineva rănește persoana sau o pune în pericol acum',

  'asked.heading': 'La început, v-a întrebat cineva ce doreați să se întâmple?',
  'asked.heading.rep': 'La început, a întrebat-o cineva ce dorea să se întâmple?',
  'asked.yes_expressed': 'Da, și le-am spus',
  'asked.yes_expressed.rep': 'Da, și a spus ce dorea',
  'asked.yes_not_expressed': 'Da, dar nu am spus ce doream',
  'asked.yes_not_expressed.rep': 'Da, dar nu a spus ce dorea',
  'asked.no': 'Nu',
  'asked.dont_know': 'Nu știu',
  'asked.error': 'Alegeți dacă v-a întrebat cineva ce doreați să se întâmple',
  'asked.error.rep': 'Alegeți dacă a întrebat-o cineva ce dorea să se întâmple',

  'wanted.heading': 'Ce doreați să se întâmple?',
  'wanted.heading.rep': 'Ce dorea persoana să se întâmple?',
  'wanted.hint':
    'Folosiți propriile cuvinte. Vă rugăm să nu scrieți nume de persoane sau de locuri.',
  'wanted.error': 'Spuneți-ne ce doreați să se întâmple sau săriți peste această întrebare',
  'wanted.errorTooLong': {
    one: 'Ce doreați să se întâmple trebuie să aibă cel mult {count} caracter',
    few: 'Ce doreați să se întâmple trebuie să aibă cel mult {count} caractere',
    other: 'Ce doreați să se întâmple trebuie să aibă cel mult {count} de caractere',
  },

  'achieved.heading': 'S-a întâmplat acest lucru?',
  'achieved.fully': 'Da, în totalitate',
  'achieved.partly': 'În parte',
  'achieved.no': 'Nu',
  'achieved.dont_know': 'Nu știu',
  'achieved.error': 'Alegeți dacă s-a întâmplat ce doreați',
  'achieved.error.rep': 'Alegeți dacă s-a întâmplat ce dorea persoana',

  'safer.heading': 'Vă simțiți mai în siguranță acum?',
  'safer.heading.rep': 'Se simte persoana mai în siguranță acum?',
  'safer.a_lot': 'Da, mult mai în siguranță',
  'safer.a_bit': 'Da, puțin mai în siguranță',
  'safer.no_different': 'La fel ca înainte',
  'safer.less_safe': 'Mai puțin în siguranță',
  'safer.dont_know': 'Nu știu',
  'safer.error': 'Alegeți dacă vă simțiți mai în siguranță acum',
  'safer.error.rep': 'Alegeți dacă persoana se simte mai în siguranță acum',

  'experience.caption': 'Cum ați fost tratat ({number} din {total})',
  'experience.caption.rep': 'Cum a fost tratată persoana ({number} din {total})',
  'experience.listened': 'Am fost ascultat',
  'experience.listened.rep': 'Persoana a fost ascultată',
  'experience.involved': 'Am fost implicat cât am dorit',
  'experience.involved.rep': 'Persoana a fost implicată cât a dorit',
  'experience.dignity': 'Am fost tratat cu demnitate și respect',
  'experience.dignity.rep': 'Persoana a fost tratată cu demnitate și respect',
  'experience.informed': 'Am fost ținut la curent cu ce se întâmpla',
  'experience.informed.rep': 'Persoana a fost ținută la curent cu ce se întâmpla',
  'experience.understood_roles': 'Am înțeles cine era fiecare și ce făcea',
  'experience.understood_roles.rep': 'Persoana a înțeles cine era fiecare și ce făcea',
  'experience.shared_when_needed': 'Informațiile mele au fost împărtășite doar când a fost nevoie',
  'experience.shared_when_needed.rep':
    'Informațiile persoanei au fost împărtășite doar când a fost nevoie',
  'experience.yes_completely': 'Da, complet',
  'experience.yes_partly': 'Da, în parte',
  'experience.no': 'Nu',
  'experience.dont_know': 'Nu știu',
  'experience.not_applicable': 'Nu se aplică',
  'experience.error': 'Alegeți un răspuns pentru „{statement}”',

  'helpSay.heading': 'V-a ajutat cineva să vă spuneți părerea?',
  'helpSay.heading.rep': 'A ajutat-o cineva pe persoană să își spună părerea?',
  'helpSay.advocate': 'Da, un avocat al persoanei',
  'helpSay.family_friend': 'Da, familia sau un prieten',
  'helpSay.both': 'Da, și un avocat, și familia sau prietenii',
  'helpSay.no_one_wanted': 'Nimeni, dar îmi doream ajutor',
  'helpSay.no_one_wanted.rep': 'Nimeni, dar persoana își dorea ajutor',
  'helpSay.no_one_not_needed': 'Nimeni, și nu a fost nevoie de ajutor',
  'helpSay.dont_know': 'Nu știu',
  'helpSay.error': 'Alegeți dacă v-a ajutat cineva să vă spuneți părerea',
  'helpSay.error.rep': 'Alegeți dacă a ajutat-o cineva pe persoană să își spună părerea',

  'harm.heading': 'Despre ce fel de rău a fost vorba?',
  'harm.hint': 'Această întrebare este opțională. Alegeți tot ce se potrivește.',
  'harm.physical': 'Cineva i-a făcut rău fizic (abuz fizic)',
  'harm.sexual': 'Abuz sexual',
  'harm.psychological': 'Amenințări, hărțuire sau a fi speriat (abuz psihologic)',
  'harm.financial': 'Bani sau lucruri luate ori folosite greșit (abuz financiar)',
  'harm.discriminatory': 'A fi tratat rău din cauza a cine este (discriminare)',
  'harm.organisational':
    'Îngrijire proastă într-un cămin, un spital sau un serviciu (abuz instituțional)',
  'harm.neglect': 'Lipsa îngrijirii sau a ajutorului de care avea nevoie (neglijare)',
  'harm.domestic':
    'Abuz din partea partenerului sau a unui membru al familiei (violență domestică)',
  'harm.sexual_exploitation': 'A fi folosit pentru sex (exploatare sexuală)',
  'harm.modern_slavery': 'A fi forțat să muncească sau controlat (sclavie modernă)',
  'harm.self_neglect': 'Nu putea să aibă grijă de sine (autoneglijare)',

  'where.heading': 'Unde s-a întâmplat?',
  'where.hint': 'Această întrebare este opțională.',
  'where.own_home': 'Acasă',
  'where.community': 'Afară, în comunitate',
  'where.community_service': 'La un centru de zi sau alt serviciu din comunitate',
  'where.care_home_nursing': 'Într-un cămin cu îngrijire medicală',
  'where.care_home_residential': 'Într-un cămin de îngrijire',
  'where.hospital_acute': 'Într-un spital general',
  'where.hospital_mental_health': 'Într-un spital de sănătate mintală',
  'where.hospital_community': 'Într-un spital comunitar',
  'where.other': 'În alt loc',

  'story.heading': 'Spuneți-ne ce s-a întâmplat, cu propriile cuvinte',
  'story.heading.rep': 'Spuneți-ne ce s-a întâmplat, cu propriile cuvinte',
  'story.hint':
    'Ce s-a întâmplat și cum v-au tratat cei care v-au ajutat? Vă rugăm să nu scrieți nume de persoane, locuri sau date. Scoatem tot ce ar putea arăta cine este cineva.',
  'story.hint.rep':
    'Ce s-a întâmplat și cum au tratat-o pe persoană cei care au ajutat-o? Vă rugăm să nu scrieți nume de persoane, locuri sau date. Scoatem tot ce ar putea arăta cine este cineva.',
  'story.error': 'Spuneți-ne ce s-a întâmplat',
  'story.errorTooLong': {
    one: 'Povestea trebuie să aibă cel mult {count} caracter',
    few: 'Povestea trebuie să aibă cel mult {count} caractere',
    other: 'Povestea trebuie să aibă cel mult {count} de caractere',
  },

  'helped.heading': 'Ce a ajutat cel mai mult?',
  'helped.hint': 'Această întrebare este opțională.',
  'helped.errorTooLong': {
    one: 'Ce a ajutat cel mai mult trebuie să aibă cel mult {count} caracter',
    few: 'Ce a ajutat cel mai mult trebuie să aibă cel mult {count} caractere',
    other: 'Ce a ajutat cel mai mult trebuie să aibă cel mult {count} de caractere',
  },

  'change.heading': 'Ce ar trebui să se schimbe?',
  'change.hint': 'Această întrebare este opțională. Ce ar fi făcut lucrurile mai bune?',
  'change.errorTooLong': {
    one: 'Ce ar trebui să se schimbe trebuie să aibă cel mult {count} caracter',
    few: 'Ce ar trebui să se schimbe trebuie să aibă cel mult {count} caractere',
    other: 'Ce ar trebui să se schimbe trebuie să aibă cel mult {count} de caractere',
  },

  'consent.heading': 'Cum putem folosi povestea dumneavoastră?',
  'consent.heading.rep': 'Cum putem folosi această poveste?',
  'consent.hint':
    'Alegeți tot ce acceptați. Nu sunteți obligat să acceptați niciuna dintre variante.',
  'consent.board_share':
    'Să o împărtășim cu Consiliul pentru Protecția Adulților (Safeguarding Adults Board), fără detaliile de identificare',
  'consent.training': 'Să o folosim la instruirea personalului, fără detaliile de identificare',
  'consent.publish': 'Să o publicăm pe site-ul nostru, fără detaliile de identificare',
  'consent.quote': 'Să cităm exact cuvintele mele',
  'consent.quote.rep': 'Să cităm exact cuvintele scrise de mine',
  'consent.contact_check': 'Să mă contactați ca să verific povestea înainte de a fi folosită',
  'consent.contact_involve':
    'Să mă contactați despre implicarea în forumul persoanelor care folosesc serviciile',
  'consent.statistics':
    'Numărăm întotdeauna anonim răspunsurile la întrebări, ca să vedem cât de bine funcționează protecția. Nimeni nu poate fi identificat din aceste cifre.',
  'consent.duration':
    'Alegerile dumneavoastră sunt valabile 24 de luni. Vă puteți răzgândi sau vă puteți retrage povestea oricând, folosind numărul de referință pe care vi-l dăm.',
  'consent.notAsked':
    'Pentru că persoana nu a fost întrebată, vom număra doar anonim aceste răspunsuri. Nu vom împărtăși și nu vom publica povestea.',
  'consent.none': 'Niciuna dintre acestea',

  'contact.heading': 'Cum să vă contactăm?',
  'contact.hint': 'Vom folosi aceste date doar ca să vă contactăm despre ce ați ales.',
  'contact.name': 'Numele dumneavoastră',
  'contact.nameHint': 'Opțional. Numele cu care doriți să ne adresăm.',
  'contact.method': 'Cum să vă contactăm?',
  'contact.email': 'E-mail',
  'contact.emailLabel': 'Adresa de e-mail',
  'contact.phone': 'Telefon',
  'contact.phoneLabel': 'Numărul de telefon',
  'contact.phoneHint': 'Pentru numere internaționale, includeți prefixul țării',
  'contact.safeMessage': 'Este sigur să vă lăsăm un mesaj?',
  'contact.safeMessageYes': 'Da, este sigur să lăsați un mesaj',
  'contact.safeMessageNo': 'Nu, nu lăsați mesaj',
  'contact.safeMessageHint':
    'Gândiți-vă dacă altcineva vă poate citi mesajele sau vă poate răspunde la telefon.',
  'contact.wording': 'Cum să formulăm mesajele noastre?',
  'contact.wordingHint':
    'Altcineva ar putea vedea subiectul sau expeditorul. Dacă nu alegeți, folosim o formulare discretă.',
  'contact.wordingNeutral':
    'Discret: subiectul și expeditorul nu pomenesc de abuz sau de protecție',
  'contact.wordingNamed': 'Direct: subiectul spune că este despre povestea dumneavoastră',
  'contact.errorMethod': 'Alegeți cum să vă contactăm',
  'contact.errorEmail':
    'Scrieți o adresă de e-mail în formatul corect, de exemplu name@example.com',
  'contact.errorPhone': 'Scrieți un număr de telefon, de exemplu 01632 960 001 sau 07700 900 982',
  'contact.errorSafeMessage': 'Alegeți dacă este sigur să vă lăsăm un mesaj',
  'contact.errorName': {
    one: 'Numele trebuie să aibă cel mult {count} caracter',
    few: 'Numele trebuie să aibă cel mult {count} caractere',
    other: 'Numele trebuie să aibă cel mult {count} de caractere',
  },

  'check.heading': 'Verificați răspunsurile înainte de trimitere',
  'check.sendHeading': 'Acum trimiteți povestea',
  'check.sendText':
    'Trimițând, confirmați că ce ne-ați spus este adevărat, după cunoștințele dumneavoastră.',
  'check.send': 'Trimiteți',
  'check.sending': 'Se trimite povestea…',
  'check.notAnswered': 'Fără răspuns',
  'check.noneSelected': 'Nimic ales',
  'check.consented': 'Da',
  'check.notConsented': 'Nu',
  'check.consentsHeading': 'Cum o putem folosi',
  'check.answersHeading': 'Răspunsurile dumneavoastră',
  'check.retrying':
    'Nu am putut ajunge la serverul nostru. Încercăm din nou. Răspunsurile sunt în siguranță pe această pagină.',
  'check.failed':
    'Ne pare rău, nu am putut trimite povestea. Răspunsurile sunt încă aici. Încercați din nou peste câteva minute.',
  'check.rateLimited':
    'Am primit multe povești de la această conexiune. Așteptați câteva minute și apăsați din nou „Trimiteți”. Tot ce ați scris este încă aici.',

  'done.heading': 'Povestea dumneavoastră a fost trimisă',
  'done.referenceLabel': 'Numărul dumneavoastră de referință',
  'done.writeDown':
    'Notați acest număr sau fotografiați-l. Aveți nevoie de el ca să vă schimbați alegerile sau să retrageți povestea. Nu păstrăm o copie pe dispozitivul dumneavoastră.',
  'done.nextHeading': 'Ce urmează',
  'done.next1': 'Un coordonator al forumului vă va citi povestea în 5 zile lucrătoare.',
  'done.next1UrgentHours': {
    one: 'Pentru că ne-ați spus că cineva poate fi în pericol, un coordonator vă va citi povestea în {count} oră lucrătoare.',
    few: 'Pentru că ne-ați spus că cineva poate fi în pericol, un coordonator vă va citi povestea în {count} ore lucrătoare.',
    other:
      'Pentru că ne-ați spus că cineva poate fi în pericol, un coordonator vă va citi povestea în {count} de ore lucrătoare.',
  },
  'done.nextContact': 'Ați cerut să vă contactăm. Vom folosi calea pe care ați ales-o.',
  'done.keepCopyHeading': 'Păstrați o copie',
  'done.print': 'Tipăriți această pagină',
  'done.answers': 'Răspunsurile dumneavoastră',
  'done.copyHeading': 'Trimiteți-mi o copie pe e-mail',
  'done.copyHint':
    'Vă trimitem o singură dată numărul de referință și răspunsurile la această adresă. Nu păstrăm adresa după aceea. Folosiți o adresă pe care doar dumneavoastră o citiți.',
  'done.copySend': 'Trimiteți-mi o copie',
  'done.copySending': 'Se trimite copia…',
  'done.copySent': 'Trimitem o copie la adresa dată. Poate ajunge în câteva minute.',
  'done.copyErrorAlready': 'Am trimis deja o copie a acestei povești. Putem trimite doar una.',
  'done.copyErrorTooLate':
    'Este prea târziu pentru a trimite o copie pe e-mail. Notați numărul de referință sau tipăriți această pagină.',
  'done.copyErrorFailed':
    'Ne pare rău, nu am putut trimite copia acum. Încercați din nou mai târziu.',
  'done.next2': 'Va scoate tot ce ar putea arăta cine este cineva.',
  'done.next3': 'Povestea va fi folosită doar în modurile alese de dumneavoastră.',
  'done.passOnHeading': 'Când am putea transmite informații',
  'done.passOn':
    'Dacă ce ne-ați spus ne face să credem că cineva riscă un rău grav, s-ar putea să trebuiască să transmitem informații echipei de protecție, ca să fie în siguranță. Dacă putem, vom încerca mai întâi să vorbim cu dumneavoastră.',
  'done.withdraw': 'Schimbați alegerile sau retrageți povestea',
  'done.supportHeading': 'Sprijin',
  'done.support':
    'Dacă v-a trezit sentimente grele, puteți vorbi oricând cu Samaritans la 116 123 (gratuit, în engleză).',

  'errors.summaryTitle': 'Există o problemă',
  'errors.server':
    'Ne pare rău, este o problemă cu serviciul. Răspunsurile nu s-au pierdut. Încercați din nou mai târziu.',
  'errors.tooLong': {
    one: 'Acest câmp trebuie să aibă cel mult {count} caracter',
    few: 'Acest câmp trebuie să aibă cel mult {count} caractere',
    other: 'Acest câmp trebuie să aibă cel mult {count} de caractere',
  },
  'errors.unknownSite': 'Nu am găsit această pagină. Verificați linkul pe care l-ați urmat.',

  'noscript.heading': 'Spuneți-ne despre sprijinul primit pentru protecția adulților',
  'noscript.intro':
    'Răspundeți la aceste întrebări și apăsați „Trimiteți” la final. Puteți sări peste întrebările marcate ca opționale.',
  'common.charactersLimit': {
    one: 'Puteți scrie cel mult {count} caracter',
    few: 'Puteți scrie cel mult {count} caractere',
    other: 'Puteți scrie cel mult {count} de caractere',
  },
  'form.honeypotLabel': 'Lăsați această casetă goală',
  'errors.notFoundHeading': 'Pagina nu a fost găsită',
  'errors.otherSiteHeading': 'Nu am putut accepta acest formular',
  'errors.tooLarge':
    'Ce ați trimis este prea lung ca să îl putem accepta. Vă rugăm să scurtați răspunsurile și să încercați din nou.',
  'errors.otherSite':
    'Nu am putut accepta acest formular pentru că a fost trimis de pe alt site. Vă rugăm să folosiți formularul de pe această pagină.',
  'noscript.onlyRepresentatives': 'Răspundeți doar dacă ne spuneți despre altcineva.',
  'noscript.onlyIfAsked': 'Răspundeți doar dacă cineva v-a întrebat ce doreați să se întâmple.',
  'noscript.onlyIfContact': 'Răspundeți doar dacă ați ales să fiți contactat.',
  'withdraw.title': 'Schimbați alegerile sau retrageți povestea',
  'withdraw.intro':
    'Vă puteți retrage povestea sau puteți schimba modul în care e folosită oricând. Nu aveți nevoie de cont: aveți nevoie de numărul de referință primit când ați trimis povestea.',
  'withdraw.referenceLabel': 'Numărul dumneavoastră de referință',
  'withdraw.referenceHint':
    'Era pe pagina pe care ați văzut-o după ce ați trimis povestea. Arată așa: K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Continuați',
  'withdraw.exit': 'Ieșiți de pe această pagină',
  'withdraw.lostReference':
    'Dacă ați pierdut numărul de referință, cereți organizației al cărei site l-ați folosit să contacteze coordonatorul forumului.',
  'withdraw.error.empty': 'Scrieți numărul de referință',
  'withdraw.error.length':
    'Numărul de referință trebuie să aibă 13 litere și cifre, de exemplu K7M-2QX-4TR-8WZD',
  'withdraw.error.characters':
    'Numărul de referință poate conține doar litere, cifre, spații și cratime',
  'withdraw.error.check':
    'Verificați numărul de referință: o literă sau o cifră poate fi greșită, sau două pot fi inversate',
  'withdraw.error.notFound':
    'Nu am găsit o poveste cu acest număr. Verificați-l și încercați din nou.',
  'withdraw.error.tooMany':
    'Ați încercat mai multe numere. Vă rugăm să așteptați {minutes} minute și să încercați din nou.',
  'withdraw.error.chooseAction': 'Alegeți dacă vă retrageți povestea sau vă schimbați alegerile',
  'withdraw.choicesHeading': 'Ce doriți să faceți?',
  'withdraw.actionWithdraw': 'Îmi retrag povestea',
  'withdraw.actionWithdrawHint':
    'Vom șterge imediat ce ați scris și orice date de contact. Acest lucru nu poate fi anulat.',
  'withdraw.actionChange': 'Schimb modul în care poate fi folosită povestea',
  'withdraw.actionChangeHint': 'Debifați tot ce nu mai acceptați.',
  'withdraw.purposesLegend': 'Ați fost de acord să:',
  'withdraw.purposesHint': 'Debifați tot ce nu mai acceptați. Aici nu puteți adăuga utilizări noi.',
  'withdraw.noPurposes':
    'Nu ați fost de acord cu nicio utilizare care poate fi schimbată. Vă puteți totuși retrage povestea.',
  'withdraw.submit': 'Confirmați',
  'withdraw.doneWithdrawnHeading': 'Povestea dumneavoastră a fost retrasă',
  'withdraw.doneWithdrawnBody':
    'Am șters ce ați scris și datele de contact pe care le-ați dat. Povestea nu va fi folosită în documente noi pentru Consiliu, la instruire sau pe un site.',
  'withdraw.doneRecordBody':
    'Documentele deja date unei ședințe a Consiliului rămân ca arhivă a acelei ședințe; nu au conținut niciodată numele sau datele dumneavoastră. Răspunsurile la întrebările cu variante contează în continuare, anonim, în statistici.',
  'withdraw.doneChangedHeading': 'Alegerile dumneavoastră au fost schimbate',
  'withdraw.doneChangedBody':
    'Nu vă vom mai folosi povestea în modurile pe care le-ați debifat. Schimbarea are efect imediat.',
  'withdraw.doneNoChange': 'Nu ați debifat nimic, deci nu s-a schimbat nimic.',
  'withdraw.alreadyWithdrawnHeading': 'Această poveste a fost deja retrasă',
  'withdraw.alreadyWithdrawnBody': 'Ce ați scris a fost șters. Nu mai trebuie să faceți nimic.',
  'withdraw.startAgain': 'Schimbați alegerile pentru altă poveste',
  'withdraw.support':
    'Dacă v-a trezit sentimente grele, puteți vorbi oricând cu Samaritans la 116 123 (gratuit, în engleză).',
  'language.navLabel': 'Alegeți limba',
  'language.machineDrafted':
    'Această traducere nu a fost încă verificată de un vorbitor nativ. Dacă ceva nu este clar, puteți cere ajutor cuiva.',
} as const satisfies CatalogueDraft;
