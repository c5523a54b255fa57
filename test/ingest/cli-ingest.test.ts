// `herald ingest` as a user runs it: what it says about duplicates, renames and links, in text and JSON.
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { herald, headlineOf, writeArticles } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-cli-ingest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('herald ingest', () => {
  it('says how many articles were duplicates of stored ones, in text and in --json', () => {
    const articles = join(dir, 'articles');
    const { files, pathOf } = writeArticles(articles, 9);
    copyFileSync(pathOf.get(0)!, join(articles, 'copy-a.txt'));
    copyFileSync(pathOf.get(2)!, join(articles, 'copy-b.json'));
    copyFileSync(pathOf.get(3)!, join(articles, 'copy-c.jsonl')); // two records
    const env = { DATABASE_PATH: join(dir, 'h.db'), ARTICLES_DIR: articles };
    const json = herald(['ingest', '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      files: files + 3,
      loaded: files + 3,
      unchanged: 0,
      skipped: 0,
      removed: 0,
      articles: 13,
      duplicates: 4,
      reread: 0,
      stored: 9,
    });
    renameSync(pathOf.get(1)!, join(articles, 'renamed.md'));
    const text = herald(['ingest'], env);
    expect(text.out.trim()).toBe(
      `${files + 3} files: 1 loaded (1 article), ${files + 2} unchanged, 0 skipped, 1 removed; 9 articles stored`,
    );
  });

  it('loads several folders in turn, and checks every PATH before loading any', () => {
    const first = writeArticles(join(dir, 'one'), 50);
    const second = writeArticles(join(dir, 'two'), 45, 50);
    const env = { DATABASE_PATH: join(dir, 'h.db'), INGEST_WORKERS: '1' };
    const missing = herald(['ingest', join(dir, 'one'), join(dir, 'nowhere')], env);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(`${join(dir, 'nowhere')}: no such file or folder`);
    const untouched = openSqliteStore(env.DATABASE_PATH);
    expect(untouched.articles.count()).toBe(0);
    untouched.close();
    const both = herald(['ingest', '--json', join(dir, 'one'), join(dir, 'two')], env);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.out)).toMatchObject({
      files: first.files + second.files,
      articles: 95,
      stored: 95,
    });
    // Each folder's articles in turn: the first PATH's stored first.
    const store = openSqliteStore(env.DATABASE_PATH);
    const titles = store.db.prepare('SELECT title FROM articles ORDER BY rowid').pluck().all() as string[];
    store.close();
    const headlines = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => headlineOf(from + i)).sort();
    expect([titles.slice(0, 50).sort(), titles.slice(50).sort()]).toEqual([
      headlines(0, 50),
      headlines(50, 45),
    ]);
  });
});
