// The store under faults, with real processes on a real file system: killed mid-ingest at random points,
// racing another process (two ingests; two first opens of a new database), waiting out a write lock
// held by another process. After each: SQLite's integrity check, every FTS index's integrity-check, and
// nothing lost or doubled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { watchArticles } from '../../src/ingest/watcher.js';
import { createLogger } from '../../src/logger.js';
import { HERALD_APPLICATION_ID, latestVersion } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/index.js';
import { StoreError, toStoreError } from '../../src/store/errors.js';
import { describeStoreError } from '../../src/store-error-text.js';
import {
  articleText,
  headlineOf,
  herald,
  holdWriteLock,
  startHerald,
  tokenOf,
  writeArticles,
} from '../ingest/fixtures.js';

const FTS_TABLES = ['articles_fts', 'headlines_fts', 'speakers_fts', 'speakers_trigram'];

let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-faults-'));
  db = join(dir, 'herald.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** SQLite's own check and every FTS index's, on a file a process may have left mid-write. */
function expectIntact(path: string): void {
  const conn = new Database(path);
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    // Killed before the schema was made: an empty database, which is fine; otherwise all of it.
    const tables = conn
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (tables.length === 0) return;
    expect(conn.pragma('user_version', { simple: true })).toBe(latestVersion());
    for (const table of FTS_TABLES) {
      expect(
        () => conn.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
        table,
      ).not.toThrow();
    }
  } finally {
    conn.close();
  }
}

/** Every article 0 … count-1 stored exactly once, every file held, no link twice. */
function expectComplete(path: string, count: number, files: number): void {
  const store = openSqliteStore(path);
  try {
    expect(store.articles.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      expect(
        store.articles.search(tokenOf(i), { limit: 5, offset: 0 }).hits.map((h) => h.title),
        `article ${i}`,
      ).toEqual([headlineOf(i)]);
    }
    expect(store.db.prepare('SELECT count(*) FROM files').pluck().get()).toBe(files);
    expect(store.db.prepare('SELECT count(*) FROM file_articles').pluck().get()).toBe(count);
    expect(
      store.db
        .prepare(
          'SELECT count(*) FROM (SELECT article_id FROM file_articles GROUP BY article_id HAVING count(*) > 1)',
        )
        .pluck()
        .get(),
    ).toBe(0);
  } finally {
    store.close();
  }
}

