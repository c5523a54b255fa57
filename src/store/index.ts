import { statSync } from 'node:fs';
import { createArticleStore } from './articles.js';
import { openDatabase } from './db.js';
import { createFeedStore } from './feeds.js';
import { createFileStore } from './files.js';
import { createMetaStore } from './meta.js';
import { createQuoteStore } from './quotes.js';
import { createDeliveryStore } from './deliveries.js';
import { createSubscriptionStore } from './subscriptions.js';
import { createPostStore } from './posts.js';

/** The store: one SQLite file, its repositories, and its size on disk. */
export function openStore(path: string) {
  const db = openDatabase(path);
  return {
    path,
    db,
    articles: createArticleStore(db),
    quotes: createQuoteStore(db),
    files: createFileStore(db),
    meta: createMetaStore(db),
    subscriptions: createSubscriptionStore(db),
    deliveries: createDeliveryStore(db),
    feeds: createFeedStore(db),
    posts: createPostStore(db),
    /** Bytes on disk, the write-ahead log included. */
    sizeOnDisk(): number {
      if (path === ':memory:') return 0;
      let bytes = 0;
      for (const suffix of ['', '-wal']) {
        try {
          bytes += statSync(path + suffix).size;
        } catch {
          // the WAL file may not exist yet
        }
      }
      return bytes;
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Store = ReturnType<typeof openStore>;
export type * from './types.js';
export type { Subscription, NewSubscription } from './subscriptions.js';
export type { Delivery, DeliveryStatus } from './deliveries.js';
export type { Feed, FeedState, FullTextMode } from './feeds.js';
