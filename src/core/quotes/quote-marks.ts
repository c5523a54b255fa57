// Pairing quotation marks into spans. Straight marks are ambiguous, so each one is read as opening or
// closing from the state of the scan; curly marks say which they are, except for the common typo of a
// closing mark used to open.

/** One pair of marks: [start, end) is the text inside, `open`/`close` the marks themselves. */
export interface MarkSpan {
  open: number;
  start: number;
  end: number;
  /** Index just past the closing mark, or `end` when the quote ran out unclosed at a paragraph end. */
  close: number;
  closed: boolean;
}

const LEFT = 0x201c; // “
const RIGHT = 0x201d; // ”
const STRAIGHT = 0x22; // "
const NEWLINE = 0x0a;
const LOW = 0x201e; // „ (German, Czech, Polish): closed by “ (or ”)
const OPEN_GUILLEMET = 0xab; // «
const CLOSE_GUILLEMET = 0xbb; // »
const SINGLE_LEFT = 0x2018; // ‘
const SINGLE_RIGHT = 0x2019; // ’ (also the apostrophe)
const SINGLE_LOW = 0x201a; // ‚ (German, Czech): closed by ‘
const STRAIGHT_SINGLE = 0x27; // ' (Dutch news quotes with it): opens and closes
/**
 * Marks that say unambiguously which closing mark ends them: « » (French, Russian, Spanish…), 「 」 and
 * 『 』 (Chinese, Japanese). Marks of another kind inside such a quote are a quote within the quote.
 */
function closerOf(code: number): number {
  if (code === 0xab) return 0xbb; // « »
  if (code === 0x300c) return 0x300d; // 「 」
  if (code === 0x300e) return 0x300f; // 『 』
  return code === LOW ? LEFT : -1;
}
/** Below this code unit only the newline and the straight mark mean anything to the scan. */
const FIRST_OTHER_MARK = 0xab;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000
  );
}

/** The span of a quote that ran out at `to` unclosed, without spaces at either end. */
function unclosedSpan(text: string, open: number, to: number): MarkSpan {
  const start = skipSpaces(text, open + 1);
  const end = trimEnd(text, start, to);
  return { open, start, end, close: end, closed: false };
}

/** The span of a closed quote, without the spaces French puts inside « ». */
function closedSpan(text: string, open: number, close: number): MarkSpan {
  const start = skipSpaces(text, open + 1);
  const end = trimEnd(text, start, close);
  return { open, start, end, close: close + 1, closed: true };
}

function isOpeningMark(code: number): boolean {
  return code === LEFT || code === STRAIGHT;
}

/** The first non-space index at or after `from` (or text length). */
function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the last non-space character before `to`, not going below `floor`. */
function trimEnd(text: string, floor: number, to: number): number {
  let i = to;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A scan in progress: the spans found so far and the open quote. */
interface QuoteScan {
  readonly text: string;
  readonly spans: MarkSpan[];
  /** Where the open quote's mark is, or -1. */
  open: number;
  /** The one closing mark that ends the open quote, or -1 for the English marks' own rules. */
  closer: number;
  /** Whether single marks (‘…’, ‚…‘, '…') are quotations too. */
  readonly singles: boolean;
}

// Each kind of mark is read by a small function of its own: compiled code meeting a kind for the first
// time (often after many articles) is thrown away and compiled again, and so only that small function is.

/**
 * Pair the double quotation marks of `text`. A paragraph that opens a quote without closing it is
 * continued by the next paragraph when that one starts with an opening mark (the newspaper convention
 * for quotes running over several paragraphs); otherwise the quote ends with its paragraph. With
 * `singles`, single marks (‘…’, ‚…‘, '…') pair too, except where a ’ or ' is an apostrophe.
 */
export function scanQuoteMarks(text: string, singles = false): MarkSpan[] {
  const scan: QuoteScan = { text, spans: [], open: -1, closer: -1, singles };
  readQuoteMarks(scan);
  if (scan.open >= 0 && !isSingle(text, scan.open))
    scan.spans.push(unclosedSpan(text, scan.open, text.length));
  return scan.spans.filter((s) => s.end > s.start);
}

/** The scanning loop, with nothing after it (see readSentences in sentences.ts for why). */
function readQuoteMarks(scan: QuoteScan): void {
  const { text } = scan;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (scan.closer >= 0 && c !== NEWLINE) {
      if (c === scan.closer ? !isApostrophe(text, i) : scan.closer === LEFT && c === RIGHT)
        closeQuote(scan, i);
      continue;
    }
    // Nearly every character is a plain one outside any quote.
    if (c < FIRST_OTHER_MARK && c !== NEWLINE && c !== STRAIGHT && (c !== STRAIGHT_SINGLE || !scan.singles))
      continue;
    i = readMark(scan, i, c);
  }
}

/** The open quote closed by the mark at `i`, its closer's own. */
function closeQuote(scan: QuoteScan, i: number): void {
  scan.spans.push(closedSpan(scan.text, scan.open, i));
  scan.open = -1;
  scan.closer = -1;
}

