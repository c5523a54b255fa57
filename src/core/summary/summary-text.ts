// Vector arithmetic over the word bags of summary-terms.ts: TF-IDF weights, cosine similarity through a
// dense scratch array indexed by word id, and the word-overlap F1 behind the one-line summary's choice.
import type { TermBag } from './summary-terms.js';

/** A TF-IDF vector over word ids with its Euclidean norm. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * Where the arrays below come from: `n` zeroed numbers. A summarizer hands out views of storage it
 * reuses from one article to the next (see tableFloats); by default each is an array of its own.
 */
export type Floats = (n: number) => Float64Array;
export const newFloats: Floats = (n) => new Float64Array(n);

/** Inverse sentence frequency: terms found in every sentence weigh little; 1 for terms in none. */
export function inverseFrequencies(bags: TermBag[], termCount: number, floats = newFloats): Float64Array {
  const df = floats(termCount);
  const seen: number[] = [];
  for (const bag of bags)
    for (const id of bag.ids) {
      if (df[id] === 0) seen.push(id);
      df[id] = (df[id] as number) + 1;
    }
  const idf = floats(termCount).fill(1);
  const n = bags.length;
  for (const id of seen) idf[id] = Math.log(1 + n / (df[id] as number));
  return idf;
}

/** Sublinear TF times IDF. */
export function weightTerms(bag: TermBag, idf: Float64Array, floats = newFloats): TermVector {
  const weights = floats(bag.ids.length);
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
 * Each sentence's word-overlap F1 (ROUGE-1-like: stopwords included, counts clipped) with the line a
 * reader would write, `lineWords` words long and made of the words the article repeats: a word counts
 * once for every sentence beyond the first that uses it. A word of a single sentence is in no such line,
 * and a sentence's own use of a word never counts for it (for a word it holds, the count is the number of
 * other sentences that use it), so the line stands for what the rest of the article says. A headline,
 * when given, is the editor's own one-line summary: it counts as one more sentence using its words (it
 * is not scored). One pass over the words: no pair of sentences is compared.
 */
export function echoOverlapF1(
  bags: TermBag[],
  wordIds: number,
  lineWords: number,
  headline: TermBag | null = null,
  floats = newFloats,
): Float64Array {
  const uses = floats(wordIds);
  let echoes = 0;
  for (const bag of headline ? [...bags, headline] : bags)
    for (const id of bag.wordIds) {
      if ((uses[id] as number) > 0) echoes++;
      uses[id] = (uses[id] as number) + 1;
    }
  const scores = floats(bags.length);
  if (echoes === 0) return scores;
  // A word's expected count in the line: its share of all the repeats, times the line's length.
  const scale = lineWords / echoes;
  for (let i = 0; i < bags.length; i++) {
    const bag = bags[i] as TermBag;
    let shared = 0;
    for (let k = 0; k < bag.wordIds.length; k++) {
      const expected = scale * ((uses[bag.wordIds[k] as number] as number) - 1);
      const count = bag.wordCounts[k] as number;
      shared += count < expected ? count : expected;
    }
    scores[i] = (2 * shared) / (bag.wordCount + lineWords);
  }
  return scores;
}

/** Dot product of a sparse vector with a dense one indexed by term id. */
export function dotDense(v: TermVector, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++)
    dot += (v.weights[k] as number) * (dense[v.ids[k] as number] as number);
  return dot;
}
