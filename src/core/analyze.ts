// One pass of the whole analysis over an article body; the store keeps what it returns. The word table,
// the recent scans, the per-word caches, the scratch buffers and the last article read belong to an
// Analyzer, made by the caller (ingest owns one): the core keeps no state of its own, and two analyzers
// never share anything, so results do not depend on what else was analysed or in which order.
import { createEntityReader, type EntityReader } from './entities/entities.js';
import {
  createKeywordReader,
  withFullNames,
  type DocumentFrequencies,
  type KeywordReader,
} from './keywords/index.js';
import { extractSegmentedKeywords, needsSegmenter } from './keywords/segmented-keywords.js';
import { keywordFoldOf, readFolded } from './keywords/keyword-folds.js';
import { withHeadlineNames } from './keywords/headline-names.js';
import { attributeForeignQuotes } from './quotes/foreign-speakers.js';
import { findQuotes } from './quotes/quotes.js';
import { createSketcher, type Sketch } from './story/minhash.js';
import { createSummarizer, type Summarizer } from './summary/summary.js';
import { splitSentences } from './text/sentences.js';
import { createWords, type Words } from './text/tokens.js';
import type { Analysis } from './types.js';
import type { WorkCount } from './work.js';

export const DEFAULT_SUMMARY_SENTENCES = 3;
const KEYWORDS = 10;
const MAX_HEADLINE_CHARS = 300;

export interface AnalysisInput {
  /** The body: the article without its headline. */
  text: string;
  title?: string | undefined;
  /**
   * ISO 639-1 code of the text's language (found outside the core). Speakers and entities come from
   * English rules, so only English (the default) gets them; other languages get none rather than junk.
   */
  language?: string | undefined;
  /** Stop words of that language, lower case, kept out of the keywords on top of the English ones. */
  stopwords?: ReadonlySet<string> | undefined;
  /** The archive's document counts for keyword weights (the store's); a shipped table stands in for the rest. */
  documentFrequencies?: DocumentFrequencies | undefined;
}

export interface AnalysisOptions {
  /** Summary sentences, exactly; without, the default summary (three, or two when a third adds little). */
  sentences?: number;
  /** Counts the steps whose number could grow faster than the text (tests only). */
  work?: WorkCount;
}

/** The analysis and its parts, sharing one word table and one set of caches. */
export interface Analyzer {
  /** Every part of the analysis costs time and memory in proportion to the text's length, or less. */
  analyze(input: AnalysisInput, options?: AnalysisOptions): Analysis;
  /** Indices of summary sentences (see core/summary); reuses the article just analysed. */
  summarize: Summarizer;
  extractKeywords: KeywordReader;
  extractEntities: EntityReader;
  /** MinHash signature and shingle count of the text's 3-word shingles of content words. */
  sketchStory(text: string): Sketch;
  /** The signature alone (64 unsigned 32-bit values). */
  storySignature(text: string): number[];
  /** The word table and scans the parts share (tests read tokens through it). */
  words: Words;
}

/**
 * A fresh analyzer: its own word table, caches and scratch buffers. `maxWords`: how many distinct words
 * the table holds before it starts again, empty (tests set a small one to start it again often).
 */
export function createAnalyzer(options: { maxWords?: number } = {}): Analyzer {
  const words = createWords(options.maxWords);
  const summarize = createSummarizer();
  const extractKeywords = createKeywordReader(words);
  const extractEntities = createEntityReader(words);
  const sketchStory = createSketcher(words);
  const storySignature = (text: string): number[] => sketchStory(text).signature;
  const analyze = (input: AnalysisInput, options: AnalysisOptions = {}): Analysis => {
    const { text, title, stopwords } = input;
    const language = input.language ?? 'en';
    const english = language === 'en';
    const { work } = options;
    // The body's words are scanned once, first: the entity reader's headline-and-body text then scans
    // only the headline (see tokens.ts), and keywords and the story signature reuse the same scan.
    words.scanWords(text);
    const sentences = splitSentences(text, language);
    const count = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
    const exact = options.sentences !== undefined;
    const summaryOptions = {
      count,
      exact,
      language,
      ...(title === undefined ? {} : { title }),
      ...(work === undefined ? {} : { work }),
    };
    const entities = english
      ? extractEntities(title ? `${title}\n\n${text}` : text, work)
      : { people: [], organizations: [], places: [] };
    // min(count, sentences) indices, or two when a default summary's third would only lengthen it.
    const summary = summarize(text, sentences, summaryOptions);
    // Other languages: the keyword reader, and where the language writes one noun or name in several
    // forms (German numbers, Slavic cases, Scandinavian definite endings), those forms folded into one.
    const readOtherKeywords = (): string[] => {
      const read = (limit: number) =>
        extractKeywords(text, title, limit, stopwords, input.documentFrequencies, false, language);
      const fold = keywordFoldOf(language);
      return fold === null
        ? read(KEYWORDS)
        : readFolded(read, fold, title ? `${title}\n\n${text}` : text, KEYWORDS);
    };
    return {
      sentences,
      summary,
      // English cues are read with the quotes; a few other languages' plainest cues after them.
      quotes: english
        ? findQuotes(text, work, true)
        : attributeForeignQuotes(text, findQuotes(text, work, false), language, stopwords ?? new Set()),
      keywords: needsSegmenter(language)
        ? extractSegmentedKeywords(text, language, stopwords ?? new Set(), title)
        : english
          ? withHeadlineNames(
              withFullNames(
                // A few spare keywords stand in for the pieces that merge into one name.
                extractKeywords(text, title, KEYWORDS + 5, stopwords, input.documentFrequencies),
                entities,
                KEYWORDS,
              ),
              entities,
              title,
              text,
              KEYWORDS,
            )
          : readOtherKeywords(),
      entities,
      signature: storySignature(text),
    };
  };
  return { analyze, summarize, extractKeywords, extractEntities, sketchStory, storySignature, words };
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
export function strongestQuote<Q extends { text: string; partial: boolean; speaker: unknown }>(
  quotes: Q[],
): Q | null {
  let best: Q | null = null;
  let bestScore = -Infinity;
  for (const q of quotes) {
    const words = q.text.split(/\s+/).length;
    const score =
      (q.speaker ? 1000 : 0) + (q.partial ? 0 : 500) + Math.min(words, 60) - Math.max(0, words - 60);
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}
