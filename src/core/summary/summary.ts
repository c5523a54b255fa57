// Extractive summary: pick the sentences that best stand for the article. Unsupervised and deterministic.
// For several sentences, news puts its main point first, so position is the strongest signal (Lead-N is a
// hard baseline); we add centrality (similarity to the article's TF-IDF centroid and to the title),
// prefer sentences of a summary-like length written in the reporter's voice, and drop near-duplicates.
// For one line, position gives way to consensus: the sentence closest to the line a reader would write,
// made of the words the rest of the article (and its headline) repeats: a minimum-Bayes-risk pick, with
// what the article's sentences share standing in for the unseen summary.
// Which scored sentences make the summary is summary-choose.ts's part.
import { cjkWordEstimate, hasCjk } from '../text/cjk-spacing.js';
import type { SentenceSpan } from '../types.js';
import type { WorkCount } from '../work.js';
import { describeSentence, isFurniture, isHeadline } from './summary-filters.js';
import { ONE_LINE_WEIGHTS, SUMMARY_WEIGHTS, type SummaryWeights } from './summary-weights.js';
import {
  type Candidate,
  chooseByScore,
  chooseReaderSummary,
  MAX_READER_SENTENCES,
} from './summary-choose.js';
import {
  createTermTable,
  readTerms,
  resetTermTable,
  tableFloats,
  type TermBag,
  type TermTable,
} from './summary-terms.js';
import {
  dotDense,
  echoOverlapF1,
  inverseFrequencies,
  scatter,
  weightTerms,
  type Floats,
  type TermVector,
} from './summary-text.js';

export interface SummaryOptions {
  count: number;
  /** The reader named the count: give that many, never a reader's summary that stops at two. */
  exact?: boolean;
  title?: string;
  /** ISO 639-1 code of the article's language: a one-line summary passes over its leaning openers too. */
  language?: string;
  /** Counts the sentences read and the pairs compared (tests only). */
  work?: WorkCount;
}

/**
 * A news article states its story at the top, so the summary is chosen from its opening: the first 400
 * sentences, starting within its first 100,000 characters (about 15,000 words, a long read). This keeps
 * the one-line summary's comparison of every pair of candidates bounded whatever the article's length
 * (a 20 MB file has some 150,000 sentences), and leaves every article of ordinary length unchanged.
 */
export const MAX_SUMMARY_SENTENCES = 400;
export const MAX_SUMMARY_CHARS = 100_000;

/** How many sentences, from the first, the summariser reads: at least one. */
export function summaryWindow(sentences: SentenceSpan[]): number {
  const limit = Math.min(sentences.length, MAX_SUMMARY_SENTENCES);
  let n = 0;
  while (n < limit && (n === 0 || (sentences[n] as SentenceSpan)[0] < MAX_SUMMARY_CHARS)) n++;
  return n;
}

interface Article {
  /** The sentences read: the first `window` of the article (see summaryWindow). */
  window: number;
  /** All the article's sentences, read or not. */
  total: number;
  /** Sentences that may stand in a summary, in document order. */
  eligible: Candidate[];
  /** Indices of sentences kept out only as furniture or empty: the last resort for an exact count. */
  spare: number[];
  /** Indices of leading headline lines: used only when nothing else is left. */
  headlines: number[];
  titleBag: TermBag | null;
  /** Size of the article's word-id space. */
  wordIds: number;
  /** Eligible sentences of at least so many words, by that minimum: one array per list, see features. */
  long: Map<number, Candidate[]>;
  /**
   * What scoring derives from each candidate list: the three-sentence and one-line summaries usually
   * score the same list (the same array, as `long` keeps it), whose features are worked out once.
   */
  features: Map<Candidate[], Features>;
  /** Zeroed numbers for the work on this article, from the summarizer's reused storage. */
  floats: Floats;
}

/** What scoring derives from a candidate list alone, whatever the weights. */
interface Features {
  weighted: TermVector[];
  centroid: Float64Array;
  centroidNorm: number;
  degree: Float64Array;
  maxDegree: number;
  titleVector: TermVector | null;
  titleBag: TermBag | null;
}

function toCountVector(bag: TermBag): TermVector {
  let sum = 0;
  for (const c of bag.counts) sum += c * c;
  return { ids: bag.ids, weights: bag.counts, norm: Math.sqrt(sum) };
}

/** The last article a summarizer read, with what it was read from. */
interface LastRead {
  text: string;
  sentences: SentenceSpan[];
  title: string | undefined;
  article: Article;
}

/**
 * What one summarizer keeps between calls: the last article read, and the word table whose storage
 * every article it reads reuses (its bags, vectors and arrays over word ids are views of it).
 */
interface Memory {
  last: LastRead | null;
  table: TermTable | null;
}

/**
 * The three-sentence and the one-line summary of an article are asked for one after the other over the
 * same text and spans: the article is read once for both. (Reading does not depend on the weights.) The
 * last article read is kept in `memory`, which belongs to one summarizer; reading another article
 * writes over the storage of the last.
 */
