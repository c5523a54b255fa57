import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/feeds/fetcher.js';
import { pollFeeds } from '../../src/feeds/poller.js';
import { createFeedService, type FeedService } from '../../src/feeds/service.js';
import { openStore, type Store } from '../../src/store/index.js';
import { loopbackFetcher, rss, send, startFeedServer, type FeedServer, type RssItem } from './feed-server.js';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const ITEMS: RssItem[] = [
  {
    title: 'Council approves new harbour budget',
    link: 'https://news.example/budget',
    guid: 'n-1',
    description:
      '<p>The council approved the <b>harbour</b> budget on Tuesday.</p><p>Work starts in May.</p>',
    pubDate: 'Mon, 23 Feb 2026 09:00:00 GMT',
    categories: ['city', 'money'],
  },
  {
    title: 'Storm closes mountain pass',
    link: 'https://news.example/storm',
    guid: 'n-2',
    description: 'Snow and wind closed the mountain pass overnight.',
    pubDate: 'Tue, 24 Feb 2026 06:00:00 GMT',
  },
];

let server: FeedServer;
let store: Store;
let fetcher: Fetcher;
let service: FeedService;
let clock: number;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  clock = T0;
  store = openStore(':memory:');
  fetcher = loopbackFetcher();
  service = createFeedService({
    store,
    fetch: fetcher.fetch,
    now: () => clock,
    random: () => 0,
    settings: { defaultIntervalSeconds: 600, minIntervalSeconds: 120 },
  });
});
afterEach(() => {
  fetcher.close();
  store.close();
});

let routeCounter = 0;
/** A fresh path serving a feed whose items the test can change. */
function serveFeed(initial: RssItem[], options: { etag?: boolean; takesMs?: number } = {}) {
  const path = `/feed-${++routeCounter}.xml`;
  const state = { items: initial, version: 1 };
  server.route(path, (req, res) => {
    clock += options.takesMs ?? 0;
    const tag = `"v${state.version}"`;
    if (options.etag && req.headers['if-none-match'] === tag) {
      res.writeHead(304);
      res.end();
      return;
    }
    send(rss('Harbour Times', state.items), options.etag ? { etag: tag } : {})(req, res);
  });
  return {
    url: server.url(path),
    path,
    set(items: RssItem[]) {
      state.items = items;
      state.version += 1;
    },
    hits: () => server.requests.filter((r) => r.path === path).length,
  };
}

async function addOk(url: string) {
  // Full-text fetching is tested on its own; these feeds' links lead nowhere reachable.
  const added = await service.addFeed(url, { fullText: 'off' });
  if (!added.ok) throw new Error(`not added: ${added.problem.code}`);
  return added;
}

