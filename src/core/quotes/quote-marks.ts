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

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
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
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (open < 0) continue;
      const next = skipSpaces(text, i);
      if (next < n && isOpeningMark(text.charCodeAt(next))) {
        // Paragraph break inside a running quote: skip the continuation mark.
        i = next;
        continue;
      }
      const end = trimEnd(text, open + 1, i);
      spans.push({ open, start: open + 1, end, close: end, closed: false });
      open = -1;
      continue;
    }
    if (c === LEFT) {
      if (open >= 0) {
        const end = trimEnd(text, open + 1, i);
        spans.push({ open, start: open + 1, end, close: end, closed: false });
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
    const end = trimEnd(text, open + 1, n);
    spans.push({ open, start: open + 1, end, close: end, closed: false });
  }
  return spans.filter((s) => s.end > s.start);
}
