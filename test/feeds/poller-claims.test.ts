// Feed polls shared by processes: two pollers (two connections to one file, two holders) polling at the
// same moment fetch each due feed once; a feed held by a process that died is polled after its lease.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchFn } from '../../src/feeds/fetcher.js';
import { createPoller } from '../../src/feeds/poller.js';
import { createFeedService } from '../../src/feeds/service.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createClaims } from '../../src/work/claims.js';
import { feedKey } from '../../src/work/keys.js';
import { rss, rssFetched } from './feed-server.js';
import { addTestFeed } from './feed-rows.js';

const T0 = Date.parse('2026-05-01T00:00:00Z');
const TTL = 30_000;
const logger = createLogger('error', () => undefined);
let dir: string;
let clock: { t: number };
const stores: Store[] = [];
const asked: Array<[string, string]> = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-poll-claims-'));
  clock = { t: T0 };
  asked.length = 0;
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function startProcess(name: string) {
  const store = openStore(join(dir, 'herald.db'));
  stores.push(store);
  // The network edge is faked: every feed answers with one story of its own, a little later.
  const fetch: FetchFn = async ({ url }) => {
    asked.push([name, url]);
    await new Promise((r) => setTimeout(r, 20));
    const body = rss(`Feed ${url}`, [
      { title: `Story from ${url}`, guid: url, description: `About ${url}.` },
    ]);
    return rssFetched(url, body);
  };
  const now = () => clock.t;
  const settings = { defaultIntervalSeconds: 600, minIntervalSeconds: 120 };
  const service = createFeedService({ store, fetch, now, random: () => 0, settings });
  const claims = createClaims({ leases: store.leases, holder: name, ttlMs: TTL, now, logger });
  const poller = createPoller({
    store,
    service,
    logger,
    now,
    limits: { concurrency: 4, perHost: 2 },
    claims,
  });
  return { store, claims, poller };
}

function addFeed(store: Store, url: string): number {
  return addTestFeed(store, url, { nextFetchAt: T0 - 1, createdAt: T0 }).id;
}

describe('feed polls claimed across processes', () => {
  it('fetches every due feed once when two processes poll at the same moment, and frees the leases after', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    const urls = ['https://a.example/1.xml', 'https://b.example/2.xml', 'https://c.example/3.xml'];
    const ids = urls.map((u) => addFeed(a.store, u));
    const [fromA, fromB] = await Promise.all([a.poller.runDue(), b.poller.runDue()]);
    expect(asked.map(([, url]) => url).sort()).toEqual(urls);
    expect([...(fromA ?? []), ...(fromB ?? [])].map((o) => [o.id, o.outcome]).sort()).toEqual(
      ids.map((id) => [id, 'new']),
    );
    for (const id of ids) expect([id, a.store.feeds.itemCount(id)]).toEqual([id, 1]);
    // Polled and not yet due again: a second round in either process fetches nothing.
    await Promise.all([a.poller.runDue(), b.poller.runDue()]);
    expect(asked).toHaveLength(3);
    expect([a.store.leases.heldBy('a'), a.store.leases.heldBy('b')]).toEqual([[], []]);
  });

  it('leaves a feed claimed by a live process alone, and polls it after that process’s lease lapses', async () => {
    const a = startProcess('a');
    const b = startProcess('b');
    const held = addFeed(a.store, 'https://held.example/feed.xml');
    const free = addFeed(a.store, 'https://free.example/feed.xml');
    a.claims.take(feedKey(held));
    expect((await b.poller.runDue()).map((o) => o.id)).toEqual([free]);
    clock.t += TTL;
    expect((await b.poller.runDue()).map((o) => o.id)).toEqual([held]);
    expect(asked).toEqual([
      ['b', 'https://free.example/feed.xml'],
      ['b', 'https://held.example/feed.xml'],
    ]);
  });
});
