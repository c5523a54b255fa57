// Vector arithmetic over the word bags of summary-terms.ts: TF-IDF weights, cosine similarity through a
// dense scratch array indexed by word id, and the pairwise word-overlap F1 behind the consensus score.
import type { TermBag } from './summary-terms.js';

/** A TF-IDF vector over word ids with its Euclidean norm. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Inverse sentence frequency: terms found in every sentence weigh little; 1 for terms in none. */
export function inverseFrequencies(bags: TermBag[], termCount: number): Float64Array {
  const df = new Float64Array(termCount);
  const seen: number[] = [];
  for (const bag of bags)
    for (const id of bag.ids) {
      if (df[id] === 0) seen.push(id);
      df[id] = (df[id] as number) + 1;
    }
  const idf = new Float64Array(termCount).fill(1);
  const n = bags.length;
  for (const id of seen) idf[id] = Math.log(1 + n / (df[id] as number));
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

/** Adds `v` into the dense array (indexed by word id); `scale` -1 takes it out again. */
export function scatter(v: TermVector, dense: Float64Array, scale = 1): void {
  for (let k = 0; k < v.ids.length; k++) {
    const t = v.ids[k] as number;
    dense[t] = (dense[t] as number) + scale * (v.weights[k] as number);
  }
}

/** Cosine similarity of two vectors; `scratch` is a zeroed array over the table's word ids, left zeroed. */
export function cosine(a: TermVector, b: TermVector, scratch: Float64Array): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  scatter(a, scratch);
  const dot = dotDense(b, scratch);
  for (const t of a.ids) scratch[t] = 0;
  return dot / (a.norm * b.norm);
}

/**
 * Each sentence's summed ROUGE-1-like F1 against all the others: shared words (stopwords included,
 * counts clipped) over the mean of the two lengths. O(n²) in sentences, a scatter and one pass per pair.
 */
export function sumOverlapF1(bags: TermBag[], wordIds: number): Float64Array {
  const n = bags.length;
  const sums = new Float64Array(n);
  const mine = new Float64Array(wordIds);
  for (let i = 0; i < n; i++) {
    const a = bags[i] as TermBag;
    for (let k = 0; k < a.wordIds.length; k++) mine[a.wordIds[k] as number] = a.wordCounts[k] as number;
    for (let j = i + 1; j < n; j++) {
      const b = bags[j] as TermBag;
      const length = a.wordCount + b.wordCount;
      if (length === 0) continue;
      let shared = 0;
      for (let k = 0; k < b.wordIds.length; k++) {
        const x = mine[b.wordIds[k] as number] as number;
        const y = b.wordCounts[k] as number;
        shared += x < y ? x : y;
      }
      const f = (2 * shared) / length;
      sums[i] = (sums[i] as number) + f;
      sums[j] = (sums[j] as number) + f;
    }
    for (let k = 0; k < a.wordIds.length; k++) mine[a.wordIds[k] as number] = 0;
  }
  return sums;
}

/** Dot product of a sparse vector with a dense one indexed by term id. */
export function dotDense(v: TermVector, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++)
    dot += (v.weights[k] as number) * (dense[v.ids[k] as number] as number);
  return dot;
}
