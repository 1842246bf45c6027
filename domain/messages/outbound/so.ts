import type { OutboundCatalogue } from './types.ts';

/** Somali (Soomaali). Machine-drafted: a native speaker has not yet checked it (docs/translating.md). */
export const so: OutboundCatalogue = {
  'meta.reviewStatus': 'machine-drafted',

  'subject.neutral': 'War cusub oo ka yimid {sender}',
  'subject.named': 'War cusub oo ku saabsan sheekadii aad u sheegtay {sender}',
  read: 'Dadkii aad u sheegtay waxay akhriyeen wixii aad soo dirtay.',
  pack: 'Wixii aad noo sheegtay waxaa la wadaagay Guddiga shirkiisii {date}.',
  action: 'Wax aad codsatay ayaa isbeddelay. Hadda waa: {status}.',
  'status.proposed': 'la soo jeediyay',
  'status.agreed': 'la isku raacay',
  'status.in_progress': 'socda',
  'status.done': 'la sameeyay',
  'status.not_taken_forward': 'lama samayn doono',
  stop: 'Waxaad codsatay inaad ogaato waxa dhaca. Si aad u joojiso fariimahan, tag {url} oo geli lambarkaaga tixraaca. Fadlan ha ka jawaabin fariintan.',
  'sms.read':
    '{sender}: dadkii aad u sheegtay waxay akhriyeen wixii aad soo dirtay. Si aad u joojiso: {url}',
  'sms.pack':
    '{sender}: wixii aad noo sheegtay waxaa la wadaagay Guddiga {date}. Si aad u joojiso: {url}',
  'sms.action': '{sender}: wax aad codsatay ayaa isbeddelay. Hadda waa: {status}. Joojin: {url}',

  'copy.subject.neutral': 'Nuqulkaaga',
  'copy.subject.named': 'Nuqulka sheekadii aad u sheegtay {sender}',
  'copy.intro':
    'Waxaad codsatay nuqul ka mid ah wixii aad soo dirtay. Ku hay meel gaar ah. Ciwaankan iimaylka ma aynaan kaydin.',
  'copy.referenceUse':
    'Si aad sheekadaada dib ugu celiso ama aad u beddesho wixii aad ogolaatay, tag {url} oo geli lambarkaaga tixraaca.',
  'copy.contactLeftOut': 'Faahfaahinta xiriirkaaga laguma muujin nuqulkan.',

  'error.gone.title': 'Ma iimayli karno nuqul sheekadan ah',
  'error.gone.detail':
    'Nuqul waxaa la iimayli karaa oo keliya saacadda ka dambaysa markaad soo dirto sheekadaada. Lambarkaaga tixraaca meel ammaan ah ku hay: qor ama daabac bogga.',
  'error.already.title': 'Nuqul horay ayaa loo diray',
  'error.already.detail': 'Sheeko kasta hal nuqul oo keliya ayaan dirnaa. Ka eeg iimaylkaaga.',
  'error.check.title': 'Jawaabaha qaarkood waa in la hubiyo',
  'error.email': 'Geli ciwaan iimayl oo qaab sax ah leh, sida magac@example.com',
  'error.reference': 'Geli lambarka tixraaca sidii loo muujiyay, sida K7M-2QX-4TR-8WZD',
  'error.tooMany.title': 'Isku dayo aad u badan',
  'error.tooMany.detail': 'Fadlan sug dhowr daqiiqo kadibna isku day mar kale.',
};
