// An item is one item for as long as its link names the same article: a publisher that puts a session or
// a time in its guids gives every item a new guid on each fetch, and that must not count as news.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/feeds/fetcher.js';
import { createFeedService, type FeedService } from '../../src/feeds/service.js';
import { openStore, type Store } from '../../src/store/index.js';
import { loopbackFetcher, rss, send, startFeedServer, type FeedServer, type RssItem } from './feed-server.js';

const T0 = Date.parse('2026-04-01T09:00:00Z');

/** Items whose guid carries the round number, as a feed stamping guids with the fetch time does. */
function stamped(round: number, extra = '', base = 'https://transit.example'): RssItem[] {
  return [
    {
      title: 'Tram line to reach the airport by 2028',
      link: `${base}/tram-airport`,
      guid: `tram-airport?session=${round}`,
      description: `The city approved the tram extension to the airport.${extra}`,
      pubDate: 'Tue, 31 Mar 2026 07:00:00 GMT',
    },
    {
      title: 'Night buses return on weekends',
      link: `${base}/night-buses`,
      guid: `night-buses?session=${round}`,
      description: 'Night bus routes run again on Fridays and Saturdays.',
      pubDate: 'Tue, 31 Mar 2026 08:00:00 GMT',
    },
  ];
}

let server: FeedServer;
let store: Store;
let fetcher: Fetcher;
let service: FeedService;

/** A service as one `herald feed …` run has it: its own page cache, gone when the run ends. */
function freshService(): FeedService {
  return createFeedService({
    store,
    fetch: fetcher.fetch,
    now: () => T0,
    random: () => 0,
    settings: { defaultIntervalSeconds: 600, minIntervalSeconds: 120 },
  });
}
let round = 0;
let extra = '';

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/stamped.xml', (req, res) => send(rss('Transit Weekly', stamped(++round, extra)))(req, res));
  server.route('/stamped-pages.xml', (req, res) =>
    send(rss('Transit Pages', stamped(++round, '', server.url('/page'))))(req, res),
  );
  for (const [path, text] of [
    ['/page/tram-airport', 'Councillors voted on Thursday to take the tram line on to the airport terminal.'],
    ['/page/night-buses', 'Six night bus routes run again from Friday, every half hour until five.'],
  ] as const)
    server.route(
      path,
      send(
        `<html><head><title>Transit</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`,
        { 'content-type': 'text/html' },
      ),
    );
  server.route(
    '/shared-link.xml',
    send(
      rss('Transit Live', [
        {
          title: 'Live: storm closes the ring road',
          link: 'https://transit.example/live',
          guid: 'live-1',
          description: 'The ring road is closed in both directions.',
        },
        {
          title: 'Live: ring road open again',
          link: 'https://transit.example/live',
          guid: 'live-2',
          description: 'Both lanes of the ring road opened at noon.',
        },
      ]),
    ),
  );
});
afterAll(() => server.close());
beforeEach(() => {
  round = 0;
  extra = '';
  store = openStore(':memory:');
  fetcher = loopbackFetcher();
  service = freshService();
});
afterEach(() => {
  fetcher.close();
  store.close();
});

describe('an item whose guid changes on every fetch', () => {
  it('is not new again, and adds no item rows', async () => {
    const added = await service.addFeed(server.url('/stamped.xml'), { fullText: 'off' });
    if (!added.ok) throw new Error(added.problem.code);
    const id = added.feed.id;
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await service.pollFeed(store.feeds.get(id)!));
    expect(outcomes.map((o) => [o.outcome, o.new])).toEqual([
      ['unchanged', 0],
      ['unchanged', 0],
      ['unchanged', 0],
    ]);
    expect([store.feeds.items(id).size, store.feeds.itemCount(id), store.articles.count()]).toEqual([
      2, 2, 2,
    ]);
    expect(store.feeds.unannounced(id)).toEqual([]);
  });

  it('updates its article when its text changed, still without calling it new', async () => {
    const added = await service.addFeed(server.url('/stamped.xml'), { fullText: 'off' });
    if (!added.ok) throw new Error(added.problem.code);
    extra = ' Construction starts in the autumn.';
    const outcome = await service.pollFeed(store.feeds.get(added.feed.id)!);
    expect([outcome.outcome, outcome.new]).toEqual(['unchanged', 0]);
    expect(store.articles.search('autumn', { limit: 5, offset: 0 }).hits.map((h) => h.title)).toEqual([
      'Tram line to reach the airport by 2028',
    ]);
    expect(store.feeds.unannounced(added.feed.id)).toEqual([]);
    expect(store.articles.count()).toBe(2);
  });

  it('does not read its linked page again', async () => {
    const added = await service.addFeed(server.url('/stamped-pages.xml'), { fullText: 'on' });
    if (!added.ok) throw new Error(added.problem.code);
    for (let i = 0; i < 2; i++) await freshService().pollFeed(store.feeds.get(added.feed.id)!);
    const pages = server.requests.filter((r) => r.path.startsWith('/page/')).map((r) => r.path);
    expect(pages.sort()).toEqual(['/page/night-buses', '/page/tram-airport']);
    expect(store.articles.search('terminal', { limit: 5, offset: 0 }).hits.map((h) => h.title)).toEqual([
      'Tram line to reach the airport by 2028',
    ]);
  });
});

describe('items of one feed that share a link', () => {
  it('stay two items, each known by its guid', async () => {
    const added = await service.addFeed(server.url('/shared-link.xml'), { fullText: 'off' });
    if (!added.ok) throw new Error(added.problem.code);
    const outcome = await service.pollFeed(store.feeds.get(added.feed.id)!);
    expect([outcome.outcome, outcome.new]).toEqual(['unchanged', 0]);
    expect([...store.feeds.items(added.feed.id).keys()].sort()).toEqual(['guid:live-1', 'guid:live-2']);
  });
});
