// A server's managers manage their own feeds: /feed remove and /feed pause from one server never take a
// feed away from another server that posts it, and /feed list shows no other server's feeds.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/feeds/fetcher.js';
import { createFeedService } from '../../src/feeds/service.js';
import { createPostService, type PostService, type SubscribeInput } from '../../src/posts/service.js';
import { openStore, type Store } from '../../src/store/index.js';
import { loopbackFetcher, rss, send, startFeedServer, type FeedServer } from '../feeds/feed-server.js';

const T0 = Date.parse('2026-06-01T08:00:00Z');
const GUILD_A = '100000000000000001';
const GUILD_B = '200000000000000002';

let server: FeedServer;
let store: Store;
let fetcher: Fetcher;
let posts: PostService;

beforeAll(async () => {
  server = await startFeedServer();
  for (const [path, title] of [
    ['/rail.xml', 'Rail News'],
    ['/farm.xml', 'Farm Weekly'],
    ['/solo.xml', 'Solo Desk'],
  ] as const)
    server.route(
      path,
      send(
        rss(title, [
          { title: `${title}: first story`, link: `https://${path.slice(1, 5)}.example/1`, guid: '1' },
        ]),
      ),
    );
});
afterAll(() => server.close());
beforeEach(() => {
  store = openStore(':memory:');
  fetcher = loopbackFetcher();
  const feeds = createFeedService({
    store,
    fetch: fetcher.fetch,
    now: () => T0,
    random: () => 0,
    settings: { defaultIntervalSeconds: 600, minIntervalSeconds: 120 },
  });
  posts = createPostService({ store, feeds, now: () => T0 });
});
afterEach(() => {
  fetcher.close();
  store.close();
});

const channel = (guildId: string, channelId: string): SubscribeInput => ({
  guildId,
  channelId,
  filter: null,
  roleId: null,
  format: 'full',
  mode: 'post',
  publish: false,
  userId: '300000000000000003',
});

async function add(path: string, subscriber: SubscribeInput | null): Promise<number> {
  const added = await posts.addFeed(server.url(path), { name: null, intervalMinutes: null }, subscriber);
  if (!added.ok) throw new Error(added.problem.code);
  return added.feed.id;
}

const titles = (guildId: string) => posts.listFeeds(guildId).map((line) => line.feed.title);

describe('feeds of several servers', () => {
  it('are listed only to the servers that post them, and feeds no server posts to every server', async () => {
    await add('/rail.xml', channel(GUILD_A, '400000000000000004'));
    await add('/farm.xml', channel(GUILD_B, '500000000000000005'));
    await add('/solo.xml', null);
    expect(titles(GUILD_A)).toEqual(['Rail News', 'Solo Desk']);
    expect(titles(GUILD_B)).toEqual(['Farm Weekly', 'Solo Desk']);
  });

  it('are not removed or paused from a server that does not post them', async () => {
    const farm = await add('/farm.xml', channel(GUILD_B, '500000000000000005'));
    expect(posts.removeFeed(farm, GUILD_A)).toEqual({
      ok: false,
      problem: { code: 'unknown-feed', id: farm },
    });
    expect(posts.pauseFeed(farm, GUILD_A)).toEqual({
      ok: false,
      problem: { code: 'unknown-feed', id: farm },
    });
    expect(posts.resumeFeed(farm, GUILD_A)).toEqual({
      ok: false,
      problem: { code: 'unknown-feed', id: farm },
    });
    expect([store.feeds.get(farm)?.state, store.posts.ofFeed(farm).map((s) => s.guildId)]).toEqual([
      'ok',
      [GUILD_B],
    ]);
  });

  it('that two servers post: one server removes or pauses only its own posting', async () => {
    const rail = await add('/rail.xml', channel(GUILD_A, '400000000000000004'));
    await add('/rail.xml', channel(GUILD_B, '500000000000000005'));
    await add('/rail.xml', channel(GUILD_B, '600000000000000006'));
    const paused = posts.pauseFeed(rail, GUILD_B);
    expect(paused).toMatchObject({ ok: true, shared: true });
    expect(store.feeds.get(rail)?.state).toBe('ok');
    expect(store.posts.ofFeed(rail).map((s) => [s.channelId, s.pausedReason])).toEqual([
      ['400000000000000004', null],
      ['500000000000000005', 'paused by hand'],
      ['600000000000000006', 'paused by hand'],
    ]);
    const removed = posts.removeFeed(rail, GUILD_B);
    expect(removed).toMatchObject({ ok: true, shared: true });
    expect(store.feeds.get(rail)?.title).toBe('Rail News');
    expect(store.feeds.itemCount(rail)).toBe(1);
    expect(store.posts.ofFeed(rail).map((s) => s.guildId)).toEqual([GUILD_A]);
    expect(titles(GUILD_B)).toEqual([]);
    // The last server to post it removes the feed itself.
    expect(posts.removeFeed(rail, GUILD_A)).toMatchObject({ ok: true, shared: false });
    expect(store.feeds.get(rail)).toBeNull();
  });
});
