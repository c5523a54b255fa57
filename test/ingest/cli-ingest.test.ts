// `herald ingest` as a user runs it: what it says about duplicates, renames and links, in text and JSON.
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { herald, writeArticles } from './fixtures.js';

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
      stored: 9,
    });
    renameSync(pathOf.get(1)!, join(articles, 'renamed.md'));
    const text = herald(['ingest'], env);
    expect(text.out.trim()).toBe(
      `${files + 3} files: 1 loaded (1 article), ${files + 2} unchanged, 0 skipped, 1 removed; 9 articles stored`,
    );
  });
});
