// A parsed feed document into the store: new items become articles (analysed like file articles), an
// item whose content changed updates its article, an item seen before with the same content is left be.
import { toStoredArticle } from '../ingest/to-stored.js';
import type { Store } from '../store/index.js';
import type { StoredArticle } from '../store/types.js';
import { contentHash, entryToArticle, itemKeys } from './items.js';
import type { FeedDocument } from './parse.js';

export interface StoreItemsReport {
  /** Items never seen before in this feed. */
  added: number;
  /** Known items whose content changed. */
  updated: number;
  /** Article ids of the new items, in document order. */
  newArticleIds: string[];
}

/**
 * Writes a feed's entries in one transaction. `announced` marks new items as already seen by live
 * posting: true on a feed's first fetch, so posting starts with what comes after.
 */
export function storeFeedItems(
  store: Store,
  feed: { id: number; title: string },
  document: FeedDocument,
  options: { now: number; announced: boolean; fullTexts?: ReadonlyMap<number, string> },
): StoreItemsReport {
  const report: StoreItemsReport = { added: 0, updated: 0, newArticleIds: [] };
  const known = store.feeds.items(feed.id);
  const keys = itemKeys(document.entries);
  store.db.transaction(() => {
    const articles: StoredArticle[] = [];
    document.entries.forEach((entry, i) => {
      const key = keys[i] as string;
      const hash = contentHash(entry);
      const before = known.get(key);
      if (before && before.contentHash === hash) return;
      // The page's full text replaces a teaser in the article; the content hash stays the feed's own.
      const fullText = options.fullTexts?.get(i);
      const parsed = entryToArticle(fullText === undefined ? entry : { ...entry, body: fullText }, feed.title);
      if (parsed === null) return;
      // A known item keeps its article id even when its link or text changed.
      const id = before?.articleId ?? parsed.id;
      const existing = store.articles.get(id);
      const fallbackPublished = existing?.published ?? options.now;
      const stored = toStoredArticle({ ...parsed, id }, { ingestedAt: existing?.ingestedAt ?? options.now, fallbackPublished, filePath: null });
      // A rewritten date on a known item is not news: the first date it carried stays.
      if (before && existing) stored.published = existing.published;
      // An article a file holds stays the file's version; the item only points at it.
      if (existing?.filePath == null) articles.push(stored);
      store.feeds.putItem(feed.id, { itemKey: key, articleId: id, contentHash: hash }, options.now, options.announced);
      if (before) report.updated += 1;
      else {
        report.added += 1;
        report.newArticleIds.push(id);
      }
    });
    if (articles.length > 0) store.articles.upsert(articles);
  })();
  return report;
}
