// Feeds and the items each one delivered. An item key is unique per feed; the item's article lives in
// the articles table like any file article. An article leaves the store only when neither a file nor a
// feed item holds it any more.
import type Database from 'better-sqlite3';
import { createFetchLog } from './fetch-log.js';
import { freshIdSql, insertWithFreshId } from './fresh-ids.js';

export type FeedState = 'ok' | 'failing' | 'paused';
export type FullTextMode = 'auto' | 'on' | 'off';

export interface Feed {
  id: number;
  url: string;
  title: string;
  siteUrl: string | null;
  imageUrl: string | null;
  intervalSeconds: number;
  state: FeedState;
  /** The last failure in words, or why the feed is paused. */
  reason: string | null;
  failures: number;
  lastFetchAt: number | null;
  nextFetchAt: number;
  /** A 429/503 asked to wait until then; `poll --all` respects it. */
  retryAfterUntil: number | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  httpStatus: number | null;
  fullText: FullTextMode;
  createdAt: number;
  /** The READER_VERSION that last analysed the feed's articles; a lower one has them analysed again. */
  readerVersion: number;
}

export type NewFeed = Pick<
  Feed,
  'url' | 'title' | 'siteUrl' | 'imageUrl' | 'intervalSeconds' | 'fullText' | 'nextFetchAt' | 'createdAt'
>;

/** What a fetch changed on a feed; fields left out stay as they are. */
export type FeedUpdate = Partial<Omit<Feed, 'id' | 'url' | 'createdAt'>>;

export interface FeedItemRecord {
  itemKey: string;
  articleId: string;
  contentHash: string;
  /** The item's image (media:content, an image enclosure), else the feed's image. */
  imageUrl?: string | null;
}

export interface FeedRow {
  id: number;
  url: string;
  title: string;
  site_url: string | null;
  image_url: string | null;
  interval_seconds: number;
  state: FeedState;
  reason: string | null;
  failures: number;
  last_fetch_at: number | null;
  next_fetch_at: number;
  retry_after_until: number | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  http_status: number | null;
  full_text: FullTextMode;
  created_at: number;
  reader_version: number;
}

export const FEED_COLUMNS: Record<keyof FeedUpdate, string> = {
  title: 'title',
  siteUrl: 'site_url',
  imageUrl: 'image_url',
  intervalSeconds: 'interval_seconds',
  state: 'state',
  reason: 'reason',
  failures: 'failures',
  lastFetchAt: 'last_fetch_at',
  nextFetchAt: 'next_fetch_at',
  retryAfterUntil: 'retry_after_until',
  etag: 'etag',
  lastModified: 'last_modified',
  bodyHash: 'body_hash',
  httpStatus: 'http_status',
  fullText: 'full_text',
  readerVersion: 'reader_version',
};

export function toFeed(r: FeedRow): Feed {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    siteUrl: r.site_url,
    imageUrl: r.image_url,
    intervalSeconds: r.interval_seconds,
    state: r.state,
    reason: r.reason,
    failures: r.failures,
    lastFetchAt: r.last_fetch_at,
    nextFetchAt: r.next_fetch_at,
    retryAfterUntil: r.retry_after_until,
    etag: r.etag,
    lastModified: r.last_modified,
    bodyHash: r.body_hash,
    httpStatus: r.http_status,
    fullText: r.full_text,
    createdAt: r.created_at,
    readerVersion: r.reader_version,
  };
}

