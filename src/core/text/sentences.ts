// Sentence boundaries for news text, in one left-to-right pass with bounded look-around.
// The hard cases (abbreviations, initials, ellipses, quotes, lists) follow the English "Golden Rules"
// published with Pragmatic Segmenter (MIT, © Kevin S. Dias); the code here is our own.
import type { SentenceSpan } from '../types.js';
import { foreignPeriodEnds, isEnglishAbbreviationIn } from './abbreviations.js';
import {
  BANG,
  CLOSE_PAREN,
  codeAt,
  DOT,
  ELLIPSIS,
  isBullet,
  isCloser,
  isDigit,
  isLatinCloser,
  isLetter,
  isLetterOrDigit,
  isLower,
  isPlain,
  isQuoteGoesOn,
  isSpace,
  isStopOrPercent,
  isUpper,
  isWideStop,
  OPEN_BRACKET,
  QUESTION,
  SPACE,
  hasNewline,
  insideWideBracket,
  nextIsLower,
  skipClosers,
} from './sentence-chars.js';

// Titles written before a name: a period after them never ends a sentence.
const PREPOSITIVE = new Set(
  (
    'mr mrs ms messrs mmes dr prof gen sen rep reps sens gov lt col capt cpt sgt cpl maj adm cmdr brig rev hon ' +
    'pres supt det insp st mt ft fr sr gens atty amb'
  ).split(' '),
);
// Abbreviations that may or may not end a sentence: they end one only before a typical sentence opener.
const AMBIGUOUS = new Set(
  (
    'inc corp co ltd llc plc jr bros etc vs al no nos jan feb mar apr aug sep sept oct nov dec ' +
    'govt dept univ assn est approx mon tue tues wed thu thur thurs fri sat sun pp op cf ed eds vol'
  ).split(' '),
);
// Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
const OPENERS = new Set(
  (
    'i it he she they we you the this that these those there then but and so yet however in on at as if when ' +
    'while what why how who where which a an his her their our my its mr mrs ms dr did do does is are was were ' +
    'can could will would should after before although though because since meanwhile now today yesterday ' +
    'some many most both all not for from by with under last one two several'
  ).split(' '),
);

/** A list marker ("1.", "2)", "1.)", "b.", "• 9.") at `i`: where it ends and which marker would come next. */
function readListMarker(text: string, i: number): { end: number; next: string } | null {
  let j = i;
  if (isBullet(codeAt(text, j))) {
    j++;
    while (codeAt(text, j) === SPACE) j++;
  }
  const from = j;
  while (isDigit(codeAt(text, j)) && j - from < 2) j++;
  let next: string;
  if (j > from) next = String(Number(text.slice(from, j)) + 1);
  else if (isLower(codeAt(text, j)) && !isLetter(codeAt(text, j + 1)))
    next = String.fromCharCode(text.charCodeAt(j++) + 1);
  else return null;
  const mark = codeAt(text, j);
  if (mark === DOT && codeAt(text, j + 1) === CLOSE_PAREN) j += 2;
  else if (mark === DOT || mark === CLOSE_PAREN) j++;
  else return null;
  return codeAt(text, j) === SPACE ? { end: j, next } : null;
}

/** The letters-and-dots word that ends just before `i` ("U.S", "Mr", "a.m"). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  // Only single letters chain into initials, so "Tuesday.Mr" stays "Mr".
  if (i - j === 1) {
    while (codeAt(text, j - 1) === DOT && isLetter(codeAt(text, j - 2)) && !isLetter(codeAt(text, j - 3)))
      j -= 2;
  }
  return text.slice(j, i);
}

function wordAt(text: string, i: number): string {
  let j = i;
  while (isLetter(codeAt(text, j))) j++;
  return text.slice(i, j).toLowerCase();
}

function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether the whitespace-free token around `i` is a web or mail address, whose dots are not stops. */
function isAddressToken(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = i;
  while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
  const token = text.slice(a, b);
  return token.includes('@') || token.includes('://') || token.toLowerCase().startsWith('www.');
}

