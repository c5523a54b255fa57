// The feed rows and feed service the poller tests start from: a feed named by its URL, polled every ten
// minutes, and a service on a fixed clock with no jitter.
import type { FetchFn } from '../../src/feeds/fetcher.js';
import { createFeedService } from '../../src/feeds/service.js';
import type { Feed, NewFeed } from '../../src/store/feeds.js';
import type { Store } from '../../src/store/index.js';

/** Stores a feed for `url`, due at `nextFetchAt`. */
export function addTestFeed(
  store: Store,
  url: string,
  at: { nextFetchAt: number; createdAt: number; fullText?: NewFeed['fullText'] },
): Feed {
  return store.feeds.add({
    url,
    title: url,
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: at.fullText ?? 'off',
    nextFetchAt: at.nextFetchAt,
    createdAt: at.createdAt,
  });
}

/** The feed service over `store` with the network edge `fetch`, at the fixed time `now`. */
export function testFeedService(store: Store, fetch: FetchFn, now: number) {
  return createFeedService({
    store,
    fetch,
    now: () => now,
    random: () => 0,
    settings: { defaultIntervalSeconds: 600, minIntervalSeconds: 120 },
  });
}
