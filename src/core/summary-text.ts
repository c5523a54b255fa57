// Word-level helpers shared by the summarizer and the baselines: content words with a light stemmer,
// turned into small integer term ids so that vectors are typed arrays rather than string-keyed maps.
// Summaries run on every ingested article, inside a budget of a fraction of a millisecond, so the
// tokenizer is a hand-written scan over character codes: a Unicode regex per sentence, and a string
// per token, cost more than all the scoring.
import { STOPWORDS } from './stopwords.js';

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

/** Open addressing over a pair of hashes: key → value, growing at half load. */
class HashIndex {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private filled: Uint8Array;
  private used = 0;

  /** `expected` entries fit without growing. */
  constructor(expected: number) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.filled = new Uint8Array(capacity);
  }

  get(a: number, b: number): number | undefined {
    const mask = this.values.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.filled[slot] === 0) return undefined;
      if (this.keysA[slot] === a && this.keysB[slot] === b) return this.values[slot];
    }
  }

  set(a: number, b: number, value: number): void {
    if ((this.used + 1) * 2 > this.values.length) this.grow();
    const mask = this.values.length - 1;
    let slot = a & mask;
    while (this.filled[slot] !== 0) slot = (slot + 1) & mask;
    this.keysA[slot] = a;
    this.keysB[slot] = b;
    this.values[slot] = value;
    this.filled[slot] = 1;
    this.used++;
  }

  private grow(): void {
    const { keysA, keysB, values, filled } = this;
    this.keysA = new Int32Array(values.length * 2);
    this.keysB = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.filled = new Uint8Array(values.length * 2);
    this.used = 0;
    for (let s = 0; s < values.length; s++)
      if (filled[s]) this.set(keysA[s] as number, keysB[s] as number, values[s] as number);
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
  return STOPWORD_HASHES.get(hashA(buffer, length), hashB(buffer, length)) !== undefined;
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

function isLetterAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return NON_ASCII_LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * Per-article numbering of words. Content terms get ids 0, 1, 2… (dense, so per-term data fits typed
 * arrays); function words (stopwords, single characters) get -1, -2, -3…, kept apart because only
 * the word-overlap measures count them.
 */
export interface TermTable {
  /** Lower-case token → word id. */
  byToken: HashIndex;
  /** Normalized content term → term id. */
  byTerm: HashIndex;
  /** Number of content terms. */
  size: number;
  functionWords: number;
  buffer: Uint16Array;
}

/** A table for a text of about `textLength` characters (it grows if need be). */
export function createTermTable(textLength = 4000): TermTable {
  // About one distinct word in every ten characters of news prose.
  const expected = Math.ceil(textLength / 10);
  return {
    byToken: new HashIndex(expected),
    byTerm: new HashIndex(expected),
    size: 0,
    functionWords: 0,
    buffer: new Uint16Array(MAX_TOKEN),
  };
}

/**
 * The word id of the token in the table's buffer (hashed as `a`, `b`): a content term id when it is no
 * stopword and longer than one character, else a negative function-word id.
 */
function wordIdOf(table: TermTable, length: number, apostrophe: number, a: number, b: number): number {
  const { buffer } = table;
  const known = table.byToken.get(a, b);
  if (known !== undefined) return known;
  let id = -1 - table.functionWords;
  const content =
    length >= 2 && !isStopword(buffer, length) && !(apostrophe > 0 && isStopword(buffer, apostrophe));
  if (content) {
    const n = normalizeWord(buffer, length);
    const ta = hashA(buffer, n);
    const tb = hashB(buffer, n);
    id = table.byTerm.get(ta, tb) ?? -1;
    if (id < 0) {
      id = table.size++;
      table.byTerm.set(ta, tb, id);
    }
  } else {
    table.functionWords++;
  }
  table.byToken.set(a, b, id);
  return id;
}

/** A sentence's words as a bag: distinct ids ascending, with their counts. */
export interface TermBag {
  /** Content terms only (the ids >= 0). */
  ids: Int32Array;
  counts: Float64Array;
  /** Every word, function words first (their ids are negative). */
  wordIds: Int32Array;
  wordCounts: Float64Array;
  /** Word tokens in the sentence, stopwords included. */
  wordCount: number;
}

/**
 * The bag of words of text[start, end), numbering new words in `table`. A word token is a run of
 * letters and digits, optionally followed by an apostrophe and letters ("council's", "don't"). One pass
 * over the characters lower-cases each token into the table's buffer while hashing it.
 */
export function readTerms(text: string, start: number, end: number, table: TermTable): TermBag {
  const { buffer } = table;
  const found: number[] = [];
  let wordCount = 0;
  let i = start;
  while (i < end) {
    let length = 0;
    let apostrophe = -1;
    let a = SEED_A;
    let b = SEED_B;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39 && apostrophe < 0))) {
          // An apostrophe joins letters on both sides, once: "council's", "o'neill".
          if (c !== APOSTROPHE || length === 0 || apostrophe >= 0 || !isLetterAt(text, i + 1, end)) break;
          apostrophe = length;
        }
        if (length < MAX_TOKEN) buffer[length++] = c;
        a = Math.imul(a ^ c, PRIME_A);
        b = Math.imul(b ^ c, PRIME_B) ^ (b >>> 15);
        i++;
        continue;
      }
      if (c === RIGHT_QUOTE) {
        if (length === 0 || apostrophe >= 0 || !isLetterAt(text, i + 1, end)) break;
        apostrophe = length;
        if (length < MAX_TOKEN) buffer[length++] = APOSTROPHE;
        a = Math.imul(a ^ APOSTROPHE, PRIME_A);
        b = Math.imul(b ^ APOSTROPHE, PRIME_B) ^ (b >>> 15);
        i++;
        continue;
      }
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      if (!(apostrophe < 0 ? NON_ASCII_WORD_CHAR : NON_ASCII_LETTER).test(char)) break;
      const lower = char.toLowerCase();
      for (let k = 0; k < lower.length; k++) {
        const l = lower.charCodeAt(k);
        if (length < MAX_TOKEN) buffer[length++] = l;
        a = Math.imul(a ^ l, PRIME_A);
        b = Math.imul(b ^ l, PRIME_B) ^ (b >>> 15);
      }
      i += char.length;
    }
    if (length === 0) {
      i++;
      continue;
    }
    wordCount++;
    found.push(wordIdOf(table, length, apostrophe, a | 0, b | 0));
  }
  const sorted = Int32Array.from(found).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const wordIds = new Int32Array(distinct);
  const wordCounts = new Float64Array(distinct);
  let at = -1;
  let firstContent = distinct;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) {
      wordIds[++at] = sorted[k] as number;
      if (firstContent === distinct && (sorted[k] as number) >= 0) firstContent = at;
    }
    wordCounts[at] = (wordCounts[at] as number) + 1;
  }
  return {
    ids: wordIds.subarray(firstContent),
    counts: wordCounts.subarray(firstContent),
    wordIds,
    wordCounts,
    wordCount,
  };
}

