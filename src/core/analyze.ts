// One pass of the whole analysis over an article body. Pure; the store keeps what it returns.
import { extractEntities } from './entities/entities.js';
import { extractKeywords } from './keywords/keywords.js';
import { findQuotes } from './quotes/quotes.js';
import { storySignature } from './story/same-story.js';
import { splitSentences } from './text/sentences.js';
import { summarize } from './summary/summary.js';
import type { Analysis } from './types.js';
import type { WorkCount } from './work.js';

export const DEFAULT_SUMMARY_SENTENCES = 3;
const MAX_HEADLINE_CHARS = 300;

export interface AnalysisInput {
  /** The body: the article without its headline. */
  text: string;
  title?: string | undefined;
}

export interface AnalysisOptions {
  sentences?: number;
  /** Counts the steps whose number could grow faster than the text (tests only). */
  work?: WorkCount;
}

/** Every part of the analysis costs time and memory in proportion to the text's length, or less. */
export function analyzeText(input: AnalysisInput, options: AnalysisOptions = {}): Analysis {
  const { text, title } = input;
  const { work } = options;
  const sentences = splitSentences(text);
  const count = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  const summaryOptions = { count, ...(title === undefined ? {} : { title }), ...(work === undefined ? {} : { work }) };
  const summary = fillSummary(summarize(text, sentences, summaryOptions), count, sentences.length);
  return {
    sentences,
    summary,
    quotes: findQuotes(text, work),
    keywords: extractKeywords(text, title),
    entities: extractEntities(title ? `${title}\n\n${text}` : text, work),
    signature: storySignature(text),
  };
}

/** Exactly min(count, sentences) indices, in order: tops up with the earliest sentences not chosen. */
function fillSummary(chosen: number[], count: number, total: number): number[] {
  const want = Math.min(count, total);
  if (chosen.length >= want) return chosen.slice(0, want);
  const picked = new Set(chosen);
  for (let i = 0; i < total && picked.size < want; i++) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}

/**
 * Splits an article as stored into headline and body: the first line is the headline only when it is
 * at most 300 characters and a blank line follows it; otherwise the whole text is body.
 */
export function splitHeadline(stored: string): { title: string | undefined; bodyStart: number } {
  const match = /^[ \t]*([^\n]*?)[ \t]*\r?\n[ \t]*\r?\n/.exec(stored);
  if (!match || !match[1] || match[1].length > MAX_HEADLINE_CHARS) return { title: undefined, bodyStart: 0 };
  return { title: match[1], bodyStart: match[0].length };
}

/** The strongest quote: a full (not partial) quote with a speaker, the longest such. */
export function strongestQuote<Q extends { text: string; partial: boolean; speaker: unknown }>(quotes: Q[]): Q | null {
  let best: Q | null = null;
  let bestScore = -Infinity;
  for (const q of quotes) {
    const words = q.text.split(/\s+/).length;
    const score = (q.speaker ? 1000 : 0) + (q.partial ? 0 : 500) + Math.min(words, 60) - Math.max(0, words - 60);
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}
