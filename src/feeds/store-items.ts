// A parsed feed document into the store: new items become articles (analysed like file articles), an
// item whose content changed updates its article, an item seen before with the same content is left be.
import type { ParsedArticle } from '../core/article/index.js';
import type { PoolOnDemand } from '../ingest/pool.js';
import { toStoredArticle, type StoredContext } from '../ingest/to-stored.js';
import type { FeedItemRecord } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import type { StoredArticle } from '../store/types.js';
import type { LinkedPage } from './full-text.js';
import { contentHash, entryToArticle, itemKeys, itemsGoneFrom } from './items.js';
import type { FeedDocument } from './parse.js';

export interface StoreItemsReport {
  /** Items never seen before in this feed. */
  added: number;
  /** Known items whose content changed. */
  updated: number;
  /** Article ids of the new items, in document order. */
  newArticleIds: string[];
  /** Article ids of the known items written again (their content changed). */
  updatedArticleIds: string[];
}

/**
 * Writes a feed's entries. The items are analysed first (see analyseAll); the writes then happen in
 * one transaction. `announced` marks new items as already seen by live
 * posting: true on a feed's first fetch, so posting starts with what comes after.
 */
export async function storeFeedItems(
  store: Store,
  feed: { id: number; title: string },
  document: FeedDocument,
  options: {
    now: number;
    announced: boolean;
    pages?: ReadonlyMap<number, LinkedPage>;
    /** Threads for a round with many new items (BULK_MIN_ITEMS or more); without, analysed here. */
    pool?: PoolOnDemand;
  },
): Promise<StoreItemsReport> {
  const report: StoreItemsReport = { added: 0, updated: 0, newArticleIds: [], updatedArticleIds: [] };
  const known = store.feeds.items(feed.id);
  const keys = itemKeys(document.entries);
  const jobs: Array<{
    item: FeedItemRecord;
    parsed: ParsedArticle;
    context: StoredContext;
    existing: StoredArticle | null;
    known: boolean;
  }> = [];
  const gone = itemsGoneFrom(known, keys);
  for (const [i, entry] of document.entries.entries()) {
    const hash = contentHash(entry);
    let before = known.get(keys[i] as string);
    if (before && before.contentHash === hash) continue;
    // The page's full text replaces a teaser in the article; the content hash stays the feed's own.
    const page = options.pages?.get(i);
    const fullText = page?.body ?? null;
    const parsed = entryToArticle(fullText === null ? entry : { ...entry, body: fullText }, feed.title);
    if (parsed === null) continue;
    // A new key on an article that an item gone from the document held: the publisher changed the item's
    // guid (some put a session or the time in it). It is that item, kept under its first key.
    const renamed = before === undefined ? gone.get(parsed.id) : undefined;
    if (renamed !== undefined) {
      gone.delete(parsed.id);
      if (renamed.contentHash === hash) continue;
      before = renamed;
    }
    const key = before?.itemKey ?? (keys[i] as string);
    // A known item keeps its article id even when its link or text changed.
    const id = before?.articleId ?? parsed.id;
    const existing = store.articles.get(id);
    const fallbackPublished = existing?.published ?? options.now;
    jobs.push({
      // The item's own image, else its page's share image, else the feed's image (often a logo).
      item: {
        itemKey: key,
        articleId: id,
        contentHash: hash,
        imageUrl: entry.imageUrl ?? page?.imageUrl ?? document.imageUrl,
      },
      parsed: { ...parsed, id },
      context: {
        ingestedAt: existing?.ingestedAt ?? options.now,
        fallbackPublished,
        filePath: null,
        // Short items say little of their language: the feed's own is the better guess then.
        languageHint: document.language ?? null,
      },
      existing,
      known: before !== undefined,
    });
  }
  const analysed = await analyseAll(jobs, options.pool);
  const pending = jobs.map(({ item, existing, known: wasKnown }, i) => {
    const stored = analysed[i] as StoredArticle;
    // A rewritten date on a known item is not news: the first date it carried stays.
    if (wasKnown && existing) stored.published = existing.published;
    // An article a file holds stays the file's version; the item only points at it.
    return { item, article: existing?.filePath == null ? stored : null, isNew: !wasKnown };
  });
  store.transaction(() => {
    const articles = pending.map((p) => p.article).filter((a) => a !== null);
    if (articles.length > 0) store.articles.upsert(articles);
    for (const { item, isNew } of pending) {
      store.feeds.putItem(feed.id, item, options.now, options.announced);
      if (isNew) {
        report.added += 1;
        report.newArticleIds.push(item.articleId);
      } else {
        report.updated += 1;
        report.updatedArticleIds.push(item.articleId);
      }
    }
  });
  return report;
}

/**
 * From this many items to analyse on, a feed's items are analysed in the pool. Below it a fresh thread's
 * start and warm-up cost more than it gives, the more so in a running bot, whose own thread has long
 * compiled the analysis: on 2 cores, 32 and 100 new items took 1.6 to 10 times as long with the pool,
 * 300 about as long (the same threshold as a bulk load of files, BULK_MIN_FILES).
 */
export const BULK_MIN_ITEMS = 500;

/**
 * The items' analyses, in order: in the pool when there are many, else here, item by item, giving the
 * event loop a turn between items (other feeds' responses arrive meanwhile, and their deadlines must
 * not run out behind this work). Either way the very same function analyses each item.
 */
async function analyseAll(
  jobs: ReadonlyArray<{ parsed: ParsedArticle; context: StoredContext }>,
  pool: PoolOnDemand | undefined,
): Promise<StoredArticle[]> {
  if (pool && jobs.length >= BULK_MIN_ITEMS) {
    const threads = pool.use();
    try {
      return await threads.settle(
        Promise.all(jobs.map((job) => threads.analyseArticle(job.parsed, job.context))),
      );
    } finally {
      pool.done();
    }
  }
  const analysed: StoredArticle[] = [];
  for (const job of jobs) {
    analysed.push(toStoredArticle(job.parsed, job.context));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return analysed;
}
