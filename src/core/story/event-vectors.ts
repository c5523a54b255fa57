// What two reports of one event share when their text differs: their distinctive words and numbers. Each
// item becomes a vector of its headline and text words (bylines, editor's notes and prompts removed
// first), stemmed as the keyword table counts them and weighed by how rare they are in news at large
// (the IDF table keywords use: the archive's counts when the caller has them, else the shipped table), so
// the weight a pair shares does not depend on what else is in the batch: a digest of a thousand articles
// and a channel's three recent posts judge the same pair the same way. Similarity is the cosine of two
// vectors. Only dated items within the event window of each other are compared.

import {
  createIdf,
  frequencyKey,
  readShippedFrequencies,
  type DocumentFrequencies,
} from '../keywords/index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isWithinEventWindow, type StoryInput } from './story-input.js';
import { removeFurniture } from './story-terms.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Marks after which a capital says nothing: a sentence's or a quotation's start, a line break. */
const OPENER = /[\n.!?:;"“‘'(—–-]/u;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/u;
/** The headline states the event: its words count as often as this in the vector. */
const TITLE_REPEAT = 2;
/** Name words two texts must share to be one event: a person and a place, or two people, at least. */
const MIN_SHARED_NAMES = 3;
/** A number that singles out an event (a count, a sum) weighs as much as a word this rare. */
const NUMBER_IDF = 0.6;
/** Terms per item that make candidate pairs: its heaviest, which is where a shared event shows. */
const BLOCKING_TERMS = 24;
/** Terms this common in news (IDF below) make no candidate pairs: every politics story has "president". */
const BLOCKING_MIN_IDF = 0.35;
/** Terms held by more than this share of the batch make no candidate pairs: that day's subject, not one event. */
const BLOCKING_MAX_SHARE = 0.02;
const BLOCKING_MIN_ITEMS = 8;
/** Heavy terms a pair must share to be compared: one rare word in common is chance, two begin to be news. */
const BLOCKING_MIN_SHARED = 2;

/** An item's terms: weight, and whether the text writes it as a name (capitalised inside a sentence). */
interface Term {
  weight: number;
  name: boolean;
}

export interface EventVector {
  terms: Map<string, Term>;
  /** Terms heaviest first, for blocking. */
  heaviest: string[];
}

/**
 * Vectors already made, by item: an item's vector depends only on its own text and the IDF table, so a
 * caller that groups the same items again and again (a channel's recent posts, once for every new
 * article) keeps one memo for one table. Items are held weakly.
 */
export interface EventVectorMemo {
  readonly vectors: WeakMap<StoryInput, EventVector | null>;
}

export function createEventVectorMemo(): EventVectorMemo {
  return { vectors: new WeakMap() };
}

export interface EventVectors {
  /** Dated pairs within the event window that share two of their heaviest terms, each once (i < j). */
  candidates: Array<[number, number]>;
  /** True when the item has a vector: dated, with text that holds words. */
  has(i: number): boolean;
  /** Cosine of two items' weighted terms, 0 when either has none. */
  similarity(i: number, j: number): number;
}

/** Numbers that single out an event: not years, not counts below ten. */
function numberKey(word: string): string | null {
  if (!NUMBER.test(word)) return null;
  const digits = word.replace(/,/gu, '');
  const value = Number(digits);
  if (!Number.isFinite(value) || value < 10) return null;
  if (!digits.includes('.') && value >= 1900 && value <= 2100) return null;
  return `#${digits}`;
}

/** A capitalised word that does not open a sentence, a line or a quotation. */
function isNameAt(text: string, index: number, word: string): boolean {
  const first = word[0]!;
  if (first === first.toLowerCase()) return false;
  let k = index - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k >= 0 && !OPENER.test(text[k]!);
}

function isDated(item: StoryInput): boolean {
  return typeof item.published === 'number';
}

// The shipped table is constant data: read once per process, not once per batch (a live post groups a
// batch of a few articles for every new one).
let shippedIdfOnce: ((key: string) => number) | undefined;
function shippedIdf(): (key: string) => number {
  shippedIdfOnce ??= createIdf([readShippedFrequencies()]);
  return shippedIdfOnce;
}

/**
 * Vectors for the dated items that have text, and the pairs worth comparing: items that share a heavy
 * term (an inverted index over each item's heaviest terms), so a batch of thousands costs far less than
 * all pairs.
 */
export function createEventVectors(
  items: readonly StoryInput[],
  frequencies?: DocumentFrequencies,
  memo?: EventVectorMemo,
): EventVectors {
  const idf = frequencies === undefined ? shippedIdf() : createIdf([readShippedFrequencies(), frequencies]);
  // Each spelling is read once per batch: its key (stemmed as the table counts it) and the key's weight.
  const keys = new Map<string, string | null>();
  const weights = new Map<string, number>();
  const keyOf = (word: string): string | null => {
    let key = keys.get(word);
    if (key === undefined) {
      const lower = word.toLowerCase().replace(/['’]s$/u, '');
      const number = numberKey(lower);
      key =
        number ??
        (lower.length < 3 || STOPWORDS.has(lower) || /^\d/u.test(lower) ? null : frequencyKey(lower));
      keys.set(word, key);
      if (key !== null && !weights.has(key)) weights.set(key, number === null ? idf(key) : NUMBER_IDF);
    }
    return key;
  };
  const weightOf = (key: string): number => weights.get(key) ?? 0;

  const vectorOf = (item: StoryInput): EventVector | null => {
    if (!isDated(item) || item.text === undefined) return null;
    const counts = new Map<string, number>();
    const names = new Set<string>();
    const add = (text: string, times: number, readNames: boolean): void => {
      const pattern = new RegExp(WORD);
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const key = keyOf(match[0]);
        if (key === null) continue;
        counts.set(key, (counts.get(key) ?? 0) + times);
        if (readNames && isNameAt(text, match.index, match[0]) && !key.startsWith('#')) names.add(key);
      }
    };
    // Headlines capitalise every word in some styles, so only the text says what is a name.
    add(item.title, TITLE_REPEAT, false);
    add(removeFurniture(item.text), 1, true);
    const terms = new Map<string, Term>();
    for (const [key, count] of counts) {
      const weight = (1 + Math.log(count)) * weightOf(key);
      if (weight > 0) terms.set(key, { weight, name: names.has(key) });
    }
    if (terms.size === 0) return null;
    const heaviest = [...terms]
      .filter(([key]) => weightOf(key) >= BLOCKING_MIN_IDF)
      .sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1))
      .slice(0, BLOCKING_TERMS)
      .map(([key]) => key);
    return { terms, heaviest };
  };
  const vectors = items.map((item) => {
    if (!memo) return vectorOf(item);
    let vector = memo.vectors.get(item);
    if (vector === undefined) memo.vectors.set(item, (vector = vectorOf(item)));
    return vector;
  });

  // Both who and what: the same people doing something else the next day is another story, and the same
  // kind of event (a vote, a storm) with other names is too. A term either text writes as a name counts
  // as a name for both. Scripts without capitals name nobody: this rule joins none of their reports.
  const similarity = (i: number, j: number): number => {
    const a = vectors[i];
    const b = vectors[j];
    if (!a || !b) return 0;
    const who = { dot: 0, a: 0, b: 0 };
    const what = { dot: 0, a: 0, b: 0 };
    let sharedNames = 0;
    for (const [key, x] of a.terms) {
      const y = b.terms.get(key);
      const name = x.name || y?.name === true;
      const part = name ? who : what;
      part.a += x.weight ** 2;
      if (!y) continue;
      part.dot += x.weight * y.weight;
      if (name) sharedNames++;
    }
    for (const [key, y] of b.terms) {
      const part = y.name || a.terms.get(key)?.name === true ? who : what;
      part.b += y.weight ** 2;
    }
    const cosine = (p: typeof who): number => (p.dot === 0 ? 0 : p.dot / Math.sqrt(p.a * p.b));
    // Reports of one event name its people and places; one shared name ("Marrow Hill") in two short
    // texts of one template is not an event, nor are two notices that name nobody.
    if (sharedNames < MIN_SHARED_NAMES) return 0;
    return Math.min(cosine(who), cosine(what));
  };

  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    if (!vector) return;
    for (const key of vector.heaviest) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const shared = new Map<number, number>();
  const candidates: Array<[number, number]> = [];
  const longest = Math.max(BLOCKING_MIN_ITEMS, Math.floor(items.length * BLOCKING_MAX_SHARE));
  for (const list of postings.values()) {
    if (list.length > longest) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const id = i * items.length + j;
        const count = (shared.get(id) ?? 0) + 1;
        shared.set(id, count);
        if (count === BLOCKING_MIN_SHARED && isWithinEventWindow(items[i]!, items[j]!))
          candidates.push([i, j]);
      }
    }
  }
  return { candidates, has: (i) => vectors[i] != null, similarity };
}
