// An update of Herald's analysis (READER_VERSION) reaches the articles feeds stored, as it reaches files:
// a feed last read by an older version is fetched whole on its next poll and every article its items hold
// is analysed again — also those whose items have left the feed — keeping their dates, on both backends.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/feeds/fetcher.js';
import { createFeedService } from '../../src/feeds/service.js';
import type { Store } from '../../src/store/store.js';
import { storeBackends } from '../helpers/store-backends.js';
import { loopbackFetcher, rss, startFeedServer, type FeedServer, type RssItem } from './feed-server.js';

const T0 = Date.parse('2026-05-04T10:00:00Z');
const ITEMS: RssItem[] = [
  {
    title: 'Museum opens a new wing for maps',
    link: 'https://city.example/museum-maps',
    guid: 'c-1',
    description:
      'The city museum opened a wing for old maps on Saturday. "We waited ten years for this room," said curator Lena Ortiz. Entry is free in May.',
    pubDate: 'Sat, 02 May 2026 09:00:00 GMT',
  },
  {
    title: 'Harbour ferry adds a night crossing',
    link: 'https://city.example/night-ferry',
    guid: 'c-2',
    description:
      'The harbour ferry will cross at midnight from June. "Late shifts need a way home," said operator chief Tom Becker. Tickets cost the same.',
    pubDate: 'Sun, 03 May 2026 07:30:00 GMT',
  },
];

let server: FeedServer;
let served: RssItem[] = ITEMS;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/city.xml', (req, res) => {
    const etag = `"${served.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(rss('City Desk', served, '<language>en</language>'));
  });
});
afterAll(() => server.close());

describe.each(storeBackends('feed articles analysed again after an update'))('on $name', (backend) => {
  let store: Store;
  let fetcher: Fetcher;
  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  beforeEach(() => {
    served = ITEMS;
    server.requests.length = 0;
    store = backend.open();
    fetcher = loopbackFetcher(3000);
  });
  afterEach(() => {
    fetcher.close();
    store.close();
  });

  const serviceAt = (readerVersion: number) =>
    createFeedService({
      store,
      fetch: fetcher.fetch,
      now: () => T0,
      random: () => 0,
      settings: { defaultIntervalSeconds: 600, minIntervalSeconds: 120 },
      readerVersion,
    });
  const conditional = () => server.requests.map((r) => r.headers['if-none-match'] ?? null);

  it('analyses every article of a feed an older version read, once, keeping dates', async () => {
    const added = await serviceAt(1).addFeed(server.url('/city.xml'), { fullText: 'off' });
    if (!added.ok) throw new Error(added.problem.code);
    const id = added.feed.id;
    expect(store.feeds.get(id)?.readerVersion).toBe(1);
    const ids = store.feeds.newestItems(id, 5).map((i) => i.id);
    const fresh = ids.map((a) => store.articles.get(a));
    expect(store.quotes.speakers('', 10).sort()).toEqual(['Lena Ortiz', 'Tom Becker']);
    // The museum item leaves the feed; what an older analysis left: other summaries, no quotes.
    served = ITEMS.slice(1);
    store.transaction(() =>
      store.articles.upsert(
        fresh.map((a) => ({ ...a!, headlineSummary: 'stale', keywords: ['stale'], summary: [], quotes: [] })),
      ),
    );
    expect(store.quotes.speakers('', 10)).toEqual([]);

    const outcome = await serviceAt(2).pollFeed(store.feeds.get(id)!);
    expect([outcome.outcome, outcome.new]).toEqual(['unchanged', 0]);
    expect(ids.map((a) => store.articles.get(a))).toEqual(fresh);
    expect(store.quotes.speakers('', 10).sort()).toEqual(['Lena Ortiz', 'Tom Becker']);
    expect(store.feeds.get(id)?.readerVersion).toBe(2);

    // Analysed once: the next poll asks with the ETag again, and an older Herald leaves the mark be.
    expect((await serviceAt(2).pollFeed(store.feeds.get(id)!)).outcome).toBe('not-modified');
    expect((await serviceAt(1).pollFeed(store.feeds.get(id)!)).outcome).toBe('not-modified');
    expect(store.feeds.get(id)?.readerVersion).toBe(2);
    expect(conditional()).toEqual([null, null, '"1"', '"1"']);
  });

  it('leaves an article a file holds to the file', async () => {
    const added = await serviceAt(1).addFeed(server.url('/city.xml'), { fullText: 'off' });
    if (!added.ok) throw new Error(added.problem.code);
    const [first] = store.feeds.newestItems(added.feed.id, 5);
    const article = store.articles.get(first!.id)!;
    const filed = { ...article, filePath: '/news/ferry.txt', headlineSummary: 'as the file says' };
    store.transaction(() => store.articles.upsert([filed]));
    await serviceAt(2).pollFeed(store.feeds.get(added.feed.id)!);
    expect(store.articles.get(first!.id)?.headlineSummary).toBe('as the file says');
  });
});
