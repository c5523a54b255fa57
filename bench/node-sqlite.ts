// Issue 20 §6, measured without switching: Node's built-in node:sqlite against better-sqlite3 on the same
// store. FTS5 (with bm25() and snippet()) available or not; the store's write rate (its own upsert of
// analysed articles, in batches of 200 as the loader writes them) into a new database; and /search p50
// and p95 on the scale benchmark's large archive with its query mix. Herald's own store code runs on both,
// node:sqlite through a thin adapter that gives it the few better-sqlite3 methods the store uses.
// Needs Node 22.13 or newer (node:sqlite without a flag). Not part of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type Database from 'better-sqlite3';
import { createArticleStore } from '../src/store/articles.js';
import { setUpDatabase } from '../src/store/db.js';
import { openStore, type Store, type StoredArticle } from '../src/store/index.js';
import { getArchive } from './lib/archive.js';
import { check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { percentile, timeMany } from './lib/stats.js';
import { createRandom } from './lib/synth.js';
import { queriesFor, scaleSizes } from './scale.js';

type Shape = 'object' | 'pluck' | 'raw';
type Params = Parameters<StatementSync['all']>;

/** A node:sqlite statement with better-sqlite3's pluck(), raw(), get(), all(), run() and iterate(). */
class AdaptedStatement {
  private shape: Shape = 'object';
  constructor(private readonly statement: StatementSync) {
    statement.setAllowUnknownNamedParameters(true);
  }
  pluck(): this {
    this.shape = 'pluck';
    return this;
  }
  raw(): this {
    this.shape = 'raw';
    return this;
  }
  private reshape(row: Record<string, unknown> | undefined): unknown {
    if (row === undefined || this.shape === 'object') return row;
    const values = Object.values(row);
    return this.shape === 'pluck' ? values[0] : values;
  }
  get(...params: Params): unknown {
    return this.reshape(this.statement.get(...params) as Record<string, unknown> | undefined);
  }
  all(...params: Params): unknown[] {
    return this.statement.all(...params).map((row) => this.reshape(row as Record<string, unknown>));
  }
  run(...params: Params) {
    return this.statement.run(...params);
  }
  *iterate(...params: Params): Generator<unknown> {
    for (const row of this.statement.iterate(...params)) yield this.reshape(row as Record<string, unknown>);
  }
}

/** node:sqlite's database with the better-sqlite3 methods the store uses, typed as one. */
function adapt(db: DatabaseSync): Database.Database {
  let depth = 0;
  const adapted = {
    prepare: (sql: string) => new AdaptedStatement(db.prepare(sql)),
    exec: (sql: string) => db.exec(sql),
    pragma: (source: string, options?: { simple?: boolean }) => {
      const rows = db.prepare(`PRAGMA ${source}`).all();
      return options?.simple ? Object.values(rows[0] ?? {})[0] : rows;
    },
    transaction:
      <A extends unknown[], R>(fn: (...args: A) => R) =>
      (...args: A): R => {
        const name = `t${depth}`;
        db.exec(depth === 0 ? 'BEGIN' : `SAVEPOINT ${name}`);
        depth++;
        try {
          const result = fn(...args);
          depth--;
          db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${name}`);
          return result;
        } catch (error) {
          depth--;
          db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
          throw error;
        }
      },
    get open() {
      return db.isOpen;
    },
    close: () => db.close(),
  };
  return adapted as unknown as Database.Database;
}

type Driver = 'better-sqlite3' | 'node:sqlite';
const DRIVERS: Driver[] = ['better-sqlite3', 'node:sqlite'];

function openArticles(driver: Driver, path: string): { articles: Store['articles']; close: () => void } {
  if (driver === 'better-sqlite3') return openStore(path);
  const db = setUpDatabase(adapt(new DatabaseSync(path)), path);
  return { articles: createArticleStore(db), close: () => db.close() };
}

function hasFts5(): boolean {
  const db = new DatabaseSync(':memory:');
  try {
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('the harbour bridge reopened on monday')",
    );
    const row = db
      .prepare("SELECT snippet(t, 0, '[', ']', '…', 4) AS s, bm25(t) AS rank FROM t WHERE t MATCH 'bridge'")
      .get();
    return typeof row?.s === 'string' && row.s.includes('[bridge]') && typeof row.rank === 'number';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** Articles per second for the store's upsert of `articles` into a new database. */
function writeRate(driver: Driver, articles: StoredArticle[], dir: string): number {
  const path = join(dir, `${driver.replace(/\W/g, '-')}-${performance.now()}.db`);
  const store = openArticles(driver, path);
  try {
    const start = performance.now();
    for (let i = 0; i < articles.length; i += 200) store.articles.upsert(articles.slice(i, i + 200));
    return articles.length / ((performance.now() - start) / 1000);
  } finally {
    store.close();
  }
}

function searchTimes(driver: Driver, dbPath: string, repeats: number): number[] {
  const store = openArticles(driver, dbPath);
  try {
    const queries = queriesFor('search');
    const asStore = store as unknown as Store;
    const random = createRandom(42);
    timeMany(Math.min(50, repeats), (i) => queries[i % queries.length]!(asStore, random));
    return timeMany(repeats, (i) => queries[i % queries.length]!(asStore, random));
  } finally {
    store.close();
  }
}

/** The answers to the search mix on one driver, for checking the adapter changes nothing. */
function searchAnswers(driver: Driver, dbPath: string): string {
  const store = openArticles(driver, dbPath);
  try {
    const queries = queriesFor('search');
    const random = createRandom(7);
    return JSON.stringify(
      Array.from({ length: 60 }, (_, i) => queries[i % queries.length]!(store as unknown as Store, random)),
    );
  } finally {
    store.close();
  }
}

export async function runNodeSqliteBench(options: BenchOptions): Promise<BenchRow[]> {
  const [small, large] = scaleSizes(options.quick);
  const repeats = options.quick ? 60 : 300;
  const source = await getArchive(small, { files: false, quick: options.quick });
  const archive = await getArchive(large, { files: true, quick: options.quick });
  const reader = openStore(source.dbPath);
  const articles = reader.articles.ingestedBetween(0, Number.MAX_SAFE_INTEGER, options.quick ? 2_000 : 5_000);
  reader.close();
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-node-sqlite-'));
  const label = `${large / 1000}k`;
  const rows: BenchRow[] = [check('node:sqlite: FTS5 with bm25() and snippet()', hasFts5(), 'yes')];
  try {
    // Each driver twice, interleaved, the better of the two kept, so a busy moment hurts neither alone.
    const rates = new Map<Driver, number>(DRIVERS.map((d) => [d, 0]));
    for (let round = 0; round < 2; round++) {
      for (const d of DRIVERS) rates.set(d, Math.max(rates.get(d)!, writeRate(d, articles, dir)));
    }
    for (const d of DRIVERS)
      rows.push(
        info(`${d}: store upsert of ${articles.length} analysed articles`, rates.get(d)!, 'articles/s'),
      );
    const same =
      searchAnswers('better-sqlite3', archive.dbPath) === searchAnswers('node:sqlite', archive.dbPath);
    rows.push(check('node:sqlite: the same search answers as better-sqlite3', same, 'yes'));
    for (const d of DRIVERS) {
      const samples = searchTimes(d, archive.dbPath, repeats);
      rows.push(info(`${d}: scale ${label} search p50`, percentile(samples, 50), 'ms'));
      rows.push(info(`${d}: scale ${label} search p95`, percentile(samples, 95), 'ms'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const db = new DatabaseSync(':memory:');
  const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  process.stderr.write(`node ${process.version}, node:sqlite on SQLite ${version}\n`);
  await runAlone(runNodeSqliteBench);
}
