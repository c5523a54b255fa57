// The keyword reader's plain text tests: plural folding, the weak words, the gaps between tokens and
// the headline line. Nothing here depends on the word table.
import { isSpaceCode, isUpperAt } from '../text/tokens.js';

/** Frequent in news but empty as a keyword on their own (they may still sit inside a phrase). */
export const WEAK_WORDS = new Set(
  `get got make made take took going want think know like people time year way thing lot day week month
  sen rep gov lost come came go went see saw look need put use used just really back first second last`.split(
    /\s+/,
  ),
);

/** Folds simple plurals so "markets" and "market" count together. */
export function stem(word: string): string {
  const n = word.length;
  if (n > 3 && word.charCodeAt(n - 1) === 115 && !/(ss|us|is)$/.test(word)) {
    return word.endsWith('ies') && word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}

export function containsRun(long: number[], short: number[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether the gap holds a mark after which a capital may only start a sentence. */
export function hasSentenceMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 0x201c || c === 0x2018) return true;
  }
  return false;
}

export function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The line, trimmed and lower-cased, equals the headline. */
export function isHeadlineLine(text: string, start: number, end: number, headline: string): boolean {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // Lower-casing never shortens a string, so a longer line cannot match.
  if (end - start > headline.length) return false;
  return text.slice(start, end).toLowerCase() === headline;
}

/**
 * A stop word that belongs to a name: "US" in capitals, or a capitalised stop word inside a sentence
 * directly before another capitalised word ("New York", "The Hague" mid-sentence).
 */
export function isNameStopWord(
  text: string,
  start: number,
  end: number,
  initial: boolean,
  nextStart: number,
): boolean {
  if (end - start === 2 && text.slice(start, end) === 'US') return true;
  if (initial || !isUpperAt(text, start, end) || nextStart !== end + 1) return false;
  return text.charCodeAt(end) === 32 && isUpperAt(text, nextStart);
}
