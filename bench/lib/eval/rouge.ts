// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, computed the way Google's rouge_score package does, so that our
// figures sit on the same scale as published ones: lower case, every non-[a-z0-9] run becomes a space,
// tokens longer than three characters are Porter-stemmed, Lsum is the summary-level union LCS over
// newline-separated sentences with clipped counts.
import { stemPorter } from './porter-stem.js';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

/** rouge_score's default tokenizer with stemming on. */
export function tokenizeForRouge(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw === '') continue;
    tokens.push(raw.length > 3 ? stemPorter(raw) : raw);
  }
  return tokens;
}

function fMeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 between token lists. */
export function scoreNgrams(reference: string[], candidate: string[], n: number): number {
  const ref = countNgrams(reference, n);
  const cand = countNgrams(candidate, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, cand.get(gram) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const candTotal = Math.max(candidate.length - n + 1, 0);
  return fMeasure(overlap / Math.max(candTotal, 1), overlap / Math.max(refTotal, 1));
}

/** Indices into `ref` of one longest common subsequence with `cand` (rouge_score's backtracking order). */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const cols = cand.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= cand.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  const indices: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) j--;
    else i--;
  }
  return indices.reverse();
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const t of sentence) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level LCS F1 between lists of tokenized sentences. */
export function scoreLsum(reference: string[][], candidate: string[][]): number {
  const refLength = reference.reduce((sum, s) => sum + s.length, 0);
  const candLength = candidate.reduce((sum, s) => sum + s.length, 0);
  if (refLength === 0 || candLength === 0) return 0;
  const refCounts = countTokens(reference);
  const candCounts = countTokens(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const index of lcsIndices(sentence, c)) union.add(index);
    // Clip by the tokens left on both sides so a word is never counted twice.
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = sentence[index] as string;
      const r = refCounts.get(token) ?? 0;
      const c = candCounts.get(token) ?? 0;
      if (r > 0 && c > 0) {
        hits++;
        refCounts.set(token, r - 1);
        candCounts.set(token, c - 1);
      }
    }
  }
  return fMeasure(hits / candLength, hits / refLength);
}

function splitLines(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map(tokenizeForRouge);
}

/** ROUGE F1 scores of `candidate` against `reference`; sentences are separated by newlines for Lsum. */
export function scoreRouge(reference: string, candidate: string): RougeScores {
  const ref = tokenizeForRouge(reference);
  const cand = tokenizeForRouge(candidate);
  return {
    rouge1: scoreNgrams(ref, cand, 1),
    rouge2: scoreNgrams(ref, cand, 2),
    rougeLsum: scoreLsum(splitLines(reference), splitLines(candidate)),
  };
}
