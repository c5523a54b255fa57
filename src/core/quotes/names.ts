// Names of people as the article writes them, so that a short mention ("Minister Wang", "he") can be
// turned into the fullest form the article uses ("Wang Wentao") and the role it gives that person.

import type { WorkCount } from '../work.js';
import { NAME_PARTICLE_PATTERN } from '../text/name-particles.js';
import { GROUP_LAST_WORDS, MEMBER_TITLES, NOT_NAME_WORDS, NOT_PERSON_WORDS, TITLES } from './name-words.js';
import { DESCRIBING_TAIL } from '../text/describer.js';
import { genderOfGivenName } from './person-words.js';
import { NICKNAME, readNicknameName } from './nicknames.js';
import { withoutCommonOpener } from './common-opener.js';

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

/** Places written as two words whose parts could pass for a person's name. */
const PLACE_NAMES = new Set(['west virginia', 'rhode island', 'new england', 'puerto rico', 'el salvador']);

/** Lower-case words that put the next name in a place or organisation: "in West Virginia", "the Peace Corps". */
const PLACE_LEAD =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:the|in|at|from|to|of|across|near|into|outside|inside|throughout)\s+$/u;

/** Title abbreviations whose full stop does not end a sentence. */
const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'prof',
  'rev',
  'pres',
]);

// Two or more words: a lone capitalised word is a sentence start far more often than a name.
// Words are joined by spaces only: a name never runs over a line end.
// Inside a name: the particles of family names ("Ursula von der Leyen") and the Arabic article joined to
// the next word ("Abu Bakr al-Baghdadi").
const NAME_RUN = new RegExp(
  String.raw`[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*(?:[ \u00a0](?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|${NICKNAME}|(?:al|el)-[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|${NAME_PARTICLE_PATTERN})(?![A-Za-z\u00C0-\u024F]))+`,
  'gu',
);

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** True when the word ends in "'s" or "’s". */
function endsPossessive(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && isApostrophe(word.charCodeAt(n - 2));
}

/** Lower case without a final ".", "'" or "’", with or without an "s" after it (what /[.’']s?$/ strips). */
function normaliseWord(word: string): string {
  let n = word.length;
  if (n > 0 && word.charCodeAt(n - 1) === 115 && n >= 2) {
    const mark = word.charCodeAt(n - 2);
    if (mark === 46 || isApostrophe(mark)) n -= 2;
  } else if (n > 0) {
    const mark = word.charCodeAt(n - 1);
    if (mark === 46 || isApostrophe(mark)) n -= 1;
  }
  return (n === word.length ? word : word.slice(0, n)).toLowerCase();
}

/**
 * A name word as kept: without "'s", then without a trailing comma, or a trailing full stop after two
 * characters that are neither white space nor a full stop (so an initial keeps its: "A.").
 */