/** Decide whether a single period at `i`, followed (after closers) by whitespace then `m`, ends a sentence. */
function periodEnds(text: string, i: number, m: number, start: number, language: string): boolean {
  let first = m;
  // Look through opening punctuation ("“Yes", "(The") to the first letter or digit.
  while (first < text.length && first - m < 3 && !isLetterOrDigit(text.charCodeAt(first))) first++;
  const next = codeAt(text, first);
  if (isLower(next)) return false;
  const word = wordBefore(text, i);
  if (isDigit(next)) return word === '' && isDigit(codeAt(text, i - 1));
  const foreign = foreignPeriodEnds(text, i, first, word, language);
  if (foreign !== null) return foreign;
  if (!isUpper(next)) return true;
  const lower = word.toLowerCase();
  if (PREPOSITIVE.has(lower) && isEnglishAbbreviationIn(lower, language)) return false;
  // "А. С. Пушкин", "Ł. Nowak": a capital of any script is an initial too; "−42 °C." is no initial.
  const initials = /^([A-Za-z]\.)*[A-Za-z]$|^\p{Lu}$/u.test(word) && codeAt(text, i - 2) !== 0xb0;
  if (initials || (AMBIGUOUS.has(lower) && isEnglishAbbreviationIn(lower, language))) {
    // "At 5 a.m. Mr. Smith left": too short to be a sentence of its own.
    return OPENERS.has(wordAt(text, first)) && countWords(text, start, i) >= 4;
  }
  return true;
}

/** Whether a single line break inside a sentence is a wrapped line rather than a new paragraph or list item. */
function isWrappedLine(text: string, lineStart: number, nl: number, next: number): boolean {
  if (!isLower(codeAt(text, next))) return false;
  let last = nl - 1;
  while (last > lineStart && isSpace(text.charCodeAt(last))) last--;
  const c = codeAt(text, last);
  if (c === -1 || c === DOT || c === BANG || c === QUESTION || c === 0x3a || c === 0x3b) return false; // . ! ? : ;
  return countWords(text, lineStart, nl) >= 4;
}

/** A split in progress: the text, the sentences found so far and the open sentence. */
interface Split {
  readonly text: string;
  readonly n: number;
  readonly spans: SentenceSpan[];
  /** ISO 639-1 code of the text's language: its own abbreviations apply. */
  readonly language: string;
  /** Where the open sentence starts, or -1 between sentences. */
  start: number;
  lineStart: number;
  /** The marker the next list item would open with, while the open sentence is a list item. */
  listNext: string | null;
}

// The scan below is split into small functions on purpose: each rare case (a list marker, an ellipsis, a
// wide stop) is first met only after many articles, and compiled code meeting a case for the first time
// is thrown away and compiled again; in its own function that recompiles only the small function.

/**
 * Split `text` into sentences: [start, end) offsets, trimmed of white space. `language` (ISO 639-1) adds
 * its abbreviations to the English rules; Greek asks with ";" (U+037E), read as "?" (same offsets).
 */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const split: Split = {
    text: language === 'el' ? text.replace(/[;\u037e]/g, '?') : text,
    n: text.length,
    spans: [],
    language,
    start: -1,
    lineStart: 0,
    listNext: null,
  };
  readSentences(split);
  if (split.start >= 0) emit(split, split.n);
  return split.spans;
}

/**
 * The scanning loop, a function of its own with nothing after the loop: V8 compiles a long loop while it
 * runs (on-stack replacement), often in the first article, before the code after the loop has ever run;
 * that compiled loop then bailed out at its end, in every article, until the whole function was compiled.
 */
