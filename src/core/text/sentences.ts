// Sentence boundaries for news text, in one left-to-right pass with bounded look-around.
// The hard cases (abbreviations, initials, ellipses, quotes, lists) follow the English "Golden Rules"
// published with Pragmatic Segmenter (MIT, © Kevin S. Dias); the code here is our own.
import type { SentenceSpan } from '../types.js';

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
const CLOSERS = '"\'”’)]»」』）';
/** Full stops of Chinese, Japanese and Arabic script: they end a sentence with or without a space after. */
const WIDE_STOPS = '。！？؟';
const QUOTE_GOES_ON = 'と、，';
const BULLETS = '•⁃▪●◦‣';

/**
 * A character that cannot start or end anything: printable ASCII other than the stops ".", "!" and "?",
 * or a character above ASCII that is not white space, an ellipsis or a bullet. (Curly quotes, dashes and
 * accented letters are common in news; each one used to leave the fast path.)
 */
function isPlain(c: number): boolean {
  if (c < 128) return c > 32 && c !== 46 && c !== 33 && c !== 63;
  return !isSpace(c) && c !== 0x2026 && !isBulletCode(c) && !isWideStop(c);
}
function isWideStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x061f;
}
function isBulletCode(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0x2023;
}
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}
// ASCII first: these run on every stop, and case mapping allocates.
function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isLetter(ch: string | undefined): boolean {
  return isLower(ch) || isUpper(ch);
}

/** A list marker ("1.", "2)", "1.)", "b.", "• 9.") at `i`: where it ends and which marker would come next. */
function readListMarker(text: string, i: number): { end: number; next: string } | null {
  let j = i;
  if (BULLETS.includes(text[j] ?? '\0')) {
    j++;
    while (text[j] === ' ') j++;
  }
  const from = j;
  while (isDigit(text[j]) && j - from < 2) j++;
  let next: string;
  if (j > from) next = String(Number(text.slice(from, j)) + 1);
  else if (isLower(text[j]) && !isLetter(text[j + 1])) next = String.fromCharCode(text.charCodeAt(j++) + 1);
  else return null;
  if (text[j] === '.' && text[j + 1] === ')') j += 2;
  else if (text[j] === '.' || text[j] === ')') j++;
  else return null;
  return text[j] === ' ' ? { end: j, next } : null;
}

/** The letters-and-dots word that ends just before `i` ("U.S", "Mr", "a.m"). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  // Only single letters chain into initials, so "Tuesday.Mr" stays "Mr".
  if (i - j === 1) while (text[j - 1] === '.' && isLetter(text[j - 2]) && !isLetter(text[j - 3])) j -= 2;
  return text.slice(j, i);
}

function wordAt(text: string, i: number): string {
  let j = i;
  while (isLetter(text[j])) j++;
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
function periodEnds(text: string, i: number, m: number, start: number): boolean {
  let first = m;
  // Look through opening punctuation ("“Yes", "(The") to the first letter or digit.
  while (first < text.length && first - m < 3 && !isLetter(text[first]) && !isDigit(text[first])) first++;
  const next = text[first];
  if (isLower(next)) return false;
  const word = wordBefore(text, i);
  if (isDigit(next)) return word === '' && isDigit(text[i - 1]);
  if (!isUpper(next)) return true;
  const lower = word.toLowerCase();
  if (PREPOSITIVE.has(lower)) return false;
  const initials = /^([A-Za-z]\.)*[A-Za-z]$/.test(word);
  if (initials || AMBIGUOUS.has(lower)) {
    // "At 5 a.m. Mr. Smith left": too short to be a sentence of its own.
    return OPENERS.has(wordAt(text, first)) && countWords(text, start, i) >= 4;
  }
  return true;
}

/** Whether a single line break inside a sentence is a wrapped line rather than a new paragraph or list item. */
function isWrappedLine(text: string, lineStart: number, nl: number, next: number): boolean {
  if (!isLower(text[next])) return false;
  let last = nl - 1;
  while (last > lineStart && isSpace(text.charCodeAt(last))) last--;
  if ('.!?:;'.includes(text[last] ?? '.')) return false;
  return countWords(text, lineStart, nl) >= 4;
}

/** A split in progress: the text, the sentences found so far and the open sentence. */
interface Split {
  readonly text: string;
  readonly n: number;
  readonly spans: SentenceSpan[];
  /** Where the open sentence starts, or -1 between sentences. */
  start: number;
  lineStart: number;
  /** The marker the next list item would open with, while the open sentence is a list item. */
  listNext: string | null;
}

// The scan below is split into small functions on purpose: each rare case (a list marker, an ellipsis, a
// wide stop) is first met only after many articles, and compiled code meeting a case for the first time
// is thrown away and compiled again; in its own function that recompiles only the small function.

