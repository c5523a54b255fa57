// What the speakers of quotes in German, French, Spanish, Portuguese, Italian and Dutch are read from
// (foreign-speakers.ts): each language's speech verbs, its words for "according to" and the particles
// inside names; German role nouns, days and months and noun endings; the words that open the name of a
// body rather than a person; courtesy and academic titles.

import { titleAbbreviations } from '../text/index.js';

export interface Cues {
  /** Speech verbs, as written between the quote and the name ("a déclaré", "sagte"). */
  verbs: string[];
  /** Words that say "according to" before a name. */
  according: string[];
  /** Small words inside names ("de", "van"). */
  particles: string[];
}

/** Words of a list written 'a|b c|d'. */
export const list = (written: string): string[] => written.split('|');

export const CUES: Record<string, Cues> = {
  de: {
    verbs: list(
      'sagte|fügte|räumte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|sagten|kritisierte|kritisiert|warnte|warnt|ergänzte|ergänzt|erklärten|schrieb|schreibt|versicherte|versichert|bestätigte|bestätigt|forderte|fordert',
    ),
    according: list('so|laut'),
    particles: list('von|van|zu|der|de'),
  },
  fr: {
    verbs: list(
      'a déclaré|a poursuivi|a insisté|a reconnu|a rappelé|a répondu|a résumé|poursuit|insiste|reconnaît|rappelle|a dit|a affirmé|a estimé|a expliqué|a ajouté|a souligné|a indiqué|a assuré|a lancé|a confié|a précisé|a réagi|a prévenu|a averti|déclare|dit|affirme|estime|explique|ajoute|souligne|indique|assure|lance|confie|précise|avait déclaré|avait dit',
    ),
    according: list("selon|d'après"),
    particles: list("de|du|des|la|le|d'"),
  },
  es: {
    verbs: list(
      'dijo|agregó|comentó|expresó|insistió|reconoció|recordó|respondió|afirmó|aseguró|explicó|señaló|añadió|declaró|indicó|sostuvo|advirtió|subrayó|destacó|apuntó|manifestó|ha dicho|ha afirmado|ha asegurado|ha explicado|ha señalado|ha declarado|dice|afirma|asegura|explica|señala|añade|declara|indica|sostiene|advierte',
    ),
    according: list('según'),
    particles: list('de|del|la|las|los|y'),
  },
  pt: {
    verbs: list(
      'disse|falou|fala|contou|lembrou|completou|ponderou|argumentou|respondeu|afirmou|declarou|explicou|acrescentou|destacou|ressaltou|garantiu|avaliou|comentou|frisou|admitiu|criticou|alertou|diz|afirma|declara|explica|acrescenta|destaca|ressalta|garante|avalia|comenta',
    ),
    according: list('segundo|conforme'),
    particles: list('de|da|do|das|dos|e'),
  },
  it: {
    verbs: list(
      'ha detto|ha precisato|ha ricordato|ha concluso|ha risposto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha sottolineato|ha commentato|ha assicurato|ha ribadito|ha osservato|dice|afferma|dichiara|spiega|aggiunge|sottolinea|commenta|assicura|ribadisce|disse',
    ),
    according: list('secondo'),
    particles: list('di|de|del|della|da|la|lo'),
  },
  nl: {
    verbs: list(
      'zei|vertelde|vertelt|meldde|legde uit|zegt|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|schreef|schrijft|liet weten|voegde toe|reageerde|reageert',
    ),
    according: list('aldus|volgens'),
    particles: list("van|de|der|den|ter|ten|'t"),
  },
};

/** German nouns that name an office or a trade: before a name they are its role ("Finanzminister"). */
export const GERMAN_ROLE =
  /(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|leiter|leiterin|vorsitzende|vorsitzender|direktor|direktorin|sekretär|sekretärin|trainer|trainerin|experte|expertin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|politiker|politikerin|anwalt|anwältin|professor|professorin|ökonom|ökonomin|analyst|analystin|gründer|gründerin|manager|managerin|kapitän|torwart|stürmer|coach|dr\.|prof\.)$/iu;

export const GERMAN_TIME = new Set(
  'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember Wochenende'.split(
    ' ',
  ),
);
/** Endings of German plural and abstract nouns, which no surname has ("Reportern", "Regierung"). */
export const GERMAN_NOUN_END = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|ern|isten|enten|ium)$/u;
/** A body, not a person, when a run opens with it: "Ministerio de Sanidad", "Polizei". */
export const ORGANISATION = new Set(
  (
    'ministerio ministère ministério ministero ministerie ministerium regierung bundesregierung gobierno ' +
    'gouvernement governo regering polizei policía police polícia polizia politie tribunal gericht ' +
    'bundesgericht corte commission comisión comissão commissione kommission partei partido parti ' +
    'partito partij ayuntamiento mairie prefeitura comune gemeente stadt ciudad ville cidade città stad ' +
    'universidad université universidade università universität universiteit unión union união unione'
  ).split(' '),
);

/**
 * Titles written before a name: the language's abbreviations the sentence splitter knows ("Dott.", "Sr.",
 * "Dhr.", titleAbbreviations) and the courtesy words it has no need of: "M." (monsieur, one letter) and
 * those written in full ("Herr", "Frau", "Don", "Doña").
 */
const COURTESY = ['m', 'herr', 'frau', 'don', 'doña', 'dona', 'dott.ssa', 'sig.ra'];
const titleSets = new Map<string, ReadonlySet<string>>();

/** The titles of `language`, lower case, without their period. */
export function titlesOf(language: string): ReadonlySet<string> {
  let titles = titleSets.get(language);
  if (titles === undefined) {
    titles = new Set([...titleAbbreviations(language), ...COURTESY]);
    titleSets.set(language, titles);
  }
  return titles;
}

/** Words that make a name before them part of a longer phrase ("de", "van", "des"). */
export const OF = new Set(list('de|des|del|della|dei|degli|da|do|dos|das|van|von|der|den|di|du'));
