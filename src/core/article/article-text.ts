// From raw article text to clean paragraphs: normalising whitespace, grouping lines into paragraphs,
// dropping page furniture and repeated headlines, and recognising the standfirst. Every step walks the
// text once, so a very large file costs time in proportion to its size.

import {
  isBoilerplate,
  readByline,
  removeDateDateline,
  removeGluedBoilerplate,
} from './article-boilerplate.js';
import { isLetterCode, isNumberAt, isSpaceCode } from '../text/word-ids.js';

// A line longer than this is a paragraph on its own, never a hard-wrapped line of a longer one.
const WRAP_WIDTH = 100;
const MAX_HEADLINE_LENGTH = 250;
const MAX_DERIVED_TITLE_LENGTH = 120;
const MAX_STANDFIRST_LENGTH = 400;
const MAX_SHORT_STANDFIRST_WORDS = 15;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
// A sentence ends at . ! or ? before a capital or the end, but not after an initial ("B.B. King") or a
// common title abbreviation ("Mr. Smith").
const FIRST_SENTENCE =
  /^.+?(?<!(?:^|[\s.(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Gen|Col|Lt|Prof|Inc|Co|Corp|vs))[.!?]["'”’]?(?=\s+["“‘'(]?\p{Lu}|\s*$)/u;
const CAPTION_OR_BYLINE =
  /\/|\b(?:Getty|Images|AP Photo|Photograph|Reuters|AFP|EPA|Shutterstock)\b|\bby \p{Lu}/u;
const LIST_ITEM = /^([-*+•]|\d{1,3}[.)])\s+/;

/**
 * Normalises line breaks and invisible characters: CRLF and CR become LF, a BOM, zero-width characters
 * (but the joiners that spell a word, see joins) and control characters go, no-break spaces become plain
 * spaces, and page furniture glued into the text (see removeGluedBoilerplate) becomes a paragraph break.
 */
export function normaliseText(text: string): string {
  return removeGluedBoilerplate(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
      // Control characters are what is being removed here, so the pattern has to name them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u200B\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u200C\u200D]/g, (joiner, i: number, all: string) => (joins(all, i) ? joiner : ''))
      .replace(/[\u00A0\u2007\u202F]/g, ' '),
  );
}

const JOINED = /^[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const UNJOINED_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

/**
 * Whether the zero-width (non-)joiner at `i` is part of how the text is written: after a letter of a script
 * that spells with it (Persian می‌کند, Indic conjuncts) or an emoji of a sequence (👩‍👧). Elsewhere
 * (between Latin letters, after a space) it is a stray from a web page, and would split a word.
 */
function joins(text: string, i: number): boolean {
  const at = i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 ? i - 2 : i - 1;
  const before = String.fromCodePoint(text.codePointAt(at) ?? 0x20);
  return JOINED.test(before) && !UNJOINED_SCRIPT.test(before);
}

/** Collapses runs of whitespace inside a paragraph to single spaces. */
export function collapseSpaces(text: string): string {
  // Most lines are already clean: checking costs less than copying them through a regex.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** No white space at either end, and only single plain spaces inside. */
function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(n - 1))) return false;
  let previousSpace = false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && c > 32) {
      previousSpace = false;
      continue;
    }
    const space = isSpaceCode(c);
    if (space && (c !== 32 || previousSpace)) return false;
    previousSpace = space;
  }
  return true;
}

/** A comparison key for headlines: case, punctuation and spacing do not matter. */
export function toComparable(text: string): string {
  const lower = text.toLowerCase();
  // Words of letters and digits joined by single spaces, read by code unit; text with characters
  // outside the BMP (whose classes need the code point) takes the regex.
  let out = '';
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdfff) return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    else word = isLetterCode(c) || isNumberAt(lower, i);
    if (word) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      out = out === '' ? lower.slice(runStart, i) : `${out} ${lower.slice(runStart, i)}`;
      runStart = -1;
    }
  }
  return out;
}

