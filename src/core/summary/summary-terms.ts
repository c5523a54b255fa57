// Words for the summarizer and the baselines: each sentence becomes a bag of small integer word ids
// (content words through a light stemmer), so that vectors are typed arrays rather than string-keyed
// maps. Summaries run on every ingested article, inside a budget of a fraction of a millisecond, so the
// tokenizer is a hand-written scan over character codes: a Unicode regex per sentence, and a string
// per token, cost more than all the scoring.
import { STOPWORDS } from '../text/stopwords.js';

// Tokens are never made into strings: the scan lower-cases each one into a scratch buffer and hashes
// it twice (two 32-bit FNV-1a variants, so a clash between two terms of one article is out of reach),
// and the hashes find the term id in a small open-addressing table.

const MAX_TOKEN = 128;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /\p{L}/u;

const SEED_A = 0x811c9dc5 | 0;
const PRIME_A = 0x01000193;
const SEED_B = 0x1b873593;
const PRIME_B = 0x5bd1e995;

function hashA(buffer: Uint16Array, length: number): number {
  let h = SEED_A;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (buffer[k] as number), PRIME_A);
  return h | 0;
}

function hashB(buffer: Uint16Array, length: number): number {
  let h = SEED_B;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (buffer[k] as number), PRIME_B) ^ (h >>> 15);
  return h | 0;
}

/**
 * Open addressing over a pair of hashes: key → non-negative value, growing at half load. Each slot is
 * four consecutive numbers (hash a, hash b, value, 1 when used) so that a probe touches one cache line.
 */
class HashIndex {
  private slots: Int32Array;
  private mask: number;
  private used = 0;

  /** `expected` entries fit without growing. */
  constructor(expected: number) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 4);
    this.mask = capacity - 1;
  }

  /** The value stored for the key, or -1. */
  get(a: number, b: number): number {
    const { slots, mask } = this;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4;
      if (slots[at + 3] === 0) return -1;
      if (slots[at] === a && slots[at + 1] === b) return slots[at + 2] as number;
    }
  }

  set(a: number, b: number, value: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.grow();
    const { slots, mask } = this;
    let slot = a & mask;
    while (slots[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
    const at = slot * 4;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = value;
    slots[at + 3] = 1;
    this.used++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask + 1) * 2 - 1;
    this.used = 0;
    for (let at = 0; at < old.length; at += 4)
      if (old[at + 3]) this.set(old[at] as number, old[at + 1] as number, old[at + 2] as number);
  }
}

function bufferOf(word: string): Uint16Array {
  return Uint16Array.from(word, (c) => c.charCodeAt(0));
}

const STOPWORD_HASHES = new HashIndex(STOPWORDS.size);
for (const word of STOPWORDS) {
  const b = bufferOf(word);
  STOPWORD_HASHES.set(hashA(b, b.length), hashB(b, b.length), 0);
}

function isStopword(buffer: Uint16Array, length: number): boolean {
  return STOPWORD_HASHES.get(hashA(buffer, length), hashB(buffer, length)) >= 0;
}

function endsWith(buffer: Uint16Array, length: number, suffix: string): boolean {
  if (length < suffix.length) return false;
  for (let k = 0; k < suffix.length; k++)
    if (buffer[length - suffix.length + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/**
 * Strip the commonest English inflections so "markets" and "market" meet (not a full stemmer), in
 * place; returns the new length.
 */
function normalizeWord(buffer: Uint16Array, length: number): number {
  let n = length;
  if (endsWith(buffer, n, "'s")) n -= 2;
  if (n > 4 && endsWith(buffer, n, 'ies')) {
    buffer[n - 3] = 0x79; // y
    return n - 2;
  }
  if (
    n > 3 &&
    endsWith(buffer, n, 's') &&
    !endsWith(buffer, n, 'ss') &&
    !endsWith(buffer, n, 'us') &&
    !endsWith(buffer, n, 'is')
  )
    n--;
  if (n > 5 && endsWith(buffer, n, 'ing')) return n - 3;
  if (n > 4 && endsWith(buffer, n, 'ed')) return n - 2;
  return n;
}

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
}

/** A table for a text of about `textLength` characters (it grows if need be). */
export function createTermTable(textLength = 4000): TermTable {
  // About one distinct word in every ten characters of news prose.
  const expected = Math.ceil(textLength / 10);
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
  };
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
    ids: new Int32Array(contentCount),
    counts: new Float64Array(contentCount),
    wordIds: ids.slice(0, distinct),
    wordCounts: counts.slice(0, distinct),
    wordCount,
  };
  let at = 0;
  for (let k = 0; k < distinct; k++) {
    const id = ids[k] as number;
    if (table.content[id] === 1) {
      bag.ids[at] = id;
      bag.counts[at++] = counts[k] as number;
    }
  }
  return bag;
}