/** Ends the open quote, if any, unclosed at `i`. */
function endOpenQuote(scan: QuoteScan, i: number): void {
  if (scan.open >= 0 && !isSingle(scan.text, scan.open))
    scan.spans.push(unclosedSpan(scan.text, scan.open, i));
}

/** A ’ between two letters ("don’t", "l’État") is an apostrophe, not a closing mark. */
function isApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === SINGLE_RIGHT || c === STRAIGHT_SINGLE) && /\p{L}/u.test(text[i + 1] ?? '');
}

/** "'s nachts", "'t", "'n": a Dutch (or English) clipped word, its apostrophe no opening mark. */
const CLIPPED = /^'[stn]\b/u;

/**
 * The closing mark a quotation opened at `i` by a mark that opens only where a quotation can start waits
 * for: German »…«, single ‘…’, ‚…‘ and '…'. They open outside any other quotation (inside one they are a
 * quote within it), after a space, a bracket, a dash or the start, with a letter after them (‘90s is an
 * abbreviation); -1 when the mark at `i` opens nothing.
 */
function startOnlyCloser(scan: QuoteScan, i: number, c: number): number {
  if (scan.open >= 0) return -1;
  const closer =
    c === CLOSE_GUILLEMET
      ? OPEN_GUILLEMET
      : c === SINGLE_LEFT
        ? SINGLE_RIGHT
        : c === SINGLE_LOW
          ? SINGLE_LEFT
          : c === STRAIGHT_SINGLE
            ? STRAIGHT_SINGLE
            : -1;
  if (closer < 0 || (closer !== OPEN_GUILLEMET && !scan.singles)) return -1;
  const { text } = scan;
  if (c === STRAIGHT_SINGLE && CLIPPED.test(text.slice(i, i + 3))) return -1;
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? '';
  return /[\s([—–-]/u.test(before) && /\p{L}/u.test(after) ? closer : -1;
}

/** Whether the quotation opened at `open` is one of single marks, which a paragraph end never closes. */
function isSingle(text: string, open: number): boolean {
  const c = text.charCodeAt(open);
  return c === SINGLE_LEFT || c === SINGLE_LOW || c === STRAIGHT_SINGLE;
}

/** A mark or a newline at `i`; returns the index the scan goes on after. */
function readMark(scan: QuoteScan, i: number, c: number): number {
  const pairedCloser =
    c === CLOSE_GUILLEMET || c === SINGLE_LEFT || c === SINGLE_LOW || c === STRAIGHT_SINGLE
      ? startOnlyCloser(scan, i, c)
      : closerOf(c);
  if (pairedCloser >= 0) {
    endOpenQuote(scan, i);
    scan.open = i;
    scan.closer = pairedCloser;
    return i;
  }
  if (c === NEWLINE) return readNewline(scan, i);
  if (c === LEFT) {
    endOpenQuote(scan, i);
    scan.open = i;
  } else if (c === RIGHT) readRight(scan, i);
  else if (c === STRAIGHT && !isGershayim(scan.text, i)) readStraight(scan, i);
  return i;
}

/** A " between two Hebrew letters marks an acronym (צה"ל, ארה"ב, יו"ר): it is part of the word. */
function isGershayim(text: string, i: number): boolean {
  return isHebrewLetter(text.charCodeAt(i - 1)) && isHebrewLetter(text.charCodeAt(i + 1));
}

function isHebrewLetter(c: number): boolean {
  return c >= 0x05d0 && c <= 0x05ea;
}

/** A newline inside a quote ends it, unless the next paragraph opens with a continuation mark. */
function readNewline(scan: QuoteScan, i: number): number {
  const { text, open } = scan;
  if (open < 0) return i;
  const next = skipSpaces(text, i);
  const mark = text.charCodeAt(next);
  // Paragraph break inside a running quote: skip the continuation mark.
  if (next < text.length && (isOpeningMark(mark) || mark === text.charCodeAt(open))) return next;
  if (!isSingle(text, open)) scan.spans.push(unclosedSpan(text, open, i));
  scan.open = -1;
  scan.closer = -1;
  return i;
}

function readRight(scan: QuoteScan, i: number): void {
  const { text, open } = scan;
  if (open >= 0) {
    scan.spans.push({ open, start: open + 1, end: i, close: i + 1, closed: true });
    scan.open = -1;
  } else if (
    i + 1 < text.length &&
    !isSpace(text.charCodeAt(i + 1)) &&
    (i === 0 || isSpace(text.charCodeAt(i - 1)))
  ) {
    scan.open = i; // ”word used as an opening mark
  }
}

function readStraight(scan: QuoteScan, i: number): void {
  const { text, open } = scan;
  if (open >= 0) {
    scan.spans.push({ open, start: open + 1, end: i, close: i + 1, closed: true });
    scan.open = -1;
  } else if (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) {
    scan.open = i;
  }
}
