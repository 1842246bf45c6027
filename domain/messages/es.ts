import type { CatalogueDraft } from '../languages.ts';

/**
 * Spanish (español). Machine-drafted: a native speaker has not yet checked it
 * (docs/translating.md). Uses "usted", as NHS Spanish materials do, and phrasing that avoids
 * gendered adjectives ("con más seguridad" rather than "más seguro/a").
 */
export const es = {
  'meta.lang': 'es',
  'meta.dir': 'ltr',
  'meta.languageName': 'Español',
  'meta.reviewStatus': 'machine-drafted',

  'service.name': 'Cuéntenos cómo fue el apoyo de protección que recibió',
  'page.title': '{heading} – {service}',
  'page.errorPrefix': 'Error: ',
  'common.continue': 'Continuar',
  'common.back': 'Atrás',
  'common.change': 'Cambiar',
  'common.getHelp': 'Pida ayuda para rellenar esto',
  'common.getHelpText':
    'Puede pedir ayuda a un amigo, un familiar, un cuidador o un defensor. También puede llamar al {contactPhone} y alguien le ayudará a rellenarlo.',
  'common.getHelpTextNoPhone':
    'Puede pedir a un amigo, un familiar, un cuidador o un defensor que le ayude a rellenarlo.',
  'common.charactersLeft': {
    one: 'Le queda {count} carácter',
    many: 'Le quedan {count} de caracteres',
    other: 'Le quedan {count} caracteres',
  },
  'common.charactersTooMany': {
    one: 'Tiene {count} carácter de más',
    many: 'Tiene {count} de caracteres de más',
    other: 'Tiene {count} caracteres de más',
  },
  'common.skip': 'Saltar esta pregunta',

  'exit.button': 'Salir de esta página',
  'embed.close': 'Cerrar',
  'exit.hint': 'O pulse la tecla Mayús (Shift) 3 veces para salir rápidamente.',
  'exit.pressesLeft': 'Ha pulsado Mayús {count} de 3 veces',

  'danger.heading': 'Si usted u otra persona está en peligro ahora',
  'danger.call999': 'Llame al 999 si alguien está en peligro en este momento.',
  'danger.deafText':
    'Si no puede hablar, llame al 999 y pulse 55 cuando se lo pidan, o envíe un SMS al 999 si está registrado para SMS de emergencia.',
  'danger.contactIntro':
    'Para hablar con alguien sobre una preocupación, contacte con {contactName}:',
  'danger.phone': 'Teléfono: {phone}',
  'danger.link': 'Contactar con {contactName} por internet',
  'danger.keepGoingHours': {
    one: 'Puede terminar de contar su historia. Una persona coordinadora la leerá en un plazo de {count} hora laborable.',
    many: 'Puede terminar de contar su historia. Una persona coordinadora la leerá en un plazo de {count} de horas laborables.',
    other:
      'Puede terminar de contar su historia. Una persona coordinadora la leerá en un plazo de {count} horas laborables.',
  },
  'danger.toggle': 'Ayuda ahora: contactos si está en peligro',
  'danger.hide': 'Ocultar estos contactos',
  'danger.crisisHeading': 'Si piensa en el suicidio o en hacerse daño',
  'danger.samaritans': 'Samaritans: llame al 116 123, gratis, a cualquier hora (en inglés)',
  'danger.nhs111': 'NHS 111: llame al 111 y elija la opción de salud mental',

  'start.heading': 'Cuéntenos cómo fue el apoyo de protección que recibió',
  'start.lead':
    'Si recibió ayuda porque alguien estaba preocupado por abuso o abandono, queremos saber cómo fue para usted. Lo que nos cuente ayuda a {boardName} a mejorar la protección de las personas.',
  'start.notReportHeading': 'Esta no es la forma de denunciar un abuso',
  'start.notReport':
    'No leemos las historias al momento. Si ahora le preocupa un abuso o un abandono, contacte con {contactName}.',
  'start.usedHeading': 'Cómo usamos lo que nos cuenta',
  'start.used1':
    'Una persona coordinadora del foro lee cada historia y quita todo lo que pueda identificar a alguien.',
  'start.used2':
    'Usted elige para qué se puede usar su historia. Puede cambiar de opinión más adelante.',
  'start.used3':
    'Contamos las respuestas de forma anónima para ver si la protección funciona bien para las personas.',
  'start.time':
    'Se tarda unos 10 a 15 minutos. Puede saltar las preguntas marcadas como opcionales.',
  'start.button': 'Empezar ahora',
  'start.siteBy': 'Este servicio lo ofrece {partnerName} para {boardName}.',

  'online.heading': 'Mantenerse seguro en internet',
  'online.p1':
    'Si alguien puede ver lo que hace, use el botón «Salir de esta página». Le lleva enseguida a otra web.',
  'online.p2': 'También puede pulsar la tecla Mayús (Shift) 3 veces para salir rápidamente.',
  'online.p3':
    'Salir de esta página no la borra del historial del navegador. No guardamos nada en su dispositivo. Para ocultar su visita, use una ventana privada o de incógnito, o borre el historial después.',

  'who.heading': '¿Quién está rellenando esto?',
  'who.hint': 'Puede contarnos su propia experiencia o la de alguien a quien ayuda.',
  'who.self': 'Soy la persona que recibió el apoyo',
  'who.family': 'Un familiar',
  'who.friend': 'Un amigo o una amiga',
  'who.carer': 'Un cuidador no remunerado',
  'who.advocate': 'Un defensor independiente (incluido un IMCA)',
  'who.other': 'Otra persona',
  'who.error': 'Elija quién está rellenando esto',

  'knows.heading': '¿Sabe la persona que nos está hablando del apoyo que recibió?',
  'knows.yes_happy': 'Sí, y le parece bien que se lo cuente',
  'knows.unable_to_decide': 'No puede decidir sobre esto',
  'knows.died': 'La persona ha fallecido',
  'knows.not_asked': 'No se lo he preguntado',
  'knows.notAskedHint':
    'Si no se lo ha preguntado, contaremos sus respuestas de forma anónima, pero no usaremos la historia de ninguna otra manera.',
  'knows.error': 'Elija si la persona sabe que nos lo está contando',

  'reason.heading': '¿Recibió ayuda porque alguien estaba preocupado por abuso o abandono?',
  'reason.heading.rep':
    '¿Esa persona recibió ayuda porque alguien estaba preocupado por un abuso o abandono?',
  'reason.hint':
    'Puede que lo llamaran investigación de protección (safeguarding enquiry) o aviso de preocupación.',
  'reason.yes': 'Sí',
  'reason.no': 'No',
  'reason.not_sure': 'No estoy seguro',
  'reason.error': 'Elija sí, no o no estoy seguro',

  'finished.heading': '¿Cuándo terminó la ayuda?',
  'finished.still_happening': 'Todavía continúa',
  'finished.under_3_months': 'Hace menos de 3 meses',
  'finished.3_to_12_months': 'Hace entre 3 y 12 meses',
  'finished.over_1_year': 'Hace más de un año',
  'finished.not_sure': 'No estoy seguro',
  'finished.error': 'Elija cuándo terminó la ayuda',
  'atRisk.heading': '¿Alguien le está haciendo daño o le pone en peligro ahora?',
  'atRisk.heading.rep': '¿Alguien le está haciendo daño a esa persona o la pone en peligro ahora?',
  'atRisk.hint':
    'Por ejemplo, que le pegue, le asuste, le quite el dinero o no le cuide. Se trata de ahora, no de la ayuda que recibió.',
  'atRisk.hint.rep':
    'Por ejemplo, que le pegue, la asuste, le quite el dinero o no la cuide. Se trata de ahora, no de la ayuda que recibió.',
  'atRisk.yes': 'Sí',
  'atRisk.no': 'No',
  'atRisk.not_sure': 'No lo sé seguro',
  'atRisk.error': 'Elija si alguien le está haciendo daño o le pone en peligro ahora',
  'atRisk.error.rep':
    'Elija si alguien le está haciendo daño a esa persona o la pone en peligro ahora',

  'asked.heading': 'Al principio, ¿alguien le preguntó qué quería que pasara?',
  'asked.heading.rep': 'Al principio, ¿alguien le preguntó a esa persona qué quería que pasara?',
  'asked.yes_expressed': 'Sí, y se lo dije',
  'asked.yes_expressed.rep': 'Sí, y dijo lo que quería',
  'asked.yes_not_expressed': 'Sí, pero no dije lo que quería',
  'asked.yes_not_expressed.rep': 'Sí, pero no dijo lo que quería',
  'asked.no': 'No',
  'asked.dont_know': 'No lo sé',
  'asked.error': 'Elija si alguien le preguntó qué quería que pasara',
  'asked.error.rep': 'Elija si alguien le preguntó a esa persona qué quería que pasara',

  'wanted.heading': '¿Qué quería que pasara?',
  'wanted.heading.rep': '¿Qué quería esa persona que pasara?',
  'wanted.hint': 'Use sus propias palabras. Por favor, no ponga nombres de personas ni de lugares.',
  'wanted.error': 'Díganos qué quería que pasara, o salte esta pregunta',
  'wanted.errorTooLong': {
    one: 'Lo que quería que pasara debe tener {count} carácter como máximo',
    many: 'Lo que quería que pasara debe tener {count} de caracteres como máximo',
    other: 'Lo que quería que pasara debe tener {count} caracteres como máximo',
  },

  'achieved.heading': '¿Pasó eso?',
  'achieved.fully': 'Sí, del todo',
  'achieved.partly': 'En parte',
  'achieved.no': 'No',
  'achieved.dont_know': 'No lo sé',
  'achieved.error': 'Elija si pasó lo que quería',
  'achieved.error.rep': 'Elija si pasó lo que esa persona quería',

  'safer.heading': '¿Se siente con más seguridad ahora?',
  'safer.heading.rep': '¿Esa persona se siente con más seguridad ahora?',
  'safer.a_lot': 'Sí, con mucha más seguridad',
  'safer.a_bit': 'Sí, con algo más de seguridad',
  'safer.no_different': 'Igual que antes',
  'safer.less_safe': 'Con menos seguridad',
  'safer.dont_know': 'No lo sé',
  'safer.error': 'Elija si se siente con más seguridad ahora',
  'safer.error.rep': 'Elija si esa persona se siente con más seguridad ahora',

  'experience.caption': 'Cómo le trataron ({number} de {total})',
  'experience.caption.rep': 'Cómo trataron a esa persona ({number} de {total})',
  'experience.listened': 'Me escucharon',
  'experience.listened.rep': 'Le escucharon',
  'experience.involved': 'Pude participar tanto como quise',
  'experience.involved.rep': 'Pudo participar tanto como quiso',
  'experience.dignity': 'Me trataron con dignidad y respeto',
  'experience.dignity.rep': 'Le trataron con dignidad y respeto',
  'experience.informed': 'Me mantuvieron informado de lo que pasaba',
  'experience.informed.rep': 'Le mantuvieron informado de lo que pasaba',
  'experience.understood_roles': 'Entendí quién era cada persona y qué hacía',
  'experience.understood_roles.rep': 'Entendió quién era cada persona y qué hacía',
  'experience.shared_when_needed': 'Mi información solo se compartió cuando hacía falta',
  'experience.shared_when_needed.rep': 'Su información solo se compartió cuando hacía falta',
  'experience.yes_completely': 'Sí, totalmente',
  'experience.yes_partly': 'Sí, en parte',
  'experience.no': 'No',
  'experience.dont_know': 'No lo sé',
  'experience.not_applicable': 'No corresponde',
  'experience.error': 'Elija una respuesta para «{statement}»',

  'helpSay.heading': '¿Alguien le ayudó a expresar su opinión?',
  'helpSay.heading.rep': '¿Alguien ayudó a esa persona a expresar su opinión?',
  'helpSay.advocate': 'Sí, un defensor',
  'helpSay.family_friend': 'Sí, la familia o un amigo',
  'helpSay.both': 'Sí, un defensor y también la familia o amigos',
  'helpSay.no_one_wanted': 'Nadie, pero yo quería ayuda',
  'helpSay.no_one_wanted.rep': 'Nadie, pero esa persona quería ayuda',
  'helpSay.no_one_not_needed': 'Nadie, y no hacía falta ayuda',
  'helpSay.dont_know': 'No lo sé',
  'helpSay.error': 'Elija si alguien le ayudó a expresar su opinión',
  'helpSay.error.rep': 'Elija si alguien ayudó a esa persona a expresar su opinión',

  'harm.heading': '¿Qué tipo de daño fue?',
  'harm.hint': 'Esta pregunta es opcional. Elija todas las que correspondan.',
  'harm.physical': 'Alguien le hizo daño en el cuerpo (abuso físico)',
  'harm.sexual': 'Abuso sexual',
  'harm.psychological': 'Amenazas, acoso o que le hicieran sentir miedo (abuso psicológico)',
  'harm.financial': 'Le quitaron o usaron mal su dinero o sus cosas (abuso económico)',
  'harm.discriminatory': 'Le trataron mal por ser quien es (discriminación)',
  'harm.organisational':
    'Mala atención en una residencia, un hospital o un servicio (abuso institucional)',
  'harm.neglect': 'No recibió los cuidados o la ayuda que necesitaba (abandono)',
  'harm.domestic': 'Abuso por parte de la pareja o de un familiar (violencia doméstica)',
  'harm.sexual_exploitation': 'Le usaron para el sexo (explotación sexual)',
  'harm.modern_slavery': 'Le obligaron a trabajar o le controlaban (esclavitud moderna)',
  'harm.self_neglect': 'No podía cuidar de sí mismo (autoabandono)',

  'where.heading': '¿Dónde pasó?',
  'where.hint': 'Esta pregunta es opcional.',
  'where.own_home': 'En casa',
  'where.community': 'Fuera, en el barrio o la calle',
  'where.community_service': 'En un centro de día u otro servicio de la zona',
  'where.care_home_nursing': 'En una residencia con enfermería',
  'where.care_home_residential': 'En una residencia',
  'where.hospital_acute': 'En un hospital general',
  'where.hospital_mental_health': 'En un hospital de salud mental',
  'where.hospital_community': 'En un hospital comunitario',
  'where.other': 'En otro lugar',

  'story.heading': 'Cuéntenos qué pasó, con sus propias palabras',
  'story.heading.rep': 'Cuéntenos qué pasó, con sus propias palabras',
  'story.hint':
    '¿Qué pasó y cómo le trataron las personas que le ayudaban? Por favor, no ponga nombres de personas, lugares ni fechas. Quitamos todo lo que pueda identificar a alguien.',
  'story.hint.rep':
    '¿Qué pasó y cómo trataron a esa persona quienes le ayudaban? Por favor, no ponga nombres de personas, lugares ni fechas. Quitamos todo lo que pueda identificar a alguien.',
  'story.error': 'Cuéntenos qué pasó',
  'story.errorTooLong': {
    one: 'Su historia debe tener {count} carácter como máximo',
    many: 'Su historia debe tener {count} de caracteres como máximo',
    other: 'Su historia debe tener {count} caracteres como máximo',
  },

  'helped.heading': '¿Qué ayudó más?',
  'helped.hint': 'Esta pregunta es opcional.',
  'helped.errorTooLong': {
    one: 'Lo que más ayudó debe tener {count} carácter como máximo',
    many: 'Lo que más ayudó debe tener {count} de caracteres como máximo',
    other: 'Lo que más ayudó debe tener {count} caracteres como máximo',
  },

  'change.heading': '¿Qué debería cambiar?',
  'change.hint': 'Esta pregunta es opcional. ¿Qué habría mejorado las cosas?',
  'change.errorTooLong': {
    one: 'Lo que debería cambiar debe tener {count} carácter como máximo',
    many: 'Lo que debería cambiar debe tener {count} de caracteres como máximo',
    other: 'Lo que debería cambiar debe tener {count} caracteres como máximo',
  },

  'consent.heading': '¿Cómo podemos usar su historia?',
  'consent.heading.rep': '¿Cómo podemos usar esta historia?',
  'consent.hint': 'Marque todo lo que acepte. No tiene que aceptar ninguna.',
  'consent.board_share':
    'Compartirla con la Junta de Protección de Adultos (Safeguarding Adults Board), sin datos que identifiquen',
  'consent.training': 'Usarla para formar al personal, sin datos que identifiquen',
  'consent.publish': 'Publicarla en nuestra web, sin datos que identifiquen',
  'consent.quote': 'Citar mis palabras exactas',
  'consent.quote.rep': 'Citar las palabras exactas que he escrito',
  'consent.contact_check': 'Contactarme para revisar mi historia antes de usarla',
  'consent.contact_involve':
    'Contactarme para participar en el foro de personas usuarias de los servicios',
  'consent.statistics':
    'Siempre contamos de forma anónima las respuestas a las preguntas, para ver si la protección funciona bien. Nadie puede ser identificado con estas cifras.',
  'consent.duration':
    'Sus decisiones duran 24 meses. Puede cambiar de opinión o retirar su historia en cualquier momento con el número de referencia que le daremos.',
  'consent.notAsked':
    'Como no se ha preguntado a la persona, solo contaremos estas respuestas de forma anónima. No compartiremos ni publicaremos la historia.',
  'consent.none': 'Ninguna de estas',

  'contact.heading': '¿Cómo le contactamos?',
  'contact.hint': 'Solo lo usaremos para contactarle sobre lo que ha elegido.',
  'contact.name': 'Su nombre',
  'contact.nameHint': 'Opcional. El nombre que quiere que usemos.',
  'contact.method': '¿Cómo le contactamos?',
  'contact.email': 'Correo electrónico',
  'contact.emailLabel': 'Dirección de correo electrónico',
  'contact.phone': 'Teléfono',
  'contact.phoneLabel': 'Número de teléfono',
  'contact.phoneHint': 'Para números internacionales, incluya el prefijo del país',
  'contact.safeMessage': '¿Es seguro dejarle un mensaje?',
  'contact.safeMessageYes': 'Sí, es seguro dejar un mensaje',
  'contact.safeMessageNo': 'No, no dejen ningún mensaje',
  'contact.safeMessageHint':
    'Piense si otra persona podría leer sus mensajes o contestar su teléfono.',
  'contact.wording': '¿Cómo quiere que redactemos nuestros mensajes?',
  'contact.wordingHint':
    'Otra persona podría ver el asunto o el remitente. Si no elige, usaremos una redacción discreta.',
  'contact.wordingNeutral':
    'Discreto: el asunto y el remitente no mencionan el maltrato ni la protección',
  'contact.wordingNamed': 'Directo: el asunto dice que es sobre la historia que contó',
  'contact.errorMethod': 'Elija cómo le contactamos',
  'contact.errorEmail':
    'Escriba una dirección de correo en el formato correcto, como name@example.com',
  'contact.errorPhone': 'Escriba un número de teléfono, como 01632 960 001 o 07700 900 982',
  'contact.errorSafeMessage': 'Elija si es seguro dejarle un mensaje',
  'contact.errorName': {
    one: 'Su nombre debe tener {count} carácter como máximo',
    many: 'Su nombre debe tener {count} de caracteres como máximo',
    other: 'Su nombre debe tener {count} caracteres como máximo',
  },

  'check.heading': 'Revise sus respuestas antes de enviarlas',
  'check.sendHeading': 'Ahora envíe su historia',
  'check.sendText':
    'Al enviarla, confirma que lo que nos ha contado es verdad, según lo que usted sabe.',
  'check.send': 'Enviar',
  'check.sending': 'Enviando su historia…',
  'check.notAnswered': 'Sin respuesta',
  'check.noneSelected': 'Nada elegido',
  'check.consented': 'Sí',
  'check.notConsented': 'No',
  'check.consentsHeading': 'Cómo podemos usarla',
  'check.answersHeading': 'Sus respuestas',
  'check.retrying':
    'No pudimos conectar con nuestro servidor. Lo estamos intentando de nuevo. Sus respuestas están a salvo en esta página.',
  'check.failed':
    'Lo sentimos, no pudimos enviar su historia. Sus respuestas siguen aquí. Inténtelo de nuevo dentro de unos minutos.',
  'check.rateLimited':
    'Hemos recibido muchas historias desde esta conexión. Espere unos minutos y pulse «Enviar» otra vez. Todo lo que escribió sigue aquí.',

  'done.heading': 'Su historia se ha enviado',
  'done.referenceLabel': 'Su número de referencia',
  'done.writeDown':
    'Apunte este número o hágale una foto. Lo necesitará para cambiar sus decisiones o retirar su historia. No guardamos una copia en su dispositivo.',
  'done.nextHeading': 'Qué pasa ahora',
  'done.next1':
    'Una persona coordinadora del foro leerá su historia en un plazo de 5 días laborables.',
  'done.next1UrgentHours': {
    one: 'Como nos ha dicho que alguien puede estar en peligro, una persona coordinadora leerá su historia en un plazo de {count} hora laborable.',
    many: 'Como nos ha dicho que alguien puede estar en peligro, una persona coordinadora leerá su historia en un plazo de {count} de horas laborables.',
    other:
      'Como nos ha dicho que alguien puede estar en peligro, una persona coordinadora leerá su historia en un plazo de {count} horas laborables.',
  },
  'done.nextContact': 'Ha pedido que le contactemos. Lo haremos de la forma que eligió.',
  'done.keepCopyHeading': 'Guarde una copia',
  'done.print': 'Imprimir esta página',
  'done.answers': 'Sus respuestas',
  'done.copyHeading': 'Enviarme una copia por correo electrónico',
  'done.copyHint':
    'Enviaremos una vez su número de referencia y sus respuestas a esta dirección. Después no guardamos la dirección. Use una dirección que solo lea usted.',
  'done.copySend': 'Enviarme una copia',
  'done.copySending': 'Enviando su copia…',
  'done.copySent':
    'Estamos enviando una copia a la dirección que nos dio. Puede tardar unos minutos en llegar.',
  'done.copyErrorAlready': 'Ya enviamos una copia de esta historia. Solo podemos enviar una.',
  'done.copyErrorTooLate':
    'Ya es tarde para enviar una copia por correo. Anote su número de referencia o imprima esta página.',
  'done.copyErrorFailed':
    'Lo sentimos, no hemos podido enviar la copia ahora. Inténtelo más tarde.',
  'done.next2': 'Quitará todo lo que pueda identificar a alguien.',
  'done.next3': 'Su historia solo se usará de las formas que usted eligió.',
  'done.passOnHeading': 'Cuándo podríamos pasar información',
  'done.passOn':
    'Si lo que nos ha contado nos hace pensar que alguien corre riesgo de un daño grave, puede que tengamos que pasar información al equipo de protección para que esté a salvo. Si pudiéramos, intentaríamos hablar antes con usted.',
  'done.withdraw': 'Cambiar sus decisiones o retirar su historia',
  'done.supportHeading': 'Apoyo',
  'done.support':
    'Si esto le ha removido sentimientos difíciles, puede hablar con Samaritans a cualquier hora en el 116 123 (gratis, en inglés).',

  'errors.summaryTitle': 'Hay un problema',
  'errors.server':
    'Lo sentimos, hay un problema con el servicio. Sus respuestas no se han perdido. Inténtelo más tarde.',
  'errors.tooLong': {
    one: 'Debe tener {count} carácter como máximo',
    many: 'Debe tener {count} de caracteres como máximo',
    other: 'Debe tener {count} caracteres como máximo',
  },
  'errors.unknownSite': 'No encontramos esta página. Compruebe el enlace que ha seguido.',

  'noscript.heading': 'Cuéntenos cómo fue el apoyo de protección que recibió',
  'noscript.intro':
    'Responda a estas preguntas y pulse «Enviar» al final. Puede saltar las preguntas marcadas como opcionales.',
  'common.charactersLimit': {
    one: 'Puede escribir hasta {count} carácter',
    many: 'Puede escribir hasta {count} de caracteres',
    other: 'Puede escribir hasta {count} caracteres',
  },
  'form.honeypotLabel': 'Deje esta casilla en blanco',
  'errors.notFoundHeading': 'No se encuentra la página',
  'errors.otherSiteHeading': 'No pudimos aceptar este formulario',
  'errors.tooLarge':
    'Lo que ha enviado es demasiado largo para aceptarlo. Acorte sus respuestas e inténtelo de nuevo.',
  'errors.otherSite':
    'No pudimos aceptar este formulario porque se envió desde otra web. Use el formulario de esta página.',
  'noscript.onlyRepresentatives': 'Responda solo si nos habla de otra persona.',
  'noscript.onlyIfAsked': 'Responda solo si alguien le preguntó qué quería que pasara.',
  'noscript.onlyIfContact': 'Responda solo si ha elegido que le contactemos.',
  'withdraw.title': 'Cambiar sus decisiones o retirar su historia',
  'withdraw.intro':
    'Puede retirar su historia, o cambiar cómo se puede usar, en cualquier momento. No necesita una cuenta: necesita el número de referencia que le dimos al enviar su historia.',
  'withdraw.referenceLabel': 'Su número de referencia',
  'withdraw.referenceHint':
    'Estaba en la página que vio después de enviar su historia. Es parecido a K7M-2QX-4TR-8WZD.',
  'withdraw.continue': 'Continuar',
  'withdraw.exit': 'Salir de esta página',
  'withdraw.lostReference':
    'Si ha perdido su número de referencia, pida a la organización cuya web usó que contacte con la persona coordinadora del foro.',
  'withdraw.error.empty': 'Escriba su número de referencia',
  'withdraw.error.length':
    'Su número de referencia debe tener 13 letras y números, como K7M-2QX-4TR-8WZD',
  'withdraw.error.characters':
    'Su número de referencia solo puede tener letras, números, espacios y guiones',
  'withdraw.error.check':
    'Revise su número de referencia: puede que una letra o un número esté mal, o que dos estén cambiados de orden',
  'withdraw.error.notFound':
    'No encontramos ninguna historia con esa referencia. Revísela e inténtelo de nuevo.',
  'withdraw.error.tooMany':
    'Ha probado varios números de referencia. Espere {minutes} minutos e inténtelo de nuevo.',
  'withdraw.error.chooseAction': 'Elija si quiere retirar su historia o cambiar sus decisiones',
  'withdraw.choicesHeading': '¿Qué quiere hacer?',
  'withdraw.actionWithdraw': 'Retirar mi historia',
  'withdraw.actionWithdrawHint':
    'Borraremos enseguida lo que escribió y sus datos de contacto. No se puede deshacer.',
  'withdraw.actionChange': 'Cambiar cómo se puede usar mi historia',
  'withdraw.actionChangeHint': 'Desmarque lo que ya no acepte.',
  'withdraw.purposesLegend': 'Usted aceptó que podamos:',
  'withdraw.purposesHint': 'Desmarque lo que ya no acepte. Aquí no puede añadir usos nuevos.',
  'withdraw.noPurposes':
    'No aceptó ningún uso de su historia que se pueda cambiar. Aun así, puede retirarla.',
  'withdraw.submit': 'Confirmar',
  'withdraw.doneWithdrawnHeading': 'Su historia se ha retirado',
  'withdraw.doneWithdrawnBody':
    'Hemos borrado lo que escribió y los datos de contacto que nos dio. Su historia no se usará en ningún documento nuevo para la Junta, en formación ni en una web.',
  'withdraw.doneRecordBody':
    'Los documentos ya entregados a una reunión de la Junta quedan como registro de esa reunión; nunca incluyeron su nombre ni sus datos. Sus respuestas a las preguntas de opciones se siguen contando, de forma anónima, en las estadísticas.',
  'withdraw.doneChangedHeading': 'Sus decisiones se han cambiado',
  'withdraw.doneChangedBody':
    'Ya no usaremos su historia de las formas que desmarcó. El cambio es inmediato.',
  'withdraw.doneNoChange': 'No desmarcó nada, así que nada ha cambiado.',
  'withdraw.alreadyWithdrawnHeading': 'Esta historia ya se había retirado',
  'withdraw.alreadyWithdrawnBody': 'Lo que escribió ya se ha borrado. No tiene que hacer nada más.',
  'withdraw.startAgain': 'Cambiar las decisiones de otra historia',
  'withdraw.support':
    'Si esto le ha removido sentimientos difíciles, puede hablar con Samaritans a cualquier hora en el 116 123 (gratis, en inglés).',
  'language.navLabel': 'Elegir idioma',
  'language.machineDrafted':
    'Ningún hablante nativo ha revisado todavía esta traducción. Si algo no está claro, puede pedir ayuda a alguien.',
} as const satisfies CatalogueDraft;
