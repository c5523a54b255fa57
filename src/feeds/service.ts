// What can be done with feeds: add one (checked by fetching it), poll one, pause, resume, remove. Shared
// by the CLI and the bot's poller. Expected failures come back as problem codes; words are chosen at the edge.
import type { Store } from '../store/index.js';
import type { Feed, FullTextMode } from '../store/feeds.js';
import { decodeFeedBytes } from './decode.js';
import { commonFeedUrls, findFeedLinks, looksLikeHtml } from './discover.js';
import { checkUrl, type FetchFn, type FetchResult } from './fetcher.js';
import { parseFeedText, type FeedDocument } from './parse.js';
import { describeProblem, type FeedProblem } from './problems.js';
import {
  freshnessSeconds,
  MAX_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  planFailure,
  successDelaySeconds,
} from './schedule.js';
import { storeFeedItems } from './store-items.js';
import type { PoolOnDemand } from '../ingest/pool.js';
import { createFullTextReader, type LinkedPage } from './full-text.js';
import { itemKeys, itemsGoneFrom } from './items.js';
import { buildArticleId } from '../core/article/index.js';
import type { OpmlFeed } from './opml.js';
import { reanalyseFeedArticles } from './reanalyse.js';
import { isOutdated, READER_VERSION } from '../ingest/reader-version.js';

export interface FeedSettings {
  defaultIntervalSeconds: number;
  minIntervalSeconds: number;
}

export interface FeedServiceDeps {
  store: Store;
  fetch: FetchFn;
  now: () => number;
  /** A draw in [0, 1) for the jitter that spreads feeds added together. */
  random: () => number;
  settings: FeedSettings;
  /** Threads for a poll with many new items (see store-items.ts). */
  pool?: PoolOnDemand;
  /** The version of the analysis (READER_VERSION); a feed last read by a lower one is analysed again. */
  readerVersion?: number;
}

/** A feed's pause reason when a user paused it (the poller's pauses give the failure instead). */
export const PAUSED_BY_HAND = 'paused by hand';

export type PollOutcomeKind = 'new' | 'unchanged' | 'not-modified' | 'failed' | 'paused';

export interface PollOutcome {
  id: number;
  outcome: PollOutcomeKind;
  http: number | null;
  new: number;
  error: string | null;
}

export interface AddOptions {
  name?: string | null;
  intervalMinutes?: number | null;
  fullText?: FullTextMode;
}

export type AddResult = { ok: true; feed: Feed; items: number } | { ok: false; problem: FeedProblem };

type Fetched = Extract<FetchResult, { body: Buffer }>;

