import type { CatalogueDraft } from '../languages.ts';

/**
 * Somali (Soomaali). Machine-drafted: a native speaker has not yet checked it, and it should be
 * among the first reviewed (docs/translating.md). Plain, everyday Somali in the Latin script.
 */
export const so = {
  'meta.lang': 'so',
  'meta.dir': 'ltr',
  'meta.languageName': 'Soomaali',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Noo sheeg taageerada badbaadinta ee aad heshay',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Khalad: ',
  'common.continue': 'Sii wad',
  'common.back': 'Dib u noqo',
  'common.change': 'Beddel',
  'common.getHelp': 'Hel caawimo si aad tan u buuxiso',
  'common.getHelpText':
    'Waxaad caawimo ka codsan kartaa saaxiib, qof qoyskaaga ah, daryeele ama u-doode. Waxaad sidoo kale wici kartaa {contactPhone}, qof ayaa kaa caawin doona inaad buuxiso.',
  'common.getHelpTextNoPhone':
    'Waxaad ka codsan kartaa saaxiib, qof qoyskaaga ah, daryeele ama u-doode inay kaa caawiyaan buuxinta.',
  'common.charactersLeft': {
    one: 'Waxaa kuu hadhay {count} xaraf',
    other: 'Waxaa kuu hadhay {count} xaraf',
  },
  'common.charactersTooMany': {
    one: 'Waxaad qortay {count} xaraf oo dheeraad ah',
    other: 'Waxaad qortay {count} xaraf oo dheeraad ah',
  },
  'common.skip': 'Ka bood su’aashan',

  'exit.button': 'Ka bax boggan',
  'embed.close': 'Xir',
  'exit.hint': 'Ama riix furaha Shift 3 jeer si aad si degdeg ah uga baxdo.',
  'exit.pressesLeft': 'Shift waxaa la riixay {count} ka mid ah 3 jeer',

  'danger.heading': 'Haddii adiga ama qof kale aad hadda khatar ku jirtaan',
  'danger.call999': 'Wac 999 haddii qof hadda khatar ku jiro.',
  'danger.deafText':
    'Haddii aadan hadli karin, wac 999 oo riix 55 marka lagu weydiiyo, ama fariin u dir 999 haddii aad isku diiwaangelisay SMS-ka degdegga.',
  'danger.contactIntro': 'Si aad qof ugala hadasho walaac, la xiriir {contactName}:',
  'danger.phone': 'Taleefan: {phone}',
  'danger.link': 'La xiriir {contactName} internetka',
  'danger.keepGoingHours': {
    one: 'Weli waad dhammaystiri kartaa sheekadaada. Isku-duwe ayaa akhrin doona {count} saacad oo shaqo gudaheed.',
    other:
      'Weli waad dhammaystiri kartaa sheekadaada. Isku-duwe ayaa akhrin doona {count} saacadood oo shaqo gudahood.',
  },
  'danger.toggle': 'Caawimo hadda: cidda la xiriiro haddii aad khatar ku jirto',
  'danger.hide': 'Qari xiriiradan',
  'danger.crisisHeading': 'Haddii aad ka fikirayso is-dil ama inaad naftaada waxyeelo',
  'danger.samaritans': 'Samaritans: wac 116 123, bilaash, waqti kasta (Ingiriisi)',
  'danger.nhs111': 'NHS 111: wac 111 oo dooro xulashada caafimaadka maskaxda',

  'start.heading': 'Noo sheeg taageerada badbaadinta ee aad heshay',
  'start.lead':
    'Haddii lagu caawiyay sababtoo ah qof ayaa ka welwelay xadgudub ama dayac, waxaan rabnaa inaan ogaanno sida ay kuu ahayd. Waxa aad noo sheegto waxay ka caawisaa {boardName} inay badbaadinta hagaajiso.',
  'start.notReportHeading': 'Tani ma aha habka loo soo sheego xadgudubka',
  'start.notReport':
    'Sheekooyinka isla markiiba ma akhrinno. Haddii aad hadda ka welwelsan tahay xadgudub ama dayac, la xiriir {contactName}.',
  'start.usedHeading': 'Sida aan u isticmaalno waxa aad noo sheegto',
  'start.used1':
    'Isku-duwaha golaha ayaa akhriya sheeko kasta, wuxuuna ka saaraa wax kasta oo qof lagu garan karo.',
  'start.used2':
    'Adiga ayaa dooranaya waxa sheekadaada loo isticmaali karo. Hadhow waad beddeli kartaa go’aankaaga.',
  'start.used3':
    'Jawaabaha waxaan u tirinnaa magac la’aan, si aan u ogaanno sida badbaadintu ugu shaqeyso dadka.',
  'start.time':
    'Waxay qaadataa qiyaastii 10 ilaa 15 daqiiqo. Waad ka boodi kartaa su’aalaha lagu calaamadeeyay ikhtiyaari.',
  'start.button': 'Hadda bilow',
  'start.siteBy': 'Tan waxaa u maamula {partnerName} oo loogu talagalay {boardName}.',

  'online.heading': 'Ammaanka internetka',
  'online.p1':
    'Haddii qof arki karo waxa aad samaynayso, isticmaal badhanka “Ka bax boggan”. Isla markiiba wuxuu kuu geynayaa bog kale.',
  'online.p2': 'Sidoo kale waxaad riixi kartaa furaha Shift 3 jeer si aad si degdeg ah uga baxdo.',
  'online.p3':
    'Ka bixitaanka boggan kama saarayo taariikhda biraawsarkaaga. Waxba kuma kaydinno qalabkaaga. Si aad u qariso inaad booqatay, isticmaal daaqad gaar ah (incognito), ama tirtir taariikhda kadib.',

  'who.heading': 'Yaa buuxinaya tan?',
  'who.hint': 'Waxaad noo sheegi kartaa waayo-aragnimadaada, ama qof aad caawiso.',
  'who.self': 'Aniga ayaa ah qofka taageerada helay',
  'who.family': 'Qof qoyska ka mid ah',
  'who.friend': 'Saaxiib',
  'who.carer': 'Daryeele aan mushahar qaadan',
  'who.advocate': 'U-doode madax-bannaan (oo ay ku jiraan IMCA)',
  'who.other': 'Qof kale',
  'who.error': 'Dooro qofka buuxinaya tan',

  'knows.heading': 'Qofku ma ogyahay inaad noo sheegayso taageeradii uu helay?',
  'knows.yes_happy': 'Haa, wuuna ku faraxsan yahay inaan idiin sheego',
  'knows.unable_to_decide': 'Ma awoodo inuu tan go’aansado',
  'knows.died': 'Qofku wuu dhintay',
  'knows.not_asked': 'Ma weydiin',
  'knows.notAskedHint':
    'Haddii aadan weydiin, jawaabahaaga waxaan u tirin doonnaa magac la’aan, laakiin sheekada si kale uma isticmaali doonno.',
  'knows.error': 'Dooro in qofku ogyahay inaad noo sheegayso',

  'reason.heading': 'Ma laguu caawiyay sababtoo ah qof ayaa ka welwelay xadgudub ama dayac?',
  'reason.heading.rep': 'Qofka ma la caawiyay sababtoo ah qof ayaa ka welwelay xadgudub ama dayac?',
  'reason.hint': 'Tan waxaa laga yaabaa in loogu yeero baaritaan badbaadin ama walaac badbaadin.',
  'reason.yes': 'Haa',
  'reason.no': 'Maya',
  'reason.not_sure': 'Ma hubo',
  'reason.error': 'Dooro haa, maya ama ma hubo',

  'finished.heading': 'Goorma ayay caawimadu dhammaatay?',
  'finished.still_happening': 'Weli way socotaa',
  'finished.under_3_months': 'Wax ka yar 3 bilood ka hor',
  'finished.3_to_12_months': '3 ilaa 12 bilood ka hor',
  'finished.over_1_year': 'In ka badan hal sano ka hor',
  'finished.not_sure': 'Ma hubo',
  'finished.error': 'Dooro goorta ay caawimadu dhammaatay',
  'atRisk.heading': 'Hadda qof ma ku dhibayaa mise khatar ma ku gelinayaa?',
  'atRisk.heading.rep': 'Hadda qof ma dhibayaa qofka mise khatar ma gelinayaa?',
  'atRisk.hint':
    'Tusaale ahaan, ku garaacaya, ku cabsi gelinaya, lacagtaada qaadanaya ama aan ku daryeelin. Waa hadda, ma aha caawimadii aad heshay.',
  'atRisk.hint.rep':
    'Tusaale ahaan, garaacaya, cabsi gelinaya, lacagtiisa qaadanaya ama aan daryeelin. Waa hadda, ma aha caawimadii uu helay.',
  'atRisk.yes': 'Haa',
  'atRisk.no': 'Maya',
  'atRisk.not_sure': 'Ma hubo',
  'atRisk.error': 'Dooro in qof hadda ku dhibayo ama khatar ku gelinayo',
  'atRisk.error.rep': 'Dooro in qof hadda dhibayo qofka ama khatar gelinayo',

  'asked.heading': 'Bilowgii, qof ma ku weydiiyay waxa aad rabtay inay dhacaan?',
  'asked.heading.rep': 'Bilowgii, qof ma weydiiyay qofka waxa uu rabay inay dhacaan?',
  'asked.yes_expressed': 'Haa, waanan u sheegay',
  'asked.yes_expressed.rep': 'Haa, wuxuuna sheegay waxa uu rabay',
  'asked.yes_not_expressed': 'Haa, laakiin ma sheegin waxa aan rabay',
  'asked.yes_not_expressed.rep': 'Haa, laakiin ma sheegin waxa uu rabay',
  'asked.no': 'Maya',
  'asked.dont_know': 'Ma aqaan',
  'asked.error': 'Dooro in qof ku weydiiyay waxa aad rabtay inay dhacaan',
  'asked.error.rep': 'Dooro in qof weydiiyay qofka waxa uu rabay inay dhacaan',

  'wanted.heading': 'Maxaad rabtay inay dhacdo?',
  'wanted.heading.rep': 'Maxuu qofku rabay inay dhacdo?',
  'wanted.hint': 'Isticmaal erayadaada. Fadlan ha qorin magacyada dadka iyo meelaha.',
  'wanted.error': 'Noo sheeg waxa aad rabtay inay dhacdo, ama ka bood su’aashan',
  'wanted.errorTooLong': {
    one: 'Waxa aad rabtay waa inay ahaato {count} xaraf ama ka yar',
    other: 'Waxa aad rabtay waa inay ahaato {count} xaraf ama ka yar',
  },

  'achieved.heading': 'Taasi ma dhacday?',
  'achieved.fully': 'Haa, si buuxda',
  'achieved.partly': 'Qayb ahaan',
  'achieved.no': 'Maya',
  'achieved.dont_know': 'Ma aqaan',
  'achieved.error': 'Dooro in waxa aad rabtay ay dhaceen',
  'achieved.error.rep': 'Dooro in waxa qofku rabay ay dhaceen',

  'safer.heading': 'Hadda ma dareemaysaa ammaan badan?',
  'safer.heading.rep': 'Qofku hadda ma dareemayaa ammaan badan?',
  'safer.a_lot': 'Haa, ammaan aad u badan',
  'safer.a_bit': 'Haa, ammaan yar oo dheeraad ah',
  'safer.no_different': 'Wax isbeddel ah ma jiro',
  'safer.less_safe': 'Ammaan ka yar',
  'safer.dont_know': 'Ma aqaan',
  'safer.error': 'Dooro inaad hadda dareemayso ammaan badan',
  'safer.error.rep': 'Dooro in qofku hadda dareemayo ammaan badan',

  'experience.caption': 'Sida laguula dhaqmay ({number} ka mid ah {total})',
  'experience.caption.rep': 'Sida loola dhaqmay qofka ({number} ka mid ah {total})',
  'experience.listened': 'Waa la i dhageystay',
  'experience.listened.rep': 'Waa la dhageystay',
  'experience.involved': 'Waxaan ka qayb qaatay inta aan rabay',
  'experience.involved.rep': 'Wuxuu ka qayb qaatay inta uu rabay',
  'experience.dignity': 'Waxaa la ila dhaqmay sharaf iyo ixtiraam',
  'experience.dignity.rep': 'Waxaa loola dhaqmay sharaf iyo ixtiraam',
  'experience.informed': 'Waa la ii sheegayay waxa socda',
  'experience.informed.rep': 'Waa loo sheegayay waxa socda',
  'experience.understood_roles': 'Waan fahmay qof kasta cidda uu yahay iyo waxa uu qabanayo',
  'experience.understood_roles.rep': 'Wuu fahmay qof kasta cidda uu yahay iyo waxa uu qabanayo',
  'experience.shared_when_needed': 'Macluumaadkayga waxaa la wadaagay oo keliya marka loo baahdo',
  'experience.shared_when_needed.rep':
    'Macluumaadkiisa waxaa la wadaagay oo keliya marka loo baahdo',
  'experience.yes_completely': 'Haa, gebi ahaanba',
  'experience.yes_partly': 'Haa, qayb ahaan',
  'experience.no': 'Maya',
  'experience.dont_know': 'Ma aqaan',
  'experience.not_applicable': 'Tani ima khusayso',
  'experience.error': 'Dooro jawaab “{statement}”',

  'helpSay.heading': 'Qof ma kaa caawiyay inaad codkaaga dhiibato?',
  'helpSay.heading.rep': 'Qof ma ka caawiyay qofka inuu codkiisa dhiibto?',
  'helpSay.advocate': 'Haa, u-doode',
  'helpSay.family_friend': 'Haa, qoys ama saaxiib',
  'helpSay.both': 'Haa, u-doode iyo qoys ama saaxiibo labadaba',
  'helpSay.no_one_wanted': 'Cidna, laakiin waxaan rabay caawimo',
  'helpSay.no_one_wanted.rep': 'Cidna, laakiin qofku wuxuu rabay caawimo',
  'helpSay.no_one_not_needed': 'Cidna, caawimo looma baahnayn',
  'helpSay.dont_know': 'Ma aqaan',
  'helpSay.error': 'Dooro in qof kaa caawiyay inaad codkaaga dhiibato',
  'helpSay.error.rep': 'Dooro in qof ka caawiyay qofka inuu codkiisa dhiibto',

  'harm.heading': 'Waa maxay nooca waxyeellada?',
  'harm.hint': 'Su’aashan waa ikhtiyaari. Dooro dhammaan kuwa khuseeya.',
  'harm.physical': 'Qof ayaa jidhka wax u yeelay (xadgudub jireed)',
  'harm.sexual': 'Xadgudub galmo',
  'harm.psychological': 'Hanjabaad, cagajuglayn ama cabsi gelin (xadgudub nafsi ah)',
  'harm.financial': 'Lacag ama alaab la qaatay ama si khaldan loo isticmaalay (xadgudub dhaqaale)',
  'harm.discriminatory': 'Si xun loola dhaqmay sababtoo ah cidda uu yahay (takoor)',
  'harm.organisational':
    'Daryeel xun oo ka yimid guri daryeel, isbitaal ama adeeg (xadgudub hay’adeed)',
  'harm.neglect': 'Aan helin daryeelka ama caawimada uu u baahnaa (dayac)',
  'harm.domestic': 'Xadgudub ka yimid lammaane ama qof qoyska ah (xadgudub qoys)',
  'harm.sexual_exploitation': 'Loo isticmaalay galmo (ka faa’iidaysi galmo)',
  'harm.modern_slavery': 'Lagu qasbay shaqo ama la xakameeyay (addoonsi casri ah)',
  'harm.self_neglect': 'Aan awoodin inuu naftiisa daryeelo (is-dayac)',

  'where.heading': 'Xaggee ayay ka dhacday?',
  'where.hint': 'Su’aashan waa ikhtiyaari.',
  'where.own_home': 'Guriga',
  'where.community': 'Bannaanka, bulshada dhexdeeda',
  'where.community_service': 'Xarun maalmeed ama adeeg kale oo bulsho',
  'where.care_home_nursing': 'Guri daryeel oo leh kalkaaliyeyaal',
  'where.care_home_residential': 'Guri daryeel',
  'where.hospital_acute': 'Isbitaal guud',
  'where.hospital_mental_health': 'Isbitaal caafimaadka maskaxda',
  'where.hospital_community': 'Isbitaal bulsho',
  'where.other': 'Meel kale',

  'story.heading': 'Noo sheeg waxa dhacay, adigoo isticmaalaya erayadaada',
  'story.heading.rep': 'Noo sheeg waxa dhacay, adigoo isticmaalaya erayadaada',
  'story.hint':
    'Maxaa dhacay, sidee bayse dadkii ku caawinayay kuula dhaqmeen? Fadlan ha qorin magacyada dadka, meelaha iyo taariikhaha. Waxaan ka saarnaa wax kasta oo qof lagu garan karo.',
  'story.hint.rep':
    'Maxaa dhacay, sidee bayse dadkii caawinayay ula dhaqmeen qofka? Fadlan ha qorin magacyada dadka, meelaha iyo taariikhaha. Waxaan ka saarnaa wax kasta oo qof lagu garan karo.',
  'story.error': 'Noo sheeg waxa dhacay',
  'story.errorTooLong': {
    one: 'Sheekadaadu waa inay ahaato {count} xaraf ama ka yar',
    other: 'Sheekadaadu waa inay ahaato {count} xaraf ama ka yar',
  },

  'helped.heading': 'Maxaa ugu badnaa ee caawiyay?',
  'helped.hint': 'Su’aashan waa ikhtiyaari.',
  'helped.errorTooLong': {
    one: 'Jawaabtani waa inay ahaato {count} xaraf ama ka yar',
    other: 'Jawaabtani waa inay ahaato {count} xaraf ama ka yar',
  },

  'change.heading': 'Maxaa isbeddel u baahan?',
  'change.hint': 'Su’aashan waa ikhtiyaari. Maxaa wax ka wanaajin lahaa?',
  'change.errorTooLong': {
    one: 'Jawaabtani waa inay ahaato {count} xaraf ama ka yar',
    other: 'Jawaabtani waa inay ahaato {count} xaraf ama ka yar',
  },

  'consent.heading': 'Sidee baan u isticmaali karnaa sheekadaada?',
  'consent.heading.rep': 'Sidee baan u isticmaali karnaa sheekadan?',
  'consent.hint': 'Dooro dhammaan waxa aad ogolaato. Looma baahna inaad mid ogolaato.',
  'consent.board_share':
    'La wadaag Guddiga Badbaadinta Dadka Waaweyn (Safeguarding Adults Board), iyadoo faahfaahinta la saaray',
  'consent.training': 'U isticmaal tababarka shaqaalaha, iyadoo faahfaahinta la saaray',
  'consent.publish': 'Ku daabac boggayaga internetka, iyadoo faahfaahinta la saaray',
  'consent.quote': 'Soo xigan erayadayda saxda ah',
  'consent.quote.rep': 'Soo xigan erayada saxda ah ee aan qoray',
  'consent.contact_check':
    'Ila soo xiriir si aan u hubiyo sheekadayda ka hor inta aan la isticmaalin',
  'consent.contact_involve':
    'Ila soo xiriir ku saabsan ka qayb qaadashada golaha dadka adeegyada isticmaala',
  'consent.statistics':
    'Had iyo jeer jawaabaha su’aalaha waxaan u tirinnaa magac la’aan, si aan u ogaanno sida badbaadintu u shaqeyso. Cidna lagama garan karo tirooyinkan.',
  'consent.duration':
    'Doorashooyinkaagu waxay socdaan 24 bilood. Waqti kasta waad beddeli kartaa go’aankaaga ama waad ka noqon kartaa sheekadaada adigoo isticmaalaya lambarka tixraaca ee aan ku siino.',
  'consent.notAsked':
    'Maadaama qofka aan la weydiin, jawaabahan waxaan u tirin doonnaa oo keliya magac la’aan. Sheekada ma wadaagi doonno mana daabici doonno.',
  'consent.none': 'Midna',

  'contact.heading': 'Sidee baan kuula soo xiriirnaa?',
  'contact.hint':
    'Tan waxaan u isticmaali doonnaa oo keliya inaan kuugala soo xiriirno waxa aad dooratay.',
  'contact.name': 'Magacaaga',
  'contact.nameHint': 'Ikhtiyaari. Magaca aad rabto inaan kuugu yeerno.',
  'contact.method': 'Sidee baan kuula soo xiriirnaa?',
  'contact.email': 'Iimayl',
  'contact.emailLabel': 'Ciwaanka iimaylka',
  'contact.phone': 'Taleefan',
  'contact.phoneLabel': 'Lambarka taleefanka',
  'contact.phoneHint': 'Lambarrada caalamiga ah ku dar koodhka dalka',
  'contact.safeMessage': 'Ma ammaan baa in fariin laguu dhaafo?',
  'contact.safeMessageYes': 'Haa, waa ammaan in fariin la dhaafo',
  'contact.safeMessageNo': 'Maya, ha dhaafin fariin',
  'contact.safeMessageHint':
    'Ka fikir in qof kale akhrin karo fariimahaaga ama ka jawaabi karo taleefankaaga.',
  'contact.wording': 'Sidee fariimahayagu u qornaadaan?',
  'contact.wordingHint':
    'Qof kale ayaa arki kara mawduuca ama cidda soo dirtay. Haddii aadan dooran, waxaan isticmaalaynaa qoraal qarsoon.',
  'contact.wordingNeutral':
    'Qarsoon: mawduuca iyo cidda soo dirtay ma sheegaan xadgudub ama ilaalin',
  'contact.wordingNamed':
    'Cad: mawduucu wuxuu sheegayaa inay ku saabsan tahay sheekadii aad sheegtay',
  'contact.errorMethod': 'Dooro sida aan kuula soo xiriirno',
  'contact.errorEmail': 'Geli ciwaan iimayl oo qaab sax ah, sida name@example.com',
  'contact.errorPhone': 'Geli lambar taleefan, sida 01632 960 001 ama 07700 900 982',
  'contact.errorSafeMessage': 'Dooro in ay ammaan tahay in fariin laguu dhaafo',
  'contact.errorName': {
    one: 'Magacaagu waa inuu ahaado {count} xaraf ama ka yar',
    other: 'Magacaagu waa inuu ahaado {count} xaraf ama ka yar',
  },

  'check.heading': 'Hubi jawaabahaaga ka hor intaadan dirin',
  'check.sendHeading': 'Hadda dir sheekadaada',
  'check.sendText':
    'Markaad tan dirto, waxaad xaqiijinaysaa in waxa aad noo sheegtay ay run yihiin inta aad ogtahay.',
  'check.send': 'Dir',
  'check.sending': 'Sheekadaada waa la dirayaa…',
  'check.notAnswered': 'Lama jawaabin',
  'check.noneSelected': 'Waxba lama dooran',
  'check.consented': 'Haa',
  'check.notConsented': 'Maya',
  'check.consentsHeading': 'Sida aan u isticmaali karno',
  'check.answersHeading': 'Jawaabahaaga',
  'check.retrying':
    'Kuma xiriiri karin server-kayaga. Mar kale ayaan isku dayaynaa. Jawaabahaagu way ammaan yihiin boggan.',
  'check.failed':
    'Waan ka xunnahay, sheekadaada ma dirin karin. Jawaabahaagu weli halkan ayay yaalliin. Fadlan isku day mar kale dhowr daqiiqo kadib.',
  'check.rateLimited':
    'Sheekooyin badan ayaan ka helnay xiriirkan. Fadlan sug dhowr daqiiqo, kadibna mar kale riix “Dir”. Wax kasta oo aad qortay weli halkan ayay yaalliin.',

  'done.heading': 'Sheekadaada waa la diray',
  'done.referenceLabel': 'Lambarkaaga tixraaca',
  'done.writeDown':
    'Qor lambarkan ama sawir ka qaad. Waxaad ugu baahan doontaa inaad beddesho doorashooyinkaaga ama aad ka noqoto sheekadaada. Nuqul kuma kaydinno qalabkaaga.',
  'done.nextHeading': 'Maxaa xiga',
  'done.next1': 'Isku-duwaha golaha ayaa akhrin doona sheekadaada 5 maalmood oo shaqo gudahood.',
  'done.next1UrgentHours': {
    one: 'Maadaama aad noo sheegtay in qof khatar ku jiri karo, isku-duwe ayaa akhrin doona sheekadaada {count} saacad oo shaqo gudaheed.',
    other:
      'Maadaama aad noo sheegtay in qof khatar ku jiri karo, isku-duwe ayaa akhrin doona sheekadaada {count} saacadood oo shaqo gudahood.',
  },
  'done.nextContact':
    'Waxaad codsatay inaan kula xiriirno. Waxaan u samayn doonnaa sida aad dooratay.',
  'done.keepCopyHeading': 'Hayso nuqul',
  'done.print': 'Daabac boggan',
  'done.answers': 'Jawaabahaaga',
  'done.copyHeading': 'Iimayl iigu soo dir nuqul',
  'done.copyHint':
    'Lambarkaaga tixraaca iyo jawaabahaaga hal mar ayaan u diri doonnaa cinwaankan. Kadib ma hayno cinwaanka. Isticmaal cinwaan adiga keligaa akhrido.',
  'done.copySend': 'Ii soo dir nuqul',
  'done.copySending': 'Nuqulkaaga waa la dirayaa…',
  'done.copySent':
    'Waxaan nuqul u diraynaa cinwaanka aad bixisay. Waxaa laga yaabaa inuu daqiiqado qaato.',
  'done.copyErrorAlready': 'Horay ayaan u dirnay nuqul sheekadan. Hal keliya ayaan diri karnaa.',
  'done.copyErrorTooLate':
    'Waqtigii nuqul iimayl lagu diri lahaa waa dhaafay. Qor lambarkaaga tixraaca ama daabac boggan.',
  'done.copyErrorFailed': 'Waan ka xunnahay, hadda nuqulka ma diri karin. Mar dambe isku day.',
  'done.next2': 'Wuxuu ka saari doonaa wax kasta oo qof lagu garan karo.',
  'done.next3': 'Sheekadaada waxaa loo isticmaali doonaa oo keliya siyaabaha aad dooratay.',
  'done.passOnHeading': 'Goorta aan macluumaad u gudbin karno',
  'done.passOn':
    'Haddii waxa aad noo sheegtay ay naga dhigaan inaan u malayno in qof halis ugu jiro waxyeello culus, waxaa laga yaabaa inaan macluumaad u gudbinno kooxda badbaadinta si loo ilaaliyo. Haddii ay suurtogal tahay, marka hore waxaan isku dayi doonnaa inaan kula hadalno.',
  'done.withdraw': 'Beddel doorashooyinkaaga ama ka noqo sheekadaada',
  'done.supportHeading': 'Taageero',
  'done.support':
    'Haddii tani ay kuu keentay dareen adag, waqti kasta waxaad la hadli kartaa Samaritans 116 123 (bilaash, Ingiriisi).',

  'errors.summaryTitle': 'Dhibaato ayaa jirta',
  'errors.server':
    'Waan ka xunnahay, dhibaato ayaa ku jirta adeegga. Jawaabahaagu ma lumin. Isku day mar dambe.',
  'errors.tooLong': {
    one: 'Tani waa inay ahaato {count} xaraf ama ka yar',
    other: 'Tani waa inay ahaato {count} xaraf ama ka yar',
  },
  'errors.unknownSite': 'Boggan ma helin. Hubi xiriirka (link) aad raacday.',

  'noscript.heading': 'Noo sheeg taageerada badbaadinta ee aad heshay',
  'noscript.intro':
    'Ka jawaab su’aalahan oo dhammaadka riix “Dir”. Waad ka boodi kartaa su’aalaha lagu calaamadeeyay ikhtiyaari.',
  'common.charactersLimit': {
    one: 'Waxaad qori kartaa ilaa {count} xaraf',
    other: 'Waxaad qori kartaa ilaa {count} xaraf',
  },
  'form.honeypotLabel': 'Sanduuqan banaan ka dhaaf',
  'errors.notFoundHeading': 'Boggan lama helin',
  'errors.otherSiteHeading': 'Foomkan ma aqbali karin',
  'errors.tooLarge':
    'Waxa aad soo dirtay way ka dheer yihiin inta aan aqbali karno. Fadlan soo gaabi jawaabahaaga oo mar kale isku day.',
  'errors.otherSite':
    'Foomkan ma aqbali karin sababtoo ah waxaa laga soo diray bog kale. Fadlan isticmaal foomka boggan ku yaal.',
  'noscript.onlyRepresentatives': 'Ka jawaab tan oo keliya haddii aad noo sheegayso qof kale.',
  'noscript.onlyIfAsked':
    'Ka jawaab tan oo keliya haddii qof ku weydiiyay waxa aad rabtay inay dhacdo.',
  'noscript.onlyIfContact': 'Ka jawaab tan oo keliya haddii aad dooratay in lagula soo xiriiro.',
  'withdraw.title': 'Beddel doorashooyinkaaga ama ka noqo sheekadaada',
  'withdraw.intro':
    'Waqti kasta waad ka noqon kartaa sheekadaada, ama waad beddeli kartaa sida loo isticmaalo. Akoon uma baahnid: waxaad u baahan tahay lambarka tixraaca ee lagu siiyay markaad sheekada dirtay.',
  'withdraw.referenceLabel': 'Lambarkaaga tixraaca',
  'withdraw.referenceHint':
    'Wuxuu ku qornaa boggii aad aragtay kadib markaad sheekada dirtay. Wuxuu u eg yahay K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Sii wad',
  'withdraw.exit': 'Ka bax boggan',
  'withdraw.lostReference':
    'Haddii lambarka tixraaca kaa lumay, weydii hay’adda aad isticmaashay boggeeda inay la xiriirto isku-duwaha golaha.',
  'withdraw.error.empty': 'Geli lambarkaaga tixraaca',
  'withdraw.error.length':
    'Lambarkaaga tixraacu waa inuu noqdaa 13 xaraf iyo tiro, sida K7M-2QX-4TR-8WZD',
  'withdraw.error.characters':
    'Lambarka tixraacu waa inuu ka koobnaado oo keliya xarfo, tirooyin, meelo bannaan iyo jiitin',
  'withdraw.error.check':
    'Hubi lambarkaaga tixraaca: xaraf ama tiro ayaa khaldami karta, ama laba ayaa meel isku beddeli kara',
  'withdraw.error.notFound': 'Sheeko leh tixraacaas ma helin. Hubi oo mar kale isku day.',
  'withdraw.error.tooMany':
    'Waxaad isku dayday dhowr lambar. Fadlan sug {minutes} daqiiqo oo mar kale isku day.',
  'withdraw.error.chooseAction':
    'Dooro inaad ka noqoto sheekadaada ama aad beddesho doorashooyinkaaga',
  'withdraw.choicesHeading': 'Maxaad jeclaan lahayd inaad samayso?',
  'withdraw.actionWithdraw': 'Ka noqo sheekadayda',
  'withdraw.actionWithdrawHint':
    'Isla markiiba waxaan tirtiri doonnaa waxa aad qortay iyo xog kasta oo xiriir. Tan dib looma celin karo.',
  'withdraw.actionChange': 'Beddel sida sheekadayda loo isticmaali karo',
  'withdraw.actionChangeHint': 'Ka saar calaamadda wax kasta oo aadan hadda ogolayn.',
  'withdraw.purposesLegend': 'Waxaad ogolaatay inaan:',
  'withdraw.purposesHint':
    'Ka saar calaamadda wax kasta oo aadan hadda ogolayn. Halkan kuma dari kartid isticmaal cusub.',
  'withdraw.noPurposes':
    'Ma aadan ogolaan isticmaal la beddeli karo. Weli waad ka noqon kartaa sheekadaada.',
  'withdraw.submit': 'Xaqiiji',
  'withdraw.doneWithdrawnHeading': 'Sheekadaada waa laga noqday',
  'withdraw.doneWithdrawnBody':
    'Waxaan tirtirnay waxa aad qortay iyo xogta xiriirka ee aad bixisay. Sheekadaada laguma isticmaali doono waraaqo cusub oo Guddiga ah, tababar ama bog internet.',
  'withdraw.doneRecordBody':
    'Waraaqihii horay loo siiyay shir Guddi waxay u harayaan diiwaanka shirkaas; weligood kuma jirin magacaaga ama xogtaada. Jawaabahaaga su’aalaha doorashada weli waxaa lagu tiriyaa tirakoobka, magac la’aan.',
  'withdraw.doneChangedHeading': 'Doorashooyinkaaga waa la beddelay',
  'withdraw.doneChangedBody':
    'Mar dambe uma isticmaali doonno sheekadaada siyaabaha aad calaamadda ka saartay. Tani isla markiiba way dhaqan gashay.',
  'withdraw.doneNoChange': 'Calaamad kama aadan saarin, sidaa darteed waxba isma beddelin.',
  'withdraw.alreadyWithdrawnHeading': 'Sheekadan horay ayaa looga noqday',
  'withdraw.alreadyWithdrawnBody':
    'Waxa aad qortay waa la tirtiray. Wax kale uma baahnid inaad samayso.',
  'withdraw.startAgain': 'Beddel doorashooyinka sheeko kale',
  'withdraw.support':
    'Haddii tani ay kuu keentay dareen adag, waqti kasta waxaad la hadli kartaa Samaritans 116 123 (bilaash, Ingiriisi).',
  'language.navLabel': 'Dooro luqad',
  'language.machineDrafted':
    'Turjumaaddan weli ma hubin qof Soomaaliga ku hadla. Haddii wax aan caddayn jiraan, waxaad qof ka codsan kartaa inuu ku caawiyo.',
} as const satisfies CatalogueDraft;
