// The keyword reader's plain text tests: plural folding, the weak words, the gaps between tokens and
// the headline line. Nothing here depends on the word table.
import { ARTICLE_JOINED_NAME, BEFORE_NO_PARTICLE } from '../text/name-particles.js';
import { isApostropheCode, isSpaceCode, isUpperAt } from '../text/tokens.js';

/** "don't", "I'm", "they've": a function word and its clitic. */
export const CONTRACTION = /^\p{L}+['’](t|m|re|ve|ll|d)$/u;
/** Pieces of addresses and agency credits that survive into article text ("www", "com", "(AP)"). */
export const WEB_WORDS = new Set(['www', 'com', 'http', 'https', 'html', 'ap']);

/**
 * English stop words that are ordinary nouns and numerals of other languages: "most" (bridge, Czech and
 * Polish), "via" (street, Italian), "an" (year, French), "once" (eleven, Spanish), "mine" (mine, French).
 * In an article of another language they are left to that language's own stop words.
 */
const FOREIGN_CONTENT = new Set(['most', 'via', 'an', 'once', 'mine']);

export function isForeignContentWord(word: string): boolean {
  return FOREIGN_CONTENT.has(word);
}

/**
 * Where the word after an elided stop word ("l'", "dell’", "qu'") starts, or `start` when there is none.
 * In English a capital after the apostrophe is an Irish or Italian name ("O'Neill", "D'Arcy"), whole.
 */
export function elidedPrefixEnd(
  text: string,
  start: number,
  end: number,
  stops: ReadonlySet<string>,
  english = false,
): number {
  for (let i = start + 1; i < end - 1 && i - start <= 4; i++) {
    if (!isApostropheCode(text.charCodeAt(i))) continue;
    if (english && isUpperAt(text, i + 1)) return start;
    return stops.has(text.slice(start, i).toLowerCase()) ? i + 1 : start;
  }
  return start;
}

/** Frequent in news but empty as a keyword on their own (they may still sit inside a phrase). */
export const WEAK_WORDS = new Set(
  `get got make made take took going want think know like people time year way thing lot day week month
  sen rep gov lost come came go went see saw look need put use used just really back first second last`.split(
    /\s+/,
  ),
);

/** The Arabic article, alone or behind a joined preposition or conjunction (ال، لل، بال، وال، فال، كال). */
const ARABIC_ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{Script=Arabic}{3})/u;

/**
 * Folds simple plurals so "markets" and "market" count together, and the Arabic article joined to a word,
 * so "المحطة", "للمحطة" and "محطة" do.
 */
export function stem(word: string): string {
  if (word.charCodeAt(0) >= 0x600 && word.charCodeAt(0) <= 0x6ff) return word.replace(ARABIC_ARTICLE, '');
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

/**
 * Whether the gap holds a mark after which a capital may only start a sentence: . ! ? : " “ ‘, and those
 * of other languages: … « » „ ‚ ¿ ¡.
 */
export function hasSentenceMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 0x201c || c === 0x2018) return true;
    // An opening bracket starts an aside, often a sentence of its own: "(See Facebook's own account.)".
    if (c === 40 || c === 91) return true;
    if (c === 0x2026 || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201a || c === 0xbf || c === 0xa1)
      return true;
  }
  return false;
}

/**
 * Whether the token at `start` opens a sentence: it opens the line, or a sentence mark comes before it.
 * A name after a title's period ("Dott. Rossi") does not: `titleStart` is where the stop word before it
 * starts, when that may be a title (outside English), else -1.
 */
export function opensSentence(
  text: string,
  lineStart: number,
  previousEnd: number,
  start: number,
  titleStart: number,
): boolean {
  if (previousEnd === lineStart) return true;
  if (start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32) return false;
  return hasSentenceMark(text, previousEnd, start) && !followsTitle(text, titleStart, previousEnd, start);
}

/**
 * Whether the word at `start` follows a title's period: the word before it (from `titleStart` to
 * `titleEnd`, a stop word; -1 for none) is capitalised, at most five letters ("Dott", "Sr", "Dhr"), and
 * only its period and a space come between.
 */
