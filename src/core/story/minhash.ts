// MinHash over word shingles by one-permutation hashing: each shingle is hashed once, its top bits pick
// one of the 64 slots and each slot keeps the smallest hash that fell in it; slots no shingle reached
// borrow the value of another slot chosen by a fixed sequence per slot (densification), so two texts
// agree on a slot with probability close to their Jaccard similarity, as with 64 separate permutations,
// at a 64th of the hashing. Everything is deterministic 32-bit integer arithmetic (Math.imul), so the
// same text gives the same sketch on every machine and the sketch can be stored and compared later.

import { JOIN_APOSTROPHE, JOIN_HYPHEN, JOIN_PERIOD, type Words } from '../text/tokens.js';
import { hashString } from '../text/word-ids.js';

export const SIGNATURE_SIZE = 64;
export const SHINGLE_WORDS = 3;
/** Slots of an empty text: no shingle ever lowered them. */
export const EMPTY_SLOT = 0xffffffff;

/** Lines with fewer content words than this are skipped, so "Advertisement" and "Share" lines don't matter. */
const MIN_LINE_WORDS = 3;

/**
 * Lines that are site furniture rather than story: share and follow prompts, newsletter and app
 * pitches, copyright notices, agency credits. Only short lines are tested, so a story that talks about
 * copyright keeps its paragraphs.
 */
const BOILERPLATE_LINE =
  /\b(advertisement|all rights reserved|copyright|©|newsletter|subscribe|sign up|follow us|click here|download (our|the) app|read more|share this|share on|inputs from agencies|reporting by|editing by|related:|recommended)\b/i;
const BOILERPLATE_MAX_LENGTH = 240;
/** An editor's note runs from its label to the end of its paragraph, however long: the site's, not the story's. */
const EDITORS_NOTE = /editor['’]?s note:/iu;

const WORD_MARKS = JOIN_APOSTROPHE | JOIN_PERIOD | JOIN_HYPHEN;

const SLOT_BITS = 6;
const VALUE_BITS = 32 - SLOT_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
/** Donor slots tried, in order, by an empty slot; fixed per slot, so two texts look in the same places. */
const DONOR_TRIES = 8 * SIGNATURE_SIZE;

/** Murmur3's finaliser: a cheap bijection on 32 bits with good avalanche. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export { hashString };

/**
 * The content words of each line, normalised: lower case, possessive dropped, stopwords removed, as
 * FNV-1a hashes. Short lines (bylines, "Advertisement", share buttons) are dropped so boilerplate does
 * not shift shingles.
 */
function collectWordHashes(words: Words, text: string): Int32Array {
  const { hashOfWord, isStopId, stripPossessiveId } = words;
  const tokens = words.tokenizeWords(text, WORD_MARKS);
  const hashes = new Int32Array(tokens.count);
  let count = 0;
  let t = 0;
  // The note's label holds no line break, so a text without it anywhere has it on no line.
  const notes = EDITORS_NOTE.test(text);
  for (let lineStart = 0; ;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const short = lineEnd - lineStart <= BOILERPLATE_MAX_LENGTH;
    const line = short || notes ? text.slice(lineStart, lineEnd) : '';
    const boilerplate = short && BOILERPLATE_LINE.test(line);
    const note = notes ? EDITORS_NOTE.exec(line) : null;
    const noteStart = note === null ? lineEnd : lineStart + note.index;
    const first = count;
    for (; t < tokens.count && tokens.starts[t]! < lineEnd; t++) {
      if (boilerplate || tokens.starts[t]! >= noteStart) continue;
      const word = stripPossessiveId(tokens.ids[t]!);
      if (!isStopId(word)) hashes[count++] = hashOfWord(word);
    }
    if (count - first < MIN_LINE_WORDS) count = first;
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return hashes.subarray(0, count);
}

export interface Sketch {
  signature: number[];
  /** Distinct shingles hashed; lets Jaccard be turned into containment for truncated copies. */
  shingleCount: number;
}

/** One-permutation MinHash sketch of a text's 3-word shingles of content words. */
export type Sketcher = (text: string) => Sketch;

/** A sketcher over an analyzer's words, with scratch tables of its own. */
export function createSketcher(wordTable: Words): Sketcher {
  // Scratch tables of one sketcher, reused across its calls (no result depends on them): slot minima, and an open-addressing
  // set of the shingle hashes seen, which counts distinct shingles without a Set.
  const mins = new Int32Array(SIGNATURE_SIZE);
  let seen = new Int32Array(1024);

  /** A power-of-two table with room for `count` hashes at most half full, cleared. */
  function clearSeen(count: number): Int32Array {
    let size = seen.length;
    while (size < count * 2) size *= 2;
    if (size !== seen.length) seen = new Int32Array(size);
    else seen.fill(0);
    return seen;
  }

  /** One-permutation MinHash sketch of a text's 3-word shingles of content words. */
  function sketchText(text: string): Sketch {
    const words = collectWordHashes(wordTable, text);
    // Minima kept as signed 32-bit values with the sign bit flipped, which orders them like unsigned ones
    // but stays in V8's small-integer range (unsigned values above 2^31 would be boxed doubles).
    mins.fill(0x7fffffff);
    const last = words.length - SHINGLE_WORDS;
    const table = clearSeen(last + 1);
    const mask = table.length - 1;
    let distinct = 0;
    for (let i = 0; i <= last; i++) {
      // Order matters in a shingle, so each word is rotated by its place before mixing.
      let h = words[i]!;
      h = mix32(h ^ ((words[i + 1]! << 7) | (words[i + 1]! >>> 25))) | 0;
      h = mix32(h ^ ((words[i + 2]! << 13) | (words[i + 2]! >>> 19))) | 0;
      // Zero marks a free cell of the table, so the one shingle hashing to 0 is stored as 1 there.
      const key = h === 0 ? 1 : h;
      let s = (key ^ (key >>> 16)) & mask;
      while (table[s] !== 0 && table[s] !== key) s = (s + 1) & mask;
      if (table[s] === key) continue;
      table[s] = key;
      distinct++;
      const slot = h >>> VALUE_BITS;
      const v = (h ^ 0x80000000) | 0;
      if (v < mins[slot]!) mins[slot] = v;
    }
    const signature = new Array<number>(SIGNATURE_SIZE).fill(EMPTY_SLOT);
    if (distinct === 0) return { signature, shingleCount: 0 };
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      if (mins[k] !== 0x7fffffff) signature[k] = (mins[k]! ^ 0x80000000) >>> 0;
    }
    densify(signature);
    return { signature, shingleCount: distinct };
  }

  return sketchText;
}

/**
 * Fills each empty slot with the value of the first filled slot in that slot's fixed pseudo-random
 * sequence of donors (Shrivastava's optimal densification). A borrowed value keeps its own slot bits, so
 * it never equals a value a shingle put in this slot directly.
 */
function densify(signature: number[]): void {
  const filled = signature.slice();
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    if (filled[k] !== EMPTY_SLOT) continue;
    for (let attempt = 1; attempt <= DONOR_TRIES; attempt++) {
      const donor = mix32(Math.imul(k + 1, 0x9e3779b1) ^ attempt) >>> VALUE_BITS;
      if (filled[donor] !== EMPTY_SLOT) {
        signature[k] = filled[donor]!;
        break;
      }
    }
    // With at least one filled slot, 512 tries miss it with probability (63/64)^512, about 3e-4; the
    // next filled slot to the right is the deterministic fallback.
    for (let step = 1; signature[k] === EMPTY_SLOT; step++)
      signature[k] = filled[(k + step) % SIGNATURE_SIZE]!;
  }
}

