import type { ReviewStatus } from '../languages.ts';
import { type Lexicon, lexiconFinder } from './match-lexicon.ts';
import type { CueFinder } from './types.ts';

/**
 * Romanian current-danger cues. Review status: machine-drafted (a native speaker has not yet
 * checked them; docs/danger-detection-languages.md). Diacritics are optional in the text, and
 * both ș/ş and ț/ţ spellings match. Hyphenated clitics split into words ("m-a bătut" is
 * "m a bătut"), so the present ("mă bate", "o lovește") counts alone and the compound past
 * ("a bătut") needs "încă", "mereu", "din nou", "ieri"...
 */
export const reviewStatus: ReviewStatus = 'machine-drafted';

const OBJ = 'mă|ma|o|îl|il|ne|îi|ii|te|vă|le';

export const lexicon: Lexicon = {
  negators: ['nu', 'niciodată'],
  negationWindow: { before: 3, after: 0 },
  ongoing: [
    'încă',
    'în continuare',
    'mereu',
    'tot timpul',
    'zilnic',
    'în fiecare zi|noapte|seară',
    'iar',
    'din nou',
    'ieri',
    'aseară',
    'azi noapte',
    'azi',
    'astăzi',
    'de dimineață',
    'săptămâna asta',
    'până acum|azi|astăzi',
    'întruna',
    'continuu',
  ],
  over: [
    'acum ~ ani',
    'demult',
    'în trecut',
    'când eram ~ mic*|copil',
    'în copilărie',
    'terminat',
    'nu mai',
    'cândva',
    'odinioară',
  ],
  calm: [
    'ajutorul|sprijinul|asistența|cazul|terapia|procesul|dosarul ~ încă|continuă|continua',
    'inima ~ bate|bătea',
    'bate ~ ușă|usa|vântul|clopotul|ceasul',
    'tem|teamă|frică ~ de ~ câini|zbor|avion|întuneric|înălțime|păianjeni',
  ],
  cues: {
    suicide_self_harm: {
      now: [
        'termin|termina ~ toate|totul|viața',
        'sinucid*|sinucig*',
        'să mă omor',
        'mă omor',
        'nu ~ vreau ~ trăiesc|trăi',
        'vreau ~ mor',
        'îmi ~ fac rău',
        'mă tai',
        'iau viața',
        'capăt ~ zilelor|vieții',
        'nu ~ mai ~ are rost',
      ],
      past: ['am ~ făcut rău', 'am tăiat', 'am luat ~ pastile'],
    },
    threats: {
      now: [
        'ia|lua|iau ~ copiii|copii|nepoții',
        'dă|da ~ afară|afara',
        'amenință|ameninta|amenințat',
        `${OBJ} ~ omoară|omoare|omor|omoram`,
        'dacă|daca ~ spun|zic|povestesc|anunț|spune',
        'bage|bagă|duce|trimită|trimite|pună|pune ~ azil|cămin|centru',
        'pară rău',
        'e|este|devine ~ violent*|agresiv*',
      ],
    },
    physical: {
      now: [
        'aruncă|arunca ~ cu',
        'ciupește|ciupeste|ciupesc',
        'vânătăi|vanatai',
        'am|are ~ vânătăi|semne|răni',
        'leagă|leaga',
        `${OBJ} ~ bate|bat|lovește|lovesc|împinge|împing|pălmuiește|rănește|rănesc|chinuie|chinuiește|agresează|abuzează|strânge|lovește`,
        'e|este|sunt ~ bătut*|lovit*|abuzat*|agresat*',
        'de gât',
        'trage|trag ~ de păr',
      ],
      past: ['a|au ~ bătut*|lovit*|împins*|rănit*|agresat*|pălmuit*', 'bătea|loveau|lovea|băteau'],
    },
    sexual: {
      now: [
        `${OBJ} ~ atinge|ating|pipăie|violează|hărțuiește|hartuieste`,
        'abuzează ~ sexual',
        'obligă ~ sex|relații|culc',
      ],
      past: ['a|au ~ violat|pipăit|atins|hărțuit', 'abuzat ~ sexual'],
    },
    financial: {
      now: [
        'credit*|împrumut*|datori* ~ numele',
        'pune|obligă ~ plătesc|plătească|platesc',
        'ia|iau ~ banii|pensia|salariul|cardul|alocația|indemnizația',
        'controlează ~ banii|pensia|contul|cardul',
        'nu ~ dă|dau ~ bani|banii',
        'fură|fura ~ banii|pensia|cardul',
        'mă|ne fură',
        'nu ~ dă|da|dau ~ înapoi',
        'obligă ~ semnez|semneze',
      ],
      past: ['luat ~ banii|pensia|cardul|salariul', 'furat ~ banii|pensia|cardul'],
    },
    psychological_control: {
      now: [
        'face ~ toate felurile',
        'nu mă|o|ne|îl lasă|lasa ~ ies|iasă|sun|sune|văd|vadă|vorbesc|vorbească|plec|plece',
        `${OBJ} ~ închide|încuie|închid|încuie`,
        'sunt ~ închis*|încuiat*',
        'nu pot ~ ieși|ies|pleca|fugi',
        `${OBJ} ~ umilește|jignește|insultă|înjură|controlează|urmărește|șantajează|izolează|terorizează`,
        'ia|iau ~ telefonul|actele|buletinul|pașaportul',
      ],
      past: ['a|au ~ închis|încuiat|umilit|jignit'],
    },
    neglect: {
      now: [
        'escare|răni',
        'nu vine nimeni',
        'nimeni nu vine',
        'nu ~ dă|dau ~ mâncare|mânca|medicamente|medicamentele|apă',
        'e|este ~ foame',
        'flămând*|înfometat*',
        'lasă|lasa|lasă ~ singur*|nemâncat*',
        'fără ~ mâncare',
        'cearșaf*|pampers*|scutec*|pat*|haine ~ ud*|murdar*',
        'nimeni nu ~ spală|schimbă|hrănește|îngrijește',
      ],
      past: ['lăsat ~ singur*|nemâncat*'],
    },
    fear_plea: {
      now: [
        'nu ~ mai ~ suport|rezist',
        'întâmple ~ ceva',
        'ceva ~ întâmple',
        'e|este ~ frică|teamă',
        'mă|se|ne tem|teme|temem',
        'îngrozit*|speriat*|terorizat*',
        'nu ~ siguranță',
        'nu ~ simt ~ siguranță',
        'în pericol',
        'ajutați|ajutati|ajută|ajuta|salvați|salvati ~ mă|ne',
        'vă rog ~ veniți|veniti|vină',
        'nevoie ~ ajutor ~ acum|urgent|azi|astăzi|imediat',
      ],
    },
    imminent: {
      now: [
        'mă|o ~ așteaptă|asteapta',
        'fața ~ blocului|casei|ușii',
        'se întâmplă|intampla ~ acum',
        'încă|inca ~ întâmplă|intampla|continuă|continua',
        'el|ea ~ se ~ întoarce|vine|revine ~ azi|mâine|diseară|luni|marți|miercuri|joi|vineri|sâmbătă|duminică',
        'la ușă|usa',
      ],
    },
  },
};

export const findCues: CueFinder = lexiconFinder(lexicon);
