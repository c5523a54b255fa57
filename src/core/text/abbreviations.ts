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
  ru: 'ул им проф акад тыс млн млрд руб пр ген гр',
  cs: 'mil mld tis ing mgr mudr judr phdr doc prof dr č ul nám sv',
  pl: 'prof mgr inż płk gen ks ul al pl tzw tys mln mld godz św im dr',
};

/** Abbreviations that close a list ("etc.", "usw.", "itd."): before a capital they end the sentence. */
const LIST_END = 'etc usw ecc enz atd apod itd itp';

const insideSets = new Map<string, ReadonlySet<string>>(
  Object.entries(INSIDE).map(([language, words]) => [language, new Set(words.split(' '))]),
);
const listEnds: ReadonlySet<string> = new Set(LIST_END.split(' '));

/**
 * What a period after `word` (lower case) means before a capitalised word in `language`: 'inside' when it
 * does not end the sentence, 'end' when it does, null when the language has no rule for the word.
 */
export function foreignAbbreviation(word: string, language: string): 'inside' | 'end' | null {
  if (language === 'en') return null;
  if (insideSets.get(language)?.has(word)) return 'inside';
  return listEnds.has(word) ? 'end' : null;
}

/** The language's own abbreviations that a name or noun follows ("dott", "sr", "dhr"), lower case. */
export function titleAbbreviations(language: string): readonly string[] {
  return [...(insideSets.get(language) ?? [])];
}