describe('adding a feed', () => {
  it('checks the feed, stores its items as searchable articles and marks them seen', async () => {
    const feed = serveFeed(ITEMS);
    const added = await addOk(feed.url);
    expect(added.items).toBe(2);
    expect(added.feed).toMatchObject({
      url: feed.url,
      title: 'Harbour Times',
      state: 'ok',
      lastFetchAt: T0,
      nextFetchAt: T0 + 600_000,
    });
    const hits = store.articles.search('harbour budget', { limit: 5, offset: 0 }).hits;
    expect(hits.map((h) => [h.title, h.url, h.source])).toEqual([
      ['Council approves new harbour budget', 'https://news.example/budget', 'Harbour Times'],
    ]);
    const article = store.articles.get(hits[0]?.id as string);
    expect([article?.text, article?.tags, article?.published, article?.filePath]).toEqual([
      'The council approved the harbour budget on Tuesday.\n\nWork starts in May.',
      ['city', 'money'],
      Date.parse('2026-02-23T09:00:00Z'),
      null,
    ]);
    expect(store.feeds.unannounced(added.feed.id)).toEqual([]);
  });

  it("keeps each item's image, else the feed's image", async () => {
    const path = `/images-${++routeCounter}.xml`;
    server.route(
      path,
      send(`<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pictures</title>
      <link>https://pics.example/</link><description>p</description><image><url>https://pics.example/logo.png</url><title>Pictures</title><link>https://pics.example/</link></image>
      <item><title>Harbour at dawn</title><link>https://pics.example/dawn</link><description>Boats leave the harbour.</description><media:content url="https://pics.example/dawn.jpg" medium="image"/></item>
      <item><title>Market day</title><link>https://pics.example/market</link><description>Stalls fill the square.</description><enclosure url="https://pics.example/market.jpg" type="image/jpeg" length="1"/></item>
      <item><title>Council notice</title><link>https://pics.example/notice</link><description>Roads close on Sunday.</description></item>
    </channel></rss>`),
    );
    const added = await addOk(server.url(path));
    const images = store.feeds
      .newestItems(added.feed.id, 5)
      .map((i) => [i.title, store.feeds.imageUrl(i.id)]);
    expect(images.sort()).toEqual([
      ['Council notice', 'https://pics.example/logo.png'],
      ['Harbour at dawn', 'https://pics.example/dawn.jpg'],
      ['Market day', 'https://pics.example/market.jpg'],
    ]);
  });

  it('says when the URL is already a feed', async () => {
    const feed = serveFeed(ITEMS);
    const first = await addOk(feed.url);
    expect(await service.addFeed(feed.url)).toEqual({
      ok: false,
      problem: { code: 'duplicate', id: first.feed.id, url: feed.url },
    });
  });

  it('finds the feed a web page links to', async () => {
    const feed = serveFeed(ITEMS);
    server.route(
      '/page.html',
      send(
        `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="${feed.path}"></head><body>Hi</body></html>`,
        { 'content-type': 'text/html' },
      ),
    );
    const added = await addOk(server.url('/page.html'));
    expect([added.feed.url, added.items]).toEqual([feed.url, 2]);
  });

  it('tries /feed only when the page names no feed', async () => {
    server.route('/feed', send(rss('Fallback Feed', ITEMS)));
    server.route(
      '/plain.html',
      send('<!doctype html><html><head><title>x</title></head><body>No links</body></html>', {
        'content-type': 'text/html',
      }),
    );
    const added = await addOk(server.url('/plain.html'));
    expect([added.feed.url, added.feed.title]).toEqual([server.url('/feed'), 'Fallback Feed']);
  });

  it.each([
    ['/missing', 404, 'http'],
    ['/words', 200, 'not-a-feed'],
  ])('says exactly why %s cannot be added', async (path, status, code) => {
    server.route(path, send('just some words', { 'content-type': 'text/plain' }, status));
    const added = await service.addFeed(server.url(path));
    expect(added).toMatchObject({ ok: false, problem: { code } });
    expect(store.feeds.all()).toEqual([]);
  });

  it('takes the name, interval and full-text mode given', async () => {
    const feed = serveFeed(ITEMS);
    const added = await service.addFeed(feed.url, {
      name: 'My Harbour',
      intervalMinutes: 30,
      fullText: 'off',
    });
    expect(
      added.ok && [added.feed.title, added.feed.intervalSeconds, added.feed.fullText, added.feed.nextFetchAt],
    ).toEqual(['My Harbour', 1800, 'off', T0 + 1_800_000]);
  });
});

