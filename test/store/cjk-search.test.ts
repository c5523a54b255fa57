// Search in scripts written without spaces between words (Chinese, Japanese, Korean), on SQLite and on
// PostgreSQL, in a new store and in one an earlier Herald made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleParams } from '../../src/store/articles.js';
import { openSqliteStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { connectPg } from '../../src/store/pg/bridge.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { upsertValues } from '../../src/store/pg/articles.js';
import { migratePg, PG_MIGRATIONS } from '../../src/store/pg/schema.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/store/types.js';
import type { Store } from '../../src/store/store.js';
import { HIGHLIGHT_MARKS, storedArticle } from '../helpers/varied-articles.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { storeBackends } from '../helpers/store-backends.js';

// Written for these tests.
const ARTICLES = [
  storedArticle(
    'zh-space',
    '宇航员在太空中喝酒会怎么样',
    '国际空间站的宇航员不能饮酒。专家说，酒精在太空中的影响与地面不同。',
  ),
  storedArticle('zh-phone', '华为发布新手机', '华为周二在深圳发布了新手机，售价四千元。'),
  storedArticle(
    'ja-app',
    'トレンドマイクロ、公衆無線LANを安全に使うアプリ',
    'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化するアプリを発表した。',
  ),
  storedArticle(
    'zh-rain',
    '北京下了一场大雨',
    '周三下午，北京城区出现强降水。气象台发布了暴雨预警，提醒市民减少外出。地铁部分线路临时停运，很多乘客在车站等待。傍晚时分，天气逐渐好转，城市交通慢慢恢复正常。专家表示，今年夏天的降水量比往年多三成，防汛工作需要继续加强。',
  ),
  storedArticle('ko-speech', '대통령은 오늘 서울에서 연설했다', '대통령은 경제 정책에 대해 말했다.'),
  storedArticle(
    'en-bridge',
    'Harbour bridge reopens',
    'The harbour bridge reopened on Monday after repairs.',
  ),
];

const QUERIES: Array<[string, string[]]> = [
  ['宇航员', ['zh-space']],
  ['空间站', ['zh-space']],
  ['太空 酒精', ['zh-space']],
  ['华为', ['zh-phone']],
  ['"发布了新手机"', ['zh-phone']],
  ['深圳 宇航员', []],
  ['手机深圳', []],
  ['暗号化', ['ja-app']],
  ['トレンドマイクロ', ['ja-app']],
  ['Wi-Fi', ['ja-app']],
  ['대통령', ['ko-speech']],
  ['서울', ['ko-speech']],
  ['harbour', ['en-bridge']],
  ['"harbour bridge"', ['en-bridge']],
];

function ids(store: Store, query: string): string[] {
  return store.articles
    .search(query, { limit: 10, offset: 0 })
    .hits.map((h) => h.id)
    .sort();
}

describe.each(storeBackends('search without spaces'))('search without spaces on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    await backend.setUp();
    store = backend.open();
    store.articles.upsert(ARTICLES);
  });
  afterAll(async () => {
    store.close();
    await backend.tearDown();
  });

  it.each(QUERIES)('finds %j in exactly the articles that hold it', (query, expected) => {
    expect(ids(store, query)).toEqual(expected);
  });

  it.each([
    ['宇航员', 'zh-space', ['宇航员']],
    ['防汛', 'zh-rain', ['防汛']],
    ['暴雨预警 市民', 'zh-rain', ['暴雨预警', '市民']],
    ['대통령', 'ko-speech', ['대통령']],
    ['暗号化', 'ja-app', ['暗号化']],
    ['harbour', 'en-bridge', ['harbour']],
  ])("shows %j in the hit's own text, highlighted, without the headline", (query, id, marked) => {
    const [hit] = store.articles.search(query, { limit: 1, offset: 0 }).hits;
    const article = ARTICLES.find((a) => a.id === id)!;
    expect(hit?.id).toBe(id);
    const snippet = hit?.snippet ?? '';
    const plain = snippet.replace(HIGHLIGHT_MARKS, '');
    expect(article.text).toContain(plain.replace(/^…|…$/gu, ''));
    expect(plain).not.toContain(article.title);
    const highlighted = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'gu');
    expect([...snippet.matchAll(highlighted)].map((m) => m[1])).toEqual(marked);
  });

  it('cuts a long text around the match, not from its start', () => {
    const [hit] = store.articles.search('防汛', { limit: 1, offset: 0 }).hits;
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet).not.toContain('周三下午');
  });

  it.each([
    ['宇航', ['宇航员在太空中喝酒会怎么样']],
    ['太空 喝酒', ['宇航员在太空中喝酒会怎么样']],
    // In the text, not the headline: not a headline to complete.
    ['空间站', []],
    ['トレンド', ['トレンドマイクロ、公衆無線LANを安全に使うアプリ']],
    ['대통령', ['대통령은 오늘 서울에서 연설했다']],
    ['harb', ['Harbour bridge reopens']],
  ])('completes the headline typed as %j', (typed, titles) => {
    expect(store.articles.headlines(typed, 5).map((h) => h.title)).toEqual(titles);
  });

  it('finds the new text when an article is stored again, and not the old', () => {
    store.articles.upsert([storedArticle('zh-phone', '华为发布新平板', '华为周二在深圳发布了新平板电脑。')]);
    expect([ids(store, '平板'), ids(store, '手机')]).toEqual([['zh-phone'], []]);
  });
});

describe('a store an earlier Herald made', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-cjk-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is indexed for search without spaces when it is opened, and keeps finding everything else', () => {
    const path = join(dir, 'v11.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 11)) old.exec(m.sql);
    old.pragma('user_version = 11');
    const insert = old.prepare(`INSERT INTO articles (id, title, standfirst, text, url, source, author,
      published, ingested_at, tags, file_path, sentences, summary, headline_summary, keywords, entities,
      signature, story_key) VALUES (@id, @title, @standfirst, @text, @url, @source, @author, @published,
      @ingestedAt, @tags, @filePath, @sentences, @summary, @headlineSummary, @keywords, @entities,
      @signature, @storyKey)`);
    for (const a of ARTICLES) {
      const { spaced: _spaced, ...values } = articleParams(a);
      insert.run({ ...values, quotes: undefined });
    }
    old.close();
    const store = openSqliteStore(path);
    try {
      for (const [query, expected] of QUERIES) expect(ids(store, query), query).toEqual(expected);
    } finally {
      store.close();
    }
  });
});

describe.runIf(pgIncluded('search without spaces'))('a PostgreSQL store an earlier Herald made', () => {
  it('is indexed for search without spaces when it is opened, and keeps finding everything else', async () => {
    const database = await createPgDatabase();
    try {
      const old = connectPg(database.url);
      try {
        migratePg(
          old,
          database.url,
          PG_MIGRATIONS.filter((m) => m.version < 3),
        );
        for (const a of ARTICLES) {
          old.run(
            `INSERT INTO articles (id, title, standfirst, text, url, source, author, published, ingested_at, tags,
               file_path, sentences, summary, headline_summary, keywords, entities, signature, story_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
            // The version-2 columns: every value but `spaced`, which migration 3 adds.
            upsertValues(a).slice(0, 18),
          );
        }
      } finally {
        old.close();
      }
      const store = openPgStore(database.url);
      try {
        for (const [query, expected] of QUERIES) expect(ids(store, query), query).toEqual(expected);
      } finally {
        store.close();
      }
    } finally {
      await database.drop();
    }
  });
});
