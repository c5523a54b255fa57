// What the status page reads, on PostgreSQL: the same answers as ../status.ts.
import {
  perHour,
  toDeliveryRow,
  toDigestRow,
  toFeedRow,
  type DeliveryRow,
  type FeedItemRow,
  type StatusQueries,
} from '../status.js';
import type { PgConnection } from './bridge.js';

type Row = Record<string, unknown>;

const FEED_SELECT = `SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items,
  (SELECT string_agg(DISTINCT s.channel_id, ',') FROM post_subscriptions s WHERE s.feed_id = f.id) AS channels FROM feeds f`;

/**
 * Column and table names here are constants of this file, never user text. The hour is a whole number
 * (floor, as SQLite's cast of a non-negative one), whether `from` is a whole millisecond or not.
 */
const hourly = (column: string, table: string) =>
  `SELECT floor((${column} - $1::float8) / 3600000)::integer AS h, count(*) AS n FROM ${table}
   WHERE ${column} >= $1::float8 GROUP BY 1`;

export function createPgStatusQueries(pg: PgConnection): StatusQueries {
  const countBy = (sql: string): Record<string, number> =>
    Object.fromEntries(pg.all<Row>(sql).map((r) => [r.k, r.n]));
  return {
    // Bounded by HEALTH_WAIT_MS, not the statement wait: /healthz must answer while the server is silent.
    ping(): void {
      pg.ping();
    },
    articleCounts(since: number) {
      const r = pg.get<{ total: number; since: number }>(
        'SELECT count(*) AS total, count(*) FILTER (WHERE ingested_at >= $1) AS since FROM articles',
        [since],
      );
      return { total: r?.total ?? 0, since: r?.since ?? 0 };
    },
    feedsByState: () => countBy('SELECT state AS k, count(*) AS n FROM feeds GROUP BY state ORDER BY state'),
    feeds: () => pg.all<Row>(`${FEED_SELECT} ORDER BY f.state = 'ok', lower(f.title), f.id`).map(toFeedRow),
    feed(id: number) {
      const r = pg.get<Row>(`${FEED_SELECT} WHERE f.id = $1`, [id]);
      return r ? toFeedRow(r) : null;
    },
    feedItems(id: number, limit: number): FeedItemRow[] {
      return pg
        .all<Row>(
          `SELECT i.article_id, i.first_seen_at, a.title, a.url FROM feed_items i JOIN articles a ON a.id = i.article_id
           WHERE i.feed_id = $1 ORDER BY i.first_seen_at DESC, a.rowid DESC LIMIT $2`,
          [id, limit],
        )
        .map((r) => ({
          articleId: r.article_id as string,
          title: r.title as string,
          url: r.url as string | null,
          firstSeenAt: r.first_seen_at as number,
        }));
    },
    digests: () =>
      pg
        .all<Row>(
          `SELECT s.*, (SELECT max(d.slot) FROM deliveries d WHERE d.subscription_id = s.id) AS last_slot
           FROM subscriptions s ORDER BY s.id`,
        )
        .map(toDigestRow),
    liveSubscriptions() {
      const r = pg.get<{ total: number; paused: number }>(
        'SELECT count(*) AS total, count(paused_reason) AS paused FROM post_subscriptions',
      );
      return { total: r?.total ?? 0, paused: r?.paused ?? 0 };
    },
    deliveries(limit: number, offset: number): DeliveryRow[] {
      return pg
        .all<Row>(
          `SELECT * FROM (SELECT 'post' AS kind, p.updated_at AS at, 0 AS src, p.id AS seq, p.channel_id,
             coalesce(a.title, p.article_id) AS what, a.url, p.status, p.kind AS post_kind, NULL::integer AS more,
             p.error FROM posts p LEFT JOIN articles a ON a.id = p.article_id
           UNION ALL
           SELECT 'post', n.updated_at, 1, n.id, n.channel_id, n.reason, NULL, n.status, n.kind, n.more, n.error
             FROM post_notices n
           UNION ALL
           SELECT 'digest', d.updated_at, 2, d.rowid, s.channel_id, coalesce(s.name, s.topic, 'digest ' || s.id), NULL,
             d.status, NULL, NULL, d.error FROM deliveries d LEFT JOIN subscriptions s ON s.id = d.subscription_id) AS d
           ORDER BY at DESC, kind COLLATE "C" DESC, src DESC, seq DESC LIMIT $1 OFFSET $2`,
          [limit, offset],
        )
        .map(toDeliveryRow);
    },
    postsByStatus: () => countBy('SELECT status AS k, count(*) AS n FROM posts GROUP BY status'),
    digestsByStatus: () => countBy('SELECT status AS k, count(*) AS n FROM deliveries GROUP BY status'),
    feedFetchTotals: () => countBy('SELECT outcome AS k, fetches AS n FROM feed_fetch_totals'),
    articlesPerHour: (from: number, hours: number) =>
      perHour(pg.all<Row>(hourly('ingested_at', 'articles'), [from]), hours),
    postsPerHour: (from: number, hours: number) =>
      perHour(
        pg.all<Row>(
          hourly(
            'updated_at',
            `(SELECT updated_at FROM posts WHERE status = 'sent' AND kind <> 'merge'
              UNION ALL SELECT updated_at FROM post_notices WHERE status = 'sent') AS sent`,
          ),
          [from],
        ),
        hours,
      ),
  };
}
