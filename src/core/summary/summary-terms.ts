// Words for the summarizer and the baselines: each sentence becomes a bag of small integer word ids
// (content words through a light stemmer), so that vectors are typed arrays rather than string-keyed
// maps. Summaries run on every ingested article, inside a budget of a fraction of a millisecond, so the
// tokenizer is a hand-written scan over character codes: a Unicode regex per sentence, and a string
// per token, cost more than all the scoring.
import {
  MAX_TOKEN,
  APOSTROPHE,
  RIGHT_QUOTE,
  NON_ASCII_WORD_CHAR,
  NON_ASCII_LETTER,
  SEED_A,
  PRIME_A,
  SEED_B,
  PRIME_B,
  hashA,
  hashB,
  HashIndex,
  isStopword,
  STOPWORD_HASHES,
  normalizeWord,
} from './term-hash.js';

/** Lower-case letter or digit for each ASCII code, 0 for anything else. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = c;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = ASCII_WORD[c - 0x20] = c;
const DIGIT_MAX = 0x39;

function isLetterAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (ASCII_WORD[c] as number) > DIGIT_MAX;
  return NON_ASCII_LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * Per-article numbering of words, dense from 0 so that per-word data fits typed arrays. Content terms
 * (not stopwords, longer than one character) are normalized, so "markets" and "market" share an id;
 * function words keep their own ids because the word-overlap measure counts them too.
 */
export interface TermTable {
  /** Lower-case token → word id. */
  byToken: HashIndex;
  /** Normalized content term → word id. */
  byTerm: HashIndex;
  /** Number of word ids handed out. */
  size: number;
  /** 1 for a content term. */
  content: Uint8Array;
  /** Per word id: the last sentence it was seen in, and where in that sentence's bag. */
  seenIn: Int32Array;
  slot: Int32Array;
  sentences: number;
  buffer: Uint16Array;
  /** Scratch for readTerms (one sentence's distinct words and counts), reused by each call. */
  scratchIds: Int32Array;
  scratchCounts: Float64Array;
  /**
   * Storage the bags' arrays are views of: two numbers of each kind a word of a sentence, taken from
   * one block per table rather than four small typed arrays (each with a buffer of its own) a sentence.
   */
  ints: Block<Int32Array>;
  floats: Block<Float64Array>;
}

/** A block of numbers handed out in views, and how to make the next one. */
interface Block<T extends Int32Array | Float64Array> {
  array: T;
  used: number;
  make: (size: number) => T;
}

/** The largest block of bag storage made ahead of need (numbers of each kind). */
const MAX_POOL_BLOCK = 1 << 16;

/** About one distinct word in every ten characters of news prose. */
const expectedWords = (textLength: number) => Math.ceil(textLength / 10);
/** A word in every six characters or so, held twice (content terms and every word). */
const poolSizeFor = (textLength: number) => Math.min(Math.ceil(textLength / 3), MAX_POOL_BLOCK) + 64;

/** A table for a text of about `textLength` characters (it grows if need be). */
export function createTermTable(textLength = 4000): TermTable {
  const expected = expectedWords(textLength);
  const poolSize = poolSizeFor(textLength);
  return {
    byToken: new HashIndex(expected),
    byTerm: new HashIndex(expected),
    size: 0,
    content: new Uint8Array(expected),
    seenIn: new Int32Array(expected),
    slot: new Int32Array(expected),
    sentences: 0,
    buffer: new Uint16Array(MAX_TOKEN),
    scratchIds: new Int32Array(256),
    scratchCounts: new Float64Array(256),
    // A long text's bags take further blocks as they need them.
    ints: { array: new Int32Array(poolSize), used: 0, make: (size) => new Int32Array(size) },
    floats: { array: new Float64Array(poolSize), used: 0, make: (size) => new Float64Array(size) },
  };
}

/**
 * Makes `table` ready for the next text, of about `textLength` characters, reusing its storage: the bags
 * and views it gave for the last text are written over from here on. Nothing is zeroed but the hash
 * indices: the sentence numbers go on counting, so no word id of the last text looks seen. Storage grown
 * for a very long text is let go.
 */