function trimNameWord(part: string): string {
  // "Sam Burgess' knee": the possessive of a name in s is its apostrophe alone.
  const w = endsPossessive(part) ? part.slice(0, -2) : /s[’']$/u.test(part) ? part.slice(0, -1) : part;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 44) return w.slice(0, -1);
  if (last === 46 && n >= 3 && isWordChar(w.charCodeAt(n - 2)) && isWordChar(w.charCodeAt(n - 3)))
    return w.slice(0, -1);
  return w;
}

/** Neither white space nor a full stop: [^\s.]. */
function isWordChar(code: number): boolean {
  return code !== 46 && !/\s/u.test(String.fromCharCode(code));
}

/** Honorifics that are only ever followed by a surname or a full name: "Mr King", "Ms Prince". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * A title word that ends the run right after a given name or an honorific is a surname: "Paul King",
 * "Mr King", "Erik Prince" (but "Prime Minister", "Saudi King" and "Senate Speaker" stay titles).
 */
function isSurnameTitle(parts: readonly string[], i: number, first: number): boolean {
  if (i !== parts.length - 1 || i === first || !TITLES.has(normaliseWord(parts[i] ?? ''))) return false;
  const before = normaliseWord(parts[i - 1] ?? '');
  return HONORIFICS.has(before.replace(/[.]$/u, '')) || genderOfGivenName(before) !== null;
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
    // "China’s Commerce Minister Wang" or "the Herald Times’ Ada Kerr": a possessive opens a title;
    // "Hillary Clinton’s campaign": the possessive that ends the run is the person.
    if (isSurnameTitle(parts, i, first)) continue;
    if (
      TITLES.has(normaliseWord(part)) ||
      ((endsPossessive(part) || /s[’']$/u.test(part) || MEMBER_TITLES.has(part)) && i < parts.length - 1)
    )
      lastTitle = i;
  }
  lastTitle = Math.max(lastTitle, officeEnd(parts, lastTitle + 1));
  const titles = parts.slice(first, lastTitle + 1);
  // An initial keeps its full stop ("Julie A. Diaz"); a word's trailing full stop or comma goes.
  const words: string[] = [];
  // "Frank Field MP": a member's letters after a full name are no part of it ("The East Midlands MEP" keeps them).
  const last =
    parts.length > lastTitle + 2 &&
    MEMBER_TITLES.has(parts[parts.length - 1] ?? '') &&
    genderOfGivenName(parts[lastTitle + 1] ?? '') !== null
      ? -1
      : 0;
  for (let i = lastTitle + 1; i < parts.length + last; i++) {
    const word = trimNameWord(parts[i] ?? '');
    if (word.length > 0) words.push(word);
  }
  return { titles, words };
}

/**
 * "Senate Majority Whip John Pell", "Maricopa County Recorder Helen Ward": an office named after an
 * institution, then a known given name and a surname or two. Returns the index of the office's last
 * word (before the given name), or -1 when the run is not of that form.
 */
function officeEnd(parts: string[], from: number): number {
  for (let i = parts.length - 2; i > from && i >= parts.length - 3; i--) {
    if (genderOfGivenName(parts[i] ?? '') === null) continue;
    const office = parts.slice(from, i);
    if (office.some((w) => NOT_PERSON_WORDS.has(normaliseWord(w)))) return i - 1;
  }
  return -1;
}

/**
 * `words` in lower case, built by push: the arrays `map` returns are sometimes holey and sometimes not,
 * and every reader of name keys met both kinds (compiled code thrown away: 'wrong map').
 */
function lowerCased(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) out.push(word.toLowerCase());
  return out;
}

const TITLE_SMALL_WORDS = new Set('In Of The And For With Without On At To'.split(' '));

/**
 * True when a run of name words reads like a person rather than an institution: no organisation or
 * place word, no acronym of three letters or more ("Independence USA"), no party or nationality last
 * ("African American").
 */
export function isPersonLike(words: string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  for (const w of words) {
    if (NOT_PERSON_WORDS.has(normaliseWord(w)) || w.endsWith('-')) return false;
    if (/^[A-Z]{3,}$/u.test(w)) return false;
  }
  // "Sisters In Crime", "Flying Without Wings": a title's small word written in capitals names no one.
  if (words.some((w, i) => i > 0 && TITLE_SMALL_WORDS.has(w))) return false;
  const last = words[words.length - 1] ?? '';
  return !GROUP_LAST_WORDS.has(normaliseWord(last)) && !DESCRIBING_TAIL.test(last);
}

/** The pieces of a capitalised run split after any word whose full stop ends a sentence ("Arizona. Johnson"). */
function splitAtSentenceEnds(run: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const WORD = /\S+/gu;
  let pieceStart = 0;
  for (let m = WORD.exec(run); m !== null; m = WORD.exec(run)) {
    const w = m[0];
    const bare = w.slice(0, -1).toLowerCase();
    if (w.endsWith('.') && bare.length > 1 && !ABBREVIATED.has(bare) && !bare.includes('.')) {
      out.push({ text: run.slice(pieceStart, m.index + w.length), start: start + pieceStart });
      pieceStart = m.index + w.length + 1;
    }
  }
  if (pieceStart < run.length) out.push({ text: run.slice(pieceStart), start: start + pieceStart });
  return out;
}

/**
 * Lines of the text, in order: the start and end offsets of each in turn, and last an empty line past
 * the end of the text, so that every search reads a line (code compiled while articles had no headline
 * line was thrown away at the first one). A typed array: an empty array literal has another elements
 * kind than a filled one, and every reader met both ('wrong map').
 */
export type LineRanges = Uint32Array;

/** More words than this (with a letter) and a line is no headline. */
const MAX_HEADLINE_WORDS = 16;

/** The words of a trimmed line, as splitting it at white space gives them. */
const LINE_WORD = /\S+/gu;

/** Words a title-case headline leaves in lower case. */
const TITLE_CASE_SMALL = new Set(
  'a an the and but or nor for of on in to at by as vs with from into over via per up off out is'.split(' '),
);

/**
 * The ranges of headline lines: short lines with no closing punctuation, mostly in capitalised words;
 * and a first line in title case even when it ends with a full stop ("Lindsey Graham Says X.").
 */
export function findHeadlineLines(text: string): LineRanges {
  const out: number[] = [];
  let lineStart = 0;
  let first = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    // Only a short line can be a headline: a paragraph is left after its 17th word, unsplit further.
    const words: string[] = [];
    LINE_WORD.lastIndex = 0;
    for (let m = LINE_WORD.exec(line); m !== null; m = LINE_WORD.exec(line)) {
      if (!/[A-Za-z\u00C0-\u024F]/u.test(m[0])) continue;
      words.push(m[0]);
      if (words.length > MAX_HEADLINE_WORDS) break;
    }
    const short = words.length >= 2 && words.length <= MAX_HEADLINE_WORDS;
    if (short) {
      const capitalised = words.filter((w) => /^[A-Z\u00C0-\u00DE]/u.test(w)).length;
      const titleCase =
        first &&
        words.length >= 3 &&
        words.every((w) => /^[^a-z]/u.test(w) || TITLE_CASE_SMALL.has(w.toLowerCase()));
      if ((!/[.?!:;,"”’)]$/u.test(line) && capitalised * 2 > words.length) || titleCase)
        out.push(lineStart, lineEnd);
    }
    if (line.length > 0) first = false;
    lineStart = lineEnd + 1;
  }
  out.push(text.length + 1, text.length + 1);
  return Uint32Array.from(out);
}

/** Every person-like capitalised run of the article outside headline lines, in order. */
export function indexNames(text: string, headlines = findHeadlineLines(text)): NameMention[] {
  const out: NameMention[] = [];
  let h = 0;
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    while (h < headlines.length && (headlines[h + 1] as number) <= m.index) h += 2;
    if (h < headlines.length && (headlines[h] as number) <= m.index) continue;
    for (const found of splitAtSentenceEnds(m[0], m.index)) {
      const piece = withoutCommonOpener(text, found);
      const { titles, words: written } = splitName(piece.text.replace(/[.,]$/u, ''));
      const words = readNicknameName(text, written);
      if (!isPersonLike(words)) continue;
      const keys = lowerCased(words);
      const end = piece.start + piece.text.length;
      out.push({ text: piece.text, start: piece.start, end, words, titles, keys });
    }
  }
  return out;
}

/**
 * The article's names with, for each name word (lower case), the names holding it in document order, so
 * that a lookup reads only the names that can match rather than every name of the article.
 */
export interface NameBook {
  names: NameMention[];
  /** The headline lines' ranges, in order. */
  headlines: LineRanges;
  byKey: Map<string, NameMention[]>;
}

export function createNameBook(text: string): NameBook {
  const headlines = findHeadlineLines(text);
  const names = indexNames(text, headlines);
  const byKey = new Map<string, NameMention[]>();
  for (const name of names) {
    for (const key of new Set(name.keys)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [name]);
      else list.push(name);
    }
  }
  return { names, headlines, byKey };
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

/** True when the words around a name make it a place or organisation: "in West Virginia", "the Peace Corps". */
export function isPlaceMention(text: string, name: NameMention): boolean {
  if (name.titles.length > 0) return false;
  if (PLACE_NAMES.has(name.keys.join(' '))) return true;
  // "the Bernie Sanders campaign", "of Hillary Clinton's campaign": a known given name is a person.
  if (name.words.length >= 2 && genderOfGivenName(name.words[0] ?? '') !== null) return false;
  return PLACE_LEAD.test(text.slice(Math.max(0, name.start - 12), name.start));
}