describe('polling a feed', () => {
  it('parses nothing on a 304 and sends the stored validators', async () => {
    const feed = serveFeed(ITEMS, { etag: true });
    const { feed: stored } = await addOk(feed.url);
    clock += 700_000;
    const outcome = await service.pollFeed(store.feeds.get(stored.id)!);
    expect(outcome).toEqual({ id: stored.id, outcome: 'not-modified', http: 304, new: 0, error: null });
    expect(store.feeds.get(stored.id)).toMatchObject({
      lastFetchAt: T0 + 700_000,
      nextFetchAt: T0 + 1_300_000,
      httpStatus: 304,
    });
  });

  it('reports an unchanged body as unchanged', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    expect(await service.pollFeed(store.feeds.get(stored.id)!)).toMatchObject({
      outcome: 'unchanged',
      http: 200,
      new: 0,
    });
  });

  it('stores a new item exactly once and leaves it for live posting', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    const fresh = {
      title: 'Bridge tolls to rise in April',
      link: 'https://news.example/tolls',
      guid: 'n-3',
      description: 'Tolls on the bridge will rise by ten percent.',
    };
    feed.set([fresh, ...ITEMS]);
    const first = await service.pollFeed(store.feeds.get(stored.id)!);
    const again = await service.pollFeed(store.feeds.get(stored.id)!);
    expect([first.outcome, first.new, again.outcome, again.new]).toEqual(['new', 1, 'unchanged', 0]);
    expect(store.feeds.itemCount(stored.id)).toBe(3);
    expect(store.articles.count()).toBe(3);
    const unannounced = store.feeds.unannounced(stored.id).map((id) => store.articles.get(id)?.title);
    expect(unannounced).toEqual(['Bridge tolls to rise in April']);
  });

  it('does not take a rewritten pubDate for news', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    feed.set(ITEMS.map((item) => ({ ...item, pubDate: 'Sun, 01 Mar 2026 11:59:00 GMT' })));
    const outcome = await service.pollFeed(store.feeds.get(stored.id)!);
    expect([outcome.outcome, outcome.new]).toEqual(['unchanged', 0]);
    const published = store.feeds.newestItems(stored.id, 10).map((i) => [i.title, i.published]);
    expect(published).toEqual([
      ['Storm closes mountain pass', Date.parse('2026-02-24T06:00:00Z')],
      ['Council approves new harbour budget', Date.parse('2026-02-23T09:00:00Z')],
    ]);
  });

  it('updates the article of an item whose content changed, without calling it new', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    feed.set([
      { ...ITEMS[0]!, description: 'The council approved a smaller harbour budget after a long debate.' },
      ITEMS[1]!,
    ]);
    const outcome = await service.pollFeed(store.feeds.get(stored.id)!);
    expect([outcome.outcome, outcome.new]).toEqual(['unchanged', 0]);
    expect(store.articles.search('smaller', { limit: 5, offset: 0 }).hits.map((h) => h.title)).toEqual([
      'Council approves new harbour budget',
    ]);
    expect(store.articles.count()).toBe(2);
  });

  it('tells apart items that repeat one guid', async () => {
    const feed = serveFeed([
      {
        title: 'Morning briefing: rail strike',
        link: 'https://news.example/brief-1',
        guid: 'briefing',
        description: 'Rail workers strike today.',
      },
      {
        title: 'Evening briefing: strike ends',
        link: 'https://news.example/brief-2',
        guid: 'briefing',
        description: 'The rail strike ended at six.',
      },
    ]);
    const added = await addOk(feed.url);
    expect(added.items).toBe(2);
    expect(
      store.feeds
        .newestItems(added.feed.id, 5)
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Evening briefing: strike ends', 'Morning briefing: rail strike']);
  });

  it('marks the first fetch of a feed that was never fetched as already seen', async () => {
    const feed = serveFeed(ITEMS);
    const imported = store.feeds.add({
      url: feed.url,
      title: 'Imported',
      siteUrl: null,
      imageUrl: null,
      intervalSeconds: 600,
      fullText: 'off',
      nextFetchAt: 0,
      createdAt: T0,
    });
    const outcome = await service.pollFeed(imported);
    expect([outcome.outcome, outcome.new]).toEqual(['new', 2]);
    expect(store.feeds.unannounced(imported.id)).toEqual([]);
  });

  it('pauses at once on a 404 with the reason, and fetches a paused feed no more', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    server.route(feed.path, send('gone', {}, 404));
    const outcome = await service.pollFeed(store.feeds.get(stored.id)!);
    expect(outcome).toEqual({
      id: stored.id,
      outcome: 'failed',
      http: 404,
      new: 0,
      error: 'HTTP 404 (not found)',
    });
    expect(store.feeds.get(stored.id)).toMatchObject({
      state: 'paused',
      reason: 'HTTP 404 (not found)',
      failures: 1,
    });
    const hits = feed.hits();
    expect(await service.pollFeed(store.feeds.get(stored.id)!)).toMatchObject({ outcome: 'paused' });
    expect(feed.hits()).toBe(hits);
    expect(service.resumeFeed(stored.id)).toBe(true);
    expect(store.feeds.get(stored.id)).toMatchObject({
      state: 'ok',
      failures: 0,
      reason: null,
      nextFetchAt: T0,
    });
  });

  it('honours Retry-After on a 429 and backs off on a 500', async () => {
    const limited = serveFeed(ITEMS);
    const broken = serveFeed(ITEMS);
    const a = (await addOk(limited.url)).feed;
    const b = (await addOk(broken.url)).feed;
    server.route(limited.path, send('slow down', { 'retry-after': '5400' }, 429));
    server.route(broken.path, send('oops', {}, 500));
    await service.pollFeed(store.feeds.get(a.id)!);
    await service.pollFeed(store.feeds.get(b.id)!);
    expect(store.feeds.get(a.id)).toMatchObject({
      state: 'failing',
      failures: 1,
      nextFetchAt: T0 + 5_400_000,
      retryAfterUntil: T0 + 5_400_000,
    });
    expect(store.feeds.get(b.id)).toMatchObject({
      state: 'failing',
      failures: 1,
      nextFetchAt: T0 + 300_000,
      reason: 'HTTP 500 (server error)',
    });
  });
});

