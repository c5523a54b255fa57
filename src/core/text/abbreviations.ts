// Abbreviations of languages other than English, for the sentence splitter. English ones live in
// sentences.ts; these apply only when the article's language is the one they belong to.

/**
 * Titles, units and abbreviations that a capitalised word (a name or, in German, a noun) often follows
 * inside a sentence: a period after them does not end one ("Dott. Rossi", "Dhr. Jansen", "5 Mio. Euro",
 * "250 mil. Kč", "ул. Ленина"). Lower case, without the period.
 */
const INSIDE: Record<string, string> = {
  de: 'dr prof hr fr frl dipl ing nr bzw ca vgl evtl inkl exkl zzgl gem lt sog insb bspw mio mrd tsd abs art str jh st',
  fr: 'mme mlle mm me mgr dr pr st ste cf env av bd',
  es: 'sr sra srta sres dr dra dña ud uds lic ing av avda pág núm gral prof',
  pt: 'sr sra srta dr dra prof profa av eng exmo exma sto sta',
  it: 'sig sigg dott prof avv ing on geom rag arch mons gen dr sen',
  nl: 'dhr mevr mw drs ir ing mr prof dr jhr st nr ca resp',
  ru: 'ул проф акад пр ген гр',
  ar: 'د أ',
  cs: 'mil mld tis ing mgr mudr judr phdr doc prof dr č ul nám sv',
  pl: 'prof mgr inż płk gen ks ul al pl tzw godz św dr',
  el: 'κ κα κκ δρ καθ εκατ δισ χιλ οδ λεωφ',
};

/**
 * Units of languages that write nouns in lower case ("41 млрд руб.", "60 tys."): a capital after them opens
 * the next sentence. They are no keywords either (see titleAbbreviations).
 */
const UNITS: Record<string, string> = { ru: 'тыс млн млрд руб', pl: 'tys mln mld' };

/** Abbreviations that close a list ("etc.", "usw.", "itd."): before a capital they end the sentence. */
const LIST_END = 'etc usw ecc enz atd apod itd itp';

const insideSets = new Map<string, ReadonlySet<string>>(
  Object.entries(INSIDE).map(([language, words]) => [language, new Set(words.split(' '))]),
);
const listEnds: ReadonlySet<string> = new Set(LIST_END.split(' '));

/**
 * German words that open a sentence after a number with a period: "Platz 3. Damit …" ends there, while
 * "am 15. Dezember", "der 2. Weltkrieg" are ordinals inside one.
 */
const GERMAN_OPENERS = new Set(
  (
    'der die das den dem des ein eine einer er sie es wir ich ihr man dies diese dieser damit dabei dazu ' +
    'doch aber auch so nun dann danach zudem später im in am an auf bei mit nach seit für'
  ).split(' '),
);

/** The word of letters (of any script, cased or not) that ends at `i`, lower case. */
function lettersBefore(text: string, i: number): string {
  return (/(?:^|[^\p{L}])(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
}

/**
 * Whether a period at `i` ends the sentence by the rules of `language` (the first letter or digit after
 * it at `first`; `word` is the letters-and-dots word before it): false after one of the language's
 * abbreviations ("Dott. Rossi", "وقال د. أحمد") or a German ordinal, true after a list end before a
 * capital, null when the language has no rule for it.
 */
export function foreignPeriodEnds(
  text: string,
  i: number,
  first: number,
  word: string,
  language: string,
): boolean | null {
  if (language === 'en') return null;
  const lower = word === '' ? lettersBefore(text, i) : word.toLowerCase();
  if (insideSets.get(language)?.has(lower)) return false;
  if (listEnds.has(lower)) return true;
  if (language === 'de' && word === '' && /(?:^|\s)\d{1,3}$/u.test(text.slice(Math.max(0, i - 4), i))) {
    const next = /^\p{L}+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '';
    return GERMAN_OPENERS.has(next) ? null : false;
  }
  return null;
}

/**
 * The English abbreviations (sentences.ts) that other languages write too: titles before a name and the
 * forms of a company. The rest are words elsewhere ("det", "maj", "vol", "mar", "op", "Jan"), and after
 * them a period ends the sentence as after any other word.
 */
const INTERNATIONAL = new Set('mr mrs ms dr prof st inc corp co ltd llc plc jr bros vs'.split(' '));

/** Whether the English abbreviation `lower` (lower case) is one in text of `language`. */
export function isEnglishAbbreviationIn(lower: string, language: string): boolean {
  return language === 'en' || INTERNATIONAL.has(lower);
}

/** The language's own abbreviations that a name or noun follows ("dott", "sr", "dhr"), lower case. */
export function titleAbbreviations(language: string): readonly string[] {
  return [...(insideSets.get(language) ?? []), ...(UNITS[language]?.split(' ') ?? [])];
}
