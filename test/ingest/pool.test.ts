import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoader } from '../../src/ingest/loader.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';
import { createAnalysisPool } from '../../src/ingest/pool.js';
import { createLogger } from '../../src/logger.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { variedFile } from '../helpers/varied-articles.js';
import { headlineOf, writeArticles } from './fixtures.js';

// The pool must store exactly what the single-threaded loader stores: the same rows, in the same order
// (rowids), with the same analysis, quotes, speakers, files and search index, on articles varied in
// format, length, language, date and quotes, over more than two write batches (the pool overlaps them).
const OTHER_LANGUAGES = [
  'Neue Pläne für die Energiewende\n\nDie Bundesregierung hat am Montag neue Pläne vorgestellt. Die Ministerin sagte: „Die Energiewende ist eine Chance für das ganze Land.“ Der Plan wird im Herbst beraten.\n',
  'Un nouveau plan énergétique\n\nLe gouvernement a présenté lundi un nouveau plan. La ministre a déclaré : « Le plan est une chance pour tout le pays. » Le Parlement examinera le plan en automne.\n',
  '新しいエネルギー計画\n\n政府は月曜日に新しいエネルギー計画を発表した。大臣は「この計画は国全体にとっての好機だ」と述べた。\n',
];

let dir: string;
let lines: string[][];

function load(folder: string, dbPath: string) {
  const log: string[] = [];
  lines.push(log);
  // The logger's own clock stamps each line: only what follows it is compared.
  const write = (line: string) => log.push(line.replace(/^\S+ /, ''));
  const store = openSqliteStore(dbPath);
  let clock = Date.UTC(2026, 10, 23, 12);
  const loader = createLoader(folder, {
    store,
    parse: parseStoredArticleFile,
    logger: createLogger('debug', write),
    now: () => (clock += 1000),
  });
  return { store, loader };
}

function rows(store: SqliteStore, sql: string): unknown[] {
  return store.db.prepare(sql).all();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-pool-'));
  lines = [];
  const articles = join(dir, 'articles');
  writeArticles(articles, 420);
  mkdirSync(join(articles, 'varied'));
  for (let i = 0; i < 40; i++) writeFileSync(join(articles, 'varied', `v${i}.txt`), variedFile(i));
  OTHER_LANGUAGES.forEach((text, i) => writeFileSync(join(articles, `lang${i}.txt`), text));
  cpSync(resolve(import.meta.dirname, '..', '..', 'data', 'articles'), join(articles, 'samples'), {
    recursive: true,
  });
  // A copy (the same article in two files), an empty file and an undated two-record file.
  cpSync(join(articles, 'varied', 'v3.txt'), join(articles, 'copy-of-v3.txt'));
  writeFileSync(join(articles, 'empty.txt'), '');
  writeFileSync(
    join(articles, 'undated.jsonl'),
    '{"title":"First undated brief","text":"The first brief has no date at all."}\n' +
      '{"title":"Second undated brief","text":"The second brief has no date either."}\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the analysis pool', () => {
  it('stores every row the single-threaded loader stores, in the same order', async () => {
    const articles = join(dir, 'articles');
    const single = load(articles, join(dir, 'single.db'));
    const singleReport = single.loader.scan();
    const pool = createAnalysisPool(2);
    const pooled = load(articles, join(dir, 'pooled.db'));
    let opened = 0;
    const pooledReport = await pooled.loader.scanBulk(() => (opened++, pool), 0).finally(() => pool.close());
    expect(opened).toBe(1);
    expect(pooledReport).toEqual(singleReport);
    expect(singleReport.articles).toBeGreaterThan(450);
    const queries = [
      'SELECT rowid, * FROM articles ORDER BY rowid',
      'SELECT rowid, * FROM quotes ORDER BY rowid',
      'SELECT rowid, * FROM speakers ORDER BY rowid',
      'SELECT * FROM files ORDER BY path',
      "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'council OR energiewende OR harbour' ORDER BY rowid",
      "SELECT rowid FROM headlines_fts WHERE headlines_fts MATCH 'valley*' ORDER BY rowid",
    ];
    for (const sql of queries) {
      const expected = rows(single.store, sql);
      expect(expected.length, sql).toBeGreaterThan(0);
      const actual = rows(pooled.store, sql);
      expect(actual.length, sql).toBe(expected.length);
      // Row by row, so a difference names its row.
      expected.forEach((row, i) => expect([sql, i, actual[i]]).toEqual([sql, i, row]));
    }
    // The same warnings (the empty file, the undated records): a file's parse warnings come as its
    // batch is written, a skipped file's as it is read, so only the order between the two kinds differs.
    expect([...(lines[1] as string[])].sort()).toEqual([...(lines[0] as string[])].sort());
    expect((lines[0] as string[]).some((line) => line.includes('empty.txt'))).toBe(true);
    single.store.close();
    pooled.store.close();
  }, 120_000);

  it('starts no pool when fewer files changed than a bulk load needs, and stores them all the same', async () => {
    const articles = join(dir, 'few');
    const { files } = writeArticles(articles, 12);
    const few = load(articles, join(dir, 'few.db'));
    const asked: number[] = [];
    const openPool = () => {
      asked.push(1);
      throw new Error('no pool for a few files');
    };
    const first = await few.loader.scanBulk(openPool, files + 1);
    const again = await few.loader.scanBulk(openPool, 1);
    expect(asked).toEqual([]);
    expect([first.loaded, again.unchanged]).toEqual([files, files]);
    const titles = few.store.db.prepare('SELECT title FROM articles ORDER BY title').pluck().all();
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => headlineOf(i)).sort());
    few.store.close();
  });
});
