// Reference summarizers the evaluation compares ours against: Lead-N and TF-IDF TextRank.
import type { SentenceSpan } from '../../../src/core/types.js';
import { createTermTable, readTerms } from '../../../src/core/summary/index.js';
import { dotDense, inverseFrequencies, scatter, weightTerms } from '../../../src/core/summary/index.js';

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
  const table = createTermTable(text.length);
  const bags = sentences.map(([s, e]) => readTerms(text, s, e, table));
  const idf = inverseFrequencies(bags, table.size);
  const vectors = bags.map((b) => weightTerms(b, idf));
  const sim = new Float64Array(n * n);
  const outWeight = new Float64Array(n);
  const dense = new Float64Array(table.size);
  for (let i = 0; i < n; i++) {
    const vi = vectors[i]!;
    scatter(vi, dense);
    for (let j = i + 1; j < n; j++) {
      const vj = vectors[j]!;
      const w = vi.norm > 0 && vj.norm > 0 ? dotDense(vj, dense) / (vi.norm * vj.norm) : 0;
      sim[i * n + j] = w;
      sim[j * n + i] = w;
      outWeight[i] = outWeight[i]! + w;
      outWeight[j] = outWeight[j]! + w;
    }
    for (const t of vi.ids) dense[t] = 0;
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const out = outWeight[j]!;
      if (out === 0) continue;
      const share = (DAMPING * rank[j]!) / out;
      for (let i = 0; i < n; i++) next[i] = next[i]! + share * sim[j * n + i]!;
    }
    rank = next;
  }
  // Ties go to the earlier sentence so the result is deterministic.
  const order = Array.from(rank, (r, i) => [r, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return order
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}