// Only lines of about the headline's length can repeat it, which spares the comparison for most lines.
function repeatsTitle(line: string, titleKey: string): boolean {
  if (Math.abs(line.length - titleKey.length) > titleKey.length / 2 + 10) return false;
  return toComparable(line) === titleKey;
}

// Exact repeats are found by a key that ignores case and punctuation; for long paragraphs (where
// that cost adds up on huge files) the text itself is the key.
const MAX_NORMALISED_KEY_LENGTH = 1000;
function toDuplicateKey(paragraph: string): string {
  if (paragraph.length <= MAX_NORMALISED_KEY_LENGTH) return toComparable(paragraph);
  return /[\p{L}\p{N}]/u.test(paragraph) ? paragraph : '';
}

function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (LIST_ITEM.test(line)) return false;
    if (i < lines.length - 1 && line.length > WRAP_WIDTH) return false;
  }
  return true;
}

/**
 * Groups plain-text lines into paragraphs. Blank lines separate paragraphs; inside a block, short lines
 * are a hard-wrapped paragraph and are joined, while long lines (one paragraph per line, as scrapers
 * write them) and list items stay separate. Boilerplate lines and lines repeating `title` are dropped
 * here, before joining, so that they cannot glue onto a neighbouring line.
 */
export function splitPlainParagraphs(lines: readonly string[], title: string | null = null): string[] {
  const titleKey = title === null ? null : toComparable(title);
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (looksHardWrapped(block)) paragraphs.push(collapseSpaces(block.join(' ')));
    else for (const line of block) paragraphs.push(collapseSpaces(line));
    block = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || isBoilerplate(line) || (titleKey !== null && repeatsTitle(line, titleKey))) {
      flush();
    } else block.push(line);
  }
  flush();
  return paragraphs.filter((paragraph) => paragraph !== '');
}

export interface CleanedParagraphs {
  paragraphs: string[];
  /** An author read from a "By …" line, which is removed from the text. */
  byline: string | null;
}

/**
 * A list item whose bullet was a symbol font's "l" (Wingdings ●), copied as a letter: "l A plurality of
 * refugees…". No sentence opens with a lone "l".
 */
function readsWingdingsBullet(paragraph: string): boolean {
  return paragraph.startsWith('l ') && /^l \p{Lu}/u.test(paragraph);
}

/**
 * Drops what is not article text: boilerplate, lines that repeat the headline, bylines (returned), exact
 * repeats of an earlier paragraph, and reference marks.
 */
export function cleanParagraphs(paragraphs: readonly string[], title: string | null): CleanedParagraphs {
  const titleKey = title === null ? '' : toComparable(title);
  const seen = new Set<string>();
  const kept: string[] = [];
  let byline: string | null = null;
  for (const paragraph of paragraphs) {
    if (isBoilerplate(paragraph)) continue;
    const key = toDuplicateKey(paragraph);
    if (key === '' || (titleKey !== '' && repeatsTitle(paragraph, titleKey)) || seen.has(key)) continue;
    if (kept.length < 3) {
      const author = readByline(paragraph);
      if (author !== null) {
        byline ??= author;
        continue;
      }
    }
    seen.add(key);
    // Most paragraphs hold no bracket at all: no pattern is run over them.
    const text = paragraph.includes('[')
      ? paragraph.replace(CITATION_MARKS, '').replace(EDIT_LINKS, '')
      : paragraph;
    const item = readsWingdingsBullet(text) ? `• ${text.slice(2)}` : text;
    kept.push(kept.length === 0 ? removeDateDateline(item) : item);
  }
  return { paragraphs: kept, byline };
}

/**
 * Reference marks as an encyclopedia prints them after a sentence or clause ("… are real.[4]",
 * "wedding,[23][24]", "[citation needed]"): pointers to a list the text no longer has, not the writer's
 * words, and they stood in one-line summaries. Only after punctuation, so code such as `a[1]` stays.
 */