describe('the fetch log', () => {
  it('logs every fetch of a feed with its outcome, status, duration and new items, newest first', async () => {
    // The server takes 150 ms of the test's clock per answer, so each fetch lasts that long.
    const feed = serveFeed(ITEMS, { etag: true, takesMs: 150 });
    const { feed: stored } = await addOk(feed.url);
    const poll = async () => {
      clock += 600_000;
      return service.pollFeed(store.feeds.get(stored.id)!);
    };
    await poll();
    feed.set([
      { title: 'Ferry timetable changes', guid: 'n-9', description: 'New times from May.' },
      ...ITEMS,
    ]);
    await poll();
    server.route(feed.path, (req, res) => {
      clock += 2500;
      send('down for maintenance', {}, 500)(req, res);
    });
    await poll();
    server.route(feed.path, send('gone', {}, 404));
    await poll();
    expect(await poll()).toMatchObject({ outcome: 'paused' });
    expect(store.feeds.fetches(stored.id)).toEqual([
      {
        feedId: stored.id,
        at: T0 + 2_400_000 + 2950,
        outcome: 'failed',
        httpStatus: 404,
        durationMs: 0,
        items: 0,
        error: 'HTTP 404 (not found)',
      },
      {
        feedId: stored.id,
        at: T0 + 1_800_000 + 2950,
        outcome: 'failed',
        httpStatus: 500,
        durationMs: 2500,
        items: 0,
        error: 'HTTP 500 (server error)',
      },
      {
        feedId: stored.id,
        at: T0 + 1_200_000 + 450,
        outcome: 'new',
        httpStatus: 200,
        durationMs: 150,
        items: 1,
        error: null,
      },
      {
        feedId: stored.id,
        at: T0 + 600_000 + 300,
        outcome: 'not-modified',
        httpStatus: 304,
        durationMs: 150,
        items: 0,
        error: null,
      },
      {
        feedId: stored.id,
        at: T0 + 150,
        outcome: 'new',
        httpStatus: 200,
        durationMs: 150,
        items: 2,
        error: null,
      },
    ]);
    expect(store.status.feedFetchTotals()).toEqual({ failed: 2, new: 2, 'not-modified': 1 });
  });

  it("keeps each feed's last 50 fetches, while the totals count every fetch", async () => {
    const busy = serveFeed(ITEMS);
    const quiet = serveFeed(ITEMS);
    const a = (await addOk(busy.url)).feed;
    const b = (await addOk(quiet.url)).feed;
    for (let i = 1; i <= 60; i++) {
      clock += 1000;
      await service.pollFeed(store.feeds.get(a.id)!);
    }
    const kept = store.feeds.fetches(a.id);
    expect(kept).toHaveLength(50);
    expect(kept.map((f) => f.at)).toEqual(Array.from({ length: 50 }, (_, i) => T0 + (60 - i) * 1000));
    expect(kept.every((f) => f.outcome === 'unchanged' && f.httpStatus === 200)).toBe(true);
    expect(store.feeds.fetches(b.id).map((f) => [f.at, f.outcome, f.items])).toEqual([[T0, 'new', 2]]);
    expect(store.status.feedFetchTotals()).toEqual({ new: 2, unchanged: 60 });
    service.removeFeed(a.id);
    expect(store.feeds.fetches(a.id)).toEqual([]);
    expect(store.status.feedFetchTotals()).toEqual({ new: 2, unchanged: 60 });
  });
});

