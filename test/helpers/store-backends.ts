// The two stores a contract test runs on: SQLite (a new file per test) and PostgreSQL (one database per
// test file, emptied before each test). Without a PostgreSQL server the PostgreSQL cases fail with the
// words to install one; HERALD_TEST_PG=off leaves them out and says so (test/helpers/pg.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/index.js';
import { openPgStore, type PgStore } from '../../src/store/pg/index.js';
import { PG_TABLES } from '../../src/store/pg/schema.js';
import type { Store } from '../../src/store/store.js';
import { createPgDatabase, pgIncluded, pgUnavailable } from './pg.js';

export interface StoreBackend {
  name: 'SQLite' | 'PostgreSQL';
  setUp(): Promise<void>;
  /** A store with nothing in it. */
  open(): Store;
  /** A second connection to the store open() gave last, as another process would have. */
  openAnother(): Store;
  tearDown(): Promise<void>;
}

function sqliteBackend(): StoreBackend {
  let dir = '';
  let n = 0;
  const path = () => join(dir, `store-${n}`, 'herald.db');
  return {
    name: 'SQLite',
    async setUp() {
      dir = mkdtempSync(join(tmpdir(), 'herald-contract-'));
    },
    open() {
      n += 1;
      return openSqliteStore(path());
    },
    openAnother: () => openSqliteStore(path()),
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Empties every table and restarts every id sequence: a store as new, without opening another. */
export function emptyPgStore(store: PgStore): void {
  store.pg.run(
    `${PG_TABLES.map((table) => `DELETE FROM ${table};`).join(' ')}
     SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'`,
  );
}

// Opening a PostgreSQL store starts a worker and a connection (a few hundred milliseconds on a busy
// machine), so the file's tests share one, emptied before each; closing it is left to tearDown.
function postgresBackend(): StoreBackend {
  let db: { url: string; drop: () => Promise<void> } | null = null;
  let shared: PgStore | null = null;
  let another: PgStore | null = null;
  return {
    name: 'PostgreSQL',
    async setUp() {
      const missing = pgUnavailable();
      if (missing) throw new Error(`PostgreSQL is needed for these tests: ${missing}`);
      db = await createPgDatabase();
      shared = openPgStore(db.url);
    },
    open() {
      if (!shared)
        throw new Error(`PostgreSQL is needed for these tests: ${pgUnavailable() ?? 'no database'}`);
      emptyPgStore(shared);
      return { ...shared, close() {} };
    },
    openAnother() {
      if (!db) throw new Error(`PostgreSQL is needed for these tests: ${pgUnavailable() ?? 'no database'}`);
      another ??= openPgStore(db.url);
      return { ...another, close() {} };
    },
    async tearDown() {
      another?.close();
      shared?.close();
      await db?.drop();
    },
  };
}

/** SQLite, and PostgreSQL unless HERALD_TEST_PG=off. */
export function storeBackends(what: string): StoreBackend[] {
  return pgIncluded(what) ? [sqliteBackend(), postgresBackend()] : [sqliteBackend()];
}