/** Split `text` into sentences: [start, end) offsets, trimmed of surrounding whitespace. */
export function splitSentences(text: string): SentenceSpan[] {
  const split: Split = { text, n: text.length, spans: [], start: -1, lineStart: 0, listNext: null };
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
      i++;
      while (i < n && isPlain(text.charCodeAt(i))) i++;
      continue;
    }
    i = isSpace(c) ? readSpaces(split, i) : readMark(split, i);
  }
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
  while (text[i] === '.' || (text[i] === ' ' && text[i + 1] === '.')) i++; // a sentence opening with ". . ."
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
  const ch = text[i] as string;
  const prevSpace = i > 0 && isSpace(text.charCodeAt(i - 1));
  if (prevSpace && i > split.start && startsListItem(split, i, ch)) {
    emit(split, i);
    return i;
  }
  if (ch === '!' || ch === '?') return readBang(split, i);
  if (ch === '.' || ch === '…') return readDots(split, i);
  if (WIDE_STOPS.includes(ch)) return readWideStop(split, i);
  return i + 1;
}

/** Whether a bullet or the list's next marker at `i` (after a space) opens a new item. */
function startsListItem(split: Split, i: number, ch: string): boolean {
  if (BULLETS.includes(ch)) return true;
  const { listNext, text } = split;
  return (
    listNext !== null &&
    ch === listNext[0] &&
    text.startsWith(listNext, i) &&
    readListMarker(text, i) !== null
  );
}

/** "!" or "?" at `i`, with any more of them and closing marks after. */
function readBang(split: Split, i: number): number {
  const { text, n } = split;
  let k = i + 1;
  while (text[k] === '!' || text[k] === '?') k++;
  k = skipClosers(text, k);
  const glued = k > i + 1 && isUpper(text[k]) && isLower(text[k + 1]);
  if (k >= n || glued || (isSpace(text.charCodeAt(k)) && !nextIsLower(text, k))) emit(split, k);
  return k;
}

/** A full stop of Chinese, Japanese or Arabic script at `i`. */
function readWideStop(split: Split, i: number): number {
  const { text, n } = split;
  let k = i + 1;
  while (k < n && (WIDE_STOPS.includes(text[k] as string) || CLOSERS.includes(text[k] as string))) k++;
  // 「…！」と言った: a quotation closed inside the sentence that goes on after it.
  if (!CLOSERS.includes(text[k - 1] as string) || !QUOTE_GOES_ON.includes(text[k] ?? '')) emit(split, k);
  return k;
}

/** A period or an ellipsis at `i`; returns where scanning resumes. */
function readDots(split: Split, i: number): number {
  const { text, n } = split;
  let j = i;
  let dots = 0;
  let spaced = false;
  for (;;) {
    if (text[j] === '.') {
      dots++;
      j++;
    } else if (text[j] === '…') {
      dots += 3;
      j++;
    } else if (text[j] === ' ' && text[j + 1] === '.' && dots > 0) {
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
  if (text[i - 1] === '[' || atEnd || !spaceAfter) {
    if (atEnd) emit(split, k);
    return k;
  }
  const upperNext = isUpper(text[m]);
  if (spaced && dots >= 4 && isLetter(text[i - 1]) && text[i + 1] === ' ' && upperNext) {
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
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return i + 1;
  if (atEnd) emit(split, k);
  else if (!spaceAfter) {
    if (isGluedStop(split, i, k)) emit(split, k);
  } else if (text.slice(k, m).includes('\n') || periodEnds(text, i, m, split.start)) emit(split, k);
  return k;
}

/**
 * Paragraphs joined without a space ("community.Dr Venter", "site.\"Our"): a capitalised word right after a
 * lower-case word's stop. Initials ("U.S.") and addresses do not qualify. So do a closing quote or bracket
 * before the stop: '"criminal".Ms', '(by 5%).The', '(a.m.).Then'.
 */
function isGluedStop(split: Split, i: number, k: number): boolean {
  const { text } = split;
  const before = i > split.start + 1 && `"'”’)]`.includes(text[i - 1] as string) ? text[i - 2] : text[i - 1];
  const wordEnd =
    isLower(before) || isDigit(before) || (before !== text[i - 1] && /[%!?.]/.test(before ?? ''));
  const glued = wordEnd && isUpper(text[k]) && isLower(text[k + 1]);
  return glued && !isAddressToken(text, i);
}

/**
 * Past the closing marks after a stop: quotation marks and brackets, the German closing “ when a space or
 * the end follows it, and the French « » closing mark after its (no-break) space.
 */
function skipClosers(text: string, from: number): number {
  let k = from;
  for (;;) {
    const ch = text[k];
    if (ch !== undefined && CLOSERS.includes(ch)) k++;
    else if (ch === '“' && (k + 1 >= text.length || isSpace(text.charCodeAt(k + 1)))) k++;
    else if (ch !== undefined && ch !== '\n' && isSpace(text.charCodeAt(k)) && text[k + 1] === '»') k += 2;
    else return k;
  }
}

function nextIsLower(text: string, k: number): boolean {
  let m = k;
  while (m < text.length && isSpace(text.charCodeAt(m))) m++;
  return isLower(text[m]);
}
