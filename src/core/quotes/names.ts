// Names of people as the article writes them, so that a short mention ("Minister Wang", "he") can be
// turned into the fullest form the article uses ("Wang Wentao") and the role it gives that person.

import type { WorkCount } from '../work.js';

/** A run of capitalised words that looks like a person's name. */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  /** The words of the name without titles ("Wang", "Wentao"). */
  words: string[];
  /** The titles written before it in the same run ("Minister"). */
  titles: string[];
  /** `words` in lower case, for matching. */
  keys: string[];
}

/** Honorifics and titles that precede a name but are not part of it. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sen senator rep representative gov governor president vice pres minister ' +
    'secretary gen general col lt sgt capt judge justice rev sir lord lady dame king queen prince princess ' +
    'chairman chairwoman chair ceo director mayor premier chancellor ambassador spokesman spokeswoman ' +
    'spokesperson commissioner attorney speaker leader candidate nominee professor officer deputy chief ' +
    'former state foreign commerce trade finance defense defence prime sheriff detective agent coach'
  ).split(' '),
);

/** Capitalised words that start sentences or name things other than people. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or so yet in on at as when while after before also however still now then this that ' +
    'these those there here it its he she they we i you his her their our my your if for of with from by to ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december according said says'
  ).split(' '),
);

/** Words that make a capitalised run an organisation or place rather than a person. */
const NOT_PERSON_WORDS = new Set(
  (
    'house party department post news times committee university inc corp corporation campaign council ' +
    'congress senate court administration association institute foundation group company network ' +
    'journal press agency office ministry bureau service county city state states union church club ' +
    'street republicans democrats america china russia washington york county fund bank center centre'
  ).split(' '),
);

// Two or more words: a lone capitalised word is a sentence start far more often than a name.
const NAME_RUN =
  /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*(?:\s(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|de|van|von|bin|da|di|del|la|le)(?![A-Za-z\u00C0-\u024F]))+/g;

function normaliseWord(word: string): string {
  return word.replace(/[.’']s?$/u, '').toLowerCase();
}

/**
 * Split a capitalised run into its leading titles ("China’s Commerce Minister") and the name words after
 * them ("Wang", "Wentao"), dropping sentence-start function words.
 */
export function splitName(run: string): { titles: string[]; words: string[] } {
  const parts = run.split(/\s+/u).filter((p) => p.length > 0);
  let first = 0;
  while (first < parts.length && NOT_NAME_WORDS.has(normaliseWord(parts[first] ?? ''))) first++;
  let lastTitle = first - 1;
  for (let i = first; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (TITLES.has(normaliseWord(part)) || /[’']s$/u.test(part)) lastTitle = i;
  }
  const titles = parts.slice(first, lastTitle + 1);
  const words = parts.slice(lastTitle + 1).map((w) => w.replace(/[’']s$/u, '').replace(/[.,]$/u, ''));
  return { titles, words: words.filter((w) => w.length > 0) };
}

/** True when a run of name words reads like a person rather than an institution. */
export function isPersonLike(words: string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  for (const w of words) if (NOT_PERSON_WORDS.has(normaliseWord(w))) return false;
  return true;
}

/** Every person-like capitalised run of the article, in order. */
export function indexNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    const { titles, words } = splitName(m[0].replace(/[.,]$/u, ''));
    if (!isPersonLike(words)) continue;
    const keys = words.map((w) => w.toLowerCase());
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, words, titles, keys });
  }
  return out;
}

/**
 * The article's names with, for each name word (lower case), the names holding it in document order, so
 * that a lookup reads only the names that can match rather than every name of the article.
 */
export interface NameBook {
  names: NameMention[];
  byKey: Map<string, NameMention[]>;
}

export function createNameBook(text: string): NameBook {
  const names = indexNames(text);
  const byKey = new Map<string, NameMention[]>();
  for (const name of names) {
    for (const key of new Set(name.keys)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [name]);
      else list.push(name);
    }
  }
  return { names, byKey };
}

/**
 * The names holding every one of `wanted`, in document order: those of the rarest wanted word, each
 * checked for the others. `work` counts the names examined.
 */
export function namesWithAll(book: NameBook, wanted: string[], work?: WorkCount): NameMention[] {
  let rarest: NameMention[] | undefined;
  for (const w of wanted) {
    const list = book.byKey.get(w);
    if (list === undefined) return [];
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  if (rarest === undefined) return [];
  if (work) work.nameLookups += rarest.length;
  return rarest.filter((name) => wanted.every((w) => name.keys.includes(w)));
}

/**
 * The fullest name in the article that contains every name word of `mention` ("Minister Wang" →
 * "Wang Wentao"); the mention's own name words when nothing fuller is written.
 */
export function resolveFullName(book: NameBook, mention: string, work?: WorkCount): string {
  const { words } = splitName(mention);
  if (words.length === 0) return mention;
  const wanted = words.map((w) => w.toLowerCase());
  let best = words;
  for (const name of namesWithAll(book, wanted, work)) if (name.words.length > best.length) best = name.words;
  return best.join(' ');
}

/** The name of the last person named before `pos` (for he/she), or null. */
export function findPersonBefore(names: NameMention[], pos: number, floor: number): NameMention | null {
  // Names are in document order and never overlap: the last one ending by `pos` is found by halving.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((names[mid] as NameMention).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const name = names[i] as NameMention;
    if (name.start < floor) return null;
    if (name.words.length >= 2 || name.titles.length > 0) return name;
  }
  return null;
}
