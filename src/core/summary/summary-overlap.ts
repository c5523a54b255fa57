// Several sentences chosen as a set, for the summary a reader would write. A reader's summary is short
// (CNN/DailyMail's highlights average 49 words) and takes its words mostly from the top of the story, so
// we stand in for it with an expected summary: every word of the article, counted with the weight of the
// sentence it appears in (falling with position, rising with the sentence's score), scaled to the
// expected length. The set whose word overlap F1 with that expected summary is highest wins: F1 weighs
// the words a sentence brings against the words it costs, so a long sentence must carry the story to
// earn its place, and a sentence that repeats another adds length without adding overlap.
import type { TermBag } from './summary-terms.js';
import { newFloats, type Floats } from './summary-text.js';

export interface OverlapChoice {
  /** Each candidate's words. */
  bags: readonly TermBag[];
  /** The weight in the expected summary of each of the first candidates (the others weigh nothing). */
  weights: readonly number[];
  /** Candidates that may be chosen (indices into bags), best first. */
  pool: readonly number[];
  count: number;
  /**
   * How many sentences the set always has (when the pool allows); each one beyond them joins only while
   * it lowers the set's F1 by at most `tolerance`.
   */
  required: number;
  tolerance: number;
  /** Words of the expected summary. */
  expectedWords: number;
  /** Size of the word-id space. */
  wordIds: number;
  /** Whether two candidates say the same thing: never both in the set. */
  repeats: (a: number, b: number) => boolean;
  /** Where its arrays over word ids come from (see summary-text.ts). */
  floats?: Floats;
}

/**
 * The expected summary's count of each word id, unscaled, with the total. Weights below `MIN_WEIGHT` of
 * the largest are left out: they change no choice, and a long article's tail would cost a pass over all
 * its words.
 */
function expectedCounts(choice: OverlapChoice): { expected: Float64Array; total: number } {
  const expected = (choice.floats ?? newFloats)(choice.wordIds);
  let max = 0;
  for (const p of choice.weights) if (p > max) max = p;
  const floor = max * MIN_WEIGHT;
  let total = 0;
  choice.weights.forEach((p, i) => {
    if (p <= floor) return;
    const bag = choice.bags[i] as TermBag;
    for (let k = 0; k < bag.wordIds.length; k++) {
      const id = bag.wordIds[k] as number;
      const x = p * (bag.wordCounts[k] as number);
      expected[id] = (expected[id] as number) + x;
      total += x;
    }
  });
  return { expected, total };
}

const MIN_WEIGHT = 1e-2;
/** Swaps after the first pass; a third rarely gains anything and would cost a full pass to find out. */
const MAX_SWAPS = 2;

/** The candidates chosen; `whole` when the set stopped short of `count` by choice, not for want of candidates. */
export interface OverlapSet {
  chosen: number[];
  whole: boolean;
}

/**
 * Up to `count` candidates (at least `required` when the pool allows): added one at a time, each the one
 * that raises the set's F1 most, then improved by swaps while a swap raises it.
 */
export function chooseByOverlap(choice: OverlapChoice): OverlapSet {
  const { expected, total } = expectedCounts(choice);
  const { bags, pool, expectedWords } = choice;
  // Counts are kept in the expected summary's unscaled units (`unit` of them make one word), which
  // spares scaling the whole table to the expected length.
  const unit = total > 0 ? total / expectedWords : 1;
  const have = (choice.floats ?? newFloats)(choice.wordIds);
  let overlap = 0;
  let length = 0;
  /** The clipped overlap gained by adding (sign 1) or lost by removing (sign -1) a bag. */
  const delta = (bag: TermBag, sign: 1 | -1): number => {
    let d = 0;
    for (let k = 0; k < bag.wordIds.length; k++) {
      const id = bag.wordIds[k] as number;
      const e = expected[id] as number;
      const h = have[id] as number;
      const after = h + sign * unit * (bag.wordCounts[k] as number);
      d += Math.min(after, e) - Math.min(h, e);
    }
    return d;
  };
  const apply = (bag: TermBag, sign: 1 | -1): void => {
    overlap += delta(bag, sign);
    length += sign * bag.wordCount;
    for (let k = 0; k < bag.wordIds.length; k++) {
      const id = bag.wordIds[k] as number;
      have[id] = (have[id] as number) + sign * unit * (bag.wordCounts[k] as number);
    }
  };
  const f1 = (o: number, l: number): number => (2 * (o / unit)) / (l + expectedWords);
  // Near-copies are rare, so the set is built on F1 alone and only the winner of each step is checked
  // against the sentences it would join; a winner that repeats one is set aside and the step rerun.
  const chosen: number[] = [];
  const joins = (i: number, except: number): boolean =>
    chosen.every((c) => c === except || !choice.repeats(c, i));
  const setAside = new Set<number>();
  let whole = false;
  while (chosen.length < choice.count) {
    let best = -1;
    let bestF = -Infinity;
    for (const i of pool) {
      if (chosen.includes(i) || setAside.has(i)) continue;
      const bag = bags[i] as TermBag;
      const f = f1(overlap + delta(bag, 1), length + bag.wordCount);
      if (f > bestF) {
        bestF = f;
        best = i;
      }
    }
    if (best < 0) break;
    if (chosen.length >= choice.required && bestF < f1(overlap, length) - choice.tolerance) {
      whole = true;
      break;
    }
    if (!joins(best, -1)) {
      setAside.add(best);
      continue;
    }
    setAside.clear();
    chosen.push(best);
    apply(bags[best] as TermBag, 1);
  }
  // Swaps: each round takes the best single exchange of a chosen sentence for one left out.
  const refused = new Set<number>();
  for (let round = 0; round < MAX_SWAPS;) {
    const now = f1(overlap, length);
    let bestGain = 1e-9;
    let bestSlot = -1;
    let bestIn = -1;
    chosen.forEach((out, slot) => {
      const outBag = bags[out] as TermBag;
      apply(outBag, -1);
      for (const i of pool) {
        if (chosen.includes(i) || refused.has(slot * bags.length + i)) continue;
        const bag = bags[i] as TermBag;
        const gain = f1(overlap + delta(bag, 1), length + bag.wordCount) - now;
        if (gain > bestGain) {
          bestGain = gain;
          bestSlot = slot;
          bestIn = i;
        }
      }
      apply(outBag, 1);
    });
    if (bestSlot < 0) break;
    if (!joins(bestIn, chosen[bestSlot] as number)) {
      refused.add(bestSlot * bags.length + bestIn);
      continue;
    }
    apply(bags[chosen[bestSlot] as number] as TermBag, -1);
    apply(bags[bestIn] as TermBag, 1);
    chosen[bestSlot] = bestIn;
    refused.clear();
    round++;
  }
  return { chosen, whole };
}