function readArticle(
  memory: Memory,
  text: string,
  sentences: SentenceSpan[],
  title: string | undefined,
  work: WorkCount | undefined,
): Article {
  const last = memory.last;
  if (last && last.text === text && last.sentences === sentences && last.title === title) return last.article;
  const article = readArticleAnew(memory, text, sentences, title);
  if (work) work.summaryCandidates += article.window;
  memory.last = { text, sentences, title, article };
  return article;
}

function readArticleAnew(
  memory: Memory,
  text: string,
  sentences: SentenceSpan[],
  title: string | undefined,
): Article {
  const window = summaryWindow(sentences);
  const read = sentences.slice(0, window);
  const length = window === 0 ? 0 : (read[window - 1] as SentenceSpan)[1] - (read[0] as SentenceSpan)[0];
  memory.last = null;
  if (memory.table) resetTermTable(memory.table, length);
  else memory.table = createTermTable(length);
  const table = memory.table;
  const article: Article = {
    window,
    total: sentences.length,
    eligible: [],
    spare: [],
    headlines: [],
    titleBag: null,
    wordIds: 0,
    long: new Map(),
    features: new Map(),
    floats: (n) => tableFloats(table, n),
  };
  // Chinese and Japanese run their words together: a sentence's length is told by its characters.
  const runTogether = hasCjk(text);
  read.forEach(([s, e], index) => {
    const bag = readTerms(text, s, e, table);
    const sentence = text.slice(s, e);
    const words = runTogether ? Math.max(bag.wordCount, cjkWordEstimate(sentence)) : bag.wordCount;
    const facts = describeSentence(sentence, words);
    if (bag.wordCount > 0 && article.eligible.length === 0 && index <= 1) {
      const followedByNewline = /^[ \t]*\r?\n/.test(text.slice(e, e + 4));
      if (isHeadline(facts, title, followedByNewline)) {
        article.headlines.push(index);
        return;
      }
    }
    if (bag.wordCount === 0 || isFurniture(facts)) {
      article.spare.push(index);
      return;
    }
    article.eligible.push({ index, facts, bag, counts: toCountVector(bag) });
  });
  if (title) article.titleBag = readTerms(title, 0, title.length, table);
  article.wordIds = table.size;
  return article;
}

function scoreCandidates(candidates: Candidate[], article: Article, w: SummaryWeights): number[] {
  const termCount = article.wordIds;
  let features = article.features.get(candidates);
  if (!features) {
    features = describeCandidates(candidates, article);
    article.features.set(candidates, features);
  }
  return scoreWith(candidates, termCount, features, w, article.floats);
}

function describeCandidates(candidates: Candidate[], article: Article): Features {
  const termCount = article.wordIds;
  // Arrays built by push and a typed array: the arrays `map` returns are holey or packed, of small
  // integers or of doubles, from one article to the next, and the loops over them met every kind.
  const bags: TermBag[] = [];
  for (const c of candidates) bags.push(c.bag);
  const { floats } = article;
  const idf = inverseFrequencies(bags, termCount, floats);
  const weighted: TermVector[] = [];
  for (const bag of bags) weighted.push(weightTerms(bag, idf, floats));
  // Degree centrality, the summed cosine to every other sentence, without comparing pairs: with unit
  // vectors u, sum over j != i of u_i·u_j = u_i·(sum of all u) - 1.
  const centroid = floats(termCount);
  const unitSum = floats(termCount);
  for (const v of weighted) {
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k] as number;
      const x = v.weights[k] as number;
      centroid[t] = (centroid[t] as number) + x;
      if (v.norm > 0) unitSum[t] = (unitSum[t] as number) + x / v.norm;
    }
  }
  let centroidNorm = 0;
  for (const x of centroid) centroidNorm += x * x;
  centroidNorm = Math.sqrt(centroidNorm);
  const degree = floats(weighted.length);
  for (let i = 0; i < weighted.length; i++) {
    const v = weighted[i] as TermVector;
    degree[i] = v.norm === 0 ? 0 : dotDense(v, unitSum) / v.norm - 1;
  }
  let maxDegree = 1e-9;
  for (const d of degree) if (d > maxDegree) maxDegree = d;
  const titleVector = article.titleBag ? weightTerms(article.titleBag, idf, floats) : null;
  return { weighted, centroid, centroidNorm, degree, maxDegree, titleVector, titleBag: article.titleBag };
}

