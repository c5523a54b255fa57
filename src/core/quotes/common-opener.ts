// A capitalised word that opens a sentence before a name but is no part of it: an imperative ("See
// Facebook's own description"), a verb's past form after a quotation ("Haunted Izuku"), a role word before
// a given name ("Keeper Tony Bullock").

import { frequencyKey, readShippedFrequencies } from '../keywords/document-frequencies.js';
import { NOT_NAME_WORDS, NOT_PERSON_WORDS, TITLES } from './name-words.js';
import { genderOfGivenName } from './person-words.js';

/** Marks after which a capital opens a sentence, an aside or an item: "(See Facebook…", "- Represent Mozilla…". */
const OPENING_MARKS = '.!?([{“‘-–—•*:;';

/** Whether `word` stands in the text as a whole word; with `inside`, only where it does not open a sentence. */
function standsInText(text: string, word: string, inside: boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (!inside || !opensAt(text, at)) return true;
  }
  return false;
}

/** Whether a word at `at` opens a sentence, an aside, an item or a line. */
function opensAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || OPENING_MARKS.includes(text[k]!)) return true;
  // “…a hobby.” Haunted Izuku: a quotation that ends its sentence inside the marks.
  return CLOSING_MARKS.includes(text[k]!) && '.!?'.includes(text[k - 1] ?? '');
}

const CLOSING_MARKS = '”"’\'';

/** In what share of news articles the word appears (the keyword reader's shipped table). */
function shareInNews(word: string): number {
  const table = readShippedFrequencies();
  return (table.counts.get(frequencyKey(word)) ?? 0) / table.documents;
}

/** Given names that are ordinary words too, which the given-name list leaves out ("Will Smith", "Rand Paul"). */
const WORD_GIVEN_NAMES = new Set(['will', 'rush', 'rand', 'chase', 'grant']);

/**
 * A word before a given name is a role ("Wing", "Keeper", "Broadcaster") when news uses it at
 * least this often; a rarer one may be the person's own first name ("Flic Everett", "Hazel Gilbert").
 */
const WORD_BEFORE_NAME_SHARE = 0.008;

/** An ordinary word appears in this share of news articles or more ("see" 25 %, "represent" 10 %). */
const ORDINARY_SHARE = 0.05;

/**
 * A run that opens a sentence, an aside or a list item with an ordinary word — an imperative such as
 * "See" or "Represent" — starts at the next word: "(See Facebook's own description…)" names Facebook,
 * not "See Facebook". The word is ordinary when the text writes it in lower case or news uses it
 * widely, and the text never capitalises it inside a sentence; a given name stays ("Will Smith").
 */
export function withoutCommonOpener(
  text: string,
  piece: { text: string; start: number },
): { text: string; start: number } {
  const space = piece.text.indexOf(' ');
  if (space < 0 || !opensAt(text, piece.start)) return piece;
  const first = piece.text.slice(0, space);
  const lower = first.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || genderOfGivenName(lower) !== null || TITLES.has(lower)) return piece;
  if (NOT_NAME_WORDS.has(lower) || NOT_PERSON_WORDS.has(lower) || WORD_GIVEN_NAMES.has(lower)) return piece;
  // "Labour MP Stephen Pound", "House Speaker Paul Ryan": the word belongs to the title after it.
  const second = /^\s*(\S+)/u.exec(piece.text.slice(space))?.[1] ?? '';
  if (TITLES.has(second.toLowerCase().replace(/[.’']s?$/u, '')) || /^[A-Z]{2,4}$/u.test(second)) return piece;
  // "Haunted Izuku …", "Wing Christophe Dominici says": a verb's past form, or a word before a given name,
  // is no part of the name.
  const verbOrRole =
    /^\p{Ll}{3,}ed$/u.test(lower) ||
    (genderOfGivenName(second.toLowerCase()) !== null && shareInNews(lower) >= WORD_BEFORE_NAME_SHARE);
  if (!verbOrRole && !standsInText(text, lower, false) && shareInNews(lower) < ORDINARY_SHARE) return piece;
  if (standsInText(text, first, true)) return piece;
  let next = space;
  while (piece.text[next] === ' ') next++;
  return { text: piece.text.slice(next), start: piece.start + next };
}

/**
 * A name shown for a speaker opens on a word found in this share of news articles or more, and is no
 * given name: "New Labour", "Real Madrid", "Evening Standard", "Right Thing" name no person.
 */
const ORDINARY_FIRST_SHARE = 0.07;

/**
 * True when `words` open on an ordinary word that is no given name ("New Labour", "Age Concern"): one
 * that news uses widely and `text` also writes in lower case (the table's stems cannot tell "Sander"
 * from "sanders", nor "Mani" from "many").
 */
export function opensOnOrdinaryWord(text: string, words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  return (
    words.length >= 2 &&
    genderOfGivenName(first) === null &&
    !WORD_GIVEN_NAMES.has(first) &&
    !TITLES.has(first) &&
    shareInNews(first) >= ORDINARY_FIRST_SHARE &&
    standsInText(text, first, false)
  );
}
