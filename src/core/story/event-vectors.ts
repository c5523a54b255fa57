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
/**
 * A text of at most this many words (a feed item's one- or two-sentence description) names too few
 * people for the name rule: two such reports are compared on all their words (see shortSimilarity).
 */
const SHORT_TEXT_WORDS = 60;
/** Words at least this rare (IDF) that two short reports must share, two of them: "Kursk" and "Ukraine". */
const SHORT_RARE_IDF = 0.5;
const SHORT_MIN_RARE_SHARED = 2;
/** A word that says what happened ("exile", "region"), not who: at least one of them shared, this rare. */
const SHORT_WHAT_IDF = 0.3;

/** An item's terms: weight, and whether the text writes it as a name (capitalised inside a sentence). */
interface Term {
  weight: number;
  name: boolean;
}

export interface EventVector {
  terms: Map<string, Term>;
  /** Terms heaviest first, for blocking. */
  heaviest: string[];
  /** The text (without the headline) has at most SHORT_TEXT_WORDS words. */
  short: boolean;
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
  /** Both items are short reports, compared on all their words (their links have a threshold of their own). */
  bothShort(i: number, j: number): boolean;
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
    let bodyWords = 0;
    const add = (text: string, times: number, readNames: boolean): void => {
      const pattern = new RegExp(WORD);
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (readNames) bodyWords++;
        const key = keyOf(match[0]);
        if (key === null) continue;
        counts.set(key, (counts.get(key) ?? 0) + times);
        if (readNames && isNameAt(text, match.index, match[0]) && !key.startsWith('#')) names.add(key);
      }
    };
    // Headlines capitalise every word in some styles, so only the text says what is a name.
    add(item.title, TITLE_REPEAT, false);
    add(removeFurniture(item.text), 1, true);
    // A short report may name its people only in its headline: the entity reader's names count too.
    if (bodyWords <= SHORT_TEXT_WORDS) for (const key of entityKeys(item, keyOf)) names.add(key);
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
    return { terms, heaviest, short: bodyWords <= SHORT_TEXT_WORDS };
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
    if (a.short && b.short) return shortSimilarity(a, b, weightOf);
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
  const bothShort = (i: number, j: number): boolean =>
    vectors[i]?.short === true && vectors[j]?.short === true;
  return { candidates, has: (i) => vectors[i] != null, similarity, bothShort };
}

/** The keys of the words of the item's named people, organisations and places. */
function entityKeys(item: StoryInput, keyOf: (word: string) => string | null): string[] {
  const keys: string[] = [];
  const { people = [], organizations = [], places = [] } = item.entities ?? {};
  for (const name of [...people, ...organizations, ...places])
    for (const word of name.match(WORD) ?? []) {
      const key = keyOf(word);
      if (key !== null) keys.push(key);
    }
  return keys;
}

/**
 * Two short reports (a headline and a sentence or two each) name too few people to tell who from what:
 * they are one event when they share at least two rare words ("Puigdemont" and "exile", "Kursk" and
 * "Ukraine"), never one ("riot", "skateboard"), one of them a name (in the text, or among the entities
 * read from headline and text), and at least one word that is no name and says what happened, unless
 * each gives figures and they share none; then they are as alike as the cosine of all their words.
 */
function shortSimilarity(a: EventVector, b: EventVector, weightOf: (key: string) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  let rareShared = 0;
  let rareNames = 0;
  let whats = 0;
  let numbersA = 0;
  let numbersShared = 0;
  for (const [key, x] of a.terms) {
    normA += x.weight ** 2;
    const number = key.startsWith('#');
    if (number) numbersA++;
    const y = b.terms.get(key);
    if (!y) continue;
    dot += x.weight * y.weight;
    if (number) numbersShared++;
    if (number) continue;
    const name = x.name || y.name;
    const idf = weightOf(key);
    if (!name && idf >= SHORT_WHAT_IDF) whats++;
    if (idf < SHORT_RARE_IDF) continue;
    rareShared++;
    if (name) rareNames++;
  }
  let numbersB = 0;
  for (const [key, y] of b.terms) {
    normB += y.weight ** 2;
    if (key.startsWith('#')) numbersB++;
  }
  // Each with figures of its own and none in common ("item 1,037", "16 killed" / "item 1,074", "11
  // killed"): two events of one kind.
  if (numbersA > 0 && numbersB > 0 && numbersShared === 0) return 0;
  // Two notices of one template that name nobody are not one event, however alike their words; nor are
  // the same people in two events ("Hamas" and "Gaza" in a leader's election and in an air strike).
  if (rareShared < SHORT_MIN_RARE_SHARED || rareNames === 0 || whats === 0 || dot === 0) return 0;
  return dot / Math.sqrt(normA * normB);
}
