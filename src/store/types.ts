import type { Entities, Quote, SentenceSpan } from '../core/types.js';

/** One article as the store keeps it: the parsed article, its analysis, and where it came from. */
export interface StoredArticle {
  id: string;
  title: string;
  standfirst: string | null;
  text: string;
  url: string | null;
  source: string | null;
  author: string | null;
  /** Milliseconds since the epoch. */
  published: number | null;
  ingestedAt: number;
  tags: string[];
  filePath: string | null;
  sentences: SentenceSpan[];
  /** Sentence indices of the default summary, in document order. */
  summary: number[];
  /** The one-sentence summary shown by /latest and digests. */
  headlineSummary: string;
  keywords: string[];
  entities: Entities;
  signature: number[];
  storyKey: string | null;
  quotes: Quote[];
}

export type ArticleHeader = Pick<
  StoredArticle,
  'id' | 'title' | 'url' | 'source' | 'published' | 'ingestedAt' | 'headlineSummary' | 'keywords'
>;

export interface SearchHit extends ArticleHeader {
  snippet: string;
}

/** Hits on one page of search results, in the bot and in the CLI. */
export const SEARCH_PAGE_SIZE = 5;

export interface SearchPage {
  /** Matches counted, at most RANKED_MATCHES (then `capped`). */
  total: number;
  capped: boolean;
  /** Terms past MAX_QUERY_TERMS that were left out of the search (0 for any ordinary query). */
  ignoredTerms: number;
  hits: SearchHit[];
}

export interface StoredQuote {
  articleId: string;
  articleTitle: string;
  url: string | null;
  published: number | null;
  text: string;
  partial: boolean;
  mention: string | null;
  speaker: string | null;
  role: string | null;
}

/** Snippet highlight markers; the renderer turns them into bold text after escaping. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
