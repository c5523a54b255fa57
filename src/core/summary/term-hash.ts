// The summarizer's term keys: two 32-bit FNV-1a hashes per token, an open-addressing index over them,
// the stopwords as hashes, and the light in-place stemming of a token's lower-case code units.
import { STOPWORDS } from '../text/stopwords.js';

// Tokens are never made into strings: the scan lower-cases each one into a scratch buffer and hashes
// it twice (two 32-bit FNV-1a variants, so a clash between two terms of one article is out of reach),
// and the hashes find the term id in a small open-addressing table.

export const MAX_TOKEN = 128;
export const APOSTROPHE = 0x27;
export const RIGHT_QUOTE = 0x2019;
export const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
export const NON_ASCII_LETTER = /\p{L}/u;

export const SEED_A = 0x811c9dc5 | 0;
export const PRIME_A = 0x01000193;
export const SEED_B = 0x1b873593;
export const PRIME_B = 0x5bd1e995;

export function hashA(buffer: Uint16Array, length: number): number {
  let h = SEED_A;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (buffer[k] as number), PRIME_A);
  return h | 0;
}

export function hashB(buffer: Uint16Array, length: number): number {
  let h = SEED_B;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (buffer[k] as number), PRIME_B) ^ (h >>> 15);
  return h | 0;
}

/** Slots for `expected` entries at most half full: a power of two, at least 64. */
function capacityFor(expected: number): number {
  let capacity = 64;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

/**
 * Open addressing over a pair of hashes: key → non-negative value, growing at half load. Each slot is
 * four consecutive numbers (hash a, hash b, value, 1 when used) so that a probe touches one cache line.
 */
export class HashIndex {
  private slots: Int32Array;
  private mask: number;
  private used = 0;

  /** `expected` entries fit without growing. */
  constructor(expected: number) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity * 4);
    this.mask = capacity - 1;
  }

  /**
   * Empties the index for about `expected` entries. Its storage is kept and zeroed, unless it is over
   * four times what they need (after a very long text), when a smaller one takes its place.
   */
  clear(expected: number): void {
    const capacity = capacityFor(expected);
    if (this.mask + 1 > capacity * 4) {
      this.slots = new Int32Array(capacity * 4);
      this.mask = capacity - 1;
    } else {
      this.slots.fill(0);
    }
    this.used = 0;
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

export const STOPWORD_HASHES = new HashIndex(STOPWORDS.size);
for (const word of STOPWORDS) {
  const b = bufferOf(word);
  STOPWORD_HASHES.set(hashA(b, b.length), hashB(b, b.length), 0);
}

export function isStopword(buffer: Uint16Array, length: number): boolean {
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
export function normalizeWord(buffer: Uint16Array, length: number): number {
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
