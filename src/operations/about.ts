// What Herald has stored, for /about.
import type { Store } from '../store/index.js';
import type { StatsView } from './views.js';

export function storeStats(store: Store, version: string): StatsView {
  const newest = store.articles.newest();
  return {
    articles: store.articles.count(),
    newest: newest ? { title: newest.title, published: newest.published } : null,
    databaseBytes: store.sizeOnDisk(),
    version,
  };
}
