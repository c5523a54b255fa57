// Same-story detection. Two rules, both precision first:
// 1. copies: the MinHash sketches say one text is (mostly) contained in the other; this survives
//    boilerplate, dropped paragraphs, truncation, light edits and a new headline, because the headline
//    is a small share of the shingles;
// 2. write-ups of one event by different outlets, published within a few days of each other: their text
//    differs, so they must share what is distinctive about the event — words and numbers weighed by how
//    rare they are in news (event-vectors.ts), the same weights whatever else is in the batch, so a
//    digest and a live post judge a pair alike; pairs join strongest first, and groups only when their
//    members are alike on average. isSameStory, with no texts or dates, falls back on most headline words
//    plus key entities. A headline alone, or one headline template filled with other names, never joins
//    two stories.

import { EMPTY_SLOT, estimateJaccard, estimateShingleCount, hashString, keySlot } from './minhash.js';
import { isWithinEventWindow, type StoryInput } from './story-input.js';
import { collectTitleWords } from './story-terms.js';
import { createUnionFind, joinEvents } from './event-links.js';
import { createEventVectorMemo, type EventVectorMemo } from './event-vectors.js';
import type { DocumentFrequencies } from '../keywords/index.js';
import type { Entities } from '../types.js';

export { EVENT_WINDOW_MS, isWithinEventWindow, type StoryInput } from './story-input.js';

export { SIGNATURE_SIZE } from './minhash.js';

/** Above this estimated Jaccard two texts are copies whatever their sizes. */
const COPY_JACCARD = 0.5;
/** Share of the smaller text's shingles found in the larger one. */
const COPY_CONTAINMENT = 0.6;
/** Fewest agreeing slots for the containment rule; random agreement of 8 of 64 slots is negligible. */
const MIN_JACCARD_FOR_CONTAINMENT = 8 / 64;
/** Below this many shingles containment is too noisy to trust; only the Jaccard rule applies. */
const MIN_SHINGLES_FOR_CONTAINMENT = 12;

const COMMON_SLOT_MIN_ITEMS = 16;
const COMMON_SLOT_SHARE = 0.05;

const EVENT_MIN_SHARED_TITLE_WORDS = 3;
const EVENT_MIN_TITLE_OVERLAP = 0.7;
const EVENT_MIN_SHARED_ENTITIES = 2;
const EVENT_KEY_ENTITIES = 5;

function isEmptySignature(signature: readonly number[]): boolean {
  return signature.length === 0 || signature.every((v) => v === EMPTY_SLOT);
}

function countShingles(item: StoryInput): number {
  return item.shingleCount ?? estimateShingleCount(item.signature);
}

/** Copy, truncated copy or edited copy of the same text. */
export function isSameText(a: StoryInput, b: StoryInput, ignored?: ReadonlySet<number>): boolean {
  if (isEmptySignature(a.signature) || isEmptySignature(b.signature)) return false;
  const jaccard = estimateJaccard(a.signature, b.signature, ignored);
  if (jaccard >= COPY_JACCARD) return true;
  if (jaccard < MIN_JACCARD_FOR_CONTAINMENT) return false;
  const na = countShingles(a);
  const nb = countShingles(b);
  const smaller = Math.min(na, nb);
  if (smaller < MIN_SHINGLES_FOR_CONTAINMENT) return false;
  // |A ∩ B| = J · |A ∪ B| and |A ∪ B| = (|A| + |B|) / (1 + J).
  const shared = (jaccard * (na + nb)) / (1 + jaccard);
  return shared / smaller >= COPY_CONTAINMENT;
}

function collectKeyEntities(entities: Entities): Set<string> {
  const keys = new Set<string>();
  for (const list of [entities.people, entities.organizations, entities.places]) {
    for (const name of list.slice(0, EVENT_KEY_ENTITIES)) keys.add(name.toLowerCase());
  }
  return keys;
}

