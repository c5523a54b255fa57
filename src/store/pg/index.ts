// The PostgreSQL store: the same Store as SQLite's, over one synchronous connection (bridge.ts).
// DATABASE_URL=postgres://… selects it (src/store/index.ts). Migrations run at opening, under an
// advisory lock. A store transaction takes the write lock (an advisory transaction lock) first, as
// SQLite's BEGIN IMMEDIATE does, so two processes never both read and then both try to write.
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { connectPg, PgQueryError, type ConnectionEvent, type PgConnection } from './bridge.js';
import { createPgArticleStore } from './articles.js';
import { createPgDeliveryStore, createPgMetaStore, createPgSubscriptionStore } from './digests.js';
import { createPgFeedStore } from './feeds.js';
import { createPgFileStore } from './files.js';
import { createPgLeaseStore } from './leases.js';
import { createPgPostStore } from './posts.js';
import { createPgQuoteStore } from './quotes.js';
import { migratePg } from './schema.js';
import { createPgStatusQueries } from './status.js';

/** The key of the advisory lock every store transaction holds ("Hrlw"). */
export const WRITE_LOCK = 0x48726c77;

/** The PostgreSQL store with its connection: for the tests, `herald db copy` and benches only. */
export interface PgStore extends Store {
  readonly pg: PgConnection;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * The URL without its password, for messages: neither the one before the host nor one given as a
 * parameter (`?password=`, `?sslpassword=`, which pg reads too).
 */
export function describePgUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) {
      if (/password/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    return 'postgres://… (not a valid URL)';
  }
}

/** A StoreError for a failure to reach or use the server, or the error itself. */
export function toPgStoreError(error: unknown, where: string): unknown {
  if (error instanceof PgQueryError) {
    if (error.connection) return new StoreError('cannot-open', where, error.message);
    // The server answered, but the database, the user or the password is not what DATABASE_URL says
    // (SQLSTATE class 28: authorization; 3D000: no such database).
    if (/^(28|3D000$)/.test(error.code ?? '')) return new StoreError('cannot-open', where, error.message);
    if (error.code === '53100') return new StoreError('disk-full', where, error.message);
    if (error.code === '42501') return new StoreError('read-only', where, error.message);
  }
  return error;
}

/**
 * The connection with every failure to reach the server turned into a StoreError naming it, so a caller
 * that catches store errors (a poll, a delivery, a command) goes on and tries again later.
 */
function guardConnection(pg: PgConnection, where: string): PgConnection {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        if (error instanceof PgQueryError && error.connection)
          throw new StoreError(
            'cannot-open',
            where,
            `the connection to PostgreSQL is lost (${error.message}); Herald connects again at the next try`,
            error,
          );
        throw error;
      }
    };
  return {
    all: guard(pg.all) as PgConnection['all'],
    get: guard(pg.get) as PgConnection['get'],
    run: guard(pg.run),
    ping: guard(pg.ping),
    transaction: guard(pg.transaction) as PgConnection['transaction'],
    close: () => pg.close(),
  };
}

export interface PgStoreOptions {
  /** Hears once when the connection to the server is lost, and once when it is made again. */
  onConnection?: (event: ConnectionEvent) => void;
  /** How long one statement may take (DATABASE_TIMEOUT_SECONDS); default STATEMENT_WAIT_MS. */
  waitMs?: number;
}

export function openPgStore(url: string, options: PgStoreOptions = {}): PgStore {
  const where = describePgUrl(url);
  const connection = connectPg(url, options.onConnection, {
    ...(options.waitMs !== undefined && { waitMs: options.waitMs }),
  });
  try {
    migratePg(connection, where);
  } catch (error) {
    connection.close();
    throw toPgStoreError(error, where);
  }
  const pg = guardConnection(connection, where);
  return {
    path: where,
    pg,
    articles: createPgArticleStore(pg),
    quotes: createPgQuoteStore(pg),
    files: createPgFileStore(pg),
    meta: createPgMetaStore(pg),
    subscriptions: createPgSubscriptionStore(pg),
    deliveries: createPgDeliveryStore(pg),
    feeds: createPgFeedStore(pg),
    posts: createPgPostStore(pg),
    status: createPgStatusQueries(pg),
    leases: createPgLeaseStore(pg),
    transaction<T>(fn: () => T): T {
      return pg.transaction(() => {
        pg.run('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        return fn();
      });
    },
    // The server checkpoints on its own schedule, the same for one write or many.
    bulkWrites: (fn) => fn(),
    sizeOnDisk(): number {
      return pg.get<{ n: number }>('SELECT pg_database_size(current_database()) AS n')?.n ?? 0;
    },
    close(): void {
      pg.close();
    },
  };
}
