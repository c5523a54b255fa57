import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { createArticleStore } from './articles.js';
import { bulkCheckpoints, openDatabase } from './db.js';
import { createFeedStore } from './feeds.js';
import { createFileStore } from './files.js';
import { createMetaStore } from './meta.js';
import { createQuoteStore } from './quotes.js';
import { createDeliveryStore } from './deliveries.js';
import { createSubscriptionStore } from './subscriptions.js';
import { createPostStore } from './posts.js';
import { createStatusQueries } from './status.js';
import { createLeaseStore } from './leases.js';
import { isPostgresUrl, openPgStore, type PgStoreOptions } from './pg/index.js';
import type { Store } from './store.js';

/** The SQLite store with its handle: only for tests and benches that inspect or damage the file on purpose. */
export interface SqliteStore extends Store {
  readonly db: Database.Database;
}

/** The store: PostgreSQL when `location` is a postgres:// URL (DATABASE_URL), else one SQLite file. */
export function openStore(location: string, options: PgStoreOptions = {}): Store {
  return isPostgresUrl(location) ? openPgStore(location, options) : openSqliteStore(location);
}

export function openSqliteStore(path: string): SqliteStore {
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
    status: createStatusQueries(db),
    leases: createLeaseStore(db),
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    bulkWrites: bulkCheckpoints(db),
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

export type * from './store.js';
export type * from './types.js';
export type { Feed, FeedState, FullTextMode } from './feeds.js';
export type { FeedFetch } from './fetch-log.js';
export type { DeliveryRow, FeedRow, StatusQueries } from './status.js';