function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** The words of an item's named people, organisations and places, lower case. */
function collectNameWords(entities: Entities): Set<string> {
  const words = new Set<string>();
  for (const list of [entities.people, entities.organizations, entities.places])
    for (const name of list) for (const w of collectTitleWords(name)) words.add(w);
  return words;
}

/**
 * One headline template filled with different names ("Clinton wins Missouri primary" / "… Delaware …"):
 * each headline has a name word of its own story that the other lacks.
 */
function isTemplatePair(a: StoryInput, ta: Set<string>, b: StoryInput, tb: Set<string>): boolean {
  if (!a.entities || !b.entities) return false;
  const namesA = collectNameWords(a.entities);
  const namesB = collectNameWords(b.entities);
  const ownName = (own: Set<string>, other: Set<string>, names: Set<string>) =>
    [...own].some((w) => !other.has(w) && names.has(w));
  return ownName(ta, tb, namesA) && ownName(tb, ta, namesB);
}

/** An item's headline words: read again each time, or kept in a memo (see StoryMemo). */
type TitleWordsOf = (item: StoryInput) => Set<string>;
const readTitleWords: TitleWordsOf = (item) => collectTitleWords(item.title);

function isTemplateHeadlinePair(a: StoryInput, b: StoryInput, wordsOf = readTitleWords): boolean {
  return isTemplatePair(a, wordsOf(a), b, wordsOf(b));
}

/** Different outlets on one event: most headline words and at least two key entities in common. */
export function isSameEvent(a: StoryInput, b: StoryInput, wordsOf = readTitleWords): boolean {
  if (!a.entities || !b.entities || !isWithinEventWindow(a, b)) return false;
  const ta = wordsOf(a);
  const tb = wordsOf(b);
  const sharedWords = countShared(ta, tb);
  if (sharedWords < EVENT_MIN_SHARED_TITLE_WORDS) return false;
  // Measured against the longer headline: both must be mostly the same words, not one a subset.
  if (sharedWords / Math.max(ta.size, tb.size) < EVENT_MIN_TITLE_OVERLAP) return false;
  if (isTemplatePair(a, ta, b, tb)) return false;
  return (
    countShared(collectKeyEntities(a.entities), collectKeyEntities(b.entities)) >= EVENT_MIN_SHARED_ENTITIES
  );
}

export function isSameStory(
  a: StoryInput,
  b: StoryInput,
  ignored?: ReadonlySet<number>,
  wordsOf = readTitleWords,
): boolean {
  return isSameText(a, b, ignored) || isSameEvent(a, b, wordsOf);
}

/**
 * Slot values held by many items of a batch come from shared furniture (a site's footer), not from
 * one story; the threshold stays above the number of copies one story plausibly has in a digest.
 */
function collectCommonSlots(
  items: readonly StoryInput[],
  featuresOf: (item: StoryInput) => ItemFeatures,
): Set<number> {
  const limit = Math.max(COMMON_SLOT_MIN_ITEMS, Math.ceil(items.length * COMMON_SLOT_SHARE));
  const counts = new Map<number, number>();
  for (const item of items)
    for (const key of featuresOf(item).slots) counts.set(key, (counts.get(key) ?? 0) + 1);
  const common = new Set<number>();
  for (const [key, n] of counts) if (n > limit) common.add(key);
  return common;
}

/**
 * Candidate pairs: items that agree on at least one signature slot (every copy pair agrees on many), and
 * items whose headlines share a pair of content words (every pair the event rule can accept does).
 */
function collectCandidatePairs(
  items: readonly StoryInput[],
  common: ReadonlySet<number>,
  featuresOf: (item: StoryInput) => ItemFeatures,
): Array<[number, number]> {
  const slotBuckets = new Map<number, number[]>();
  const titleBuckets = new Map<string, number[]>();
  const add = <K>(buckets: Map<K, number[]>, key: K, index: number): void => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  };
  items.forEach((item, index) => {
    const features = featuresOf(item);
    for (const key of features.slots) if (!common.has(key)) add(slotBuckets, key, index);
    for (const key of features.titlePairs) add(titleBuckets, key, index);
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const bucket of [...slotBuckets.values(), ...titleBuckets.values()]) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x]!;
        const j = bucket[y]!;
        const id = i * items.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/** What candidate pairs and keys are made of, per item: the same whatever the batch. */
