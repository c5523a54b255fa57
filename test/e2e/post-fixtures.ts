// What the live-post e2e suites share: feed items, a feed served on loopback that a test can add items
// to, and `herald feed poll` as another process does it (its own store connection).
import { setUpFeeds } from '../../src/feeds/setup.js';
import { openStore } from '../../src/store/index.js';
import { rss, send, type FeedServer, type RssItem } from '../feeds/feed-server.js';
import type { Harness } from './harness.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Item `n`, dated `n` seconds after a minute ago: a higher number is a newer item. */
export const item = (n: number, title: string, body: string): RssItem => ({
  title,
  link: `https://news.example/${n}`,
  guid: `item-${n}`,
  description: body,
  pubDate: new Date(Date.now() - 60_000 + n * 1000).toUTCString(),
});

/** Serves a feed at `path` whose items the test changes by changing the returned list (newest first). */
export function serveFeed(server: FeedServer, path: string, title: string, first: RssItem[]): RssItem[] {
  const items = [...first];
  server.route(path, (req, res) => send(rss(title, items))(req, res));
  return items;
}

/** `herald feed poll` in another process: its own store connection, the same feed service. */
export async function pollElsewhere(harness: Harness): Promise<void> {
  const store = openStore(harness.config.databasePath);
  const feeds = setUpFeeds(store, harness.config.feeds, { version: 'test', now: Date.now });
  try {
    for (const f of store.feeds.all()) await feeds.service.pollFeed(f);
  } finally {
    feeds.close();
    store.close();
  }
}

export interface EmbedSeen {
  title?: string;
  description?: string;
  url?: string;
  fields?: Array<{ name: string; value: string }>;
}

export const embedsOf = (m: { api: Record<string, unknown> }): EmbedSeen[] => m.api.embeds as EmbedSeen[];
