import type { OutboundCatalogue } from './types.ts';

/** Spanish (español). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const es: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'Novedades de {sender}',
  'subject.named': 'Novedades sobre la historia que contó a {sender}',
  read: 'Las personas a quienes se lo contó han leído lo que envió.',
  pack: 'Lo que nos contó se compartió con la Junta en su reunión del {date}.',
  action: 'Algo que pidió ha cambiado. Ahora está: {status}.',
  'status.proposed': 'propuesto',
  'status.agreed': 'acordado',
  'status.in_progress': 'en marcha',
  'status.done': 'hecho',
  'status.not_taken_forward': 'no se va a hacer',
  stop: 'Pidió saber qué pasa. Para dejar de recibir estos mensajes, vaya a {url} e introduzca su número de referencia. Por favor, no responda a este mensaje.',
  'sms.read':
    '{sender}: las personas a quienes se lo contó han leído lo que envió. Para dejar de recibir mensajes: {url}',
  'sms.pack':
    '{sender}: lo que nos contó se compartió con la Junta el {date}. Para dejar de recibir mensajes: {url}',
  'sms.action': '{sender}: algo que pidió ha cambiado. Ahora está: {status}. Para parar: {url}',

  'copy.subject.neutral': 'Su copia',
  'copy.subject.named': 'Su copia de la historia que contó a {sender}',
  'copy.intro':
    'Pidió una copia de lo que envió. Guárdela en un lugar privado. No hemos guardado esta dirección de correo.',
  'copy.referenceUse':
    'Para retirar su historia o cambiar lo que aceptó, vaya a {url} e introduzca su número de referencia.',
  'copy.contactLeftOut': 'Sus datos de contacto no aparecen en esta copia.',

  'error.gone.title': 'No podemos enviar por correo una copia de esta historia',
  'error.gone.detail':
    'Solo se puede enviar una copia en la hora siguiente al envío de su historia. Guarde su número de referencia: anótelo o imprima la página.',
  'error.already.title': 'Ya se ha enviado una copia',
  'error.already.detail': 'Enviamos solo una copia de cada historia. Búsquela en su correo.',
  'error.check.title': 'Hay respuestas que revisar',
  'error.email':
    'Introduzca una dirección de correo con el formato correcto, como nombre@example.com',
  'error.reference': 'Introduzca el número de referencia tal como se mostró, como K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Demasiados intentos',
  'error.tooMany.detail': 'Espere unos minutos y vuelva a intentarlo.',
};
