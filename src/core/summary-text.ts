// Word-level helpers shared by the summarizer and the baselines: content words with a light stemmer
// (cheap enough for the per-article budget), sparse vectors and cosine similarity.
import { STOPWORDS } from './stopwords.js';

export type TermVector = Map<string, number>;

/** Strip the commonest English inflections so "markets" and "market" meet; not a full stemmer. */
function normalizeWord(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** All word tokens of a sentence, lower case. */
export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Content words: not stopwords, not one-letter, normalized. */
export function contentWords(tokens: string[]): string[] {
  const words: string[] = [];
  for (const t of tokens) {
    if (t.length < 2 || STOPWORDS.has(t)) continue;
    const apostrophe = t.search(/['’]/);
    if (apostrophe > 0 && STOPWORDS.has(t.slice(0, apostrophe))) continue;
    words.push(normalizeWord(t));
  }
  return words;
}

export function countTerms(words: string[]): TermVector {
  const v: TermVector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

export function norm(v: TermVector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine similarity; pass precomputed norms when comparing many pairs. */
export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (normA * normB);
}

/** Inverse sentence frequency: terms found in every sentence weigh little. */
export function inverseFrequencies(sentenceTerms: TermVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of sentenceTerms) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = sentenceTerms.length;
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

export function weightTerms(terms: TermVector, idf: Map<string, number>): TermVector {
  const v: TermVector = new Map();
  for (const [t, tf] of terms) v.set(t, (1 + Math.log(tf)) * (idf.get(t) ?? 1));
  return v;
}