/** A slot value as one number (slot · 2^32 + value), for sets of values to leave out. */
export function keySlot(slot: number, value: number): number {
  return slot * 4294967296 + value;
}

/**
 * Share of slots on which two signatures agree, ignoring slots that are empty in both and slots where
 * both hold a value listed in `ignored` (a shingle common to many texts in a batch: boilerplate).
 */
export function estimateJaccard(
  a: readonly number[],
  b: readonly number[],
  ignored?: ReadonlySet<number>,
): number {
  const n = Math.min(a.length, b.length);
  let equal = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === EMPTY_SLOT && b[i] === EMPTY_SLOT) continue;
    if (a[i] === b[i] && ignored?.has(keySlot(i, a[i]!))) continue;
    used++;
    if (a[i] === b[i]) equal++;
  }
  return used === 0 ? 0 : equal / used;
}

/**
 * Set size from the sketch alone, for signatures stored without a count. A slot that a shingle reached
 * holds, below its slot bits, the smallest of the hashes that fell in it; with n shingles spread over
 * the slots, that fraction of a slot is close to exponential with rate n / slots, and (k − 1) / sum is
 * the unbiased estimate of a rate from k such values. Borrowed slots (another slot's bits on top) are
 * left out. Small sets are counted better by how many slots they reached (linear counting, as
 * HyperLogLog does).
 */
export function estimateShingleCount(signature: readonly number[]): number {
  let sum = 0;
  let reached = 0;
  signature.forEach((v, slot) => {
    if (v === EMPTY_SLOT || v >>> VALUE_BITS !== slot) return;
    sum += (v & VALUE_MASK) / (VALUE_MASK + 1);
    reached++;
  });
  if (reached === 0) return 0;
  const slots = signature.length;
  if (reached < slots) {
    const byOccupancy = -slots * Math.log(1 - reached / slots);
    if (byOccupancy <= 3 * slots) return Math.max(1, Math.round(byOccupancy));
  }
  return Math.max(1, Math.round((slots * (reached - 1)) / Math.max(sum, 1e-9)));
}