export function resetTermTable(table: TermTable, textLength: number): void {
  const expected = expectedWords(textLength);
  table.byToken.clear(expected);
  table.byTerm.clear(expected);
  table.size = 0;
  if (table.content.length > 4 * Math.max(expected, MAX_POOL_BLOCK)) {
    table.content = new Uint8Array(expected);
    table.seenIn = new Int32Array(expected);
    table.slot = new Int32Array(expected);
    table.sentences = 0;
  } else if (table.sentences > MAX_SENTENCE_NUMBER) {
    table.seenIn.fill(0);
    table.sentences = 0;
  }
  for (const block of [table.ints, table.floats] as Array<Block<Int32Array | Float64Array>>) {
    block.used = 0;
    if (block.array.length > 4 * MAX_POOL_BLOCK) block.array = block.make(poolSizeFor(textLength));
  }
}

/** Sentence numbers stay small integers; past this they start again from 0 (with seenIn cleared). */
const MAX_SENTENCE_NUMBER = 0x3fffffff;

/**
 * `n` zeroed numbers from the table's storage, for per-text work over word ids or sentences: no array of
 * its own to allocate (and free) each time, which costs more than the zeroing and, with several threads
 * at it, does not scale. Valid until the table is reset.
 */
export function tableFloats(table: TermTable, n: number): Float64Array {
  return take(table.floats, n).fill(0);
}

/** A view of `n` numbers of the block (a new block when this one is used up). */
function take<T extends Int32Array | Float64Array>(block: Block<T>, n: number): T {
  if (block.used + n > block.array.length) {
    block.array = block.make(Math.max(n, block.array.length * 2));
    block.used = 0;
  }
  const view = block.array.subarray(block.used, block.used + n) as T;
  block.used += n;
  return view;
}

function growTable(table: TermTable): void {
  const grow = <T extends Uint8Array | Int32Array>(from: T, to: T): T => {
    to.set(from);
    return to;
  };
  const capacity = table.content.length * 2 + 16;
  table.content = grow(table.content, new Uint8Array(capacity));
  table.seenIn = grow(table.seenIn, new Int32Array(capacity));
  table.slot = grow(table.slot, new Int32Array(capacity));
}

function newWordId(table: TermTable, content: boolean): number {
  if (table.size === table.content.length) growTable(table);
  table.content[table.size] = content ? 1 : 0;
  return table.size++;
}

/**
 * The word id of a token the table has not seen: text[from, to), hashed as `a`, `b` over its lower-case
 * characters (with 0 for an ASCII apostrophe). It is lower-cased into the buffer, checked against the
 * stopwords and normalized; the hashes are reused when the buffer holds exactly what they covered.
 */
function addToken(table: TermTable, text: string, from: number, to: number, a: number, b: number): number {
  const { buffer } = table;
  let length = 0;
  let apostrophe = -1;
  let plain = to - from <= MAX_TOKEN;
  for (let i = from; i < to && length < MAX_TOKEN;) {
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === RIGHT_QUOTE) {
      apostrophe = length;
      buffer[length++] = APOSTROPHE;
      plain = false;
      i++;
    } else if (c < 0x80) {
      buffer[length++] = ASCII_WORD[c] as number;
      i++;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      const lower = char.toLowerCase();
      for (let k = 0; k < lower.length && length < MAX_TOKEN; k++) buffer[length++] = lower.charCodeAt(k);
      i += char.length;
    }
  }
  const stopword = plain
    ? STOPWORD_HASHES.get(a, b) >= 0
    : isStopword(buffer, length) || (apostrophe > 0 && isStopword(buffer, apostrophe));
  let id: number;
  if (length >= 2 && !stopword) {
    const n = normalizeWord(buffer, length);
    const same = plain && n === length;
    const ta = same ? a : hashA(buffer, n);
    const tb = same ? b : hashB(buffer, n);
    id = table.byTerm.get(ta, tb);
    if (id < 0) {
      id = newWordId(table, true);
      table.byTerm.set(ta, tb, id);
    }
  } else {
    id = newWordId(table, false);
  }
  table.byToken.set(a, b, id);
  return id;
}

