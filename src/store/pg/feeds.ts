// Feeds and their items on PostgreSQL, as ../feeds.ts.
import {
  FEED_COLUMNS,
  toFeed,
  type FeedItemRecord,
  type FeedRow,
  type FeedStore,
  type FeedUpdate,
  type NewFeed,
} from '../feeds.js';
import type { PgConnection } from './bridge.js';
import { createPgFetchLog } from './fetch-log.js';

export function createPgFeedStore(pg: PgConnection): FeedStore {
  const feeds = (sql: string, params: unknown[] = []) => pg.all<FeedRow>(sql, params).map(toFeed);
  const isHeldElsewhere = (articleId: string, feedId: number): boolean =>
    pg.get('SELECT 1 FROM feed_items WHERE article_id = $1 AND feed_id <> $2 LIMIT 1', [
      articleId,
      feedId,
    ]) !== undefined ||
    pg.get('SELECT 1 FROM file_articles WHERE article_id = $1 LIMIT 1', [articleId]) !== undefined;
  return {
    ...createPgFetchLog(pg),
    add(feed: NewFeed) {
      return toFeed(
        pg.get<FeedRow>(
          `INSERT INTO feeds (url, title, site_url, image_url, interval_seconds, full_text, next_fetch_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [
            feed.url,
            feed.title,
            feed.siteUrl,
            feed.imageUrl,
            feed.intervalSeconds,
            feed.fullText,
            feed.nextFetchAt,
            feed.createdAt,
          ],
        ) as FeedRow,
      );
    },
    get: (id: number) => feeds('SELECT * FROM feeds WHERE id = $1', [id])[0] ?? null,
    byUrl: (url: string) => feeds('SELECT * FROM feeds WHERE url = $1', [url])[0] ?? null,
    all: () => feeds('SELECT * FROM feeds ORDER BY id'),
    due: (now: number) =>
      feeds(`SELECT * FROM feeds WHERE state <> 'paused' AND next_fetch_at <= $1 ORDER BY next_fetch_at`, [
        now,
      ]),
    update(id: number, changes: FeedUpdate): void {
      const keys = (Object.keys(changes) as Array<keyof FeedUpdate>).filter((k) => changes[k] !== undefined);
      if (keys.length === 0) return;
      // Column names come from the fixed FEED_COLUMNS table, never from input; values are bound.
      const sets = keys.map((k, i) => `${FEED_COLUMNS[k]} = $${i + 2}`).join(', ');
      pg.run(`UPDATE feeds SET ${sets} WHERE id = $1`, [id, ...keys.map((k) => changes[k])]);
    },
    itemCounts: () =>
      new Map(
        pg
          .all<{ feed_id: number; n: number }>(
            'SELECT feed_id, count(DISTINCT article_id) AS n FROM feed_items GROUP BY feed_id',
          )
          .map((r) => [r.feed_id, r.n]),
      ),
    itemCount: (feedId: number) =>
      pg.get<{ n: number }>('SELECT count(DISTINCT article_id) AS n FROM feed_items WHERE feed_id = $1', [
        feedId,
      ])?.n as number,
    items(feedId: number): Map<string, FeedItemRecord> {
      const out = new Map<string, FeedItemRecord>();
      for (const r of pg.all<{ item_key: string; article_id: string; content_hash: string }>(
        'SELECT item_key, article_id, content_hash FROM feed_items WHERE feed_id = $1',
        [feedId],
      ))
        out.set(r.item_key, { itemKey: r.item_key, articleId: r.article_id, contentHash: r.content_hash });
      return out;
    },
    putItem(feedId: number, item: FeedItemRecord, seenAt: number, announced: boolean): void {
      pg.run(
        `INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at, content_hash, image_url, announced)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id,
           content_hash = excluded.content_hash, image_url = excluded.image_url`,
        [
          feedId,
          item.itemKey,
          item.articleId,
          seenAt,
          item.contentHash,
          item.imageUrl ?? null,
          announced ? 1 : 0,
        ],
      );
    },
    imageUrl: (articleId: string) =>
      pg.get<{ image_url: string }>(
        'SELECT image_url FROM feed_items WHERE article_id = $1 AND image_url IS NOT NULL LIMIT 1',
        [articleId],
      )?.image_url ?? null,
    unannounced: (feedId: number) =>
      pg
        .all<{ article_id: string }>(
          'SELECT article_id FROM feed_items WHERE feed_id = $1 AND announced = 0 GROUP BY article_id ORDER BY min(first_seen_at), min(rowid)',
          [feedId],
        )
        .map((r) => r.article_id),
    markAnnounced(feedId: number, articleIds: string[]): void {
      if (articleIds.length === 0) return;
      pg.run('UPDATE feed_items SET announced = 1 WHERE feed_id = $1 AND article_id = ANY($2::text[])', [
        feedId,
        articleIds,
      ]);
    },
    newestItems: (feedId: number, limit: number) =>
      pg.all<{ id: string; title: string; url: string | null; published: number | null }>(
        `SELECT a.id, a.title, a.url, a.published FROM feed_items i JOIN articles a ON a.id = i.article_id
         WHERE i.feed_id = $1 GROUP BY a.rowid
    ORDER BY coalesce(a.published, min(i.first_seen_at)) DESC, max(i.rowid) DESC LIMIT $2`,
        [feedId, limit],
      ),
    isHeldElsewhere,
    remove(feedId: number): string[] {
      const ids = pg
        .all<{ article_id: string }>('SELECT DISTINCT article_id FROM feed_items WHERE feed_id = $1', [
          feedId,
        ])
        .map((r) => r.article_id)
        .filter((id) => !isHeldElsewhere(id, feedId));
      pg.run('DELETE FROM feed_items WHERE feed_id = $1', [feedId]);
      pg.run('DELETE FROM feeds WHERE id = $1', [feedId]);
      return ids;
    },
  };
}
