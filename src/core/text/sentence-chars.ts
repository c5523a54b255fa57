// Character classes of the sentence splitter and the marks it reads past after a stop, on UTF-16 code
// units (numbers), not one-character strings: reading `text[i]` gives a string whose compiled form
// depends on how the text is stored (one-byte or two-byte), and the first article of the other kind threw
// the compiled splitter away.

export const NEWLINE = 0x0a;
export const SPACE = 0x20;
export const BANG = 0x21; // !
export const CLOSE_PAREN = 0x29; // )
export const DOT = 0x2e; // .
export const QUESTION = 0x3f; // ?
export const OPEN_BRACKET = 0x5b; // [
export const CLOSE_GUILLEMET = 0xbb; // »
export const OPEN_CURLY_QUOTE = 0x201c; // “
export const ELLIPSIS = 0x2026; // …

/** The code unit at `i`, or -1 outside the text (an out-of-range read throws compiled code away). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/**
 * A character that cannot start or end anything: printable ASCII other than the stops ".", "!" and "?",
 * or a character above ASCII that is not white space, an ellipsis or a bullet. (Curly quotes, dashes and
 * accented letters are common in news; each one used to leave the fast path.)
 */
export function isPlain(c: number): boolean {
  if (c < 128) return c > 32 && c !== DOT && c !== BANG && c !== QUESTION;
  return !isSpace(c) && c !== ELLIPSIS && !isBullet(c) && !isWideStop(c);
}

export function isSpace(c: number): boolean {
  return (
    c === SPACE ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/**
 * Full stops that end a sentence with or without a space after, and have no other use: 。！？ and those of
 * Arabic and Urdu (؟ ۔), Devanagari (। ॥), Armenian (։), Ethiopic (።) and Burmese (။).
 */
export function isWideStop(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x061f ||
    c === 0x06d4 ||
    c === 0x0964 ||
    c === 0x0965 ||
    c === 0x0589 ||
    c === 0x1362 ||
    c === 0x104b
  );
}

/** List bullets: • ⁃ ▪ ● ◦ ‣ */
export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0x2023;
}

/** Marks that close a sentence after its stop: " ' ” ’ ) ] » 」 』 ） */
export function isCloser(c: number): boolean {
  return isLatinCloser(c) || c === CLOSE_GUILLEMET || c === 0x300d || c === 0x300f || c === 0xff09;
}

/** Quotation marks and brackets that close in English text: " ' ” ’ ) ] */
export function isLatinCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === CLOSE_PAREN || c === 0x5d;
}

/** Marks after which a closed Japanese or Chinese quotation goes on in the same sentence: と 、 ， */
export function isQuoteGoesOn(c: number): boolean {
  return c === 0x3068 || c === 0x3001 || c === 0xff0c;
}

// ASCII first: these run on every stop, and case mapping allocates.
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}

export function isLetterOrDigit(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** % ! ? . */
export function isStopOrPercent(c: number): boolean {
  return c === 0x25 || c === BANG || c === QUESTION || c === DOT;
}

/** Whether a line break lies in [from, to). */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/** Whether the first character after the white space at `k` is a lower-case letter. */
export function nextIsLower(text: string, k: number): boolean {
  let m = k;
  while (m < text.length && isSpace(text.charCodeAt(m))) m++;
  return isLower(codeAt(text, m));
}

/** How far a quotation in Chinese or Japanese text is looked for around a stop inside it. */
const WIDE_QUOTE_REACH = 300;

/**
 * Whether a stop of Chinese or Japanese text ending at `to` lies inside a quotation (「…」, 『…』, “…”,
 * （…）) opened since `from` and closed later in the same paragraph, not too far off: 「ようやく成功した。
 * 本当にうれしい！」と語った。 is one sentence. A mark never closed leaves the stop a stop.
 */
export function insideWideBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = Math.max(from, to - WIDE_QUOTE_REACH); k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x300c || c === 0x300e || c === OPEN_CURLY_QUOTE || c === 0xff08) depth++;
    else if ((c === 0x300d || c === 0x300f || c === 0x201d || c === 0xff09) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  const end = Math.min(text.length, to + WIDE_QUOTE_REACH);
  for (let k = to; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return false;
    if (c === 0x300d || c === 0x300f || c === 0x201d || c === 0xff09) return true;
  }
  return false;
}

/** A « (German closing mark) at `k`, right after a stop, with white space or the end after it. */
export function isGuillemetCloser(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 0xab) return false;
  const next = codeAt(text, k + 1);
  return next === -1 || isSpace(next) || isCloser(next);
}

/**
 * Past the closing marks after a stop: quotation marks and brackets, the German closing “ when a space or
 * the end follows it, and the French « » closing mark after its (no-break) space.
 */
export function skipClosers(text: string, from: number): number {
  let k = from;
  for (;;) {
    const c = codeAt(text, k);
    // »Wir…« (German): a » with a word right after it opens the next quotation; a « right after the stop
    // closes this one.
    if (c === CLOSE_GUILLEMET && isLetterOrDigit(codeAt(text, k + 1))) return k;
    if (isCloser(c) || (k === from && isGuillemetCloser(text, k))) k++;
    else if (c === OPEN_CURLY_QUOTE && (k + 1 >= text.length || isSpace(text.charCodeAt(k + 1)))) k++;
    else if (
      c !== NEWLINE &&
      isSpace(c) &&
      codeAt(text, k + 1) === CLOSE_GUILLEMET &&
      !isLetterOrDigit(codeAt(text, k + 2))
    )
      k += 2;
    else return k;
  }
}
