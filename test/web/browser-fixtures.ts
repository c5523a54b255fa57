// What the browser tests share: Debian's Chromium (installed by .ci/run) and a feed the poller marked as
// failing, written into the running bot's database.
import { chromium, type Browser } from 'playwright-core';
import { openStore } from '../../src/store/index.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Adds a feed in the state the poller leaves after failed fetches; returns its id. */
export function addFailingFeed(
  location: string,
  feed: { url: string; title: string; reason: string; failures: number },
): number {
  const store = openStore(location);
  try {
    const added = store.feeds.add({
      url: feed.url,
      title: feed.title,
      siteUrl: null,
      imageUrl: null,
      intervalSeconds: 600,
      fullText: 'auto',
      nextFetchAt: Date.now() + 600_000,
      createdAt: Date.now(),
    });
    store.feeds.update(added.id, {
      state: 'failing',
      reason: feed.reason,
      failures: feed.failures,
      lastFetchAt: Date.now(),
    });
    return added.id;
  } finally {
    store.close();
  }
}