/** A small seeded generator, so a failing run can be repeated from the seed it prints. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('killed with SIGKILL during ingest', () => {
  it('leaves an intact store each time, and the next ingest completes it with nothing lost or doubled', async () => {
    const articles = join(dir, 'articles');
    const count = 300;
    const { files } = writeArticles(articles, count);
    const seed = Date.now() % 100_000;
    const next = random(seed);
    for (let round = 0; round < 5; round++) {
      const run = startHerald(['ingest', articles], { DATABASE_PATH: db });
      const delay = 150 + Math.floor(next() * 2500);
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      await run.done;
      expectIntact(db);
      // Some files change between kills, so a later run has both new and changed work.
      writeFileSync(join(articles, `extra-${round}.txt`), articleText(count + round));
    }
    const final = herald(['ingest', '--json', articles], { DATABASE_PATH: db });
    expect(final.code, `seed ${seed}: ${final.err}`).toBe(0);
    expectIntact(db);
    expectComplete(db, count + 5, files + 5);
  });
});

describe('two processes at once', () => {
  it('open a new database together: every one succeeds and the schema is made once', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    for (let round = 0; round < 3; round++) {
      const path = join(dir, `race-${round}.db`);
      const runs = Array.from({ length: 4 }, () => startHerald(['ingest', empty], { DATABASE_PATH: path }));
      const results = await Promise.all(runs.map((r) => r.done));
      for (const result of results) expect(result.code, result.err).toBe(0);
      const conn = new Database(path);
      expect(conn.pragma('user_version', { simple: true })).toBe(latestVersion());
      expect(conn.pragma('application_id', { simple: true })).toBe(HERALD_APPLICATION_ID);
      conn.close();
      expectIntact(path);
    }
    // Twelve CLI processes: on a loaded machine each start takes seconds, which is no failure.
  }, 120_000);

  it('ingest the same and different folders together: both succeed, nothing lost or doubled', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    const { files: filesA } = writeArticles(a, 150);
    const { files: filesB } = writeArticles(b, 150, 150);
    const runs = [
      startHerald(['ingest', a], { DATABASE_PATH: db }),
      startHerald(['ingest', b], { DATABASE_PATH: db }),
      startHerald(['ingest', a], { DATABASE_PATH: db }),
    ];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const result of results) expect(result.code, result.err).toBe(0);
    expectIntact(db);
    expectComplete(db, 300, filesA + filesB);
  });
});

describe('a write lock held by another process', () => {
  it('is waited for by an ingest, in this process and in the CLI', async () => {
    const articles = join(dir, 'articles');
    const { files } = writeArticles(articles, 20);
    openSqliteStore(db).close();
    const lock = await holdWriteLock(db, 1500);
    const cli = startHerald(['ingest', articles], { DATABASE_PATH: db });
    const store = openSqliteStore(db);
    try {
      const loader = createLoader(articles, {
        store,
        parse: parseStoredArticleFile,
        logger: createLogger('error', () => {}),
        now: () => 1,
      });
      // The CLI may load some files first once the lock is gone; either way every file is read, none fails.
      const report = loader.scan();
      expect(report).toMatchObject({ files, skipped: 0 });
      expect(report.loaded + report.unchanged).toBe(files);
    } finally {
      store.close();
    }
    expect((await cli.done).code).toBe(0);
    await lock.released;
    expectComplete(db, 20, files);
  });

  it('longer than the busy timeout makes the watcher try again until the change is loaded', async () => {
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    const store = openSqliteStore(db);
    const lines: string[] = [];
    const loader = createLoader(articles, {
      store,
      parse: parseStoredArticleFile,
      logger: createLogger('debug', (l) => lines.push(l)),
      now: () => 1,
    });
    loader.scan();
    const watcher = watchArticles(loader, {
      logger: createLogger('debug', (l) => lines.push(l)),
      settleMs: 50,
    });
    try {
      const lock = await holdWriteLock(db, 6500);
      writeFileSync(join(articles, 'during-lock.txt'), articleText(42));
      await lock.released;
      await expect
        .poll(() => store.articles.search(tokenOf(42), { limit: 5, offset: 0 }).total, {
          timeout: 15_000,
          interval: 200,
        })
        .toBe(1);
      expect(lines.some((l) => /loading changed articles failed \(try 1; again in/.test(l))).toBe(true);
    } finally {
      watcher.close();
      store.close();
    }
  });
});

describe('a database that runs out of room', () => {
  it('keeps what was stored before, stays intact, and names the cause', () => {
    const articles = join(dir, 'articles');
    const { files } = writeArticles(articles, 10);
    const store = openSqliteStore(db);
    const loader = createLoader(articles, {
      store,
      parse: parseStoredArticleFile,
      logger: createLogger('error', () => {}),
      now: () => 1,
    });
    loader.scan();
    // SQLite's page limit stands in for a full disk: the same SQLITE_FULL a write then meets.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 1}`);
    writeArticles(join(articles, 'more'), 200, 10);
    let caught: unknown;
    try {
      loader.scan();
    } catch (error) {
      caught = toStoreError(error, db);
    }
    store.close();
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).code).toBe('disk-full');
    expect(describeStoreError(caught as StoreError)).toContain(
      `the disk holding the database ${db} (DATABASE_PATH) is full`,
    );
    expectIntact(db);
    rmSync(join(articles, 'more'), { recursive: true });
    expectComplete(db, 10, files);
  });
});