/** A TF-IDF vector over term ids (ids ascending) with its Euclidean norm. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Inverse sentence frequency: terms found in every sentence weigh little. */
export function inverseFrequencies(bags: TermBag[], termCount: number): Float64Array {
  const df = new Float64Array(termCount);
  for (const bag of bags) for (const id of bag.ids) df[id] = (df[id] as number) + 1;
  const idf = new Float64Array(termCount);
  const n = bags.length;
  for (let t = 0; t < termCount; t++)
    idf[t] = (df[t] as number) > 0 ? Math.log(1 + n / (df[t] as number)) : 1;
  return idf;
}

/** Sublinear TF times IDF. */
export function weightTerms(bag: TermBag, idf: Float64Array): TermVector {
  const weights = new Float64Array(bag.ids.length);
  let sum = 0;
  for (let k = 0; k < bag.ids.length; k++) {
    const w = (1 + Math.log(bag.counts[k] as number)) * (idf[bag.ids[k] as number] ?? 1);
    weights[k] = w;
    sum += w * w;
  }
  return { ids: bag.ids, weights, norm: Math.sqrt(sum) };
}

/** Cosine similarity of two vectors, merging their sorted ids. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/**
 * ROUGE-1-like F1 of two sentences: shared words (stopwords included, counts clipped) over the mean of
 * their lengths.
 */
export function overlapF1(a: TermBag, b: TermBag): number {
  if (a.wordCount + b.wordCount === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  const x = a.wordIds;
  const y = b.wordIds;
  while (i < x.length && j < y.length) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) shared += Math.min(a.wordCounts[i++] as number, b.wordCounts[j++] as number);
    else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (a.wordCount + b.wordCount);
}

/** Dot product of a sparse vector with a dense one indexed by term id. */
export function dotDense(v: TermVector, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++)
    dot += (v.weights[k] as number) * (dense[v.ids[k] as number] as number);
  return dot;
}
