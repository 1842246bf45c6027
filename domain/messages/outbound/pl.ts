import type { OutboundCatalogue } from './types.ts';

/** Polish (polski). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const pl: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'Informacja od {sender}',
  'subject.named': 'Informacja o historii, którą przekazano {sender}',
  read: 'Osoby, którym to przekazano, przeczytały to, co wysłano.',
  pack: 'To, co nam przekazano, zostało przedstawione Radzie na posiedzeniu w dniu {date}.',
  action: 'Zmieniło się coś, o co proszono. Obecny stan: {status}.',
  'status.proposed': 'zaproponowane',
  'status.agreed': 'uzgodnione',
  'status.in_progress': 'w trakcie realizacji',
  'status.done': 'zrobione',
  'status.not_taken_forward': 'nie będzie realizowane',
  stop: 'Poproszono nas o informacje o tym, co się dzieje. Aby zatrzymać te wiadomości, wejdź na {url} i wpisz swój numer referencyjny. Prosimy nie odpowiadać na tę wiadomość.',
  'sms.read':
    '{sender}: osoby, którym to przekazano, przeczytały to. Aby zatrzymać wiadomości: {url}',
  'sms.pack':
    '{sender}: to, co przekazano, przedstawiono Radzie w dniu {date}. Aby zatrzymać wiadomości: {url}',
  'sms.action': '{sender}: zmieniło się coś, o co proszono. Stan: {status}. Aby zatrzymać: {url}',

  'copy.subject.neutral': 'Twoja kopia',
  'copy.subject.named': 'Kopia historii przekazanej {sender}',
  'copy.intro':
    'Poproszono o kopię tego, co wysłano. Przechowuj ją w bezpiecznym miejscu. Nie zachowaliśmy tego adresu e-mail.',
  'copy.referenceUse':
    'Aby wycofać historię lub zmienić zgody, wejdź na {url} i wpisz swój numer referencyjny.',
  'copy.contactLeftOut': 'Dane kontaktowe nie są pokazane w tej kopii.',

  'error.gone.title': 'Nie możemy wysłać kopii tej historii',
  'error.gone.detail':
    'Kopię można wysłać e-mailem tylko w ciągu godziny od wysłania historii. Zachowaj numer referencyjny: zapisz go lub wydrukuj stronę.',
  'error.already.title': 'Kopia została już wysłana',
  'error.already.detail':
    'Wysyłamy tylko jedną kopię każdej historii. Sprawdź swoją skrzynkę e-mail.',
  'error.check.title': 'Niektóre odpowiedzi trzeba sprawdzić',
  'error.email': 'Wpisz adres e-mail w poprawnym formacie, np. nazwa@example.com',
  'error.reference':
    'Wpisz numer referencyjny dokładnie tak, jak był pokazany, np. K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Zbyt wiele prób',
  'error.tooMany.detail': 'Odczekaj kilka minut i spróbuj ponownie.',
};
