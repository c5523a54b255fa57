// Character classes and interned lower-case words for the word scan (tokens.ts). Classes of code units
// above ASCII are looked up with Unicode regexes once per code unit and kept in a table. Words are interned
// to small integer ids, so readers compare and count integers instead of allocating a string per token.
// The word table belongs to its analyzer (createWordTable; no state at module level but the class table,
// a fixed function of the code unit filled in lazily). Ids stay valid until the table is dropped, which
// only scanning may do (see resetWordsIfFull). A combining mark belongs to its letter's word.

import { createIdMemos } from './id-memo.js';
import { STOPWORDS } from './stopwords.js';

export const JOIN_APOSTROPHE = 1;
export const JOIN_HYPHEN = 2;
export const JOIN_PERIOD = 4;
export const JOIN_AMPERSAND = 8;

const ALNUM = 1;
const LETTER = 2;
const UPPER = 4;
const SPACE = 8;
/** toLowerCase of this code unit is not one code unit, or depends on context (final sigma), or a surrogate. */
const SPECIAL_LOWER = 16;
const KNOWN = 128;

const classes = new Uint8Array(65536);
const lowerCodes = new Uint16Array(65536);

function fillClass(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (/[\p{L}\p{M}]/u.test(ch)) k |= LETTER | ALNUM;
  if (/\p{N}/u.test(ch)) k |= ALNUM;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (/\s/.test(ch)) k |= SPACE;
  const lower = ch.toLowerCase();
  if (lower.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) k |= SPECIAL_LOWER;
  else lowerCodes[c] = lower.charCodeAt(0);
  classes[c] = k;
  return k;
}
for (let c = 0; c < 128; c++) fillClass(c);

/**
 * Every reader looks classes up through this one function, so its call of fillClass has been made (by
 * any reader) long before a scanning loop first meets a new code unit: a call never made before in
 * compiled code throws that code away.
 */
function classOf(c: number): number {
  return classes[c] || fillClass(c);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Code point class at i, for the rare letters outside the BMP. */
function astralMatches(text: string, i: number, pattern: RegExp): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && cp > 0xffff && pattern.test(String.fromCodePoint(cp));
}

const ALNUM_CP = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CP = /^\p{Lu}$/u;
const NUMBER_CP = /^\p{N}$/u;

/** Width (1 or 2 code units) of the letter or digit at i, 0 when there is none. */
function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0;
  if (classOf(c) & ALNUM) return 1;
  return isHighSurrogate(c) && astralMatches(text, i, ALNUM_CP) ? 2 : 0;
}

/**
 * A full stop between a lower-case word of three letters or more and a capitalised word: two sentences
 * run together ("in Staffordshire.The Art Fund"), not one token as "U.S" or "example.com" are.
 */
function isGluedStop(text: string, start: number, stop: number): boolean {
  if (stop - start < 3 || stop + 2 >= text.length) return false;
  const before = classOf(text.charCodeAt(stop - 1));
  const first = classOf(text.charCodeAt(stop + 1));
  const second = classOf(text.charCodeAt(stop + 2));
  return (
    (before & (LETTER | UPPER)) === LETTER && (first & UPPER) !== 0 && (second & (LETTER | UPPER)) === LETTER
  );
}

/** Whether the code point at i is an upper-case letter (\p{Lu}); false past the end. */
export function isUpperAt(text: string, i: number, end = text.length): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (classOf(c) & UPPER) return true;
  return isHighSurrogate(c) && astralMatches(text, i, UPPER_CP);
}

/** Whether the code point at i is a number (\p{N}). */
export function isNumberAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false;
  const k = classOf(c);
  if (k & ALNUM) return (k & LETTER) === 0;
  return isHighSurrogate(c) && astralMatches(text, i, NUMBER_CP);
}

/** A letter as a single code unit (a lone surrogate is not one, as /\p{L}/u.test(charAt) says). */
export function isLetterCode(c: number): boolean {
  return c === c && (classOf(c) & LETTER) !== 0;
}

/** White space as JavaScript's \s and trim() see it. */
export function isSpaceCode(c: number): boolean {
  return c === c && (classOf(c) & SPACE) !== 0;
}

export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 8217;
}

function joinBit(c: number): number {
  if (c === 39 || c === 8217) return JOIN_APOSTROPHE;
  if (c === 45) return JOIN_HYPHEN;
  if (c === 46) return JOIN_PERIOD;
  return c === 38 ? JOIN_AMPERSAND : 0;
}

// ---- Interned lower-case words ----