function followsTitle(text: string, titleStart: number, titleEnd: number, start: number): boolean {
  if (titleStart < 0 || titleEnd - titleStart > 5 || !isUpperAt(text, titleStart, titleEnd)) return false;
  if (text.charCodeAt(titleStart - 1) === 0xb0) return false; // "−42 °C. Синоптики": a unit, not a title
  return (
    start === titleEnd + 2 && text.charCodeAt(titleEnd) === 46 && isSpaceCode(text.charCodeAt(titleEnd + 1))
  );
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

/** Fewer words than this under a headline make a teaser, not an article. */
const TEASER_WORDS = 25;

/**
 * Whether a headline is written in Title Case ("Tsunami Warning Issued in Japan After Strong
 * Earthquakes"): every word of four letters or more after the first starts with a capital, and there are
 * two such words at least. Its capitals then say nothing of which words are names.
 */
export function isTitleCase(title: string): boolean {
  const long = title.match(/\p{L}{4,}/gu)?.slice(1) ?? [];
  return long.length >= 2 && long.every((word) => isUpperAt(word, 0));
}

/**
 * Whether a body is a teaser under its headline: a few words (fewer than TEASER_WORDS), not opening
 * with the headline, under a headline not in Title Case (whose words would all read as names).
 */
export function isTeaser(body: string, title: string): boolean {
  if (body.length > TEASER_WORDS * 12 || isTitleCase(title)) return false;
  const words = body.match(/\S+/gu)?.length ?? 0;
  // A body that opens with its headline (a one-line item, a stored text) holds it already.
  return (
    words > 0 && words < TEASER_WORDS && !body.trim().toLowerCase().startsWith(title.trim().toLowerCase())
  );
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

/** A word written as a name: a capital, or the Arabic article before one ("al-Baghdadi"). */
export function isNameSurface(text: string, start: number, end: number): boolean {
  return isUpperAt(text, start, end) || ARTICLE_JOINED_NAME.test(text.slice(start, end));
}

/**
 * Whether the particle token t is followed, one space at a time, by a capitalised word, maybe through
 * more particles: "de Blasio", "von der Leyen".
 */
export function opensName(
  text: string,
  tokens: { count: number; starts: ArrayLike<number>; ends: ArrayLike<number>; ids: ArrayLike<number> },
  t: number,
  isParticle: (id: number) => boolean,
): boolean {
  const { count, starts, ends, ids } = tokens;
  // "a delivery van", "the van Police stopped": after a determiner it is a noun.
  if (t > 0 && BEFORE_NO_PARTICLE.has(text.slice(starts[t - 1]!, ends[t - 1]!).toLowerCase())) return false;
  for (let u = t + 1; u < count && u <= t + 3; u++) {
    const gap = ends[u - 1]!;
    if (starts[u] !== gap + 1 || text.charCodeAt(gap) !== 32) return false;
    if (isUpperAt(text, starts[u]!)) return true;
    if (!isParticle(ids[u]!)) return false;
  }
  return false;
}

/**
 * A word of one or two lower-case letters of a cased script other than Latin (Cyrillic, Greek): a
 * preposition or a particle ("на", "за", "με") that a short stop-word list (Ukrainian's) may lack. Latin
 * ones are left to the lists, which are long, since in some languages such a word is a noun (Vietnamese xe).
 */
export function isShortFunctionWord(text: string, from: number, end: number): boolean {
  if (end - from > 2 || text.charCodeAt(from) < 0x370) return false;
  const first = text[from]!;
  return first !== first.toUpperCase();
}

/**
 * Where a case ending written after an apostrophe starts in a capitalised word of a language that is not
 * English: Turkish "İstanbul'da", "Ankara'nın", Dutch "Anna's" (the name is the keyword, its ending no part
 * of it); -1 when there is none. The prefix is two letters at least (not "L'Aquila"), the ending lower case.
 */
export function caseEndingStart(text: string, from: number, end: number): number {
  if (!isUpperAt(text, from, end)) return -1;
  for (let i = from + 2; i < end - 1; i++) {
    if (!isApostropheCode(text.charCodeAt(i))) continue;
    const ending = text.slice(i + 1, end);
    return ending.length <= 5 && ending === ending.toLowerCase() && ending !== ending.toUpperCase() ? i : -1;
  }
  return -1;
}