interface ItemFeatures {
  /** keySlot of each filled signature slot. */
  slots: number[];
  /** Each pair of headline content words, when the item has entities (the event rule needs them). */
  titlePairs: string[];
  titleWords: Set<string>;
  /** The signature's key; null when the signature is empty (the item's key is then its own). */
  key: string | null;
}

function readFeatures(item: StoryInput): ItemFeatures {
  const slots: number[] = [];
  item.signature.forEach((v, slot) => {
    if (v !== EMPTY_SLOT) slots.push(keySlot(slot, v));
  });
  const titleWords = collectTitleWords(item.title);
  const titlePairs: string[] = [];
  if (item.entities) {
    const words = [...titleWords].sort();
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) titlePairs.push(`${words[i]}|${words[j]}`);
  }
  return { slots, titlePairs, titleWords, key: isEmptySignature(item.signature) ? null : signatureKey(item) };
}

/**
 * What a caller grouping the same items again and again keeps between calls (a channel's recent posts,
 * compared with every new article): each item's features and event vector, read once. One memo serves
 * one IDF table; items are held weakly.
 */
export interface StoryMemo extends EventVectorMemo {
  readonly features: WeakMap<StoryInput, ItemFeatures>;
}

export function createStoryMemo(): StoryMemo {
  return { ...createEventVectorMemo(), features: new WeakMap() };
}

/** A key from the signature alone, so a story keeps its key whatever order the items come in. */
function keyItem(item: StoryInput, index: number, features: ItemFeatures): string {
  // Nothing to compare on: the item stands alone.
  return features.key ?? `solo-${index}-${hashString(item.title).toString(16).padStart(8, '0')}`;
}

function signatureKey(item: StoryInput): string {
  const text = item.signature.join(',');
  const h1 = hashString(text);
  const h2 = hashString(`${text}#`);
  return `story-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

export interface GroupOptions {
  /** The archive's document counts (the keyword table); the table shipped with the core serves alone without. */
  documentFrequencies?: DocumentFrequencies | undefined;
  /** What earlier calls with the same table read of the items (see createStoryMemo). */
  memo?: StoryMemo | undefined;
}

/**
 * A story key per item, equal exactly for items joined (transitively) by isSameStory. The key of a group
 * is the smallest member key, so it does not depend on input order.
 */
export function groupStories(items: readonly StoryInput[], options: GroupOptions = {}): string[] {
  const { memo } = options;
  const featuresOf = (item: StoryInput): ItemFeatures => {
    if (!memo) return readFeatures(item);
    let features = memo.features.get(item);
    if (!features) memo.features.set(item, (features = readFeatures(item)));
    return features;
  };
  const itemKeys = items.map((item, index) => keyItem(item, index, featuresOf(item)));
  // One item is a story of its own: nothing to compare.
  if (items.length < 2) return itemKeys;
  const wordsOf = (item: StoryInput) => featuresOf(item).titleWords;
  const groups = createUnionFind(items.length);
  const common = collectCommonSlots(items, featuresOf);
  for (const [i, j] of collectCandidatePairs(items, common, featuresOf)) {
    if (groups.find(i) === groups.find(j)) continue;
    if (isSameStory(items[i]!, items[j]!, common, wordsOf)) groups.union(i, j);
  }
  joinEvents(
    items,
    groups,
    itemKeys,
    options.documentFrequencies,
    (i, j) => isTemplateHeadlinePair(items[i]!, items[j]!, wordsOf),
    memo,
  );
  const groupKey = new Map<number, string>();
  itemKeys.forEach((key, index) => {
    const root = groups.find(index);
    const current = groupKey.get(root);
    if (current === undefined || key < current) groupKey.set(root, key);
  });
  return items.map((_, index) => groupKey.get(groups.find(index))!);
}
