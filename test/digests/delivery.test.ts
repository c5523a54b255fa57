// Digest runs against a real store with a fixed clock: which articles a run picks (by publication, not by
// load time), late arrivals, and the exactly-once ledger across runs. Discord's REST is faked at the edge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDelivery } from '../../src/digests/delivery.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { newsArticle as stored } from '../helpers/news-articles.js';
import { hourlyDigest } from '../helpers/digest-rig.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

interface Posted {
  channel: string;
  body: { embeds: Array<{ title?: string }>; nonce: string };
}

let dir: string;
let store: Store;
let clock: { t: number };
let posts: Posted[];

function setUp() {
  const rest = {
    post: async (route: string, options: { body: Posted['body'] }) => {
      posts.push({ channel: route, body: options.body });
      return { id: String(posts.length) };
    },
  } as unknown as REST;
  return createDelivery({ store, rest, logger: createLogger('error', () => {}), now: () => clock.t });
}

const titlesOf = (post: Posted | undefined) => post?.body.embeds.map((e) => e.title) ?? [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-delivery-'));
  store = openStore(join(dir, 'herald.db'));
  clock = { t: T0 };
  posts = [];
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function addSubscription(): number {
  return store.subscriptions.add(hourlyDigest('c1', T0 - DAY)).id;
}

describe('digest runs pick news by publication time', () => {
  it('the first digest after loading an old archive holds the recently published articles only', async () => {
    // Everything loaded five minutes before the slot, in one batch; the archive is older than the fresh news.
    const loadedAt = T0 - 5 * MINUTE;
    store.articles.upsert([
      stored('monde-2015', 'Le Monde archive piece', Date.UTC(2015, 3, 2), loadedAt),
      ...Array.from({ length: 12 }, (_, i) =>
        stored(`archive-${i}`, `Archive story ${i}`, T0 - (40 + i) * DAY, loadedAt),
      ),
      stored('two-days', 'Two days old', T0 - 2 * DAY, loadedAt),
      stored('fresh-1', 'Fresh this morning', T0 - 2 * HOUR, loadedAt),
      stored('fresh-2', 'Fresh last night', T0 - 14 * HOUR, loadedAt),
      stored('fresh-3', 'Fresh an hour ago', T0 - HOUR, loadedAt),
    ]);
    const id = addSubscription();
    expect(await setUp().runSlot(id, T0)).toBe('sent');
    expect(titlesOf(posts[0])).toEqual(['Fresh an hour ago', 'Fresh this morning', 'Fresh last night']);
  });

  it('sends a late arrival at the next run, and no article twice across runs, retries and manual sends', async () => {
    store.articles.upsert([stored('on-time', 'On time', T0 - 30 * MINUTE, T0 - 20 * MINUTE)]);
    const id = addSubscription();
    const delivery = setUp();
    expect(await delivery.runSlot(id, T0)).toBe('sent');
    // Published before the first run, loaded after it; and one article from the next hour.
    store.articles.upsert([
      stored('late', 'Arrived late', T0 - 10 * MINUTE, T0 + 5 * MINUTE),
      stored('next', 'Next hour', T0 + 30 * MINUTE, T0 + 31 * MINUTE),
      stored('stale', 'Stale arrival', T0 - 3 * DAY, T0 + 32 * MINUTE),
    ]);
    clock.t = T0 + HOUR + 2000;
    expect(await delivery.runSlot(id, T0 + HOUR)).toBe('sent');
    expect(await delivery.runSlot(id, T0 + HOUR)).toBe('skipped');
    clock.t = T0 + 2 * HOUR;
    expect(await delivery.runSlot(id, T0 + 2 * HOUR)).toBe('empty');
    expect(await delivery.runSlot(id, T0 + 2 * HOUR + 7)).toBe('empty');
    expect(posts.map(titlesOf)).toEqual([['On time'], ['Next hour', 'Arrived late']]);
    expect(new Set(posts.map((p) => p.body.nonce)).size).toBe(2);
  });
});
