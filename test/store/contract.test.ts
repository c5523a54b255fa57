// The Store contract: every repository's operations, the same assertions on SQLite and on PostgreSQL.
// (Articles, search, quotes and speakers are in store.test.ts; search parity in search-parity.test.ts.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { NewFeed } from '../../src/store/feeds.js';
import type { NewPostSubscription } from '../../src/store/posts.js';
import { newsArticle } from '../helpers/news-articles.js';
import { storeBackends } from '../helpers/store-backends.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

const feed = (url: string, extra: Partial<NewFeed> = {}): NewFeed => ({
  url,
  title: `Feed ${url}`,
  siteUrl: null,
  imageUrl: null,
  intervalSeconds: 600,
  fullText: 'auto',
  nextFetchAt: T0,
  createdAt: T0,
  ...extra,
});

const liveSub = (channelId: string, feedId: number | null, guildId = 'g1'): NewPostSubscription => ({
  guildId,
  channelId,
  feedId,
  filter: null,
  roleId: null,
  format: 'full',
  mode: 'post',
  publish: false,
  createdBy: 'u1',
  createdAt: T0,
});

const digest = (guildId: string, channelId: string, topic: string | null) => ({
  guildId,
  channelId,
  name: topic ? `${topic} digest` : null,
  schedule: 'daily 09:00',
  cron: '0 9 * * *',
  timeZone: 'Europe/Berlin',
  topic,
  maxItems: 5,
  createdBy: 'u1',
  createdAt: T0,
});

