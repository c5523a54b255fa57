// Reference summarizers the evaluation compares ours against: Lead-N and TF-IDF TextRank.
import type { SentenceSpan } from './types.js';
import { contentWords, cosine, countTerms, inverseFrequencies, tokenizeWords, weightTerms } from './summary-text.js';

/** The first `count` sentences. */
export function leadN(sentences: SentenceSpan[], count: number): number[] {
  return sentences.slice(0, Math.max(0, count)).map((_, i) => i);
}

const DAMPING = 0.85;
const ITERATIONS = 50;

/** TextRank over TF-IDF cosine similarities (Mihalcea & Tarau 2004 with Erkan & Radev's weighting). */
export function textRank(text: string, sentences: SentenceSpan[], count: number): number[] {
  const n = sentences.length;
  if (n === 0 || count <= 0) return [];
  const terms = sentences.map(([s, e]) => countTerms(contentWords(tokenizeWords(text.slice(s, e)))));
  const idf = inverseFrequencies(terms);
  const vectors = terms.map((t) => weightTerms(t, idf));
  const sim: number[][] = vectors.map(() => new Array<number>(n).fill(0));
  const outWeight = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>);
      (sim[i] as number[])[j] = w;
      (sim[j] as number[])[i] = w;
      outWeight[i] = (outWeight[i] as number) + w;
      outWeight[j] = (outWeight[j] as number) + w;
    }
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const out = outWeight[j] as number;
      if (out === 0) continue;
      const share = (DAMPING * (rank[j] as number)) / out;
      const row = sim[j] as number[];
      for (let i = 0; i < n; i++) if (row[i]) next[i] = (next[i] as number) + share * (row[i] as number);
    }
    rank = next;
  }
  // Ties go to the earlier sentence so the result is deterministic.
  const order = rank.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return order
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}
