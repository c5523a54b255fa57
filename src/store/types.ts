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
/** Either highlight mark, everywhere in a snippet: for taking them out. */
export const HIGHLIGHT_MARKS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'gu');
/** Words of a snippet cut from the spaced column, where each Chinese, Japanese or Korean character is one. */
export const CJK_SNIPPET_TOKENS = 48;

/** What the loader remembers of a file it read, to skip it when unchanged. */
export interface FileRecord {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  articleIds: string[];
  /** The version of Herald's reading and analysis that stored it (READER_VERSION); 0 before it was kept. */
  readerVersion: number;
}

/** What a file's size and time were when it was loaded, and whether every article it holds is still stored. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  complete: boolean;
  /** As FileRecord.readerVersion. */
  readerVersion: number;
}

/** What letting go of a file left behind. */
export interface Released {
  /** Articles no file holds any more: they leave the store. */
  orphans: string[];
  /** Other files that hold an article last stored from the released file: reloading one keeps its text current. */
  holders: string[];
}

export interface Subscription {
  id: number;
  guildId: string;
  channelId: string;
  name: string | null;
  /** What the admin typed ("daily 09:00") and the cron expression it became. */
  schedule: string;
  cron: string;
  timeZone: string;
  topic: string | null;
  maxItems: number;
  createdBy: string | null;
  createdAt: number;
  pausedReason: string | null;
  /** The slot (ms) of the previous digest actually posted; the next one covers what came after it. */
  lastDigestAt: number | null;
}

export type NewSubscription = Omit<Subscription, 'id' | 'pausedReason' | 'lastDigestAt'>;

export type DeliveryStatus = 'sending' | 'sent' | 'empty' | 'failed' | 'paused';

export interface Delivery {
  subscriptionId: number;
  slot: number;
  status: DeliveryStatus;
  nonce: string;
  periodStart: number;
  periodEnd: number;
  articleIds: string[];
  messageId: string | null;
  error: string | null;
  attempts: number;
  updatedAt: number;
}
