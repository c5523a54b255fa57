// The word lists the entity reader consults: connectors inside names, abbreviations, offices, verbs of saying.

import { NAME_PARTICLES } from '../text/name-particles.js';
import { isApostropheCode } from '../text/tokens.js';

/** An acronym of two to six capitals, digits or "&": "CNN", "G7", "AT&T". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

/**
 * Lower-case words that may sit inside a name: "Bank of England", and the particles of family names
 * ("Ludwig van Beethoven", "Ursula von der Leyen"; see text/name-particles.ts).
 */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'al', '&', ...NAME_PARTICLES]);
/** Stopwords that begin names: "New York", "May" is left out on purpose (the month, the verb). */
export const NAME_STOPWORDS = new Set(['new']);
/**
 * Nouns that take a letter as a label ("Plan B", "vitamin D", "World War I", "Terminal C"): a letter
 * after one of them is no middle initial, so its full stop may end the sentence.
 */
export const LETTER_LABELS = new Set(
  `plan vitamin war type category grade class group section article exhibit appendix annex block terminal
  gate route zone level phase stage option part chapter unit wing model series schedule division league
  tier size row floor platform hall building channel track figure table item box district ward area sector
  stand pier lot squad team form list court room car line company battery pool question point`.split(/\s+/),
);

/** Abbreviations whose full stop does not end a sentence or a name. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'rev',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'u.n',
]);
/** What follows "Secretary of", "Chief of": part of the office, not a name. */
export const OFFICES = new Set([
  'state',
  'staff',
  'treasury',
  'agriculture',
  'labor',
  'labour',
  'transportation',
  'homeland',
  'energy',
]);
/** Ends in a contraction ("I'm", "We'll", "Don't"), as /['’](m|re|ll|ve|d|t)$/i says, without a regex per token. */
export function isContraction(word: string): boolean {
  const n = word.length;
  // Reads nothing before the word's start: a read out of bounds, met first at a one-letter word, threw
  // away the compiled code of the token loop.
  if (n < 2) return false;
  const last = word.charCodeAt(n - 1) | 32;
  if (isApostropheCode(word.charCodeAt(n - 2))) return last === 109 || last === 100 || last === 116;
  if (n < 3 || !isApostropheCode(word.charCodeAt(n - 3))) return false;
  const before = word.charCodeAt(n - 2) | 32;
  return (
    (before === 114 && last === 101) || (before === 108 && last === 108) || (before === 118 && last === 101)
  );
}
export const SAYING = new Set([
  'said',
  'says',
  'told',
  'added',
  'argued',
  'wrote',
  'insisted',
  'warned',
  'explained',
]);
