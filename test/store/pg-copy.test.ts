// `herald db copy --to postgres://…` as a user runs it (bin/herald over the build): a populated SQLite
// store arrives whole in an empty PostgreSQL database, ids kept, counts verified; an interrupted copy
// resumes; a database that is not empty is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore, type Store } from '../../src/store/index.js';
import { copySqliteToPg } from '../../src/store/pg/copy.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { variedArticle } from '../helpers/varied-articles.js';

const BIN = join(resolve(import.meta.dirname, '..', '..'), 'bin', 'herald');
const T0 = Date.UTC(2026, 10, 1);
const ARTICLES = 40;

function herald(args: string[], dbPath: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: dbPath },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A store with something in every table. */
function populate(store: Store): void {
  const speaker = (name: string) => ({ mention: name, start: 0, end: 1, name, role: 'Mayor' });
  store.articles.upsert(
    Array.from({ length: ARTICLES }, (_, i) =>
      variedArticle(i, {
        quotes: [
          { text: `Quote ${i}`, start: 0, end: 5, partial: false, speaker: speaker(`Speaker ${i % 4}`) },
          { text: `Aside ${i}`, start: 6, end: 9, partial: true, speaker: null },
        ],
      }),
    ),
  );
  store.articles.delete(['v003']);
  store.meta.set('scan.done', 'yes');
  store.files.put({
    path: '/a/one.md',
    size: 10,
    mtimeMs: T0,
    hash: 'h1',
    articleIds: ['v001', 'v002'],
    readerVersion: 3,
  });
  const feed = store.feeds.add({
    url: 'https://feed.example/rss',
    title: 'Feed',
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: 'auto',
    nextFetchAt: T0,
    createdAt: T0,
  });
  store.feeds.putItem(
    feed.id,
    { itemKey: 'k', articleId: 'v005', contentHash: 'c', imageUrl: 'https://i/x.png' },
    T0,
    false,
  );
  const sub = store.subscriptions.add({
    guildId: 'g1',
    channelId: 'c1',
    name: 'Morning',
    schedule: 'daily 09:00',
    cron: '0 9 * * *',
    timeZone: 'UTC',
    topic: 'council',
    maxItems: 5,
    createdBy: 'u1',
    createdAt: T0,
  });
  store.subscriptions.remove(store.subscriptions.add({ ...sub, name: 'gone' }).id, 'g1');
  store.deliveries.begin({
    subscriptionId: sub.id,
    slot: T0,
    status: 'sending',
    nonce: 'n1',
    periodStart: 0,
    periodEnd: T0,
    articleIds: ['v001'],
    updatedAt: T0,
  });
  store.deliveries.markSent(sub.id, T0, 'm1', ['v001'], T0 + 1);
  const live = store.posts.subscribe({
    guildId: 'g1',
    channelId: 'c2',
    feedId: null,
    filter: 'tram',
    roleId: null,
    format: 'compact',
    mode: 'post',
    publish: true,
    createdBy: 'u1',
    createdAt: T0,
  });
  store.articles.upsert([variedArticle(90)]);
  const refs = store.posts.newArticles(live, 10);
  const [post] = store.posts.record(
    live.id,
    refs.at(-1)?.rowid ?? 0,
    refs.map((r) => ({
      subscriptionId: live.id,
      articleId: r.id,
      kind: 'article' as const,
      channelId: 'c2',
    })),
    T0,
  );
  store.posts.markSent(post?.id ?? 0, 'm2', T0 + 2);
  store.posts.markPublish(post?.id ?? 0, 'published', T0 + 3);
  store.posts.setManagerRole('g1', 'r1');
  for (const [i, outcome] of ['new', 'unchanged', 'failed', 'new'].entries())
    store.feeds.logFetch({
      feedId: feed.id,
      at: T0 + i * 600_000,
      outcome,
      httpStatus: outcome === 'failed' ? 502 : 200,
      durationMs: 80 + i,
      items: outcome === 'new' ? i + 1 : 0,
      error: outcome === 'failed' ? 'HTTP 502' : null,
    });
  const notice = store.posts.notices.record(
    { channelId: 'c2', kind: 'feed-paused', key: `${feed.id}:1`, feedId: feed.id, reason: 'HTTP 410' },
    T0 + 4,
  );
  store.posts.notices.markSent(notice?.id ?? 0, 'm3', T0 + 5);
  store.posts.notices.record({ channelId: 'c2', kind: 'catch-up', key: 'r1', more: 6 }, T0 + 6);
  store.leases.claim('watcher', 'host-a', T0, 30_000);
  store.leases.claim(`feed:${feed.id}`, 'host-b', T0 + 7, 60_000);
}

