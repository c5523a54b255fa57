// What Herald has stored, for /about.
import type { Store } from '../store/index.js';
import type { StatsView } from './views.js';

export function storeStats(store: Store, version: string): StatsView {
  const newest = store.articles.newest();
  const feeds = { ok: 0, failing: 0, paused: 0 };
  for (const feed of store.feeds.all()) feeds[feed.state] += 1;
  return {
    articles: store.articles.count(),
    newest: newest ? { title: newest.title, published: newest.published } : null,
    databaseBytes: store.sizeOnDisk(),
    version,
    feeds,
  };
}