describe.each(storeBackends('the store contract'))('the store contract on $name', (backend) => {
  let store: Store;
  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    store = backend.open();
  });
  afterEach(() => store.close());

  it('keeps metadata by key and overwrites it', () => {
    expect(store.meta.get('k')).toBeNull();
    store.meta.set('k', 'one');
    store.meta.set('other', 'two');
    store.meta.set('k', 'three');
    expect([store.meta.get('k'), store.meta.get('other')]).toEqual(['three', 'two']);
  });

  it('runs a bulk load: its result, its writes kept, its failure passed on', async () => {
    const stored = await store.bulkWrites(async () => {
      store.transaction(() => store.articles.upsert([newsArticle('b1', 'Bulk one', T0, T0)]));
      await Promise.resolve();
      store.transaction(() => store.articles.upsert([newsArticle('b2', 'Bulk two', T0 + HOUR, T0)]));
      return store.articles.count();
    });
    expect(stored).toBe(2);
    await expect(
      store.bulkWrites(async () => {
        store.transaction(() => store.articles.upsert([newsArticle('b3', 'Bulk three', T0, T0)]));
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(['b1', 'b2', 'b3'].map((id) => store.articles.get(id)?.title)).toEqual([
      'Bulk one',
      'Bulk two',
      'Bulk three',
    ]);
  });

  it('commits a transaction, joins nested ones, and rolls back all of it when it throws', () => {
    store.transaction(() => {
      store.meta.set('a', '1');
      store.transaction(() => store.meta.set('b', '2'));
    });
    expect(() =>
      store.transaction(() => {
        store.meta.set('a', 'changed');
        store.articles.upsert([newsArticle('x', 'Rolled back', T0, T0)]);
        throw new Error('no');
      }),
    ).toThrow('no');
    expect([store.meta.get('a'), store.meta.get('b'), store.articles.count()]).toEqual(['1', '2', 0]);
    expect(store.sizeOnDisk()).toBeGreaterThan(0);
  });

  it('selects articles by ingest time and by news time (publication, else first stored)', () => {
    store.articles.upsert([
      newsArticle('old', 'Old harbour news', T0 - 10 * HOUR, T0),
      newsArticle('mid', 'Mid tram news', T0 + 2 * HOUR, T0 + 3 * HOUR),
      newsArticle('undated', 'Undated harbour note', null, T0 + 4 * HOUR),
      newsArticle('new', 'New harbour news', T0 + 5 * HOUR, T0 + 6 * HOUR),
    ]);
    expect(store.articles.count()).toBe(4);
    expect(store.articles.ingestedBetween(T0, T0 + 6 * HOUR, 10).map((a) => a.id)).toEqual([
      'new',
      'undated',
      'mid',
    ]);
    expect(store.articles.publishedBetween(T0, T0 + 6 * HOUR, 10).map((a) => a.id)).toEqual([
      'new',
      'undated',
      'mid',
    ]);
    expect(store.articles.publishedBetween(T0 - 20 * HOUR, T0 + 6 * HOUR, 2).map((a) => a.id)).toEqual([
      'new',
      'undated',
    ]);
    expect(
      store.articles
        .publishedBetween(T0 - 20 * HOUR, T0 + 6 * HOUR, 10, { topic: 'harbour' })
        .map((a) => a.id),
    ).toEqual(['new', 'undated', 'old']);
    expect(store.articles.newest()?.id).toBe('new');
  });

  it('records loaded files, their articles, what releasing them leaves, and stamps per folder', () => {
    store.articles.upsert([
      newsArticle('a1', 'A1', T0, T0),
      newsArticle('a2', 'A2', T0, T0),
      newsArticle('a3', 'A3', T0, T0),
    ]);
    expect(
      store.files.put({
        path: '/d/x.md',
        size: 10,
        mtimeMs: 1.4,
        hash: 'h1',
        articleIds: ['a2', 'a1'],
        readerVersion: 2,
      }),
    ).toEqual({
      orphans: [],
      holders: [],
    });
    store.files.put({
      path: '/d/sub/y.md',
      size: 20,
      mtimeMs: 2,
      hash: 'h2',
      articleIds: ['a1', 'a3'],
      readerVersion: 1,
    });
    store.files.put({
      path: '/d-other/z.md',
      size: 30,
      mtimeMs: 3,
      hash: 'h3',
      articleIds: ['missing'],
      readerVersion: 3,
    });
    expect(store.files.get('/d/x.md')).toEqual({
      path: '/d/x.md',
      size: 10,
      mtimeMs: 1,
      hash: 'h1',
      articleIds: ['a2', 'a1'],
      readerVersion: 2,
    });
    expect(store.files.get('/d/sub/y.md')?.readerVersion).toBe(1);
    expect(store.files.get('/nowhere')).toBeNull();
    expect([...store.files.stampsIn('/d', '/')]).toEqual([
      ['/d/x.md', { size: 10, mtimeMs: 1, complete: true, readerVersion: 2 }],
    ]);
    expect([...store.files.stampsIn('/d-other', '/')]).toEqual([
      ['/d-other/z.md', { size: 30, mtimeMs: 3, complete: false, readerVersion: 3 }],
    ]);
    expect([store.files.isComplete('/d/x.md'), store.files.isComplete('/d-other/z.md')]).toEqual([
      true,
      false,
    ]);
    expect(store.files.countUnder('/d', '/')).toBe(2);
    expect(store.files.pathsUnder('/d', '/').sort()).toEqual(['/d/sub/y.md', '/d/x.md']);
    expect(store.files.otherHolders('a1', '/d/x.md')).toEqual(['/d/sub/y.md']);
    expect([store.files.holders('a1'), store.files.holders('a2')]).toEqual([2, 1]);
    store.files.touch('/d/x.md', 11, 5.6);
    expect(store.files.get('/d/x.md')).toMatchObject({ size: 11, mtimeMs: 6, hash: 'h1', readerVersion: 2 });
    // x.md now holds only a1: a2 is held by no one else.
    expect(
      store.files.put({
        path: '/d/x.md',
        size: 12,
        mtimeMs: 7,
        hash: 'h4',
        articleIds: ['a1'],
        readerVersion: 4,
      }),
    ).toEqual({
      orphans: ['a2'],
      holders: [],
    });
    expect(store.files.get('/d/x.md')).toMatchObject({ hash: 'h4', articleIds: ['a1'], readerVersion: 4 });
    expect(store.files.remove('/d/sub/y.md')).toEqual({ orphans: ['a3'], holders: [] });
    expect(store.files.get('/d/sub/y.md')).toBeNull();
  });

  it('names another holder worth reloading when the file an article was stored from lets it go', () => {
    store.articles.upsert([{ ...newsArticle('a1', 'A1', T0, T0), filePath: '/d/x.md' }]);
    store.files.put({
      path: '/d/x.md',
      size: 1,
      mtimeMs: 1,
      hash: 'h',
      articleIds: ['a1'],
      readerVersion: 1,
    });
    store.files.put({
      path: '/d/copy.md',
      size: 1,
      mtimeMs: 1,
      hash: 'h',
      articleIds: ['a1'],
      readerVersion: 1,
    });
    expect(store.files.remove('/d/x.md')).toEqual({ orphans: [], holders: ['/d/copy.md'] });
  });

  it('keeps digest subscriptions per server, pauses them and remembers the last digest', () => {
    const a = store.subscriptions.add(digest('g1', 'c1', 'tram'));
    const b = store.subscriptions.add(digest('g2', 'c2', null));
    const c = store.subscriptions.add(digest('g1', 'c1', 'harbour'));
    expect(a).toEqual({ ...digest('g1', 'c1', 'tram'), id: a.id, pausedReason: null, lastDigestAt: null });
    expect(store.subscriptions.forGuild('g1').map((s) => s.id)).toEqual([a.id, c.id]);
    expect(store.subscriptions.all().map((s) => s.topic)).toEqual(['tram', null, 'harbour']);
    expect(store.subscriptions.remove(b.id, 'g1')).toBe(false);
    expect(store.subscriptions.remove(b.id, 'g2')).toBe(true);
    expect(store.subscriptions.get(b.id)).toBeNull();
    store.subscriptions.setPaused(a.id, 'missing access');
    expect(store.subscriptions.pauseChannel('c1', 'channel gone')).toEqual([c.id]);
    expect(store.subscriptions.all().map((s) => s.pausedReason)).toEqual(['missing access', 'channel gone']);
    store.subscriptions.setLastDigest(c.id, T0 + HOUR);
    store.subscriptions.setLastDigest(c.id, T0);
    expect(store.subscriptions.get(c.id)?.lastDigestAt).toBe(T0 + HOUR);
  });

  it('records each digest run once, retries only a failed one, and remembers what was sent', () => {
    const sub = store.subscriptions.add(digest('g1', 'c1', null));
    const run = (slot: number) => ({
      subscriptionId: sub.id,
      slot,
      status: 'sending' as const,
      nonce: `d${slot}`,
      periodStart: slot - HOUR,
      periodEnd: slot,
      articleIds: ['a1', 'a2'],
      updatedAt: slot,
    });
    expect(store.deliveries.begin(run(T0))).toBe(true);
    expect(store.deliveries.begin(run(T0))).toBe(false);
    expect(store.deliveries.unfinished().map((d) => d.slot)).toEqual([T0]);
    store.deliveries.markSent(sub.id, T0, 'm1', ['a1', 'a2'], T0 + 5);
    expect(store.deliveries.get(sub.id, T0)).toEqual({
      ...run(T0),
      status: 'sent',
      messageId: 'm1',
      error: null,
      attempts: 1,
      updatedAt: T0 + 5,
    });
    expect([...store.deliveries.sentArticleIds(sub.id)].sort()).toEqual(['a1', 'a2']);
    expect(store.subscriptions.get(sub.id)?.lastDigestAt).toBe(T0);
    expect(store.deliveries.begin(run(T0 + HOUR))).toBe(true);
    store.deliveries.mark(sub.id, T0 + HOUR, 'failed', 'rate limited', T0 + HOUR + 1);
    expect(store.deliveries.begin({ ...run(T0 + HOUR), articleIds: ['a3'] })).toBe(true);
    expect(store.deliveries.get(sub.id, T0 + HOUR)).toMatchObject({
      status: 'sending',
      articleIds: ['a3'],
      error: 'rate limited',
      attempts: 1,
    });
    store.deliveries.mark(sub.id, T0 + HOUR, 'empty', null, T0 + HOUR + 2);
    expect(store.deliveries.get(sub.id, T0 + HOUR)?.attempts).toBe(1);
    expect(store.deliveries.latest(sub.id)?.slot).toBe(T0 + HOUR);
    expect(store.deliveries.lastSlot(sub.id)).toBe(T0 + HOUR);
    expect(store.deliveries.lastSlot(sub.id + 1)).toBeNull();
    store.deliveries.forgetSubscription(sub.id);
    expect([store.deliveries.latest(sub.id), store.deliveries.sentArticleIds(sub.id).size]).toEqual([
      null,
      0,
    ]);
  });

  it('keeps feeds, their due times, updates and items, and which articles only they hold', () => {
    const one = store.feeds.add(feed('https://a.example/rss', { nextFetchAt: T0 + HOUR }));
    const two = store.feeds.add(feed('https://b.example/rss', { nextFetchAt: T0 }));
    expect(store.feeds.get(one.id)).toMatchObject({ url: 'https://a.example/rss', state: 'ok', failures: 0 });
    expect(store.feeds.byUrl('https://b.example/rss')?.id).toBe(two.id);
    expect(store.feeds.due(T0 + HOUR).map((f) => f.id)).toEqual([two.id, one.id]);
    store.feeds.update(one.id, {
      state: 'paused',
      reason: 'gone',
      failures: 3,
      etag: 'W/"1"',
      httpStatus: 410,
    });
    expect(store.feeds.get(one.id)).toMatchObject({
      state: 'paused',
      reason: 'gone',
      failures: 3,
      etag: 'W/"1"',
    });
    expect(store.feeds.due(T0 + HOUR).map((f) => f.id)).toEqual([two.id]);
    store.articles.upsert([
      newsArticle('f1', 'First', T0, T0),
      newsArticle('f2', 'Second', T0 + HOUR, T0),
      newsArticle('shared', 'Shared', T0 + 2 * HOUR, T0),
    ]);
    store.feeds.putItem(
      one.id,
      { itemKey: 'k1', articleId: 'f1', contentHash: 'c1', imageUrl: 'https://i/1.png' },
      T0,
      true,
    );
    store.feeds.putItem(one.id, { itemKey: 'k2', articleId: 'f2', contentHash: 'c2' }, T0 + 1, false);
    store.feeds.putItem(one.id, { itemKey: 'k3', articleId: 'shared', contentHash: 'c3' }, T0 + 2, false);
    store.feeds.putItem(two.id, { itemKey: 'k9', articleId: 'shared', contentHash: 'c9' }, T0, false);
    store.feeds.putItem(one.id, { itemKey: 'k2', articleId: 'f2', contentHash: 'c2b' }, T0 + 5, false);
    // A feed that lists one story twice (one link, two guids) holds one article, shown and counted once.
    store.feeds.putItem(one.id, { itemKey: 'k4', articleId: 'shared', contentHash: 'c4' }, T0 + 6, false);
    expect(
      [...store.feeds.items(one.id).values()].sort((x, y) => x.itemKey.localeCompare(y.itemKey)),
    ).toEqual([
      { itemKey: 'k1', articleId: 'f1', contentHash: 'c1' },
      { itemKey: 'k2', articleId: 'f2', contentHash: 'c2b' },
      { itemKey: 'k3', articleId: 'shared', contentHash: 'c3' },
      { itemKey: 'k4', articleId: 'shared', contentHash: 'c4' },
    ]);
    expect([...store.feeds.itemCounts()].sort()).toEqual([
      [one.id, 3],
      [two.id, 1],
    ]);
    expect(store.feeds.itemCount(two.id)).toBe(1);
    expect([store.feeds.imageUrl('f1'), store.feeds.imageUrl('f2')]).toEqual(['https://i/1.png', null]);
    expect(store.feeds.unannounced(one.id)).toEqual(['f2', 'shared']);
    store.feeds.markAnnounced(one.id, ['f2']);
    expect(store.feeds.unannounced(one.id)).toEqual(['shared']);
    expect(store.feeds.newestItems(one.id, 2).map((i) => i.id)).toEqual(['shared', 'f2']);
    expect(store.feeds.newestItems(one.id, 10).map((i) => i.id)).toEqual(['shared', 'f2', 'f1']);
    expect(store.feeds.itemCount(one.id)).toBe(3);
    expect([
      store.feeds.isHeldElsewhere('shared', one.id),
      store.feeds.isHeldElsewhere('f1', one.id),
    ]).toEqual([true, false]);
    expect(store.feeds.remove(one.id).sort()).toEqual(['f1', 'f2']);
    expect(store.feeds.all().map((f) => f.id)).toEqual([two.id]);

    expect(store.files.holders('shared')).toBe(1);
  });

  it('never gives an id twice, even the highest after its row is removed: feeds, digests, live posts', () => {
    const feeds = [
      store.feeds.add(feed('https://a.example/rss')),
      store.feeds.add(feed('https://b.example/rss')),
    ];
    store.feeds.remove(feeds[1]!.id);
    const feedAfter = store.feeds.add(feed('https://c.example/rss'));
    const digests = [
      store.subscriptions.add(digest('g1', 'c1', null)),
      store.subscriptions.add(digest('g1', 'c2', null)),
    ];
    store.subscriptions.remove(digests[1]!.id, 'g1');
    const digestAfter = store.subscriptions.add(digest('g1', 'c3', null));
    const live = [store.posts.subscribe(liveSub('c1', null)), store.posts.subscribe(liveSub('c2', null))];
    store.posts.unsubscribe(live[1]!.id);
    const liveAfter = store.posts.subscribe(liveSub('c3', null));
    expect([
      feedAfter.id > feeds[1]!.id,
      digestAfter.id > digests[1]!.id,
      liveAfter.id > live[1]!.id,
    ]).toEqual([true, true, true]);
  });

  it('keeps live subscriptions, their cursor, and a ledger that posts an article once per channel', () => {
    store.articles.upsert([newsArticle('before', 'Before', T0, T0)]);
    const news = store.feeds.add(feed('https://n.example/rss'));
    const all = store.posts.subscribe(liveSub('c1', null));
    const ofFeed = store.posts.subscribe(liveSub('c2', news.id, 'g2'));
    expect(all.cursor).toBeGreaterThan(0);
    expect(all).toMatchObject({ channelId: 'c1', feedId: null, publish: false, pausedReason: null });
    store.articles.upsert([
      newsArticle('n1', 'N1', T0, T0),
      newsArticle('n2', 'N2', T0, T0),
      newsArticle('n3', 'N3', T0, T0),
    ]);
    store.feeds.putItem(news.id, { itemKey: 'i2', articleId: 'n2', contentHash: 'h' }, T0, false);
    store.feeds.putItem(news.id, { itemKey: 'i3', articleId: 'n3', contentHash: 'h' }, T0, true);
    expect(store.posts.newArticles(all, 10).map((a) => a.id)).toEqual(['n1', 'n2']);
    expect(store.posts.newArticles(ofFeed, 10).map((a) => a.id)).toEqual(['n2']);
    const refs = store.posts.newArticles(all, 10);
    const recorded = store.posts.record(
      all.id,
      refs.at(-1)?.rowid ?? 0,
      refs.map((r) => ({
        subscriptionId: all.id,
        articleId: r.id,
        kind: 'article' as const,
        channelId: 'c1',
      })),
      T0 + 1,
    );
    expect(recorded.map((p) => [p.articleId, p.status, p.nonce === `p${p.id}`])).toEqual([
      ['n1', 'pending', true],
      ['n2', 'pending', true],
    ]);
    expect(store.posts.get(all.id)?.cursor).toBe(refs.at(-1)?.rowid);
    expect(store.posts.newArticles(store.posts.get(all.id) ?? all, 10)).toEqual([]);
    const again = store.posts.record(
      all.id,
      0,
      [{ subscriptionId: all.id, articleId: 'n1', kind: 'article', channelId: 'c1' }],
      T0 + 2,
    );
    expect(again).toEqual([]);
    const [p1, p2] = recorded as [(typeof recorded)[0], (typeof recorded)[0]];
    store.posts.markSent(p1.id, 'msg1', T0 + 3);
    store.posts.markFailed(p2.id, 'missing access', T0 + 3);
    expect(store.posts.post(p1.id)).toMatchObject({ status: 'sent', messageId: 'msg1', attempts: 1 });
    expect(store.posts.failed(all.id).map((p) => p.id)).toEqual([p2.id]);
    store.posts.retry(p2.id, T0 + 4);
    expect(store.posts.pending().map((p) => p.id)).toEqual([p2.id]);
    expect(store.posts.pending(ofFeed.id)).toEqual([]);
    const merge = store.posts.record(
      all.id,
      0,
      [
        {
          subscriptionId: all.id,
          articleId: 'before',
          kind: 'merge',
          channelId: 'c1',
          parentPostId: p1.id,
          status: 'sent',
          messageId: 'msg1',
        },
      ],
      T0 + 5,
    );
    expect(store.posts.merges(p1.id).map((p) => p.id)).toEqual(merge.map((p) => p.id));
    expect(store.posts.recentStories('c1', T0).map((p) => p.articleId)).toEqual(['n1', 'n2']);
    expect([store.posts.isInChannel('c1', 'n1'), store.posts.isInChannel('c2', 'n1')]).toEqual([true, false]);
    expect(store.posts.counts(all.id)).toEqual({ sent: 2, pending: 1 });
    expect(store.posts.ofGuild('g2').map((s) => s.id)).toEqual([ofFeed.id]);
    expect(store.posts.ofFeed(news.id).map((s) => s.id)).toEqual([ofFeed.id]);
    expect(store.posts.pauseChannel('c2', 'gone')).toEqual([ofFeed.id]);
    store.posts.pause(all.id, 'by hand');
    expect(store.posts.active()).toEqual([]);
    store.posts.pause(all.id, null);
    store.articles.upsert([newsArticle('n4', 'N4', T0, T0)]);
    store.posts.skipToNow(all.id);
    expect(store.posts.newArticles(store.posts.get(all.id) ?? all, 10)).toEqual([]);
    expect(store.posts.managerRole('g1')).toBeNull();
    store.posts.setManagerRole('g1', 'r1');
    store.posts.setManagerRole('g1', 'r2');
    expect(store.posts.managerRole('g1')).toBe('r2');
    expect(store.posts.unsubscribe(all.id)).toBe(true);
    expect(store.posts.unsubscribe(all.id)).toBe(false);
    expect(store.posts.pending()).toEqual([]);
    expect(store.posts.isInChannel('c1', 'n1')).toBe(true);
  });

  it('answers the status page: counts, feeds with their channels, and deliveries newest first', () => {
    store.status.ping();
    store.articles.upsert([
      newsArticle('s1', 'Status one', T0, T0),
      newsArticle('s2', 'Status two', T0, T0 + 2 * HOUR),
    ]);
    const f = store.feeds.add(feed('https://s.example/rss'));
    store.feeds.add(feed('https://t.example/rss'));
    store.feeds.update(f.id, { state: 'failing', reason: 'timeout' });
    store.feeds.putItem(f.id, { itemKey: 'i', articleId: 's1', contentHash: 'h' }, T0 + 7, false);
    const live = store.posts.subscribe(liveSub('c7', f.id));
    store.posts.subscribe(liveSub('c8', f.id));
    const [post] = store.posts.record(
      live.id,
      0,
      [{ subscriptionId: live.id, articleId: 's1', kind: 'article', channelId: 'c7' }],
      T0 + HOUR,
    );
    store.posts.markSent(post?.id ?? 0, 'm', T0 + HOUR);
    const sub = store.subscriptions.add(digest('g1', 'c9', 'tram'));
    store.deliveries.begin({
      subscriptionId: sub.id,
      slot: T0,
      status: 'sending',
      nonce: 'n',
      periodStart: 0,
      periodEnd: T0,
      articleIds: [],
      updatedAt: T0 + 3 * HOUR,
    });
    store.deliveries.mark(sub.id, T0, 'empty', null, T0 + 3 * HOUR);
    expect(store.status.articleCounts(T0 + HOUR)).toEqual({ total: 2, since: 1 });
    expect(store.status.feedsByState()).toEqual({ failing: 1, ok: 1 });
    expect(store.status.feeds().map((r) => [r.url, r.state, r.items, [...r.channels].sort()])).toEqual([
      ['https://s.example/rss', 'failing', 1, ['c7', 'c8']],
      ['https://t.example/rss', 'ok', 0, []],
    ]);
    expect(store.status.feed(f.id)).toMatchObject({ reason: 'timeout', items: 1 });
    expect(store.status.feed(9999)).toBeNull();
    expect(store.status.feedItems(f.id, 5)).toEqual([
      { articleId: 's1', title: 'Status one', url: 'https://news.example/s1', firstSeenAt: T0 + 7 },
    ]);
    expect(store.status.digests()).toEqual([
      {
        id: sub.id,
        channelId: 'c9',
        name: 'tram digest',
        schedule: 'daily 09:00',
        cron: '0 9 * * *',
        timeZone: 'Europe/Berlin',
        pausedReason: null,
        lastDigestAt: null,
        lastSlot: T0,
        createdAt: T0,
      },
    ]);
    expect(store.status.liveSubscriptions()).toEqual({ total: 2, paused: 0 });
    expect(store.status.deliveries(10, 0)).toEqual([
      {
        kind: 'digest',
        at: T0 + 3 * HOUR,
        channelId: 'c9',
        what: 'tram digest',
        url: null,
        status: 'empty',
        error: null,
      },
      {
        kind: 'post',
        at: T0 + HOUR,
        channelId: 'c7',
        what: 'Status one',
        url: 'https://news.example/s1',
        status: 'delivered',
        error: null,
      },
    ]);
    expect(store.status.deliveries(10, 1).map((d) => d.kind)).toEqual(['post']);
    expect(store.status.postsByStatus()).toEqual({ sent: 1 });
    expect(store.status.digestsByStatus()).toEqual({ empty: 1 });
    expect(store.status.articlesPerHour(T0, 3)).toEqual([1, 0, 1]);
    expect(store.status.postsPerHour(T0, 2)).toEqual([0, 1]);
  });

  it('logs feed fetches, keeps the newest 50 of each feed, and counts every fetch by outcome', () => {
    const busy = store.feeds.add(feed('https://busy.example/rss'));
    const quiet = store.feeds.add(feed('https://quiet.example/rss'));
    const outcomes = ['new', 'unchanged', 'not-modified', 'failed'];
    for (let i = 0; i < 53; i++)
      store.feeds.logFetch({
        feedId: busy.id,
        // Two fetches share each even minute: the later logged one counts as newer.
        at: T0 + Math.floor(i / 2) * 60_000,
        outcome: outcomes[i % 4] as string,
        httpStatus: i % 4 === 3 ? 503 : 200,
        durationMs: 100 + i,
        items: i % 4 === 0 ? i : 0,
        error: i % 4 === 3 ? `HTTP 503 #${i}` : null,
      });
    store.feeds.logFetch({
      feedId: quiet.id,
      at: T0 + 5,
      outcome: 'new',
      httpStatus: 200,
      durationMs: 40,
      items: 2,
      error: null,
    });
    const kept = store.feeds.fetches(busy.id);
    expect(kept.map((f) => f.durationMs)).toEqual(Array.from({ length: 50 }, (_, k) => 152 - k));
    expect(kept.map((f) => [f.at, f.outcome, f.httpStatus, f.items, f.error])).toEqual(
      Array.from({ length: 50 }, (_, k) => {
        const i = 52 - k;
        return [
          T0 + Math.floor(i / 2) * 60_000,
          outcomes[i % 4],
          i % 4 === 3 ? 503 : 200,
          i % 4 === 0 ? i : 0,
          i % 4 === 3 ? `HTTP 503 #${i}` : null,
        ];
      }),
    );
    expect(kept.every((f) => f.feedId === busy.id)).toBe(true);
    expect(store.feeds.fetches(busy.id, 2).map((f) => f.durationMs)).toEqual([152, 151]);
    expect(store.feeds.fetches(quiet.id)).toEqual([
      {
        feedId: quiet.id,
        at: T0 + 5,
        outcome: 'new',
        httpStatus: 200,
        durationMs: 40,
        items: 2,
        error: null,
      },
    ]);
    expect(store.status.feedFetchTotals()).toEqual({
      new: 15,
      unchanged: 13,
      'not-modified': 13,
      failed: 13,
    });
    store.feeds.logFetch(
      {
        feedId: quiet.id,
        at: T0 + 9,
        outcome: 'failed',
        httpStatus: null,
        durationMs: 7,
        items: 0,
        error: 'x',
      },
      1,
    );
    expect(store.feeds.fetches(quiet.id).map((f) => f.at)).toEqual([T0 + 9]);
    expect(store.status.feedFetchTotals().failed).toBe(14);
    store.feeds.remove(busy.id);
    expect(store.feeds.fetches(busy.id)).toEqual([]);
  });

  it('records notices once per channel, kind and key, sends, fails and retries them', () => {
    const notices = store.posts.notices;
    const paused = notices.record(
      { channelId: 'c1', kind: 'feed-paused', key: '3:100', feedId: 3, reason: 'HTTP 410' },
      T0,
    );
    expect(paused).toEqual({
      id: paused?.id,
      channelId: 'c1',
      kind: 'feed-paused',
      key: '3:100',
      feedId: 3,
      reason: 'HTTP 410',
      more: null,
      status: 'pending',
      messageId: null,
      attempts: 0,
      error: null,
      createdAt: T0,
    });
    expect(
      notices.record({ channelId: 'c1', kind: 'feed-paused', key: '3:100', feedId: 3 }, T0 + 1),
    ).toBeNull();
    const catchUp = notices.record({ channelId: 'c1', kind: 'catch-up', key: '3:100', more: 12 }, T0 + 2);
    const elsewhere = notices.record(
      { channelId: 'c2', kind: 'feed-paused', key: '3:100', feedId: 3 },
      T0 + 3,
    );
    expect(notices.pending().map((n) => [n.id, n.channelId, n.kind, n.more])).toEqual([
      [paused?.id, 'c1', 'feed-paused', null],
      [catchUp?.id, 'c1', 'catch-up', 12],
      [elsewhere?.id, 'c2', 'feed-paused', null],
    ]);
    notices.markSent(paused?.id ?? 0, 'm1', T0 + 4);
    notices.markFailed(catchUp?.id ?? 0, 'missing access', T0 + 4);
    notices.markFailed(elsewhere?.id ?? 0, 'unknown channel', T0 + 4);
    notices.markFailed(elsewhere?.id ?? 0, 'unknown channel', T0 + 5);
    expect(notices.get(paused?.id ?? 0)).toMatchObject({ status: 'sent', messageId: 'm1', attempts: 1 });
    expect(notices.get(9999)).toBeNull();
    expect(notices.pending()).toEqual([]);
    notices.retryFailed(2, T0 + 6);
    expect(notices.pending().map((n) => [n.id, n.attempts, n.error])).toEqual([[catchUp?.id, 1, null]]);
    expect(notices.get(elsewhere?.id ?? 0)).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: 'unknown channel',
    });
    notices.markSent(catchUp?.id ?? 0, 'm2', T0 + 7);
    expect(notices.inChannel('c1').map((n) => [n.kind, n.status, n.messageId, n.attempts])).toEqual([
      ['feed-paused', 'sent', 'm1', 1],
      ['catch-up', 'sent', 'm2', 2],
    ]);
    expect(notices.inChannel('c2').map((n) => n.id)).toEqual([elsewhere?.id]);
    expect(notices.inChannel('c3')).toEqual([]);
  });

  it('marks publishing on posts and counts each channel’s crossposts and skips since a time', () => {
    store.articles.upsert(
      ['a', 'b', 'c', 'd', 'e'].map((id, i) => newsArticle(id, `Story ${id}`, T0 + i, T0)),
    );
    const one = store.posts.subscribe(liveSub('c1', null));
    const two = store.posts.subscribe(liveSub('c2', null));
    const record = (sub: { id: number; channelId: string }, ids: string[]) =>
      store.posts.record(
        sub.id,
        0,
        ids.map((articleId) => ({
          subscriptionId: sub.id,
          articleId,
          kind: 'article' as const,
          channelId: sub.channelId,
        })),
        T0,
      );
    const [a, b, c, d] = record(one, ['a', 'b', 'c', 'd']);
    const [e] = record(two, ['e']);
    expect(a).toMatchObject({ publish: null, publishedAt: null });
    store.posts.markPublish(a?.id ?? 0, 'published', T0 + HOUR);
    store.posts.markPublish(b?.id ?? 0, 'failed', T0 + HOUR + 5);
    store.posts.markPublish(c?.id ?? 0, 'skipped', T0 + HOUR + 6);
    store.posts.markPublish(d?.id ?? 0, 'published', T0 + 2 * HOUR);
    store.posts.markPublish(e?.id ?? 0, 'skipped', T0 + 2 * HOUR);
    expect(store.posts.post(b?.id ?? 0)).toMatchObject({ publish: 'failed', publishedAt: T0 + HOUR + 5 });
    expect(
      [T0, T0 + HOUR + 1, T0 + 2 * HOUR, T0 + 2 * HOUR + 1].map((t) => store.posts.publishedSince('c1', t)),
    ).toEqual([3, 2, 1, 0]);
    expect(store.posts.publishedSince('c2', T0)).toBe(0);
    expect([
      store.posts.publishSkippedSince(one.id, T0),
      store.posts.publishSkippedSince(one.id, T0 + HOUR + 7),
      store.posts.publishSkippedSince(two.id, T0 + 2 * HOUR),
    ]).toEqual([1, 0, 1]);
  });

  it('lists notices among deliveries and counts sent posts and notices per hour, edits not', () => {
    store.articles.upsert([newsArticle('s1', 'One', T0, T0), newsArticle('s2', 'Two', T0, T0)]);
    const live = store.posts.subscribe(liveSub('c7', null));
    const [p1, merge] = store.posts.record(
      live.id,
      0,
      [
        { subscriptionId: live.id, articleId: 's1', kind: 'article', channelId: 'c7' },
        { subscriptionId: live.id, articleId: 's2', kind: 'merge', channelId: 'c7' },
      ],
      T0,
    );
    store.posts.markSent(p1?.id ?? 0, 'm1', T0 + HOUR + 10);
    store.posts.markSent(merge?.id ?? 0, 'm1', T0 + HOUR + 20);
    const catchUp = store.posts.notices.record({ channelId: 'c7', kind: 'catch-up', key: 'r1', more: 9 }, T0);
    const paused = store.posts.notices.record(
      { channelId: 'c8', kind: 'feed-paused', key: '5:1', feedId: 5, reason: 'HTTP 404' },
      T0,
    );
    store.posts.notices.record(
      { channelId: 'c9', kind: 'feed-paused', key: '6:1', feedId: 6 },
      T0 + 3 * HOUR,
    );
    store.posts.notices.markSent(catchUp?.id ?? 0, 'm2', T0 + HOUR + 10);
    store.posts.notices.markFailed(paused?.id ?? 0, 'missing access', T0 + 30);
    const sub = store.subscriptions.add(digest('g1', 'c9', null));
    store.deliveries.begin({
      subscriptionId: sub.id,
      slot: T0,
      status: 'sending',
      nonce: 'n',
      periodStart: 0,
      periodEnd: T0,
      articleIds: [],
      updatedAt: T0 + HOUR + 10,
    });
    const rows = store.status.deliveries(10, 0);
    expect(rows.map((r) => [r.kind, r.at, r.channelId, r.what, r.status, r.error])).toEqual([
      ['post', T0 + 3 * HOUR, 'c9', 'feed paused notice: no reason recorded', 'pending', null],
      ['post', T0 + HOUR + 20, 'c7', 'Two', 'edited', null],
      ['post', T0 + HOUR + 10, 'c7', '9 more stories (catch-up line)', 'delivered', null],
      ['post', T0 + HOUR + 10, 'c7', 'One', 'delivered', null],
      ['digest', T0 + HOUR + 10, 'c9', `digest ${sub.id}`, 'pending', null],
      ['post', T0 + 30, 'c8', 'feed paused notice: HTTP 404', 'failed', 'missing access'],
    ]);
    expect(store.status.deliveries(2, 3).map((r) => r.what)).toEqual(['One', `digest ${sub.id}`]);
    expect(store.status.postsPerHour(T0, 3)).toEqual([0, 2, 0]);
    expect(store.status.postsPerHour(T0 + HOUR + 15, 1)).toEqual([0]);
    expect(store.status.postsPerHour(T0 + 0.5, 2)).toEqual([0, 2]);
  });
});