const CITATION_MARKS = /(?<=[.,;:!?)"”’])(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])+/gu;
/** A wiki's "[edit]" link at the end of a section heading ("See also[edit]"). */
const EDIT_LINKS = /(?<=\S)\[edit\]$/gmu;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/**
 * Whether the first paragraph reads as a standfirst (the summary line under a headline) rather than the
 * lede: it is not a finished sentence, or it is one short sentence sitting above a much longer paragraph.
 * A quotation or a fragment of a few words is never taken for one.
 */
export function looksLikeStandfirst(first: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (first.length > MAX_STANDFIRST_LENGTH || /^["“‘'«]/.test(first)) return false;
  const words = countWords(first);
  if (words < 5) return false;
  if (!SENTENCE_END.test(first)) {
    // Unfinished lines are often captions ("… Name/Reuters") or bylines rather than a standfirst.
    if (words < 8 || CAPTION_OR_BYLINE.test(first)) return false;
    return /^\p{Lu}/u.test(first) && !first.endsWith(':');
  }
  const sentences = first.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length;
  return sentences === 1 && words <= MAX_SHORT_STANDFIRST_WORDS && next.length >= first.length * 2;
}

/** Separates a standfirst from the body paragraphs when the first paragraph reads as one. */
export function splitStandfirst(paragraphs: readonly string[]): {
  standfirst: string | null;
  paragraphs: string[];
} {
  const [first, next] = paragraphs;
  if (first !== undefined && paragraphs.length >= 3 && looksLikeStandfirst(first, next)) {
    return { standfirst: first, paragraphs: paragraphs.slice(1) };
  }
  return { standfirst: null, paragraphs: [...paragraphs] };
}

/** True when no line after `index` holds article text. */
function isLastLine(lines: readonly string[], index: number): boolean {
  for (let k = index + 1; k < lines.length; k += 1) {
    const line = (lines[k] ?? '').trim();
    if (line !== '' && !isBoilerplate(line)) return false;
  }
  return true;
}

/**
 * Picks the headline among the leading lines of a plain-text article: the first line that is not
 * boilerplate, unless it is too long for a headline or is plainly the start of a hard-wrapped paragraph.
 * Returns the headline and the index of the first body line.
 */
export function findHeadline(lines: readonly string[]): { title: string | null; bodyStart: number } {
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || isBoilerplate(line)) continue;
    // A byline is not a headline: it stays in the body, where it becomes the author, and the headline
    // is made from the text.
    if (line.length > MAX_HEADLINE_LENGTH || readByline(line) !== null) return { title: null, bodyStart: i };
    const next = (lines[i + 1] ?? '').trim();
    const continuesSentence =
      next !== '' && !SENTENCE_END.test(line) && /^\p{Ll}/u.test(next) && line.length >= 50;
    if (continuesSentence) return { title: null, bodyStart: i };
    // A file of one line that reads as prose (it ends a sentence) is a short article, not a headline
    // over nothing: its text is kept, and the headline comes from its first sentence.
    if (SENTENCE_END.test(line) && isLastLine(lines, i)) return { title: null, bodyStart: i };
    return { title: collapseSpaces(line), bodyStart: i + 1 };
  }
  return { title: null, bodyStart: lines.length };
}

/** A headline made from the text when the article has none: its first sentence, shortened if long. */
export function deriveTitle(paragraphs: readonly string[]): string | null {
  const first = paragraphs[0];
  if (first === undefined) return null;
  // Drop a wire-service tag such as "(CNN)" or "LONDON (Reuters) -" that opens the lede.
  const lede = first.replace(/^(?:[\p{L} ,.]{2,40} )?\(\p{Lu}[\p{L} ]{1,20}\)\s*[-–—]?\s*/u, '');
  const sentence = FIRST_SENTENCE.exec(lede.slice(0, 1000))?.[0] ?? lede;
  if (sentence.length <= MAX_DERIVED_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return (space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}
