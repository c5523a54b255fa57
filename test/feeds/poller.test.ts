import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchFn } from '../../src/feeds/fetcher.js';
import { createPoller } from '../../src/feeds/poller.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { rss, rssFetched } from './feed-server.js';
import { addTestFeed, testFeedService } from './feed-rows.js';

const T0 = Date.parse('2026-05-01T00:00:00Z');
let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

const ok = rssFetched;

function addFeed(url: string, nextFetchAt: number, state: 'ok' | 'paused' = 'ok') {
  const feed = addTestFeed(store, url, { nextFetchAt, createdAt: T0, fullText: 'auto' });
  if (state === 'paused') store.feeds.update(feed.id, { state: 'paused', reason: 'paused by hand' });
  return feed;
}

describe('the poller', () => {
  it('polls only due, unpaused feeds and survives a fetch that throws', async () => {
    const asked: string[] = [];
    // The network edge is faked: one feed's fetch throws outright.
    const fetch: FetchFn = async ({ url }) => {
      asked.push(url);
      if (url.includes('throws')) throw new Error('socket exploded');
      return ok(
        url,
        rss(`Feed ${url}`, [{ title: `Story from ${url}`, guid: url, description: `Text about ${url}.` }]),
      );
    };
    const warnings: string[] = [];
    const logger = createLogger('warn', (line) => warnings.push(line));
    const service = testFeedService(store, fetch, T0);
    const poller = createPoller({
      store,
      service,
      logger,
      now: () => T0,
      limits: { concurrency: 4, perHost: 2 },
    });
    const due = addFeed('https://a.example/due.xml', T0 - 1);
    const throws = addFeed('https://b.example/throws.xml', T0);
    addFeed('https://c.example/later.xml', T0 + 60_000);
    addFeed('https://d.example/paused.xml', 0, 'paused');

    const outcomes = await poller.runDue();
    expect(asked.sort()).toEqual(['https://a.example/due.xml', 'https://b.example/throws.xml']);
    expect(outcomes.map((o) => [o.id, o.outcome, o.new])).toEqual([
      [due.id, 'new', 1],
      [throws.id, 'failed', 0],
    ]);
    expect(store.feeds.get(throws.id)).toMatchObject({
      state: 'failing',
      failures: 1,
      reason: 'network error: socket exploded',
      nextFetchAt: T0 + 300_000,
    });
    expect(warnings.map((w) => w.replace(/^\S+ /, ''))).toEqual([
      `WARN feed ${throws.id}: network error: socket exploded`,
    ]);
  });

  it('waits for the poll under way when stopped', async () => {
    let release: () => void = () => undefined;
    const fetch: FetchFn = ({ url }) =>
      new Promise((resolve) => {
        release = () =>
          resolve(ok(url, rss('Slow', [{ title: 'Slow story', guid: 's', description: 'Slow text.' }])));
      });
    const service = testFeedService(store, fetch, T0);
    const poller = createPoller({
      store,
      service,
      logger: createLogger('error', () => undefined),
      now: () => T0,
      limits: { concurrency: 2, perHost: 2 },
    });
    const feed = addFeed('https://slow.example/feed.xml', 0);
    poller.start();
    await new Promise((r) => setTimeout(r, 10));
    let stopped = false;
    const stopping = poller.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(store.feeds.itemCount(feed.id)).toBe(1);
  });
});

describe('shutdown', () => {
  it('leaves a feed as it was when its fetch is cut short by a halt', async () => {
    let cut: () => void = () => undefined;
    // The network edge is faked: the fetch fails the way a destroyed socket does, once the test says so.
    const fetch: FetchFn = ({ url }) =>
      new Promise((resolve) => {
        cut = () => resolve({ ok: false, url, problem: { code: 'network', detail: 'ECONNRESET' } });
      });
    const service = testFeedService(store, fetch, T0);
    const feed = addFeed('https://cut.example/feed.xml', 0);
    const polling = service.pollFeed(feed);
    service.halt();
    cut();
    expect(await polling).toMatchObject({ outcome: 'failed', error: 'stopped before the fetch finished' });
    expect(store.feeds.get(feed.id)).toMatchObject({
      state: 'ok',
      failures: 0,
      reason: null,
      lastFetchAt: null,
    });
  });
});
