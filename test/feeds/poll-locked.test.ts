// A poll whose store write meets the database locked by another process past the busy wait: the feed's
// outcome says so in words (not SQLite's "database is locked"), nothing of it is stored, it stays due and
// the next round stores it. Holds the lock for the whole busy wait (5 s): the wait is SQLite's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchFn } from '../../src/feeds/fetcher.js';
import { pollFeeds } from '../../src/feeds/poller.js';
import { openSqliteStore } from '../../src/store/index.js';
import { addTestFeed, testFeedService } from './feed-rows.js';
import { rss, rssFetched } from './feed-server.js';

const T0 = Date.parse('2026-05-01T00:00:00Z');
const URLS = ['https://harbour.example/feed.xml', 'https://tram.example/feed.xml'];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a poll that meets the database locked by another process', () => {
  it('names the lock in words, stores nothing of the feed, and the next round stores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-poll-locked-'));
    dirs.push(dir);
    const path = join(dir, 'herald.db');
    const store = openSqliteStore(path);
    const other = new Database(path);
    try {
      const feeds = URLS.map((url) => addTestFeed(store, url, { nextFetchAt: T0, createdAt: T0 }));
      // The first feed's fetch takes the lock in the other process before the answer is stored; the
      // second feed's fetch, after the first feed gave up, lets it go.
      let locks = 0;
      const fetch: FetchFn = async ({ url }) => {
        if (url === URLS[0] && locks++ === 0) other.exec('BEGIN IMMEDIATE');
        if (url === URLS[1] && other.inTransaction) other.exec('ROLLBACK');
        const slug = new URL(url).hostname.split('.')[0];
        return rssFetched(
          url,
          rss(`${slug} desk`, [
            { title: `The ${slug} story`, guid: `${slug}-1`, description: `News of the ${slug}.` },
          ]),
        );
      };
      const service = testFeedService(store, fetch, T0);
      const limits = { concurrency: 1, perHost: 1 };
      const first = await pollFeeds(service, feeds, limits);
      expect(first[0]).toMatchObject({ id: feeds[0]!.id, outcome: 'failed', new: 0 });
      expect(first[0]!.error).toBe(
        'the database stayed locked by another process for more than 5 seconds, so nothing of this feed ' +
          'was stored; it is polled again in the next round',
      );
      expect(store.feeds.itemCount(feeds[0]!.id)).toBe(0);
      expect(first[1]).toMatchObject({ id: feeds[1]!.id, outcome: 'new', new: 1, error: null });
      expect(store.feeds.itemCount(feeds[1]!.id)).toBe(1);
      // Only the first stays due; the next round stores it.
      const due = store.feeds.due(T0);
      expect(due.map((f) => f.id)).toEqual([feeds[0]!.id]);
      const second = await pollFeeds(service, due, limits);
      expect(second).toEqual([{ id: feeds[0]!.id, outcome: 'new', http: 200, new: 1, error: null }]);
      expect(store.articles.count()).toBe(2);
      expect(store.feeds.itemCount(feeds[0]!.id)).toBe(1);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      store.close();
    }
  }, 30_000);
});
