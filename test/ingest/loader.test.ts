import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoader, MAX_FILE_BYTES } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { watchArticles } from '../../src/ingest/watcher.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';

const GOOD = `Harbour bridge reopens after repairs

The city's harbour bridge reopened on Monday after six months of repairs, the council said.

"We are glad to have it back," said Mayor Ana Ruiz. Traffic was light in the morning.
`;

let dir: string;
let articles: string;
let store: Store;
let lines: string[];

function makeLoader() {
  lines = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  let clock = Date.UTC(2026, 10, 23, 12);
  return createLoader(articles, { store, parse: parseStoredArticleFile, logger, now: () => (clock += 1000) });
}

function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = `${statSync(p).mtimeMs}:${readFileSync(p).toString('base64')}`;
    }
  };
  walk(folder);
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-loader-'));
  articles = join(dir, 'articles');
  mkdirSync(join(articles, 'nested', 'deeper'), { recursive: true });
  store = openStore(join(dir, 'herald.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the loader', () => {
  it('loads every format from nested folders into a searchable store', () => {
    writeFileSync(join(articles, 'bridge.txt'), GOOD);
    writeFileSync(
      join(articles, 'nested', 'budget.md'),
      '---\ntitle: Council passes budget\nsource: Civic Times\n---\n\nThe council passed its budget on Tuesday after a long debate about parks.\n',
    );
    writeFileSync(
      join(articles, 'nested', 'deeper', 'one.json'),
      JSON.stringify({
        title: 'Library extends hours',
        text: 'The central library will open until nine on weekdays from next month.',
        url: 'https://example.org/library',
      }),
    );
    writeFileSync(
      join(articles, 'nested', 'many.jsonl'),
      [
        JSON.stringify({
          title: 'Ferry timetable changes',
          body: 'Ferries will run every twenty minutes during the summer season.',
        }),
        JSON.stringify({
          title: 'Market returns',
          text: 'The farmers market returns to the square this Saturday morning.',
        }),
      ].join('\n'),
    );
    writeFileSync(
      join(articles, 'page.html'),
      '<html><head><title>Park opens</title></head><body><article><h1>Park opens</h1><p>A new riverside park opened to the public on Sunday, with a playground and a cafe. Families came early and stayed late into the evening.</p><p>The park took three years to build and cost less than planned, officials said on Sunday afternoon.</p></article></body></html>',
    );
    const report = makeLoader().scan();
    expect(report).toMatchObject({ files: 5, loaded: 5, articles: 6, skipped: 0 });
    expect(store.articles.count()).toBe(6);
    for (const word of ['harbour', 'budget', 'library', 'ferries', 'farmers', 'riverside']) {
      expect(store.articles.search(word, { limit: 5, offset: 0 }).total).toBeGreaterThan(0);
    }
  });

  it('skips unchanged files on a second scan, and reloads a changed one', () => {
    const path = join(articles, 'bridge.txt');
    writeFileSync(path, GOOD);
    const loader = makeLoader();
    loader.scan();
    expect(loader.scan()).toMatchObject({ unchanged: 1, loaded: 0 });
    // Touched but identical: the content hash says it is unchanged.
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(loader.scan()).toMatchObject({ unchanged: 1, loaded: 0 });
    writeFileSync(path, GOOD.replace('six months', 'nine months'));
    utimesSync(path, new Date(), new Date(Date.now() + 10_000));
    expect(loader.scan()).toMatchObject({ loaded: 1 });
    expect(store.articles.count()).toBe(1);
    expect(store.articles.search('nine', { limit: 5, offset: 0 }).total).toBe(1);
  });

  it('removes the articles of a deleted file, and only of that file', () => {
    writeFileSync(join(articles, 'a.txt'), GOOD);
    writeFileSync(
      join(articles, 'b.txt'),
      'Another story\n\nSomething else happened entirely, in another town, on another day.\n',
    );
    const loader = makeLoader();
    loader.scan();
    rmSync(join(articles, 'a.txt'));
    expect(loader.scan()).toMatchObject({ removed: 1 });
    expect(store.articles.count()).toBe(1);
    expect(store.articles.search('harbour', { limit: 5, offset: 0 }).total).toBe(0);
  });

  it('removes the articles of a deleted folder, nested folders included', () => {
    mkdirSync(join(articles, 'gone', 'inner'), { recursive: true });
    writeFileSync(join(articles, 'gone', 'a.txt'), GOOD);
    writeFileSync(
      join(articles, 'gone', 'inner', 'b.txt'),
      'Inner story\n\nA story kept two folders down, about a quiet harbour town.\n',
    );
    writeFileSync(
      join(articles, 'kept.txt'),
      'Kept story\n\nThis one stays where it is, in the top folder, untouched.\n',
    );
    const loader = makeLoader();
    loader.scan();
    expect(store.articles.count()).toBe(3);
    rmSync(join(articles, 'gone'), { recursive: true });
    expect(loader.scan()).toMatchObject({ removed: 2, unchanged: 1 });
    expect(store.articles.count()).toBe(1);
  });

  it('names each bad file with its reason, loads the good ones, and never touches the files', () => {
    writeFileSync(join(articles, 'good.txt'), GOOD);
    writeFileSync(join(articles, 'empty.txt'), '');
    writeFileSync(join(articles, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 0, 7, 8, 0]));
    writeFileSync(join(articles, 'broken.json'), '{"title": "Half', 'utf8');
    writeFileSync(join(articles, 'blank.md'), '---\ntitle: Nothing here\n---\n\n   \n');
    writeFileSync(join(articles, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    writeFileSync(join(articles, 'odd name ✓ (1) #&.txt'), GOOD.replace('Harbour', 'Odd'));
    writeFileSync(
      join(articles, 'latin1.txt'),
      Buffer.from(
        'Caf\xe9 opens\n\nThe caf\xe9 on the corner opened its doors on Monday with a na\xefve menu.\n',
        'latin1',
      ),
    );
    const locked = join(articles, 'locked.txt');
    writeFileSync(locked, GOOD);
    chmodSync(locked, 0o000);
    const before = snapshot(articles);

    const report = makeLoader().scan();
    chmodSync(locked, 0o644);

    for (const name of ['empty.txt', 'binary.txt', 'broken.json', 'blank.md', 'huge.txt']) {
      expect(
        lines.some((l) => l.includes(name) && /WARN/.test(l)),
        `a warning names ${name}`,
      ).toBe(true);
    }
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty/);
    expect(lines.find((l) => l.includes('huge.txt'))).toMatch(/MB/);
    expect(store.articles.search('harbour', { limit: 5, offset: 0 }).total).toBeGreaterThan(0);
    expect(store.articles.search('odd', { limit: 5, offset: 0 }).total).toBe(1);
    expect(store.articles.search('café', { limit: 5, offset: 0 }).total).toBe(1);
    expect(report.skipped).toBeGreaterThanOrEqual(5);
    chmodSync(locked, 0o644);
    expect(snapshot(articles)).toEqual(before);
  });

  it('keeps the files of another folder loaded by the CLI when ARTICLES_DIR is scanned', () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'x.txt'), GOOD);
    const logger = createLogger('error', () => {});
    createLoader(other, { store, parse: parseStoredArticleFile, logger, now: () => 1 }).scan();
    makeLoader().scan();
    expect(store.articles.count()).toBe(1);
  });
});

