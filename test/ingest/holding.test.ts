// An article stays stored while any file holds it: renames, copies and deletions on a real folder.
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { watchArticles } from '../../src/ingest/watcher.js';
import { createLogger } from '../../src/logger.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { articleText, headlineOf, tokenOf, writeArticles } from './fixtures.js';

let dir: string;
let articles: string;
let store: SqliteStore;
let lines: string[];
let clock: number;

function makeLoader() {
  lines = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  return createLoader(articles, { store, parse: parseStoredArticleFile, logger, now: () => (clock += 1000) });
}

const found = (i: number) =>
  store.articles.search(tokenOf(i), { limit: 5, offset: 0 }).hits.map((h) => h.title);

beforeEach(() => {
  clock = Date.UTC(2026, 10, 23, 12);
  dir = mkdtempSync(join(tmpdir(), 'herald-holding-'));
  articles = join(dir, 'articles');
  mkdirSync(articles);
  store = openSqliteStore(join(dir, 'herald.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a renamed file', () => {
  it('keeps its article, and every other article, through the rename and the scans after it', () => {
    const { files, pathOf } = writeArticles(articles, 12);
    const loader = makeLoader();
    expect(loader.scan()).toMatchObject({ files, articles: 12 });
    const before = store.articles.get(
      store.articles.search(tokenOf(5), { limit: 1, offset: 0 }).hits[0]!.id,
    )!;
    renameSync(pathOf.get(5)!, join(articles, 'renamed.txt'));
    mkdirSync(join(articles, 'moved'));
    renameSync(pathOf.get(7)!, join(articles, 'moved', 'moved.json'));
    expect(loader.scan()).toMatchObject({ loaded: 2, removed: 2, duplicates: 0 });
    for (let i = 0; i < 12; i++) expect(found(i), `article ${i}`).toEqual([headlineOf(i)]);
    expect(store.articles.count()).toBe(12);
    const after = store.articles.get(before.id)!;
    expect(after.filePath).toBe(join(articles, 'renamed.txt'));
    // Still the same stored article: it was not deleted and added again.
    expect(after.ingestedAt).toBe(before.ingestedAt);
    expect(loader.scan()).toMatchObject({ unchanged: files, loaded: 0, removed: 0 });
    expect(store.articles.count()).toBe(12);
  });

  it('keeps its article when the watcher sees the rename', async () => {
    const { pathOf } = writeArticles(articles, 6);
    const loader = makeLoader();
    loader.scan();
    const watcher = watchArticles(loader, { logger: createLogger('error', () => {}), settleMs: 50 });
    try {
      renameSync(pathOf.get(1)!, join(articles, 'b1.md'));
      await expect
        .poll(() => store.files.get(join(articles, 'b1.md')) !== null, { timeout: 3000 })
        .toBe(true);
      await watcher.idle();
      await expect.poll(() => store.files.get(pathOf.get(1)!), { timeout: 3000 }).toBeNull();
      for (let i = 0; i < 6; i++) expect(found(i), `article ${i}`).toEqual([headlineOf(i)]);
    } finally {
      watcher.close();
    }
  });
});

describe('identical files', () => {
  it('keep their article until the last copy goes, and say how many were duplicates', () => {
    const { pathOf } = writeArticles(articles, 8);
    writeFileSync(join(articles, 'copy-of-0.txt'), articleText(0));
    copyFileSync(pathOf.get(2)!, join(articles, 'copy-of-2.json'));
    const loader = makeLoader();
    const report = loader.scan();
    expect(report).toMatchObject({ articles: 10, duplicates: 2 });
    expect(store.articles.count()).toBe(8);

    rmSync(pathOf.get(5)!);
    rmSync(join(articles, 'copy-of-0.txt'));
    expect(loader.scan()).toMatchObject({ removed: 2 });
    expect(found(0)).toEqual([headlineOf(0)]);
    expect(found(5)).toEqual([]);
    rmSync(pathOf.get(0)!);
    rmSync(pathOf.get(2)!);
    loader.scan();
    expect(found(0)).toEqual([]);
    expect(found(2)).toEqual([headlineOf(2)]);
    for (const i of [1, 3, 4, 6, 7]) expect(found(i), `article ${i}`).toEqual([headlineOf(i)]);
    expect(store.articles.count()).toBe(6);
  });

  it('counts a record repeated inside one file as a duplicate', () => {
    const record = JSON.stringify({
      title: headlineOf(3),
      text: 'The zqd story, told twice in one file by mistake.',
    });
    writeFileSync(
      join(articles, 'twice.jsonl'),
      `${record}\n${JSON.stringify({ title: headlineOf(5), text: 'Another one, told once.' })}\n${record}\n`,
    );
    expect(makeLoader().scan()).toMatchObject({ articles: 3, duplicates: 1 });
    expect(store.articles.count()).toBe(2);
  });
});

describe('an unchanged file whose article is missing', () => {
  it('is loaded again, whether its stamp or only its content is unchanged', () => {
    const { pathOf } = writeArticles(articles, 6);
    const loader = makeLoader();
    loader.scan();
    const ids = [1, 3].map((i) => store.articles.search(tokenOf(i), { limit: 1, offset: 0 }).hits[0]!.id);
    store.articles.delete(ids);
    utimesSync(pathOf.get(3)!, new Date(), new Date(Date.now() + 5000));
    const report = loader.scan();
    expect(report.loaded).toBe(2);
    for (let i = 0; i < 6; i++) expect(found(i), `article ${i}`).toEqual([headlineOf(i)]);
  });
});

describe('a database from before the link table', () => {
  it('gets its links from files.article_ids, so a rename after the upgrade keeps the article', () => {
    store.close();
    const path = join(dir, 'old.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    old.close();
    // Loaded by the old schema's rules: ids in the JSON column only.
    const { pathOf } = writeArticles(articles, 4);
    store = openSqliteStore(path);
    makeLoader().scan();
    const rows = store.db.prepare('SELECT path, article_id FROM file_articles ORDER BY path').all() as Array<{
      path: string;
      article_id: string;
    }>;
    store.db.exec('DROP TABLE feed_fetches; DROP TABLE feed_fetch_totals');
    store.db.exec(
      'DROP TABLE post_notices; DROP TABLE posts; DROP TABLE post_subscriptions; DROP TABLE guild_settings; DROP TABLE file_articles; DROP TABLE feed_items; DROP TABLE feeds',
    );
    // Migration 12's column (its full-text index is made again when it runs).
    store.db.exec(
      'DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; DROP TRIGGER articles_fts_update; ALTER TABLE articles DROP COLUMN spaced',
    );
    // Migration 13's column.
    store.db.exec('ALTER TABLE files DROP COLUMN reader_version');
    for (const r of rows) {
      store.db
        .prepare('UPDATE files SET article_ids = ? WHERE path = ?')
        .run(JSON.stringify([r.article_id]), r.path);
    }
    store.db.pragma('user_version = 3');
    store.close();

    store = openSqliteStore(path);
    const backfilled = store.db.prepare('SELECT path, article_id FROM file_articles ORDER BY path').all();
    expect(backfilled).toEqual(rows);
    renameSync(pathOf.get(1)!, join(articles, 'z1.md'));
    makeLoader().scan();
    for (let i = 0; i < 4; i++) expect(found(i), `article ${i}`).toEqual([headlineOf(i)]);
  });
});

describe('undated articles', () => {
  it('keep the order of their file, with one warning for the file, while dated ones keep their date', () => {
    const titles = [
      'Fifth story zqa',
      'Fourth story zqb',
      'Third story zqc',
      'Second story zqd',
      'First story zqe',
    ];
    const records = titles.map((title, i) =>
      JSON.stringify({
        title,
        text: `Story number ${5 - i} of an undated archive, with its own words ${title}.`,
      }),
    );
    records.splice(
      2,
      0,
      JSON.stringify({
        title: 'Dated story zqf',
        date: '2020-01-02T03:04:05Z',
        publisher: 'Old Gazette',
        text: 'An old dated story from the archive.',
      }),
    );
    writeFileSync(join(articles, 'archive.jsonl'), records.join('\n'));
    makeLoader().scan();
    const latest = store.articles.latest({ limit: 10 });
    expect(latest.map((a) => a.title)).toEqual([...titles, 'Dated story zqf']);
    const dated = latest.at(-1)!;
    expect(dated.published).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
    expect(dated.source).toBe('Old Gazette');
    const warnings = lines.filter((l) => l.includes('archive.jsonl') && l.includes('no date'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/5 of 6 articles have no date/);
  });
});