describe('removing a feed', () => {
  it('deletes its articles unless a file holds them', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    const [kept, dropped] = store.feeds.newestItems(stored.id, 5).map((i) => i.id);
    store.files.put({
      path: '/articles/storm.txt',
      size: 1,
      mtimeMs: 1,
      hash: 'h',
      articleIds: [kept as string],
      readerVersion: 1,
    });
    expect(service.removeFeed(stored.id)).toBe(true);
    expect(store.feeds.all()).toEqual([]);
    expect(store.feeds.itemCount(stored.id)).toBe(0);
    expect([store.articles.get(kept as string)?.title, store.articles.get(dropped as string)]).toEqual([
      'Storm closes mountain pass',
      null,
    ]);
  });
});

describe('a file that goes away', () => {
  it('leaves the articles a feed item also holds, and releases only those no item holds', async () => {
    const feed = serveFeed(ITEMS);
    const { feed: stored } = await addOk(feed.url);
    const ids = store.feeds.newestItems(stored.id, 5).map((i) => i.id);
    expect(ids.length).toBeGreaterThan(1);
    store.files.put({
      path: '/articles/copy.txt',
      size: 1,
      mtimeMs: 1,
      hash: 'h',
      articleIds: [...ids, 'only-in-file'],
      readerVersion: 1,
    });
    expect(ids.map((id) => store.files.holders(id))).toEqual(ids.map(() => 2));
    expect(store.files.remove('/articles/copy.txt').orphans).toEqual(['only-in-file']);
    expect(ids.map((id) => store.files.holders(id))).toEqual(ids.map(() => 1));
  });
});

describe('polling many feeds', () => {
  it('keeps to two fetches at a time per host', async () => {
    let inFlight = 0;
    let most = 0;
    const urls: string[] = [];
    for (let i = 0; i < 6; i++) {
      const path = `/busy-${i}.xml`;
      server.route(path, (req, res) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          send(rss(`Busy ${i}`, [{ title: `Busy story ${i}`, guid: `b${i}`, description: 'Busy text.' }]))(
            req,
            res,
          );
        }, 40);
      });
      urls.push(server.url(path));
    }
    const feeds = urls.map((url, i) =>
      store.feeds.add({
        url,
        title: `Busy ${i}`,
        siteUrl: null,
        imageUrl: null,
        intervalSeconds: 600,
        fullText: 'off',
        nextFetchAt: 0,
        createdAt: T0,
      }),
    );
    const outcomes = await pollFeeds(service, feeds, { concurrency: 8, perHost: 2 });
    expect(outcomes.map((o) => [o.id, o.outcome, o.new])).toEqual(feeds.map((f) => [f.id, 'new', 1]));
    expect(most).toBe(2);
  });
});

