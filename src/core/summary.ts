// Extractive summary: pick the sentences that best stand for the article. Unsupervised and deterministic.
// News puts its main point first, so position is the strongest signal (Lead-N is a hard baseline); we add
// centrality (similarity to the article's TF-IDF centroid and to the title), prefer sentences of a
// summary-like length written in the reporter's voice, and drop near-duplicates.
import type { SentenceSpan } from './types.js';
import { describeSentence, isFurniture, isHeadline, type SentenceFacts } from './summary-filters.js';
import {
  contentWords,
  cosine,
  countTerms,
  inverseFrequencies,
  norm,
  tokenizeWords,
  weightTerms,
  type TermVector,
} from './summary-text.js';

export interface SummaryOptions {
  count: number;
  title?: string;
}

/** Feature weights; exported for the evaluation's sweeps, not for callers. */
export interface SummaryWeights {
  position: number;
  /** How fast the position prior decays, in sentences. */
  decay: number;
  centroid: number;
  /** Weight of degree centrality (summed similarity to the other sentences, TextRank's first step). */
  degree: number;
  title: number;
  shortPenalty: number;
  questionPenalty: number;
  quotePenalty: number;
  /** Cosine above which a candidate repeats an already chosen sentence. */
  redundancy: number;
  minWords: number;
  /** Pull towards sentences of about `targetWords` words. */
  lengthWeight: number;
  targetWords: number;
}

export const SUMMARY_WEIGHTS: SummaryWeights = {
  position: 1,
  decay: 3,
  centroid: 0.3,
  degree: 0.15,
  title: 0.1,
  shortPenalty: 0.3,
  questionPenalty: 0.3,
  quotePenalty: 0.15,
  redundancy: 0.5,
  minWords: 6,
  lengthWeight: 0.2,
  targetWords: 25,
};

interface Candidate {
  index: number;
  facts: SentenceFacts;
  vector: TermVector;
}

function collectCandidates(text: string, sentences: SentenceSpan[], title: string | undefined): Candidate[] {
  const candidates: Candidate[] = [];
  sentences.forEach(([s, e], index) => {
    const tokens = tokenizeWords(text.slice(s, e));
    const facts = describeSentence(text.slice(s, e), tokens.length);
    if (tokens.length === 0 || isFurniture(facts)) return;
    if (candidates.length === 0 && index <= 1) {
      const followedByNewline = /^[ \t]*\r?\n/.test(text.slice(e, e + 4));
      if (isHeadline(facts, title, followedByNewline)) return;
    }
    candidates.push({ index, facts, vector: countTerms(contentWords(tokens)) });
  });
  return candidates;
}

function scoreCandidates(candidates: Candidate[], title: string | undefined, w: SummaryWeights): number[] {
  const idf = inverseFrequencies(candidates.map((c) => c.vector));
  const weighted = candidates.map((c) => weightTerms(c.vector, idf));
  const centroid: TermVector = new Map();
  for (const v of weighted) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x);
  const norms = weighted.map(norm);
  // Degree centrality, the summed cosine to every other sentence, without comparing pairs: with unit
  // vectors u, sum over j != i of u_i·u_j = u_i·(sum of all u) - 1.
  const unitSum: TermVector = new Map();
  weighted.forEach((v, i) => {
    const n = norms[i] as number;
    if (n > 0) for (const [t, x] of v) unitSum.set(t, (unitSum.get(t) ?? 0) + x / n);
  });
  const degree = weighted.map((v, i) => {
    const n = norms[i] as number;
    if (n === 0) return 0;
    let dot = 0;
    for (const [t, x] of v) dot += (x / n) * (unitSum.get(t) ?? 0);
    return dot - 1;
  });
  const centroidNorm = norm(centroid);
  const maxDegree = Math.max(...degree, 1e-9);
  const titleVector = title ? weightTerms(countTerms(contentWords(tokenizeWords(title))), idf) : null;
  return candidates.map((c, rank) => {
    const v = weighted[rank] as TermVector;
    let score = w.position * Math.exp(-rank / w.decay) + w.centroid * cosine(v, centroid, norms[rank], centroidNorm);
    score += (w.degree * (degree[rank] as number)) / maxDegree;
    if (titleVector) score += w.title * cosine(v, titleVector);
    if (c.facts.wordCount < w.minWords * 2) score -= (w.shortPenalty * (w.minWords * 2 - c.facts.wordCount)) / (w.minWords * 2);
    score -= w.lengthWeight * Math.abs(Math.log(Math.max(c.facts.wordCount, 1) / w.targetWords));
    if (c.facts.question) score -= w.questionPenalty;
    if (c.facts.quoted) score -= w.quotePenalty;
    if (!c.facts.terminated) score -= w.shortPenalty;
    return score;
  });
}

/** Indices of up to `count` summary sentences, in document order. */
export function summarizeWith(
  text: string,
  sentences: SentenceSpan[],
  options: SummaryOptions,
  w: SummaryWeights,
): number[] {
  if (options.count <= 0) return [];
  const all = collectCandidates(text, sentences, options.title);
  // Very short fragments only when the article has nothing better.
  const long = all.filter((c) => c.facts.wordCount >= w.minWords);
  const candidates = long.length >= options.count ? long : all;
  const scores = scoreCandidates(candidates, options.title, w);
  const order = candidates.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const chosen: Candidate[] = [];
  for (const i of order) {
    if (chosen.length >= options.count) break;
    const c = candidates[i] as Candidate;
    if (chosen.some((d) => cosine(d.vector, c.vector) > w.redundancy)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => c.index).sort((a, b) => a - b);
}

/** Indices of up to `count` summary sentences of the article body, in document order. */
export function summarize(text: string, sentences: SentenceSpan[], options: SummaryOptions): number[] {
  return summarizeWith(text, sentences, options, SUMMARY_WEIGHTS);
}