/** A sentence's words as a bag: distinct ids (in order of first use) with their counts. */
export interface TermBag {
  /** Content terms only. */
  ids: Int32Array;
  counts: Float64Array;
  /** Every word, function words included. */
  wordIds: Int32Array;
  wordCounts: Float64Array;
  /** Word tokens in the sentence. */
  wordCount: number;
}

function growScratch(table: TermTable): void {
  const ids = new Int32Array(table.scratchIds.length * 2);
  const counts = new Float64Array(table.scratchCounts.length * 2);
  ids.set(table.scratchIds);
  counts.set(table.scratchCounts);
  table.scratchIds = ids;
  table.scratchCounts = counts;
}

/**
 * The bag of words of text[start, end), numbering new words in `table`. A word token is a run of
 * letters and digits, optionally followed by an apostrophe and letters ("council's", "don't"). The hot
 * loop only hashes (two 32-bit FNV-1a variants, so two words of one article never clash in practice);
 * the characters are looked at again only for a token the table has not seen.
 */
export function readTerms(text: string, start: number, end: number, table: TermTable): TermBag {
  const sentence = ++table.sentences;
  // The sentence's distinct words gather in scratch arrays, copied out once at the end.
  let ids = table.scratchIds;
  let counts = table.scratchCounts;
  let distinct = 0;
  let contentCount = 0;
  let wordCount = 0;
  let i = start;
  while (i < end) {
    const from = i;
    let apostrophe = false;
    let a = SEED_A;
    let b = SEED_B;
    while (i < end) {
      const c = text.charCodeAt(i);
      let l: number;
      if (c < 0x80) {
        l = ASCII_WORD[c] as number;
        if (l === 0 || (apostrophe && l <= DIGIT_MAX)) {
          // An apostrophe joins letters on both sides, once: "council's", "o'neill".
          if (c !== APOSTROPHE || i === from || apostrophe || !isLetterAt(text, i + 1, end)) break;
          apostrophe = true;
        }
        a = Math.imul(a ^ l, PRIME_A);
        b = Math.imul(b ^ l, PRIME_B) ^ (b >>> 15);
        i++;
        continue;
      }
      if (c === RIGHT_QUOTE) {
        if (i === from || apostrophe || !isLetterAt(text, i + 1, end)) break;
        apostrophe = true;
        a = Math.imul(a ^ APOSTROPHE, PRIME_A);
        b = Math.imul(b ^ APOSTROPHE, PRIME_B) ^ (b >>> 15);
        i++;
        continue;
      }
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      if (!(apostrophe ? NON_ASCII_LETTER : NON_ASCII_WORD_CHAR).test(char)) break;
      const lower = char.toLowerCase();
      for (let k = 0; k < lower.length; k++) {
        l = lower.charCodeAt(k);
        a = Math.imul(a ^ l, PRIME_A);
        b = Math.imul(b ^ l, PRIME_B) ^ (b >>> 15);
      }
      i += char.length;
    }
    if (i === from) {
      i++;
      continue;
    }
    wordCount++;
    a |= 0;
    b |= 0;
    let id = table.byToken.get(a, b);
    if (id < 0) id = addToken(table, text, from, i, a, b);
    if (table.seenIn[id] === sentence) {
      const k = table.slot[id] as number;
      counts[k] = (counts[k] as number) + 1;
    } else {
      if (distinct === ids.length) {
        growScratch(table);
        ids = table.scratchIds;
        counts = table.scratchCounts;
      }
      table.seenIn[id] = sentence;
      table.slot[id] = distinct;
      ids[distinct] = id;
      counts[distinct++] = 1;
      contentCount += table.content[id] as number;
    }
  }
  const bag: TermBag = {
    ids: take(table.ints, contentCount),
    counts: take(table.floats, contentCount),
    wordIds: take(table.ints, distinct),
    wordCounts: take(table.floats, distinct),
    wordCount,
  };
  let at = 0;
  for (let k = 0; k < distinct; k++) {
    const id = ids[k] as number;
    const count = counts[k] as number;
    bag.wordIds[k] = id;
    bag.wordCounts[k] = count;
    if (table.content[id] === 1) {
      bag.ids[at] = id;
      bag.counts[at++] = count;
    }
  }
  return bag;
}
