// MinHash over word shingles: a fixed-size sketch whose slot-by-slot agreement estimates Jaccard
// similarity. Everything is deterministic 32-bit integer arithmetic (Math.imul), so the same text gives
// the same sketch on every machine and the sketch can be stored and compared later.

import {
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  JOIN_PERIOD,
  hashOfWord,
  isStopId,
  stripPossessiveId,
  tokenizeWords,
} from './tokens.js';
import { hashString } from './word-ids.js';

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

const WORD_MARKS = JOIN_APOSTROPHE | JOIN_PERIOD | JOIN_HYPHEN;

// One fixed seed per slot, spread by the golden-ratio constant; no randomness, so sketches are stable.
const SEEDS: Int32Array = (() => {
  const seeds = new Int32Array(SIGNATURE_SIZE);
  let x = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = (x + 0x9e3779b9) | 0;
    seeds[i] = mix32(x) | 0;
  }
  return seeds;
})();

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
function collectWordHashes(text: string): Int32Array {
  const tokens = tokenizeWords(text, WORD_MARKS);
  const hashes = new Int32Array(tokens.count);
  let count = 0;
  let t = 0;
  for (let lineStart = 0; ;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const boilerplate =
      lineEnd - lineStart <= BOILERPLATE_MAX_LENGTH && BOILERPLATE_LINE.test(text.slice(lineStart, lineEnd));
    const first = count;
    for (; t < tokens.count && tokens.starts[t]! < lineEnd; t++) {
      if (boilerplate) continue;
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

/** MinHash sketch of a text's 3-word shingles of content words. */
export function sketchText(text: string): Sketch {
  const words = collectWordHashes(text);
  // Minima kept as signed 32-bit values with the sign bit flipped, which orders them like unsigned ones
  // but stays in V8's small-integer range (unsigned values above 2^31 would be boxed doubles).
  const mins = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  const seen = new Set<number>();
  const last = words.length - SHINGLE_WORDS;
  for (let i = 0; i <= last; i++) {
    // Order matters in a shingle, so each word is rotated by its place before mixing.
    let h = words[i]!;
    h = mix32(h ^ ((words[i + 1]! << 7) | (words[i + 1]! >>> 25))) | 0;
    h = mix32(h ^ ((words[i + 2]! << 13) | (words[i + 2]! >>> 19))) | 0;
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      // One xor-multiply-xorshift round per slot is enough: h is already well mixed.
      let v = Math.imul(h ^ SEEDS[k]!, 0x9e3779b1);
      v = (v ^ (v >>> 15) ^ 0x80000000) | 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const signature = new Array<number>(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) signature[k] = (mins[k]! ^ 0x80000000) >>> 0;
  return { signature, shingleCount: seen.size };
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
 * Set size from the sketch alone, for signatures stored without a count: the minimum of n uniform
 * values averages 1/(n+1), so the mean of the normalised minima estimates it (about ±13 % at 64 slots).
 */
export function estimateShingleCount(signature: readonly number[]): number {
  let sum = 0;
  let used = 0;
  for (const v of signature) {
    if (v === EMPTY_SLOT) continue;
    sum += v / 4294967296;
    used++;
  }
  if (used === 0) return 0;
  return Math.max(1, Math.round(used / Math.max(sum, 1e-9) - 1));
}