describe('the watcher', () => {
  it('makes a new file searchable, a changed file current and a deleted file gone', async () => {
    const loader = makeLoader();
    loader.scan();
    const watcher = watchArticles(loader, { logger: createLogger('error', () => {}), settleMs: 50 });
    try {
      const path = join(articles, 'nested', 'new.txt');
      writeFileSync(path, GOOD);
      await expect
        .poll(() => store.articles.search('harbour', { limit: 5, offset: 0 }).total, { timeout: 2000 })
        .toBe(1);
      writeFileSync(path, GOOD.replace('Harbour bridge', 'Tunnel'));
      await expect
        .poll(() => store.articles.search('tunnel', { limit: 5, offset: 0 }).total, { timeout: 2000 })
        .toBe(1);
      rmSync(path);
      await expect.poll(() => store.articles.count(), { timeout: 2000 }).toBe(0);
    } finally {
      watcher.close();
    }
  });
});

describe('files that are never articles', () => {
  it('leaves a database kept inside the articles folder, and editor temp files, alone', () => {
    writeFileSync(join(articles, 'good.txt'), GOOD);
    writeFileSync(join(articles, 'herald.db-wal'), Buffer.from([1, 2, 3]));
    writeFileSync(join(articles, 'notes.txt.swp'), 'x');
    const report = makeLoader().scan();
    expect(report).toMatchObject({ files: 1, loaded: 1, skipped: 0 });
    expect(lines.filter((l) => l.includes('WARN'))).toEqual([]);
  });
});
