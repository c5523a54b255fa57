// An update reaches the articles already stored: each file records the version of the reading and
// analysis that stored it (READER_VERSION), and a scan reads again every file an older one stored, on
// both backends, and after the migration that added the record to an earlier store.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { READER_VERSION } from '../../src/ingest/reader-version.js';
import { describeIngest } from '../../src/ingest/report-text.js';
import { createLogger } from '../../src/logger.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/index.js';
import { connectPg } from '../../src/store/pg/bridge.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { migratePg, PG_MIGRATIONS } from '../../src/store/pg/schema.js';
import type { Store } from '../../src/store/store.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { storeBackends } from '../helpers/store-backends.js';

const FILES: Record<string, string> = {
  'bridge.txt': `Harbour bridge reopens after repairs

The city's harbour bridge reopened on Monday after six months of repairs, the council said.

"We are glad to have it back," said Mayor Ana Ruiz. Traffic was light in the morning.
`,
  'budget.md': `---
title: Council passes budget
source: Civic Times
---

The council passed its budget on Tuesday after a long debate about parks and libraries.

"Every ward gets a new playground," Omar Haddad, the city treasurer, told reporters after the vote.
`,
  'ferry.txt': `Ferry timetable changes in spring

Ferries to the islands will leave every forty minutes from April, the operator announced on Friday.
`,
};

function writeFiles(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
}

function loaderFor(store: Store, folder: string, readerVersion: number, lines: string[] = []) {
  let clock = Date.UTC(2026, 11, 7, 9);
  return createLoader(folder, {
    store,
    parse: parseStoredArticleFile,
    logger: createLogger('info', (line) => lines.push(line)),
    now: () => (clock += 60_000),
    readerVersion,
  });
}

/** The record an older Herald left for a file it read and found no article in. */
function emptyRecord(path: string, readerVersion: number) {
  const { size, mtimeMs } = statSync(path);
  const hash = createHash('sha1').update(readFileSync(path)).digest('hex');
  return { path, size, mtimeMs, hash, articleIds: [] as string[], readerVersion };
}

const storedIds = (store: Store) => store.articles.latest({ limit: 10 }).map((a) => a.id);

describe.each(storeBackends('files read again after an update'))('on $name', (backend) => {
  let dir = '';
  let folder = '';
  let store: Store;
  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-reader-'));
    folder = join(dir, 'articles');
    writeFiles(folder);
    store = backend.open();
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads again, once, every file an older version stored, and stores what this one makes of it', () => {
    expect(loaderFor(store, folder, 1).scan()).toMatchObject({ files: 3, loaded: 3, articles: 3 });
    const ids = storedIds(store);
    const fresh = ids.map((id) => store.articles.get(id));
    const speakers = store.quotes.speakers('', 10);
    const quotesOf = () =>
      ['Ana Ruiz', 'Omar Haddad'].map((speaker) =>
        store.quotes.find({ speaker, limit: 10 }).map((q) => q.text),
      );
    expect([...speakers].sort()).toEqual(['Ana Ruiz', 'Omar Haddad']);
    expect(quotesOf()).toEqual([['We are glad to have it back,'], ['Every ward gets a new playground,']]);
    // What an older analysis left: other summaries and keywords, no quotes.
    store.transaction(() =>
      store.articles.upsert(
        fresh.map((a) => ({ ...a!, headlineSummary: 'stale', keywords: ['stale'], summary: [], quotes: [] })),
      ),
    );
    expect(store.quotes.speakers('', 10)).toEqual([]);

    const lines: string[] = [];
    const report = loaderFor(store, folder, 2, lines).scan();
    expect(report).toMatchObject({ files: 3, loaded: 3, unchanged: 0, articles: 3, removed: 0, reread: 3 });
    expect(describeIngest(report, 3)).toBe(
      '3 files: 3 loaded (3 articles; 3 read again after an update of Herald), 0 unchanged, 0 skipped, ' +
        '0 removed; 3 articles stored',
    );
    expect(lines.join('\n')).toContain(
      "3 files were stored by an older version of Herald's reading and analysis: reading again",
    );
    // Every article as the reading makes it, each keeping when it was first stored.
    expect(ids.map((id) => store.articles.get(id))).toEqual(fresh);
    expect(store.quotes.speakers('', 10)).toEqual(speakers);
    expect(quotesOf()).toEqual([['We are glad to have it back,'], ['Every ward gets a new playground,']]);
    for (const name of Object.keys(FILES))
      expect(store.files.get(join(folder, name))?.readerVersion, name).toBe(2);

    // Read once: the next scan finds nothing to do, and an older version leaves the newer's work alone.
    expect(loaderFor(store, folder, 2).scan()).toMatchObject({ files: 3, loaded: 0, unchanged: 3 });
    expect(loaderFor(store, folder, 1).scan()).toMatchObject({ files: 3, loaded: 0, unchanged: 3 });
    expect(storedIds(store).sort()).toEqual([...ids].sort());
  });

  it('stores the article of a file an older version read as holding none', () => {
    const ferry = join(folder, 'ferry.txt');
    expect(loaderFor(store, folder, 1).scan()).toMatchObject({ loaded: 3, articles: 3 });
    const [article] = store.articles.search('ferries', { limit: 5, offset: 0 }).hits;
    expect(article?.title).toBe('Ferry timetable changes in spring');
    // As an older Herald left it: the file known, unchanged since, with no article.
    store.transaction(() => {
      const released = store.files.put(emptyRecord(ferry, 0));
      store.articles.delete(released.orphans);
    });
    expect(store.articles.get(article!.id)).toBeNull();

    expect(loaderFor(store, folder, 1).scan()).toMatchObject({
      files: 3,
      loaded: 1,
      unchanged: 2,
      reread: 1,
    });
    expect(store.articles.get(article!.id)?.title).toBe('Ferry timetable changes in spring');
    expect(store.files.get(ferry)).toMatchObject({ articleIds: [article!.id], readerVersion: 1 });
  });

  it('reads an outdated file again when it is named (the watcher, herald ingest FILE)', () => {
    const bridge = join(folder, 'bridge.txt');
    loaderFor(store, folder, 1).scan();
    const report = loaderFor(store, folder, 1).loadPaths([bridge]);
    expect(report).toMatchObject({ files: 1, loaded: 0, unchanged: 1 });
    expect(loaderFor(store, folder, 3).loadPaths([bridge])).toMatchObject({ files: 1, loaded: 1 });
    expect(store.files.get(bridge)?.readerVersion).toBe(3);
  });
});