export function createFeedService(deps: FeedServiceDeps) {
  const { store, fetch, now, random, settings } = deps;
  const readerVersion = deps.readerVersion ?? READER_VERSION;
  const fullText = createFullTextReader(fetch);
  // Set on shutdown: polls cut short then leave the feed as it was instead of counting a failure.
  let halted = false;

  /** Full texts and page images for the teaser items of a document that the feed has not stored yet. */
  function linkedPagesFor(
    feed: Pick<Feed, 'id' | 'fullText'>,
    document: FeedDocument,
  ): Promise<Map<number, LinkedPage>> {
    if (feed.fullText === 'off') return Promise.resolve(new Map());
    const known = store.feeds.items(feed.id);
    const keys = itemKeys(document.entries);
    // An item under a new guid whose link names an item gone from the feed is that item (store-items.ts).
    const gone = itemsGoneFrom(known, keys);
    return fullText.forNewEntries(feed.fullText, document.entries, (i) => {
      if (known.has(keys[i] as string)) return false;
      const link = document.entries[i]?.link ?? null;
      return link === null || !gone.has(buildArticleId(link, '', ''));
    });
  }

  /** Fetches and parses a URL as a feed, following a page's feed links when given a web page. */
  async function readFeed(
    url: string,
  ): Promise<{ ok: true; fetched: Fetched; document: FeedDocument } | { ok: false; problem: FeedProblem }> {
    const first = await fetch({ url });
    if (!first.ok) return { ok: false, problem: first.problem };
    if (!('body' in first))
      return { ok: false, problem: { code: 'http', status: first.status, retryAfter: null } };
    const text = decodeFeedBytes(first.body, first.headers.contentType);
    const parsed = parseFeedText(text);
    if (parsed.ok) return { ok: true, fetched: first, document: parsed.document };
    if (!looksLikeHtml(first.headers.contentType, text))
      return { ok: false, problem: { code: 'not-a-feed', detail: parsed.reason } };
    const named = findFeedLinks(text, first.url);
    for (const candidate of named.length > 0 ? named : commonFeedUrls(first.url)) {
      const next = await fetch({ url: candidate });
      if (!next.ok || !('body' in next)) continue;
      const found = parseFeedText(decodeFeedBytes(next.body, next.headers.contentType));
      if (found.ok) return { ok: true, fetched: next, document: found.document };
    }
    const detail =
      named.length > 0
        ? 'the page links to feeds, but none of them could be read'
        : 'a web page that links to no feed';
    return { ok: false, problem: { code: 'not-a-feed', detail } };
  }

  function nextAfterSuccess(
    feed: Pick<Feed, 'intervalSeconds'>,
    fetched: { headers: Fetched['headers'] },
    ttlMinutes: number | null,
    at: number,
  ): number {
    const freshness = freshnessSeconds(
      { ttlMinutes, cacheControl: fetched.headers.cacheControl, expires: fetched.headers.expires },
      at,
    );
    return (
      at + successDelaySeconds(feed.intervalSeconds, settings.minIntervalSeconds, freshness, random()) * 1000
    );
  }

  async function addFeed(input: string, options: AddOptions = {}): Promise<AddResult> {
    const checked = checkUrl(input);
    if (!checked.ok) return checked;
    const already = store.feeds.byUrl(checked.url.href);
    if (already) return { ok: false, problem: { code: 'duplicate', id: already.id, url: already.url } };
    const started = now();
    const read = await readFeed(checked.url.href);
    if (!read.ok) return read;
    const { fetched, document } = read;
    const found = store.feeds.byUrl(fetched.url);
    if (found) return { ok: false, problem: { code: 'duplicate', id: found.id, url: found.url } };
    const at = now();
    const minutes = options.intervalMinutes
      ? Math.min(Math.max(options.intervalMinutes, MIN_INTERVAL_MINUTES), MAX_INTERVAL_MINUTES)
      : null;
    const intervalSeconds = Math.max(
      settings.minIntervalSeconds,
      minutes !== null ? minutes * 60 : settings.defaultIntervalSeconds,
    );
    const title = options.name?.trim() || document.title || new URL(fetched.url).hostname;
    let feed = store.feeds.add({
      url: fetched.url,
      title,
      siteUrl: document.siteUrl,
      imageUrl: document.imageUrl,
      intervalSeconds,
      fullText: options.fullText ?? 'auto',
      nextFetchAt: 0,
      createdAt: at,
    });
    store.feeds.update(feed.id, {
      lastFetchAt: at,
      nextFetchAt: nextAfterSuccess(feed, fetched, document.ttlMinutes, at),
      etag: fetched.headers.etag,
      lastModified: fetched.headers.lastModified,
      bodyHash: fetched.bodyHash,
      httpStatus: fetched.status,
      readerVersion,
    });
    const report = await storeFeedItems(store, feed, document, {
      now: at,
      announced: true,
      pages: await linkedPagesFor(feed, document),
      ...(deps.pool ? { pool: deps.pool } : {}),
    });
    const outcome = report.added > 0 ? 'new' : 'unchanged';
    logFetch({ id: feed.id, outcome, http: fetched.status, new: report.added, error: null }, started, at);
    feed = store.feeds.get(feed.id) as Feed;
    return { ok: true, feed, items: store.feeds.itemCount(feed.id) };
  }

  function recordFailure(feed: Feed, problem: FeedProblem, at: number): PollOutcome {
    const status = problem.code === 'http' ? problem.status : null;
    const plan = planFailure(
      feed.failures,
      { status, retryAfter: problem.code === 'http' ? problem.retryAfter : null },
      at,
    );
    const reason = describeProblem(problem);
    store.feeds.update(feed.id, {
      state: plan.pause ? 'paused' : 'failing',
      reason,
      failures: plan.failures,
      lastFetchAt: at,
      nextFetchAt: plan.nextFetchAt,
      retryAfterUntil: plan.retryAfterUntil,
      httpStatus: status,
    });
    return { id: feed.id, outcome: 'failed', http: status, new: 0, error: reason };
  }

  /** Writes a fetch into the feed's fetch log (its request history and the fetch totals). */
  function logFetch(outcome: PollOutcome, started: number, at: number): void {
    store.feeds.logFetch({
      feedId: outcome.id,
      at,
      outcome: outcome.outcome,
      httpStatus: outcome.http,
      durationMs: Math.max(0, at - started),
      items: outcome.new,
      error: outcome.error,
    });
  }

  /**
   * Fetches one feed now, stores what is new and logs the fetch. A paused feed is not fetched; a fetch
   * cut short by shutdown is not logged (it changed nothing).
   */
  async function pollFeed(feed: Feed): Promise<PollOutcome> {
    if (feed.state === 'paused')
      return { id: feed.id, outcome: 'paused', http: null, new: 0, error: feed.reason };
    const started = now();
    let result: FetchResult;
    try {
      // A feed to analyse again is fetched whole: its document gives the language hint (reanalyse.ts).
      result = await fetch(
        isOutdated(feed.readerVersion, readerVersion)
          ? { url: feed.url }
          : { url: feed.url, etag: feed.etag, lastModified: feed.lastModified },
      );
    } catch (error) {
      result = { ok: false, url: feed.url, problem: { code: 'network', detail: (error as Error).message } };
    }
    const at = now();
    if (halted)
      return {
        id: feed.id,
        outcome: 'failed',
        http: null,
        new: 0,
        error: 'stopped before the fetch finished',
      };
    const outcome = await recordFetch(feed, result, at);
    logFetch(outcome, started, at);
    return outcome;
  }

  /** What a fetch's answer does to the feed: failures counted, or validators and new items stored. */
  async function recordFetch(feed: Feed, result: FetchResult, at: number): Promise<PollOutcome> {
    const firstFetch = feed.bodyHash === null && store.feeds.itemCount(feed.id) === 0;
    if (!result.ok) return recordFailure(feed, result.problem, at);
    const good = {
      state: 'ok' as const,
      reason: null,
      failures: 0,
      lastFetchAt: at,
      retryAfterUntil: null,
      httpStatus: result.status,
    };
    if (!('body' in result)) {
      store.feeds.update(feed.id, { ...good, nextFetchAt: nextAfterSuccess(feed, result, null, at) });
      return { id: feed.id, outcome: 'not-modified', http: 304, new: 0, error: null };
    }
    const validators = {
      etag: result.headers.etag,
      lastModified: result.headers.lastModified,
      bodyHash: result.bodyHash,
    };
    const reanalyse = isOutdated(feed.readerVersion, readerVersion);
    if (result.bodyHash === feed.bodyHash && !reanalyse) {
      store.feeds.update(feed.id, {
        ...good,
        ...validators,
        nextFetchAt: nextAfterSuccess(feed, result, null, at),
      });
      return { id: feed.id, outcome: 'unchanged', http: result.status, new: 0, error: null };
    }
    const parsed = parseFeedText(decodeFeedBytes(result.body, result.headers.contentType));
    if (!parsed.ok) return recordFailure(feed, { code: 'not-a-feed', detail: parsed.reason }, at);
    const pages = await linkedPagesFor(feed, parsed.document);
    const report = await storeFeedItems(store, feed, parsed.document, {
      now: at,
      announced: firstFetch,
      pages,
      ...(deps.pool ? { pool: deps.pool } : {}),
    });
    if (reanalyse)
      await reanalyseFeedArticles(store, feed.id, {
        languageHint: parsed.document.language ?? null,
        skip: new Set(report.newArticleIds.concat(report.updatedArticleIds)),
      });
    store.feeds.update(feed.id, {
      ...good,
      ...validators,
      nextFetchAt: nextAfterSuccess(feed, result, parsed.document.ttlMinutes, at),
      ...(reanalyse ? { readerVersion } : {}),
    });
    return {
      id: feed.id,
      outcome: report.added > 0 ? 'new' : 'unchanged',
      http: result.status,
      new: report.added,
      error: null,
    };
  }

  /**
   * Adds feeds from an OPML list without fetching them: each is due at once, and its first poll stores
   * its items as already seen. Unusable and duplicate URLs are skipped with the reason.
   */
  function importFeeds(list: readonly OpmlFeed[]): {
    added: Feed[];
    skipped: Array<{ url: string; reason: string }>;
  } {
    const added: Feed[] = [];
    const skipped: Array<{ url: string; reason: string }> = [];
    const at = now();
    for (const entry of list) {
      const checked = checkUrl(entry.url);
      if (!checked.ok) {
        skipped.push({ url: entry.url, reason: describeProblem(checked.problem) });
        continue;
      }
      const already = store.feeds.byUrl(checked.url.href);
      if (already) {
        skipped.push({
          url: entry.url,
          reason: describeProblem({ code: 'duplicate', id: already.id, url: already.url }),
        });
        continue;
      }
      added.push(
        store.feeds.add({
          url: checked.url.href,
          title: entry.title ?? checked.url.hostname,
          siteUrl: entry.siteUrl,
          imageUrl: null,
          intervalSeconds: Math.max(settings.minIntervalSeconds, settings.defaultIntervalSeconds),
          fullText: 'auto',
          nextFetchAt: at,
          createdAt: at,
        }),
      );
    }
    return { added, skipped };
  }

  return {
    addFeed,
    pollFeed,
    importFeeds,
    /** Stops recording outcomes: for shutdown, before open connections are cut. */
    halt(): void {
      halted = true;
    },
    /** Removes a feed, its items, and the articles that no file and no other feed holds. */
    removeFeed(id: number): boolean {
      if (!store.feeds.get(id)) return false;
      store.transaction(() => store.articles.delete(store.feeds.remove(id)));
      return true;
    },
    pauseFeed(id: number): boolean {
      if (!store.feeds.get(id)) return false;
      store.feeds.update(id, { state: 'paused', reason: PAUSED_BY_HAND });
      return true;
    },
    /** Resumes a feed: failures cleared, due at once. */
    resumeFeed(id: number): boolean {
      if (!store.feeds.get(id)) return false;
      store.feeds.update(id, {
        state: 'ok',
        reason: null,
        failures: 0,
        nextFetchAt: now(),
        retryAfterUntil: null,
      });
      return true;
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