export function createFeedStore(db: Database.Database) {
  const insert =
    db.prepare(`INSERT INTO feeds (id, url, title, site_url, image_url, interval_seconds, full_text, next_fetch_at,
      created_at) VALUES (${freshIdSql('feeds')},
      @url, @title, @siteUrl, @imageUrl, @intervalSeconds, @fullText, @nextFetchAt, @createdAt)`);
  const byId = db.prepare('SELECT * FROM feeds WHERE id = ?');
  const byUrl = db.prepare('SELECT * FROM feeds WHERE url = ?');
  const all = db.prepare('SELECT * FROM feeds ORDER BY id');
  const due = db.prepare(
    `SELECT * FROM feeds WHERE state != 'paused' AND next_fetch_at <= ? ORDER BY next_fetch_at`,
  );
  const itemCounts = db
    .prepare('SELECT feed_id, count(DISTINCT article_id) AS n FROM feed_items GROUP BY feed_id')
    .raw();
  const itemCount = db.prepare('SELECT count(DISTINCT article_id) FROM feed_items WHERE feed_id = ?').pluck();
  const itemsOf = db.prepare('SELECT item_key, article_id, content_hash FROM feed_items WHERE feed_id = ?');
  const putItem =
    db.prepare(`INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at, content_hash, image_url,
      announced) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id, content_hash = excluded.content_hash,
      image_url = excluded.image_url`);
  const imageOf = db
    .prepare('SELECT image_url FROM feed_items WHERE article_id = ? AND image_url IS NOT NULL LIMIT 1')
    .pluck();
  const articleIdsOf = db.prepare('SELECT DISTINCT article_id FROM feed_items WHERE feed_id = ?').pluck();
  const heldByOtherFeed = db
    .prepare('SELECT 1 FROM feed_items WHERE article_id = ? AND feed_id != ? LIMIT 1')
    .pluck();
  const heldByFile = db.prepare('SELECT 1 FROM file_articles WHERE article_id = ? LIMIT 1').pluck();
  const removeFeed = db.prepare('DELETE FROM feeds WHERE id = ?');
  const removeItems = db.prepare('DELETE FROM feed_items WHERE feed_id = ?');
  const unannounced = db
    .prepare(
      'SELECT article_id FROM feed_items WHERE feed_id = ? AND announced = 0 GROUP BY article_id ORDER BY min(first_seen_at), min(rowid)',
    )
    .pluck();
  const announce = db.prepare('UPDATE feed_items SET announced = 1 WHERE feed_id = ? AND article_id = ?');
  const newestItems =
    db.prepare(`SELECT a.id, a.title, a.url, a.published FROM feed_items i JOIN articles a ON a.id = i.article_id
    WHERE i.feed_id = ? GROUP BY a.id
    ORDER BY coalesce(a.published, min(i.first_seen_at)) DESC, max(i.rowid) DESC LIMIT ?`);

  return {
    ...createFetchLog(db),
    add(feed: NewFeed): Feed {
      const id = insertWithFreshId(db, 'feeds', () => insert.run(feed).lastInsertRowid);
      return toFeed(byId.get(id) as FeedRow);
    },
    get(id: number): Feed | null {
      const row = byId.get(id) as FeedRow | undefined;
      return row ? toFeed(row) : null;
    },
    byUrl(url: string): Feed | null {
      const row = byUrl.get(url) as FeedRow | undefined;
      return row ? toFeed(row) : null;
    },
    all(): Feed[] {
      return (all.all() as FeedRow[]).map(toFeed);
    },
    /** Feeds not paused whose next fetch time has come, soonest first. */
    due(now: number): Feed[] {
      return (due.all(now) as FeedRow[]).map(toFeed);
    },
    update(id: number, changes: FeedUpdate): void {
      const keys = (Object.keys(changes) as Array<keyof FeedUpdate>).filter((k) => changes[k] !== undefined);
      if (keys.length === 0) return;
      // Column names come from the fixed COLUMNS table, never from input; values are bound.
      const sql = `UPDATE feeds SET ${keys.map((k) => `${FEED_COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`;
      const values: Record<string, unknown> = { id };
      for (const k of keys) values[k] = changes[k];
      db.prepare(sql).run(values);
    },
    itemCounts(): Map<number, number> {
      return new Map(itemCounts.all() as Array<[number, number]>);
    },
    itemCount(feedId: number): number {
      return itemCount.get(feedId) as number;
    },
    /** The feed's known items by key. */
    items(feedId: number): Map<string, FeedItemRecord> {
      const out = new Map<string, FeedItemRecord>();
      for (const r of itemsOf.all(feedId) as Array<{
        item_key: string;
        article_id: string;
        content_hash: string;
      }>) {
        out.set(r.item_key, { itemKey: r.item_key, articleId: r.article_id, contentHash: r.content_hash });
      }
      return out;
    },
    /** Records an item; `announced` marks it as already seen by live posting (a feed's first fetch). */
    putItem(feedId: number, item: FeedItemRecord, seenAt: number, announced: boolean): void {
      putItem.run(
        feedId,
        item.itemKey,
        item.articleId,
        seenAt,
        item.contentHash,
        item.imageUrl ?? null,
        announced ? 1 : 0,
      );
    },
    /** The image URL a feed item gave for this article, if any. */
    imageUrl(articleId: string): string | null {
      return (imageOf.get(articleId) as string | undefined) ?? null;
    },
    /** Articles of the feed that live posting has not announced yet, oldest first. */
    unannounced(feedId: number): string[] {
      return unannounced.all(feedId) as string[];
    },
    markAnnounced(feedId: number, articleIds: string[]): void {
      for (const id of articleIds) announce.run(feedId, id);
    },
    newestItems(
      feedId: number,
      limit: number,
    ): Array<{ id: string; title: string; url: string | null; published: number | null }> {
      return newestItems.all(feedId, limit) as Array<{
        id: string;
        title: string;
        url: string | null;
        published: number | null;
      }>;
    },
    /** Whether another feed or a loaded file still holds this article. */
    isHeldElsewhere(articleId: string, feedId: number): boolean {
      return heldByOtherFeed.get(articleId, feedId) !== undefined || heldByFile.get(articleId) !== undefined;
    },
    /**
     * Removes a feed and its items, and returns the ids of its articles that nothing else holds (no
     * other feed, no file): the caller deletes those from the articles table in the same transaction.
     */
    remove(feedId: number): string[] {
      const ids = (articleIdsOf.all(feedId) as string[]).filter((id) => !this.isHeldElsewhere(id, feedId));
      removeItems.run(feedId);
      removeFeed.run(feedId);
      return ids;
    },
  };
}

export type FeedStore = ReturnType<typeof createFeedStore>;