function readSentences(split: Split): void {
  const { text, n } = split;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (split.start < 0) {
      if (isSpace(c)) {
        if (c === 10) split.lineStart = i + 1;
        i++;
        continue;
      }
      const opened = openSentence(split, i);
      if (opened > i) {
        i = opened;
        continue;
      }
    }
    // Fast path: ordinary ASCII characters cannot start or end anything, except a list marker after a space.
    if (isPlain(c) && (split.listNext === null || !isSpace(text.charCodeAt(i - 1)))) {
      i = skipPlain(text, i + 1, n);
      continue;
    }
    i = isSpace(c) ? readSpaces(split, i) : readMark(split, i);
  }
}

/**
 * Past the plain characters from `i`. A loop of its own, not one inside the scanning loop: code compiled
 * while an inner loop runs (on-stack replacement) bails out each time that inner loop ends, and in some
 * runs the scanning loop stayed in that state for every later article.
 */
function skipPlain(text: string, i: number, n: number): number {
  let j = i;
  while (j < n && isPlain(text.charCodeAt(j))) j++;
  return j;
}

/** Ends the open sentence at `end`, less trailing white space. */
function emit(split: Split, end: number): void {
  const { start, text } = split;
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (start >= 0 && e > start) split.spans.push([start, e]);
  split.start = -1;
}

/** Opens a sentence at `i`; returns past its list marker or opening dots, or `i` when it has none. */
function openSentence(split: Split, at: number): number {
  const { text } = split;
  split.start = at;
  let i = at;
  const marker = readListMarker(text, i);
  split.listNext = marker ? marker.next : null;
  if (marker) i = marker.end;
  // a sentence opening with ". . ."
  while (codeAt(text, i) === DOT || (codeAt(text, i) === SPACE && codeAt(text, i + 1) === DOT)) i++;
  return i;
}

/** White space at `i`: a paragraph break or an unwrapped line ends the sentence; returns past it. */
function readSpaces(split: Split, i: number): number {
  const { text, n } = split;
  let j = i;
  let newlines = 0;
  let lastNl = i;
  while (j < n && isSpace(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 10) {
      newlines++;
      lastNl = j;
    }
    j++;
  }
  if (newlines > 0) {
    if (newlines > 1 || j === n || !isWrappedLine(text, split.lineStart, i, j)) emit(split, i);
    split.lineStart = lastNl + 1;
  }
  return j;
}

/** A character that may start or end something at `i` (not white space); returns where scanning resumes. */
function readMark(split: Split, i: number): number {
  const { text } = split;
  const c = text.charCodeAt(i);
  const prevSpace = i > 0 && isSpace(text.charCodeAt(i - 1));
  if (prevSpace && i > split.start && startsListItem(split, i, c)) {
    emit(split, i);
    return i;
  }
  if (c === BANG || c === QUESTION) return readBang(split, i);
  if (c === DOT || c === ELLIPSIS) return readDots(split, i);
  if (isWideStop(c)) return readWideStop(split, i);
  return i + 1;
}

/** Whether a bullet or the list's next marker at `i` (after a space) opens a new item. */
function startsListItem(split: Split, i: number, c: number): boolean {
  if (isBullet(c)) return true;
  const { listNext, text } = split;
  return (
    listNext !== null &&
    c === listNext.charCodeAt(0) &&
    text.startsWith(listNext, i) &&
    readListMarker(text, i) !== null
  );
}

/** "!" or "?" at `i`, with any more of them and closing marks after. */
function readBang(split: Split, i: number): number {
  const { text, n } = split;
  let k = i + 1;
  while (codeAt(text, k) === BANG || codeAt(text, k) === QUESTION) k++;
  k = skipClosers(text, k);
  const glued = k > i + 1 && isUpper(codeAt(text, k)) && isLower(codeAt(text, k + 1));
  if (k >= n || glued || (isSpace(text.charCodeAt(k)) && !nextIsLower(text, k))) emit(split, k);
  return k;
}