/** Everything a user can read back, for comparing two stores. */
function contents(store: Store) {
  const ids = store.articles.latest({ limit: 1000 }).map((a) => a.id);
  const sub = store.subscriptions.all()[0];
  const live = store.posts.ofGuild('g1');
  return {
    articles: ids.map((id) => store.articles.get(id)),
    search: store.articles
      .search('council', { limit: 100, offset: 0 })
      .hits.map((h) => h.id)
      .sort(),
    speakers: store.quotes.speakers('', 10),
    quotes: store.quotes.find({ speaker: 'speaker 1', limit: 100 }).map((q) => q.text),
    meta: store.meta.get('scan.done'),
    file: store.files.get('/a/one.md'),
    feeds: store.feeds.all(),
    items: [...store.feeds.items(1)],
    subscriptions: store.subscriptions.all(),
    delivery: sub ? store.deliveries.get(sub.id, T0) : null,
    sent: sub ? [...store.deliveries.sentArticleIds(sub.id)] : [],
    live,
    posts: live.map((s) => store.posts.counts(s.id)),
    post: store.posts.post(1),
    manager: store.posts.managerRole('g1'),
    fetches: store.feeds.fetches(1),
    fetchTotals: store.status.feedFetchTotals(),
    notices: store.posts.notices.inChannel('c2'),
    published: store.posts.publishedSince('c2', T0),
    leases: ['host-a', 'host-b'].map((h) => store.leases.heldBy(h).map((k) => store.leases.get(k))),
    deliveries: store.status.deliveries(100, 0),
    digests: store.status.digests(),
  };
}