function scoreWith(
  candidates: Candidate[],
  termCount: number,
  features: Features,
  w: SummaryWeights,
  floats: Floats,
): number[] {
  const { weighted, centroid, centroidNorm, degree, maxDegree, titleVector } = features;
  // The title spread over word ids once, for its cosine with every candidate.
  let titleDense: Float64Array | null = null;
  if (titleVector && titleVector.norm > 0) {
    titleDense = floats(termCount);
    scatter(titleVector, titleDense);
  }
  const consensus = w.consensus ? scoreConsensus(candidates, termCount, features.titleBag, floats) : null;
  return candidates.map((c, rank) => {
    const v = weighted[rank] as TermVector;
    const toCentroid = v.norm > 0 && centroidNorm > 0 ? dotDense(v, centroid) / (v.norm * centroidNorm) : 0;
    let score = w.position * Math.exp(-rank / w.decay) + w.centroid * toCentroid;
    score += (w.degree * (degree[rank] as number)) / maxDegree;
    if (titleVector && titleDense && v.norm > 0) {
      score += (w.title * dotDense(v, titleDense)) / (titleVector.norm * v.norm);
    }
    if (consensus) score += w.consensus * (consensus[rank] as number);
    const words = c.facts.wordCount;
    if (words < w.minWords * 2) score -= (w.shortPenalty * (w.minWords * 2 - words)) / (w.minWords * 2);
    score -= w.lengthWeight * Math.abs(Math.log(Math.max(words, 1) / w.targetWords));
    if (c.facts.question) score -= w.questionPenalty;
    if (c.facts.quoted) score -= w.quotePenalty;
    if (!c.facts.terminated) score -= w.shortPenalty;
    return score;
  });
}

/**
 * How long the line a reader would write is, in words: a one-sentence summary of a whole news story runs
 * to about 23 words (a line of a three-sentence summary is shorter: CNN/DailyMail's highlights, 16). The
 * choice is not sensitive to it: 16 to 24 words all beat the pairwise consensus it replaced on XSum.
 */
const READER_LINE_WORDS = 23;

/** Each candidate's overlap F1 with the line a reader would write (see echoOverlapF1), scaled so the best has 1. */
function scoreConsensus(
  candidates: Candidate[],
  wordIds: number,
  headline: TermBag | null,
  floats: Floats,
): Float64Array {
  const sums = echoOverlapF1(
    candidates.map((c) => c.bag),
    wordIds,
    READER_LINE_WORDS,
    headline,
    floats,
  );
  let max = 0;
  for (const x of sums) max = Math.max(max, x);
  if (max > 0) for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] as number) / max;
  return sums;
}

/**
 * Indices of min(count, sentences) summary sentences, in document order; a reader's summary of up to
 * three may stop at two (see summary-choose.ts).
 */
function summarizeWith(
  memory: Memory,
  text: string,
  sentences: SentenceSpan[],
  options: SummaryOptions,
  w: SummaryWeights,
): number[] {
  const count = Math.min(Math.floor(options.count), sentences.length);
  if (!(count > 0)) return [];
  const article = readArticle(memory, text, sentences, options.title, options.work);
  // Very short fragments only when the article has nothing better.
  let long = article.long.get(w.minWords);
  if (!long) {
    long = article.eligible.filter((c) => c.facts.wordCount >= w.minWords);
    article.long.set(w.minWords, long);
  }
  const candidates = long.length >= count ? long : article.eligible;
  const scores = scoreCandidates(candidates, article, w);
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const { chosen, whole } =
    !options.exact && w.expectedWords > 0 && count > 1 && count <= MAX_READER_SENTENCES
      ? chooseReaderSummary(candidates, order, scores, count, w, article.wordIds, article.floats)
      : {
          chosen: chooseByScore(
            candidates,
            order,
            count,
            w,
            article.wordIds,
            article.floats,
            options.language,
          ),
          whole: false,
        };
  const picked = chosen.map((i) => (candidates[i] as Candidate).index);
  // A reader's summary that stopped at two lines is whole: a third would only lengthen it.
  if (picked.length < count && !whole) fillUp(picked, count, order, candidates, article);
  return picked.sort((a, b) => a - b);
}

/**
 * Callers are promised min(count, sentences) indices (a reader's summary that stops at two is whole:
 * `count` is then two). When the filters leave too few, take the
 * best-scored sentences skipped as near-duplicates, then the short ones, then furniture in document
 * order, then the headline, and sentences beyond the window read only as the very last resort.
 */
function fillUp(
  picked: number[],
  count: number,
  order: number[],
  candidates: Candidate[],
  article: Article,
): void {
  const taken = new Set(picked);
  const take = (index: number): void => {
    if (picked.length < count && !taken.has(index)) {
      taken.add(index);
      picked.push(index);
    }
  };
  for (const i of order) take((candidates[i] as Candidate).index);
  for (const c of article.eligible) take(c.index);
  for (const index of article.spare) take(index);
  for (const index of article.headlines) take(index);
  for (let index = article.window; index < article.total && picked.length < count; index++) take(index);
}

/**
 * Indices of min(count, sentences) summary sentences of the article body, in document order; for a count
 * of three, two when the third would only lengthen the summary.
 */
export type Summarizer = (text: string, sentences: SentenceSpan[], options: SummaryOptions) => number[];

/**
 * A summarizer that remembers the last article it read (see readArticle). The weights are the shipped
 * ones; the evaluation's sweeps pass others.
 */
export function createSummarizer(several = SUMMARY_WEIGHTS, oneLine = ONE_LINE_WEIGHTS): Summarizer {
  const memory: Memory = { last: null, table: null };
  return (text, sentences, options) =>
    summarizeWith(memory, text, sentences, options, options.count === 1 ? oneLine : several);
}
