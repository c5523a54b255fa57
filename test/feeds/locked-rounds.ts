// Two poll rounds of two feeds while another process holds the store's lock, for the SQLite and the
// PostgreSQL lock tests: the first feed's fetch has the other process take the lock before its items are
// stored, the second feed's fetch (after the first gave up) lets it go. Checks what both backends must do
// (nothing of the first feed stored, the second stored, only the first still due, the next round stores
// it) and returns the first feed's error for the caller to check its words.
import { expect } from 'vitest';
import type { FetchFn } from '../../src/feeds/fetcher.js';
import { pollFeeds } from '../../src/feeds/poller.js';
import type { Store } from '../../src/store/index.js';
import { addTestFeed, testFeedService } from './feed-rows.js';
import { rss, rssFetched } from './feed-server.js';

export interface Lock {
  take(): void | Promise<void>;
  /** Lets the lock go if it is held. */
  release(): void | Promise<void>;
}

export async function pollPastLock(store: Store, at: number, urls: [string, string], lock: Lock) {
  const feeds = urls.map((url) => addTestFeed(store, url, { nextFetchAt: at, createdAt: at }));
  let locks = 0;
  const fetch: FetchFn = async ({ url }) => {
    if (url === urls[0] && locks++ === 0) await lock.take();
    if (url === urls[1]) await lock.release();
    const slug = new URL(url).hostname.split('.')[0];
    return rssFetched(
      url,
      rss(`${slug} desk`, [
        { title: `The ${slug} story`, guid: `${slug}-1`, description: `News of the ${slug}.` },
      ]),
    );
  };
  const service = testFeedService(store, fetch, at);
  const limits = { concurrency: 1, perHost: 1 };
  const first = await pollFeeds(service, feeds, limits);
  expect(first[0]).toMatchObject({ id: feeds[0]!.id, outcome: 'failed', new: 0 });
  expect(store.feeds.itemCount(feeds[0]!.id)).toBe(0);
  expect(first[1]).toMatchObject({ id: feeds[1]!.id, outcome: 'new', new: 1, error: null });
  expect(store.feeds.itemCount(feeds[1]!.id)).toBe(1);
  // Only the first stays due; the next round stores it.
  const due = store.feeds.due(at);
  expect(due.map((f) => f.id)).toEqual([feeds[0]!.id]);
  const second = await pollFeeds(service, due, limits);
  expect(second).toEqual([{ id: feeds[0]!.id, outcome: 'new', http: 200, new: 1, error: null }]);
  expect(store.articles.count()).toBe(2);
  expect(store.feeds.itemCount(feeds[0]!.id)).toBe(1);
  return first[0]!.error;
}