/** The first scan after the upgrade reads every file again: the one stored with no article gets it. */
function expectReadAgain(store: Store, folder: string, emptyFile: string): void {
  expect(store.files.get(emptyFile)?.readerVersion).toBe(0);
  const report = loaderFor(store, folder, READER_VERSION).scan();
  expect(report).toMatchObject({ files: 3, loaded: 3, unchanged: 0, articles: 3, reread: 1 });
  expect(store.articles.search('ferries', { limit: 5, offset: 0 }).hits.map((h) => h.title)).toEqual([
    'Ferry timetable changes in spring',
  ]);
  expect(store.files.get(emptyFile)?.readerVersion).toBe(READER_VERSION);
}

describe('a store made before files recorded their reader', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-reader-old-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on SQLite: reads every file again on the first scan after the update', () => {
    const folder = join(dir, 'sqlite');
    writeFiles(folder);
    const path = join(dir, 'v12.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 12)) old.exec(m.sql);
    old.pragma('user_version = 12');
    const record = emptyRecord(join(folder, 'ferry.txt'), 0);
    old
      .prepare("INSERT INTO files (path, size, mtime_ms, hash, article_ids) VALUES (?, ?, ?, ?, '[]')")
      .run(record.path, record.size, Math.round(record.mtimeMs), record.hash);
    old.close();
    const store = openSqliteStore(path);
    try {
      expectReadAgain(store, folder, record.path);
    } finally {
      store.close();
    }
  });

  it.runIf(pgIncluded('files read again after an update'))(
    'on PostgreSQL: reads every file again on the first scan after the update',
    async () => {
      const folder = join(dir, 'pg');
      writeFiles(folder);
      const database = await createPgDatabase();
      try {
        const record = emptyRecord(join(folder, 'ferry.txt'), 0);
        const old = connectPg(database.url);
        try {
          migratePg(
            old,
            database.url,
            PG_MIGRATIONS.filter((m) => m.version < 4),
          );
          old.run('INSERT INTO files (path, size, mtime_ms, hash) VALUES ($1, $2, $3, $4)', [
            record.path,
            record.size,
            Math.round(record.mtimeMs),
            record.hash,
          ]);
        } finally {
          old.close();
        }
        const store = openPgStore(database.url);
        try {
          expectReadAgain(store, folder, record.path);
        } finally {
          store.close();
        }
      } finally {
        await database.drop();
      }
    },
  );
});
