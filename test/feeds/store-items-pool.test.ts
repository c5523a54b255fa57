import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedDocument, FeedEntry } from '../../src/feeds/parse.js';
import { BULK_MIN_ITEMS, storeFeedItems } from '../../src/feeds/store-items.js';
import { createPoolOnDemand } from '../../src/ingest/pool.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { variedText, variedTitle } from '../helpers/varied-articles.js';

// A poll that brings many new items analyses them in the pool; what it stores must be what the
// item-by-item path stores, row for row and in the same order.
const dir = mkdtempSync(join(tmpdir(), 'herald-feed-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(i: number): FeedEntry {
  return {
    guid: `item-${i}`,
    link: `https://news.example/items/${i}`,
    title: variedTitle(i),
    body: i % 3 === 0 ? `<p>${variedText(i)}</p><p>${variedText(i + 50)}</p>` : variedText(i),
    published: i % 4 === 0 ? null : new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    author: i % 2 === 0 ? 'A. Writer' : null,
    categories: i % 5 === 0 ? ['city'] : [],
    imageUrl: null,
  };
}

const document: FeedDocument = {
  format: 'rss',
  title: 'Example Feed',
  siteUrl: 'https://news.example/',
  imageUrl: null,
  ttlMinutes: null,
  entries: Array.from({ length: BULK_MIN_ITEMS + 8 }, (_, i) => entry(i)),
};

async function storeWith(name: string, pooled: boolean): Promise<SqliteStore> {
  const store = openSqliteStore(join(dir, `${name}.db`));
  const feed = store.feeds.add({
    url: 'https://news.example/feed.xml',
    title: 'Example Feed',
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: 'off',
    nextFetchAt: 0,
    createdAt: 0,
  });
  const pool = pooled ? createPoolOnDemand(2) : undefined;
  try {
    const report = await storeFeedItems(store, { id: feed.id, title: 'Example Feed' }, document, {
      now: Date.UTC(2026, 10, 20),
      announced: false,
      ...(pool ? { pool } : {}),
    });
    expect(report.added).toBe(document.entries.length);
  } finally {
    await pool?.close();
  }
  return store;
}

describe('a feed poll with many new items', () => {
  it('stores in the pool exactly what it stores item by item', async () => {
    const alone = await storeWith('alone', false);
    const pooled = await storeWith('pooled', true);
    for (const sql of [
      'SELECT rowid, * FROM articles ORDER BY rowid',
      'SELECT rowid, * FROM quotes ORDER BY rowid',
      'SELECT rowid, * FROM speakers ORDER BY rowid',
    ]) {
      const expected = alone.db.prepare(sql).all();
      const actual = pooled.db.prepare(sql).all();
      expect(expected.length, sql).toBeGreaterThan(0);
      expect(actual.length, sql).toBe(expected.length);
      expected.forEach((row, i) => expect([sql, i, actual[i]]).toEqual([sql, i, row]));
    }
    alone.close();
    pooled.close();
  }, 60_000);
});
