// The Store interface: what operations, services, the loader and the CLI may ask of the database.
// The SQLite implementation (index.ts and its repositories) is one module behind it; nothing outside
// src/store/ sees a database handle, so a fake or a PostgreSQL store can stand in.
import type {
  ArticleHeader,
  Delivery,
  DeliveryStatus,
  FileRecord,
  FileStamp,
  NewSubscription,
  Released,
  SearchPage,
  StoredArticle,
  StoredQuote,
  Subscription,
} from './types.js';
import type { FeedStore } from './feeds.js';
import type { PostStore } from './posts.js';
import type { StatusQueries } from './status.js';

export interface ArticleStore {
  /** Inserts or replaces articles (with their quotes) in one transaction. */
  upsert(articles: StoredArticle[]): void;
  get(id: string): StoredArticle | null;
  delete(ids: string[]): void;
  latest(options: { topic?: string | null; limit: number }): ArticleHeader[];
  search(query: string, options: { limit: number; offset: number }): SearchPage;
  /** Headlines for autocomplete: the newest whose headline words start with what was typed. */
  headlines(typed: string, limit: number): Array<{ id: string; title: string }>;
  count(): number;
  /**
   * In how many articles each word of the full-text index appears (keys as its porter tokenizer spells
   * them), words in at least `minArticles`; the keyword reader's IDF table.
   */
  documentFrequencies(minArticles: number): { documents: number; counts: Map<string, number> };
  newest(): ArticleHeader | null;
  /** Articles stored after `since` up to `until` (ingest time), newest first. */
  ingestedBetween(since: number, until: number, limit: number): StoredArticle[];
  /** Articles whose news time (publication, or first stored when undated) is in (since, until], newest first. */
  publishedBetween(
    since: number,
    until: number,
    limit: number,
    options?: { topic?: string | null },
  ): StoredArticle[];
}

export interface QuoteStore {
  /** Quotes of an article, a speaker (case-insensitive, any part of the name), or both; newest first. */
  find(options: { articleId?: string | null; speaker?: string | null; limit: number }): StoredQuote[];
  /** Speaker names for autocomplete, most quoted first. */
  speakers(typed: string, limit: number): string[];
}

export interface FileStore {
  get(path: string): FileRecord | null;
  isComplete(path: string): boolean;
  stampsIn(folder: string, separator: string): Map<string, FileStamp>;
  countUnder(folder: string, separator: string): number;
  pathsUnder(folder: string, separator: string): string[];
  put(record: FileRecord): Released;
  touch(path: string, size: number, mtimeMs: number): void;
  remove(path: string): Released;
  otherHolders(articleId: string, path: string): string[];
  holders(articleId: string): number;
}

export interface MetaStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface SubscriptionStore {
  add(s: NewSubscription): Subscription;
  get(id: number): Subscription | null;
  forGuild(guildId: string): Subscription[];
  all(): Subscription[];
  /** Removes a subscription of this server; false when it has no such subscription. */
  remove(id: number, guildId: string): boolean;
  setPaused(id: number, reason: string | null): void;
  /** Pauses every running subscription posting to a channel; returns their ids. */
  pauseChannel(channelId: string, reason: string): number[];
  setLastDigest(id: number, slot: number): void;
}

export interface DeliveryStore {
  get(subscriptionId: number, slot: number): Delivery | null;
  /** Records a run before it is sent; false when it is already recorded (and not a failure to retry). */
  begin(d: Omit<Delivery, 'messageId' | 'error' | 'attempts'>): boolean;
  /** Marks a run sent and remembers its articles, so no later digest repeats them. */
  markSent(subscriptionId: number, slot: number, messageId: string, articleIds: string[], at: number): void;
  mark(subscriptionId: number, slot: number, status: DeliveryStatus, error: string | null, at: number): void;
  sentArticleIds(subscriptionId: number): Set<string>;
  unfinished(): Delivery[];
  latest(subscriptionId: number): Delivery | null;
  lastSlot(subscriptionId: number): number | null;
  forgetSubscription(subscriptionId: number): void;
}

/** Who holds a unit of periodic work, until when (ms). */
export interface Lease {
  key: string;
  holder: string;
  expiresAt: number;
  /** When this holder took it (kept across renewals). */
  claimedAt: number;
}

/**
 * Leases on units of periodic work, so each is done by one process at a time. Keys are plain strings
 * (`feed:12`, `posts:<channel>`, `digest:3:<slot>`, `watcher`); times are passed in, never read here.
 */
export interface LeaseStore {
  /**
   * Takes the lease until `now + ttlMs` when the key is free, its lease expired (`expiresAt <= now`), or
   * it is already this holder's (then extends it). Atomic: of two racing claimants one wins. True when held.
   */
  claim(key: string, holder: string, now: number, ttlMs: number): boolean;
  /** Extends to `now + ttlMs` those of `keys` this holder still holds; returns them (the others were taken). */
  renew(holder: string, keys: readonly string[], now: number, ttlMs: number): string[];
  /** Keys this holder holds (expired or not), in key order. */
  heldBy(holder: string): string[];
  get(key: string): Lease | null;
  /** Gives a lease up if this holder holds it; true when it did. */
  release(key: string, holder: string): boolean;
  /** Gives up every lease of this holder (on shutdown); returns how many. */
  releaseAll(holder: string): number;
}

export interface Store {
  /** Where the store lives, for messages to the operator. */
  readonly path: string;
  articles: ArticleStore;
  quotes: QuoteStore;
  files: FileStore;
  meta: MetaStore;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  /** Feeds and their items (typed from the SQLite repository for now: written-out interfaces are still to do). */
  feeds: FeedStore;
  /** Live-post subscriptions, the post ledger and per-server settings (typed as `feeds` is). */
  posts: PostStore;
  /** Read-only counts and lists for the status page (typed as `feeds` is). */
  status: StatusQueries;
  /** Which process holds which unit of periodic work. */
  leases: LeaseStore;
  /**
   * Runs `fn` as one write transaction that takes the write lock at its start (SQLite: BEGIN
   * IMMEDIATE), so two processes never both read and then both try to write. Nested calls join it.
   */
  transaction<T>(fn: () => T): T;
  /**
   * Runs a bulk load (`fn`, which writes in its own transactions): SQLite then checkpoints its
   * write-ahead log seldom, and once at the end, instead of every thousand pages; the setting it had is
   * restored after, failure or not. Nested or overlapping calls share one. PostgreSQL just runs `fn`.
   */
  bulkWrites<T>(fn: () => Promise<T>): Promise<T>;
  /** Bytes on disk, the write-ahead log included (0 for a store in memory). */
  sizeOnDisk(): number;
  close(): void;
}
