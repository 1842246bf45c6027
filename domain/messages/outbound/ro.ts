import type { OutboundCatalogue } from './types.ts';

/** Romanian (română). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const ro: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'O noutate de la {sender}',
  'subject.named': 'O noutate despre povestea pe care ați spus-o la {sender}',
  read: 'Persoanele cărora le-ați spus au citit ce ați trimis.',
  pack: 'Ce ne-ați spus a fost prezentat Consiliului la ședința din {date}.',
  action: 'Ceva ce ați cerut s-a schimbat. Acum este: {status}.',
  'status.proposed': 'propus',
  'status.agreed': 'aprobat',
  'status.in_progress': 'în curs',
  'status.done': 'făcut',
  'status.not_taken_forward': 'nu se va face',
  stop: 'Ați cerut să aflați ce se întâmplă. Pentru a opri aceste mesaje, mergeți la {url} și introduceți numărul de referință. Vă rugăm să nu răspundeți la acest mesaj.',
  'sms.read':
    '{sender}: persoanele cărora le-ați spus au citit ce ați trimis. Pentru a opri mesajele: {url}',
  'sms.pack':
    '{sender}: ce ne-ați spus a fost prezentat Consiliului pe {date}. Pentru a opri mesajele: {url}',
  'sms.action': '{sender}: ceva ce ați cerut s-a schimbat. Acum este: {status}. Oprire: {url}',

  'copy.subject.neutral': 'Copia dumneavoastră',
  'copy.subject.named': 'Copia poveștii spuse la {sender}',
  'copy.intro':
    'Ați cerut o copie a ceea ce ați trimis. Păstrați-o într-un loc privat. Nu am păstrat această adresă de e-mail.',
  'copy.referenceUse':
    'Pentru a vă retrage povestea sau a schimba ce ați acceptat, mergeți la {url} și introduceți numărul de referință.',
  'copy.contactLeftOut': 'Datele de contact nu apar în această copie.',

  'error.gone.title': 'Nu putem trimite prin e-mail o copie a acestei povești',
  'error.gone.detail':
    'O copie poate fi trimisă doar în ora de după trimiterea poveștii. Păstrați numărul de referință: scrieți-l sau tipăriți pagina.',
  'error.already.title': 'O copie a fost deja trimisă',
  'error.already.detail': 'Trimitem o singură copie pentru fiecare poveste. Căutați-o în e-mail.',
  'error.check.title': 'Unele răspunsuri trebuie verificate',
  'error.email': 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com',
  'error.reference':
    'Introduceți numărul de referință exact cum a fost afișat, de exemplu K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Prea multe încercări',
  'error.tooMany.detail': 'Așteptați câteva minute și încercați din nou.',
};