/** A full stop of Chinese, Japanese or Arabic script at `i`. */
function readWideStop(split: Split, i: number): number {
  const { text, n } = split;
  let k = i + 1;
  while (k < n && (isWideStop(text.charCodeAt(k)) || isCloser(text.charCodeAt(k)))) k++;
  // 「…！」と言った: a quotation closed inside the sentence that goes on after it. (At the end of the text
  // the sentence is left open: the caller ends it there.) 「…。…！」: a stop inside a quotation still open.
  const goesOn = isCloser(text.charCodeAt(k - 1)) && (k >= n || isQuoteGoesOn(text.charCodeAt(k)));
  if (!goesOn && !insideWideBracket(text, split.start, k)) emit(split, k);
  return k;
}

/** A period or an ellipsis at `i`; returns where scanning resumes. */
function readDots(split: Split, i: number): number {
  const { text, n } = split;
  let j = i;
  let dots = 0;
  let spaced = false;
  for (;;) {
    const c = codeAt(text, j);
    if (c === DOT) {
      dots++;
      j++;
    } else if (c === ELLIPSIS) {
      dots += 3;
      j++;
    } else if (c === SPACE && codeAt(text, j + 1) === DOT && dots > 0) {
      spaced = true;
      j++;
    } else break;
  }
  const k = skipClosers(text, j);
  const atEnd = k >= n;
  const spaceAfter = !atEnd && isSpace(text.charCodeAt(k));
  let m = k;
  while (m < n && isSpace(text.charCodeAt(m))) m++;
  if (dots === 1) return readPeriod(split, i, k, m, atEnd, spaceAfter);
  // An ellipsis. "[...]" marks an elision inside a quotation, never a stop.
  if (codeAt(text, i - 1) === OPEN_BRACKET || atEnd || !spaceAfter) {
    if (atEnd) emit(split, k);
    return k;
  }
  const upperNext = isUpper(codeAt(text, m));
  if (spaced && dots >= 4 && isLetter(codeAt(text, i - 1)) && codeAt(text, i + 1) === SPACE && upperNext) {
    // "compounds. . . . The": the first dot is the stop, the spaced ellipsis opens the next sentence.
    emit(split, i + 1);
    return i + 1;
  }
  const ends = dots >= 4 ? upperNext : !spaced && upperNext && wordAt(text, m) !== 'i';
  if (ends) emit(split, k);
  return k;
}

/** A single period at `i`, its closing marks ending at `k` and the white space after them at `m`. */
function readPeriod(
  split: Split,
  i: number,
  k: number,
  m: number,
  atEnd: boolean,
  spaceAfter: boolean,
): number {
  const { text } = split;
  if (isDigit(codeAt(text, i - 1)) && isDigit(codeAt(text, i + 1))) return i + 1;
  if (atEnd) emit(split, k);
  else if (!spaceAfter) {
    if (isGluedStop(split, i, k)) emit(split, k);
  } else if (hasNewline(text, k, m) || periodEnds(text, i, m, split.start, split.language)) emit(split, k);
  return k;
}

/**
 * Paragraphs joined without a space ("community.Dr Venter", "site.\"Our"): a capitalised word right after a
 * lower-case word's stop. Initials ("U.S.") and addresses do not qualify. So do a closing quote or bracket
 * before the stop: '"criminal".Ms', '(by 5%).The', '(a.m.).Then'.
 */
function isGluedStop(split: Split, i: number, k: number): boolean {
  const { text } = split;
  const previous = codeAt(text, i - 1);
  const before = i > split.start + 1 && isLatinCloser(previous) ? codeAt(text, i - 2) : previous;
  // After a closing mark the stop ends the sentence whatever the word's case: '(HMO).But'.
  const wordEnd =
    isLower(before) ||
    isDigit(before) ||
    (before !== previous && (isStopOrPercent(before) || isUpper(before)));
  // "resume.A tremor", "that.I think": the one-letter words A and I open a sentence too.
  const next = codeAt(text, k);
  const oneLetter = (next === 0x41 || next === 0x49) && isSpace(codeAt(text, k + 1));
  const glued = wordEnd && isUpper(next) && (isLower(codeAt(text, k + 1)) || oneLetter);
  return glued && !isAddressToken(text, i);
}