/** FNV-1a's offset basis as a signed 32-bit value, so hashing stays in integer registers. */
const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a over UTF-16 code units: the word hash story signatures are built from. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Runs of letters and digits: offsets, word ids, and the joining mark (JOIN_*) linking each to the next. */
export interface Runs {
  starts: number[];
  ends: number[];
  ids: number[];
  joins: number[];
}

/**
 * The interned words of one analyzer: ids are small integers, valid until the table is dropped (only
 * resetIfFull does that, before a scan); `generation` counts the drops, so caches keyed by id can tell.
 */
export interface WordTable {
  internWord(word: string): number;
  internRange(text: string, start: number, end: number): number;
  scanRuns(text: string): Runs;
  wordOf(id: number): string;
  hashOfWord(id: number): number;
  isStopId(id: number): boolean;
  stripPossessiveId(id: number): number;
  memoizeById<T>(derive: (id: number) => T): (id: number) => T;
  /** memoizeById for a yes/no, a byte a word. */
  memoizeFlagById(derive: (id: number) => boolean): (id: number) => boolean;
  /** memoizeById for a word id (a non-negative integer), four bytes a word. */
  memoizeIdById(derive: (id: number) => number): (id: number) => number;
  /** memoizeById for any number, nine bytes a word. */
  memoizeNumberById(derive: (id: number) => number): (id: number) => number;
  generation(): number;
  resetIfFull(): void;
}

const SLOT = 4; // numbers a slot of the word index: id + 1, hash, start and length of the characters

