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

/**
 * Pair the double quotation marks of `text`. A paragraph that opens a quote without closing it is
 * continued by the next paragraph when that one starts with an opening mark (the newspaper convention
 * for quotes running over several paragraphs); otherwise the quote ends with its paragraph.
 */
export function scanQuoteMarks(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let open = -1;
  /** The one closing mark that ends the open quote, or -1 for the English marks' own rules. */
  let closer = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (closer >= 0 && c !== NEWLINE) {
      if (c === closer || (closer === LEFT && c === RIGHT)) {
        spans.push(closedSpan(text, open, i));
        open = -1;
        closer = -1;
      }
      continue;
    }
    // Nearly every character is a plain one outside any quote.
    if (c < FIRST_OTHER_MARK && c !== NEWLINE && c !== STRAIGHT) continue;
    const pairedCloser = closerOf(c);
    if (pairedCloser >= 0) {
      if (open >= 0) {
        spans.push(unclosedSpan(text, open, i));
      }
      open = i;
      closer = pairedCloser;
      continue;
    }
    if (c === NEWLINE) {
      if (open < 0) continue;
      const next = skipSpaces(text, i);
      const mark = text.charCodeAt(next);
      if (next < n && (isOpeningMark(mark) || mark === text.charCodeAt(open))) {
        // Paragraph break inside a running quote: skip the continuation mark.
        i = next;
        continue;
      }
      spans.push(unclosedSpan(text, open, i));
      open = -1;
      closer = -1;
      continue;
    }
    if (c === LEFT) {
      if (open >= 0) {
        spans.push(unclosedSpan(text, open, i));
      }
      open = i;
    } else if (c === RIGHT) {
      if (open >= 0) {
        spans.push({ open, start: open + 1, end: i, close: i + 1, closed: true });
        open = -1;
      } else if (
        i + 1 < n &&
        !isSpace(text.charCodeAt(i + 1)) &&
        (i === 0 || isSpace(text.charCodeAt(i - 1)))
      ) {
        open = i; // ”word used as an opening mark
      }
    } else if (c === STRAIGHT) {
      if (open >= 0) {
        spans.push({ open, start: open + 1, end: i, close: i + 1, closed: true });
        open = -1;
      } else if (i + 1 < n && !isSpace(text.charCodeAt(i + 1))) {
        open = i;
      }
    }
  }
  if (open >= 0) {
    spans.push(unclosedSpan(text, open, n));
  }
  return spans.filter((s) => s.end > s.start);
}
