// The cross-outlet rule for a batch (a digest's articles, a channel's recent posts with the new one): each
// item's distinctive terms are weighed by how rare they are in the batch, and two items published within
// the event window are one event when what they share carries most of their weight. Terms most of the
// batch holds ("Trump" in a politics feed) weigh almost nothing, so a common subject never joins stories.
// Only dated items take part: without dates there is no telling one day's event from the next month's.

import { collectStoryTerms } from './story-terms.js';
import { isWithinEventWindow, type StoryInput } from './story-input.js';

/** Below this many items, rarity in the batch says nothing; the headline rule alone applies. */
export const MIN_BATCH_FOR_TERMS = 30;
/** Share of the weight two items must hold in common (cosine of rarity-weighted term sets). */
const MIN_SHARED_WEIGHT = 0.4;
/** Names and numbers are what two reports of an event share most surely; the lead's words, least. */
const KIND_WEIGHT: Record<string, number> = { e: 1.5, n: 2, k: 1, t: 1, w: 0.5 };
/** Terms held by more than this share of the batch make no candidate pairs. */
const CANDIDATE_MAX_SHARE = 0.02;

export interface TermMatcher {
  /** Pairs of items sharing at least one rare term, each once (i < j). */
  pairs: Array<[number, number]>;
  /** The rarity-weighted cosine of two items' terms. */
  score(i: number, j: number): number;
  isSameEvent(i: number, j: number): boolean;
}

/** Both dated, and within the event window of each other. */
function isDatedPair(a: StoryInput, b: StoryInput): boolean {
  return typeof a.published === 'number' && typeof b.published === 'number' && isWithinEventWindow(a, b);
}

export function createTermMatcher(items: readonly StoryInput[]): TermMatcher | null {
  const n = items.length;
  if (n < MIN_BATCH_FOR_TERMS) return null;
  const terms = items.map(collectStoryTerms);
  const df = new Map<string, number>();
  for (const set of terms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = (t: string): number => Math.log(n / (df.get(t) ?? 1)) * (KIND_WEIGHT[t[0] ?? ''] ?? 1);
  const norms = terms.map((set) => {
    let sum = 0;
    for (const t of set) sum += weight(t) ** 2;
    return Math.sqrt(sum);
  });
  const score = (i: number, j: number): number => {
    const a = terms[i] as Set<string>;
    const b = terms[j] as Set<string>;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    let body = false;
    for (const t of small) {
      if (!large.has(t)) continue;
      shared += weight(t) ** 2;
      if (!t.startsWith('t:')) body = true;
    }
    // Headline words alone ("X wins Y primary") never make one event.
    if (!body) return 0;
    return shared / Math.max(1e-9, (norms[i] ?? 0) * (norms[j] ?? 0));
  };
  const maxDf = Math.max(2, Math.floor(n * CANDIDATE_MAX_SHARE));
  const buckets = new Map<string, number[]>();
  terms.forEach((set, index) => {
    for (const t of set) {
      const count = df.get(t) ?? 0;
      if (count < 2 || count > maxDf) continue;
      const bucket = buckets.get(t);
      if (bucket) bucket.push(index);
      else buckets.set(t, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x] as number;
        const j = bucket[y] as number;
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        if (isDatedPair(items[i] as StoryInput, items[j] as StoryInput)) pairs.push([i, j]);
      }
    }
  }
  return {
    pairs,
    score,
    isSameEvent: (i, j) =>
      isDatedPair(items[i] as StoryInput, items[j] as StoryInput) && score(i, j) >= MIN_SHARED_WEIGHT,
  };
}