/** `to` (a larger array) holding `from`'s numbers first. */
function grown<T extends Uint8Array | Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** An empty word table holding up to `maxWords` words (see MAX_WORDS in tokens.ts); each analyzer owns one. */
export function createWordTable(maxWords: number): WordTable {
  let words: string[] = [];
  let wordHashes: number[] = [];
  /** Per id, typed (see id-memo.ts): 1 for a stop word; the id without "'s" plus one, 0 until known. */
  let stops = new Uint8Array(1 << 12);
  let strippedIds = new Int32Array(1 << 12);
  /**
   * Open addressing, SLOT numbers a slot: id + 1 (0: empty), the word's hash, where its characters start
   * in `chars` and how many: a probe compares characters only when hash and length agree, in one flat
   * array, not through the word's string (two more scattered reads a token; the scan waits on memory).
   */
  let slots = new Int32Array(SLOT << 16);
  let chars = new Uint16Array(1 << 18); // the words' lower-case characters, one after the other
  let charsUsed = 0;
  let generation = 0;

  /** Drops the table when it has grown past its cap; called only before a scan, never in the middle of one. */
  function resetWordsIfFull(): void {
    if (words.length < maxWords) return;
    words = [];
    wordHashes = [];
    stops = new Uint8Array(1 << 12);
    strippedIds = new Int32Array(1 << 12);
    slots = new Int32Array(SLOT << 16);
    charsUsed = 0; // the storage is kept
    generation++;
  }

  /** The slot (its first number's index) of a hash, for a table of mask + 1 slots. */
  function slotOf(hash: number, mask: number): number {
    return ((hash ^ (hash >>> 15)) & mask) << 2;
  }

  /** Slot count minus one (a power of two minus one). */
  function slotMask(): number {
    return (slots.length >> 2) - 1;
  }

  function growSlots(): void {
    const next = new Int32Array(slots.length * 2);
    const mask = (next.length >> 2) - 1;
    const wrap = next.length - 1;
    for (let from = 0; from < slots.length; from += SLOT) {
      if (slots[from] === 0) continue;
      let s = slotOf(slots[from + 1]!, mask);
      while (next[s] !== 0) s = (s + SLOT) & wrap;
      next.set(slots.subarray(from, from + SLOT), s);
    }
    slots = next;
  }

  /** Appends the word's characters to `chars`; returns where they start. */
  function keepChars(word: string): number {
    const start = charsUsed;
    charsUsed += word.length;
    if (charsUsed > chars.length)
      chars = grown(chars, new Uint16Array(Math.max(chars.length * 2, charsUsed)));
    for (let i = 0; i < word.length; i++) chars[start + i] = word.charCodeAt(i);
    return start;
  }

  /**
   * A copy that owns its characters: a slice of a long article would keep the whole article alive in the
   * table and read through an indirection on every comparison.
   */
  function copyString(s: string): string {
    if (s.length < 13 || s.length > 256) return s;
    const codes = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
    return String.fromCharCode(...codes);
  }

  function addWord(text: string, hash: number, slot: number): number {
    const id = words.length;
    const word = copyString(text);
    words.push(word);
    wordHashes.push(hash);
    if (id === stops.length) {
      stops = grown(stops, new Uint8Array(id * 2));
      strippedIds = grown(strippedIds, new Int32Array(id * 2));
    }
    stops[id] = STOPWORDS.has(word) ? 1 : 0;
    slots[slot] = id + 1;
    slots[slot + 1] = hash;
    slots[slot + 2] = keepChars(word);
    slots[slot + 3] = word.length;
    // At most half the slots in use.
    if (words.length * 2 * SLOT > slots.length) growSlots();
    return id;
  }

  /** Id of a lower-case string. */
  function internWord(word: string): number {
    const hash = hashString(word) | 0;
    const wrap = slots.length - 1;
    let s = slotOf(hash, slotMask());
    for (let e = slots[s]!; e !== 0; e = slots[s]!) {
      if (slots[s + 1] === hash && words[e - 1] === word) return e - 1;
      s = (s + SLOT) & wrap;
    }
    return addWord(word, hash, s);
  }

  /** Id of text[start, end) lower-cased, without building the string when it is already known. */
  function internRange(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (classOf(c) & SPECIAL_LOWER) return internWord(text.slice(start, end).toLowerCase());
      h = Math.imul(h ^ lowerCodes[c]!, 0x01000193);
    }
    return internHashed(text, start, end, h);
  }

  /** Id of text[start, end), whose code units all lower-case one to one and whose FNV-1a hash is h. */
  function internHashed(text: string, start: number, end: number, h: number): number {
    const wrap = slots.length - 1;
    const length = end - start;
    let s = slotOf(h, slotMask());
    probe: for (let e = slots[s]!; e !== 0; s = (s + SLOT) & wrap, e = slots[s]!) {
      if (slots[s + 1] !== h || slots[s + 3] !== length) continue;
      const at = slots[s + 2]! - start;
      for (let i = start; i < end; i++) {
        if (lowerCodes[text.charCodeAt(i)] !== chars[at + i]) continue probe;
      }
      return e - 1;
    }
    return addWord(text.slice(start, end).toLowerCase(), h, s);
  }

  /**
   * One pass over the code units: classifies, finds run ends and hashes the lower-case run as it goes.
   * The loop is written out by hand because it is the hottest code of the whole analysis.
   */
  function scanRuns(text: string): Runs {
    // Made before the loop, so nothing after the loop but its return (see readSentences in sentences.ts).
    const runs: Runs = { starts: [], ends: [], ids: [], joins: [] };
    const { starts, ends, ids, joins } = runs;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let k = classOf(c);
      if ((k & ALNUM) === 0 && !(isHighSurrogate(c) && astralMatches(text, i, ALNUM_CP))) {
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      let plain = true;
      for (;;) {
        if (k & ALNUM) {
          if (k & SPECIAL_LOWER) plain = false;
          else h = Math.imul(h ^ lowerCodes[c]!, 0x01000193);
          i++;
        } else {
          // An astral letter or digit (the caller checked it).
          plain = false;
          i += 2;
        }
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = classOf(c);
        if ((k & ALNUM) === 0 && !(isHighSurrogate(c) && astralMatches(text, i, ALNUM_CP))) break;
      }
      starts.push(start);
      ends.push(i);
      ids.push(plain ? internHashed(text, start, i, h) : internWord(text.slice(start, i).toLowerCase()));
      let join = 0;
      if (i + 1 < n) {
        join = joinBit(c);
        if (
          join !== 0 &&
          (alnumWidth(text, i + 1) === 0 || (join === JOIN_PERIOD && isGluedStop(text, start, i)))
        )
          join = 0;
      }
      joins.push(join);
    }
    return runs;
  }

  function wordOf(id: number): string {
    return words[id]!;
  }

  /** FNV-1a hash of the word (hashString of wordOf(id)). */
  function hashOfWord(id: number): number {
    return wordHashes[id]! >>> 0;
  }

  function isStopId(id: number): boolean {
    return stops[id] === 1;
  }

  /** The word without a final "'s" or "’s" ("china's" → "china"). */
  function stripPossessiveId(id: number): number {
    const known = strippedIds[id]!;
    if (known !== 0) return known - 1;
    const word = words[id]!;
    const n = word.length;
    const stripped =
      n > 2 && word.charCodeAt(n - 1) === 115 && isApostropheCode(word.charCodeAt(n - 2))
        ? internWord(word.slice(0, -2))
        : id;
    strippedIds[id] = stripped + 1;
    return stripped;
  }

  const memos = createIdMemos(() => generation);

  return {
    internWord,
    internRange,
    scanRuns,
    wordOf,
    hashOfWord,
    isStopId,
    stripPossessiveId,
    ...memos,
    generation: () => generation,
    resetIfFull: resetWordsIfFull,
  };
}
