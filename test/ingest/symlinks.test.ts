// Nothing outside the articles folder is read, through links of any kind, on a real file system.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { watchArticles } from '../../src/ingest/watcher.js';
import { createLogger } from '../../src/logger.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { articleText, headlineOf, herald, tokenOf, writeArticles } from './fixtures.js';

let dir: string;
let articles: string;
let outside: string;
let store: SqliteStore;
let lines: string[];

function makeLoader(followSymlinks: boolean, root = articles) {
  lines = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  return createLoader(root, { store, parse: parseStoredArticleFile, logger, now: () => 1, followSymlinks });
}

const paths = () => store.db.prepare('SELECT path FROM files ORDER BY path').pluck().all() as string[];
const titles = () => store.db.prepare('SELECT title FROM articles ORDER BY title').pluck().all() as string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-links-'));
  articles = join(dir, 'articles');
  outside = join(dir, 'outside');
  mkdirSync(join(articles, 'inner'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), articleText(900));
  writeFileSync(
    join(outside, 'passwd'),
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
  );
  store = openSqliteStore(join(dir, 'herald.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([false, true])('with FOLLOW_SYMLINKS=%s', (follow) => {
  it('never reads a file or folder outside the articles folder through a link, and says why', () => {
    const { files } = writeArticles(articles, 3);
    symlinkSync(join(outside, 'passwd'), join(articles, 'p'));
    symlinkSync(join(outside, 'secret.txt'), join(articles, 'inner', 'secret.txt'));
    symlinkSync(outside, join(articles, 'elsewhere'));
    symlinkSync('/etc', join(articles, 'etc'));
    const report = makeLoader(follow).scan();
    expect(report.files).toBe(files);
    expect(titles()).toEqual([0, 1, 2].map(headlineOf).sort());
    expect(paths().every((p) => p.startsWith(articles + '/'))).toBe(true);
    for (const name of ['p', 'secret.txt', 'elsewhere', 'etc']) {
      const line = lines.find((l) => l.includes('passed over') && l.includes(`/${name}:`));
      expect(line, `a warning names ${name}`).toBeDefined();
      expect(line).toMatch(follow ? /outside/ : /symbolic link/);
    }
  });

  it('finishes on links that point back up the tree, reading each real file once', () => {
    const { files } = writeArticles(join(articles, 'inner'), 4);
    symlinkSync(articles, join(articles, 'inner', 'up'));
    symlinkSync('..', join(articles, 'inner', 'part0', 'back'));
    symlinkSync(join(articles, 'inner'), join(articles, 'again'));
    const report = makeLoader(follow).scan();
    // Every real file once; no path holds a link to a folder already read.
    expect(report.files).toBe(files);
    expect(titles()).toEqual([0, 1, 2, 3].map(headlineOf).sort());
    expect(paths().some((p) => /\/(up|back|again)\//.test(p))).toBe(false);
  });
});

describe('links that stay inside the folder', () => {
  it('are followed only when the operator asks for it', () => {
    writeFileSync(join(articles, 'inner', 'real.txt'), articleText(7));
    symlinkSync(join(articles, 'inner', 'real.txt'), join(articles, 'alias.txt'));
    expect(makeLoader(false).scan()).toMatchObject({ files: 1, articles: 1 });
    expect(paths()).toEqual([join(articles, 'inner', 'real.txt')]);
    expect(makeLoader(true).scan()).toMatchObject({ files: 2, loaded: 1, unchanged: 1, duplicates: 1 });
    expect(paths()).toEqual([join(articles, 'alias.txt'), join(articles, 'inner', 'real.txt')]);
    expect(store.articles.search(tokenOf(7), { limit: 5, offset: 0 }).hits.map((h) => h.title)).toEqual([
      headlineOf(7),
    ]);
  });

  it('lose what they brought in once links are no longer followed, keeping the real file', () => {
    writeFileSync(join(articles, 'inner', 'real.txt'), articleText(7));
    symlinkSync(join(articles, 'inner', 'real.txt'), join(articles, 'alias.txt'));
    makeLoader(true).scan();
    expect(makeLoader(false).scan()).toMatchObject({ removed: 1 });
    expect(paths()).toEqual([join(articles, 'inner', 'real.txt')]);
    expect(store.articles.count()).toBe(1);
  });
});

describe('the watcher', () => {
  it('does not load a link to a file outside the folder dropped in while it runs', async () => {
    const loader = makeLoader(true);
    loader.scan();
    const watcher = watchArticles(loader, {
      logger: createLogger('debug', (l) => lines.push(l)),
      settleMs: 30,
    });
    try {
      symlinkSync(join(outside, 'secret.txt'), join(articles, 'dropped.txt'));
      symlinkSync(outside, join(articles, 'dropped-folder'));
      writeFileSync(join(articles, 'real.txt'), articleText(3));
      await expect.poll(() => store.articles.count(), { timeout: 3000 }).toBe(1);
      await watcher.idle();
      expect(titles()).toEqual([headlineOf(3)]);
      expect(lines.some((l) => l.includes('passed over') && l.includes('dropped.txt'))).toBe(true);
    } finally {
      watcher.close();
    }
  });
});

describe('herald ingest PATH', () => {
  it('keeps to each PATH it is given, and reports the links it passed over', () => {
    writeArticles(articles, 2);
    symlinkSync(join(outside, 'secret.txt'), join(articles, 'secret.txt'));
    const env = { DATABASE_PATH: join(dir, 'cli.db'), FOLLOW_SYMLINKS: 'true' };
    const result = herald(['ingest', '--json', articles], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ files: 2, articles: 2, stored: 2 });
    const text = herald(['ingest', articles], env);
    expect(text.err).toMatch(/passed over .*secret\.txt: a symbolic link to .*outside/);
  });
});