describe('full text for teaser feeds', () => {
  const page = (title: string, paragraphs: string[]) =>
    `<!doctype html><html><head><title>${title}</title></head><body><nav>Home | World</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Paper</footer></body></html>`;
  const LONG = Array.from({ length: 130 }, (_, i) => `word${i}`).join(' ');

  it('reads the linked page of a new teaser item, keeps long items and failed pages as they are', async () => {
    server.route(
      '/story/dam.html',
      send(
        page('Dam inspection passes', [
          'Engineers spent a week inspecting the valley dam and found it in good order, the water board said on Monday.',
          'The board had ordered the inspection after heavy spring rains raised the reservoir to a record level.',
          'Repairs to the spillway gates will still go ahead in the summer, when the water is lower.',
        ]),
        { 'content-type': 'text/html; charset=utf-8' },
      ),
    );
    server.route(
      '/story/long.html',
      send(page('Long', ['Should never be fetched.']), { 'content-type': 'text/html' }),
    );
    const path = `/teasers-${++routeCounter}.xml`;
    server.route(
      path,
      send(
        rss('Valley Teasers', [
          {
            title: 'Dam inspection passes',
            link: server.url('/story/dam.html'),
            guid: 't-1',
            description: 'Engineers checked the dam.',
          },
          { title: 'Long item', link: server.url('/story/long.html'), guid: 't-2', description: LONG },
          {
            title: 'Missing page',
            link: server.url('/story/missing.html'),
            guid: 't-3',
            description: 'A teaser whose page is gone.',
          },
        ]),
      ),
    );
    const added = await service.addFeed(server.url(path));
    if (!added.ok) throw new Error(added.problem.code);
    const texts = store.feeds
      .newestItems(added.feed.id, 5)
      .map((i) => [i.title, store.articles.get(i.id)?.text.split('\n\n')[0]]);
    expect(texts.sort()).toEqual([
      [
        'Dam inspection passes',
        'Engineers spent a week inspecting the valley dam and found it in good order, the water board said on Monday.',
      ],
      ['Long item', LONG],
      ['Missing page', 'A teaser whose page is gone.'],
    ]);
    expect(
      server.requests
        .filter((r) => r.path.startsWith('/story/'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/story/dam.html', '/story/missing.html']);
  });

  it('fetches no page when the feed is set to off', async () => {
    const path = `/teasers-off-${++routeCounter}.xml`;
    server.route(
      path,
      send(
        rss('Off Teasers', [
          { title: 'Short', link: server.url('/story/off.html'), guid: 'o-1', description: 'Short teaser.' },
        ]),
      ),
    );
    const before = server.requests.length;
    const added = await service.addFeed(server.url(path), { fullText: 'off' });
    expect(added.ok).toBe(true);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual([path]);
  });

  it("takes a teaser page's og:image for an item without an image of its own, only as an absolute http(s) URL", async () => {
    const story = (slug: string, head: string) =>
      server.route(
        `/img-story/${slug}.html`,
        send(
          `<!doctype html><html><head><title>${slug}</title>${head}</head><body><article><h1>${slug}</h1>` +
            `<p>The full report on ${slug} runs to several sentences, far more than the feed's teaser said about it.</p>` +
            `<p>It goes on with the details that readers of the page get and readers of the feed do not.</p>` +
            `</article></body></html>`,
          { 'content-type': 'text/html; charset=utf-8' },
        ),
      );
    story('relative', '<meta property="og:image" content="/images/dam.jpg">');
    story(
      'secure',
      '<meta property="og:image" content="http://cdn.example/a.jpg"><meta property="og:image:secure_url" content="https://cdn.example/a.jpg">',
    );
    story('twitter', '<meta name="twitter:image" content="https://cdn.example/t.png">');
    story('own-image', '<meta property="og:image" content="https://cdn.example/page.jpg">');
    story('script', '<meta property="og:image" content="javascript:alert(1)">');
    story('data', '<meta property="og:image" content="data:image/png;base64,AAAA">');
    story('none', '');
    const item = (slug: string, extra = '') =>
      `<item><title>Story ${slug}</title><link>${server.url(`/img-story/${slug}.html`)}</link>` +
      `<guid>img-${slug}</guid><description>A short teaser.</description>${extra}</item>`;
    const path = `/image-teasers-${++routeCounter}.xml`;
    server.route(
      path,
      send(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Picture Post</title><link>https://picture.example/</link>` +
          `<image><url>https://picture.example/logo.png</url><title>Picture Post</title><link>https://picture.example/</link></image>` +
          item('relative') +
          item('secure') +
          item('twitter') +
          item('own-image', '<enclosure url="https://cdn.example/own.jpg" type="image/jpeg" length="1"/>') +
          item('script') +
          item('data') +
          item('none') +
          `</channel></rss>`,
      ),
    );
    const added = await service.addFeed(server.url(path));
    if (!added.ok) throw new Error(added.problem.code);
    const images = store.feeds
      .newestItems(added.feed.id, 10)
      .map((i) => [i.title, store.feeds.imageUrl(i.id)])
      .sort();
    expect(images).toEqual([
      ['Story data', 'https://picture.example/logo.png'],
      ['Story none', 'https://picture.example/logo.png'],
      ['Story own-image', 'https://cdn.example/own.jpg'],
      ['Story relative', server.url('/images/dam.jpg')],
      ['Story script', 'https://picture.example/logo.png'],
      ['Story secure', 'https://cdn.example/a.jpg'],
      ['Story twitter', 'https://cdn.example/t.png'],
    ]);
  });
});