describe.runIf(pgIncluded('herald db copy'))('herald db copy', () => {
  let dir: string;
  let sqlitePath: string;
  let sqlite: SqliteStore;
  const drops: Array<() => Promise<void>> = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-copy-'));
    sqlitePath = join(dir, 'herald.db');
    sqlite = openSqliteStore(sqlitePath);
    populate(sqlite);
  });
  afterAll(async () => {
    sqlite.close();
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  });
  async function emptyDatabase(): Promise<string> {
    const db = await createPgDatabase();
    drops.push(db.drop);
    return db.url;
  }

  it('copies every table into an empty database, keeps the ids, checks the counts, and refuses a second copy', async () => {
    const url = await emptyDatabase();
    const run = herald(['db', 'copy', '--to', url], sqlitePath);
    expect(run.err).toContain(`articles: ${ARTICLES} of ${ARTICLES} rows`);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Copied ${sqlitePath} into ${url}; every table matches:`);
    expect(run.out).toContain(`  articles: ${ARTICLES} rows\n`);
    // v003 was deleted with its two quotes; v090 has none.
    expect(run.out).toContain(`  quotes: ${2 * (ARTICLES - 1)} rows\n`);
    const pg = openPgStore(url);
    try {
      expect(contents(pg)).toEqual(contents(sqlite));
      // New rows continue after the largest copied id (2 was removed: one after 1, as SQLite numbers).
      const next = pg.subscriptions.add({
        ...(sqlite.subscriptions.all()[0] as Parameters<Store['subscriptions']['add']>[0]),
      });
      expect(next.id).toBe(2);
      expect(
        pg.posts.subscribe({
          ...(pg.posts.ofGuild('g1')[0] as NonNullable<ReturnType<Store['posts']['get']>>),
        }).id,
      ).toBe(2);
    } finally {
      pg.close();
    }
    const again = herald(['db', 'copy', '--to', url], sqlitePath);
    expect(again.code).toBe(1);
    expect(again.err).toContain('is not empty, and copies only go into an empty database:\n');
    expect(again.err).toContain(`  articles: ${ARTICLES} in PostgreSQL\n`);
    expect(again.err).toContain(`  quotes: ${2 * (ARTICLES - 1)} in PostgreSQL\n`);
    // The SQLite side is not counted for this refusal, so no SQLite count is claimed.
    expect(again.err).not.toContain('in SQLite');
  });

  it('refuses a second copy into the database while one is under way, so nothing is counted twice', async () => {
    const url = await emptyDatabase();
    const target = openPgStore(url);
    let second: ReturnType<typeof herald> | null = null;
    try {
      const result = copySqliteToPg(sqlite.db, sqlitePath, target.pg, (table) => {
        if (table === 'quotes' && second === null) second = herald(['db', 'copy', '--to', url], sqlitePath);
      });
      expect(result.ok).toBe(true);
      expect(contents(target)).toEqual(contents(sqlite));
      const quotesPerSpeaker = 'SELECT name, quotes FROM speakers ORDER BY name';
      expect(target.pg.all(quotesPerSpeaker)).toEqual(sqlite.db.prepare(quotesPerSpeaker).all());
    } finally {
      target.close();
    }
    expect(second).toEqual({
      code: 1,
      out: '',
      err: `herald: db copy: another herald db copy is writing into ${url} right now; let it finish (run this again afterwards if it stopped: a copy resumes)\n`,
    });
  });

  it('resumes an interrupted copy where it stopped, and reports in JSON', async () => {
    const url = await emptyDatabase();
    const target = openPgStore(url);
    expect(() =>
      copySqliteToPg(sqlite.db, sqlitePath, target.pg, (table) => {
        if (table === 'files') throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(target.articles.count()).toBe(ARTICLES);
    expect(target.feeds.all()).toEqual([]);
    target.close();
    const run = herald(['db', 'copy', '--to', url, '--json'], sqlitePath);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      ok: boolean;
      resumed: boolean;
      skipped: string[];
      tables: Array<{ table: string; source: number; target: number }>;
    };
    expect(result.ok).toBe(true);
    expect(result.resumed).toBe(true);
    expect(result.tables.every((t) => t.source === t.target)).toBe(true);
    expect(result.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['posts', 'feed_fetches', 'feed_fetch_totals', 'post_notices', 'leases']),
    );
    expect(result.skipped).toEqual([]);
    const pg = openPgStore(url);
    try {
      expect(contents(pg)).toEqual(contents(sqlite));
    } finally {
      pg.close();
    }
  });

  it.each([
    [['db', 'copy'], 'db copy needs --to postgres://user:password@host:5432/database'],
    [['db', 'copy', '--to', 'mysql://h/db'], 'db copy --to must be a postgres:// or postgresql:// URL'],
    [['db', 'move'], 'db needs a command: copy (got "move")'],
  ])('refuses %j with a clear message', (args, message) => {
    const run = herald(args, sqlitePath);
    expect([run.code, run.err.trim()]).toEqual([1, `herald: ${message}`]);
  });

  it('says when there is no SQLite store to copy', () => {
    const missing = join(dir, 'none.db');
    const run = herald(['db', 'copy', '--to', 'postgres://127.0.0.1:1/x'], missing);
    expect([run.code, run.err.trim()]).toEqual([
      1,
      `herald: db copy: there is no SQLite database at ${missing} (set DATABASE_PATH or --from)`,
    ]);
  });
});
