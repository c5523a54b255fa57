// What the status page reads: plain SELECTs on the store's tables, nothing written.
import type Database from 'better-sqlite3';

export interface FeedRow {
  id: number;
  url: string;
  title: string;
  state: string;
  reason: string | null;
  failures: number;
  lastFetchAt: number | null;
  nextFetchAt: number;
  httpStatus: number | null;
  items: number;
  channels: string[];
}

export interface DeliveryRow {
  kind: 'post' | 'digest';
  at: number;
  channelId: string;
  /** The article's title for a post, the subscription's name or topic for a digest. */
  what: string;
  url: string | null;
  status: 'delivered' | 'edited' | 'failed' | 'pending' | 'skipped' | 'empty' | 'paused';
  error: string | null;
}

export interface DigestRow {
  id: number;
  channelId: string;
  name: string | null;
  schedule: string;
  cron: string;
  timeZone: string;
  pausedReason: string | null;
  lastDigestAt: number | null;
  /** The newest slot with a recorded run (sent, empty, failed or being sent), else null. */
  lastSlot: number | null;
  createdAt: number;
}

export interface FeedItemRow {
  articleId: string;
  title: string;
  url: string | null;
  firstSeenAt: number;
}

type Row = Record<string, unknown>;

export function toFeedRow(r: Row): FeedRow {
  return {
    id: r.id as number,
    url: r.url as string,
    title: r.title as string,
    state: r.state as string,
    reason: r.reason as string | null,
    failures: r.failures as number,
    lastFetchAt: r.last_fetch_at as number | null,
    nextFetchAt: r.next_fetch_at as number,
    httpStatus: r.http_status as number | null,
    items: r.items as number,
    channels: r.channels ? String(r.channels as string).split(',') : [],
  };
}

const FEED_SELECT = `SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items,
  (SELECT group_concat(DISTINCT s.channel_id) FROM post_subscriptions s WHERE s.feed_id = f.id) AS channels FROM feeds f`;

const POST_STATUS: Record<string, DeliveryRow['status']> = {
  sent: 'delivered',
  failed: 'failed',
  pending: 'pending',
  skipped: 'skipped',
};
const DIGEST_STATUS: Record<string, DeliveryRow['status']> = {
  sent: 'delivered',
  sending: 'pending',
  failed: 'failed',
  empty: 'empty',
  paused: 'paused',
};

/** One row of the union of posts and digests, as the status page lists it. */
export function toDeliveryRow(r: Row): DeliveryRow {
  const status = r.kind === 'post' ? POST_STATUS[r.status as string] : DIGEST_STATUS[r.status as string];
  return {
    kind: r.kind as DeliveryRow['kind'],
    at: r.at as number,
    channelId: (r.channel_id ?? '') as string,
    what:
      noticeLine(r.post_kind as string | null, r.more as number | null, r.what as string | null) ??
      (r.what as string),
    url: r.url as string | null,
    status: status === 'delivered' && r.post_kind === 'merge' ? 'edited' : (status ?? 'pending'),
    error: r.error as string | null,
  };
}

/** A digest subscription with the newest slot of its runs (`last_slot`), as the status page lists it. */
export function toDigestRow(r: Row): DigestRow {
  return {
    id: r.id as number,
    channelId: r.channel_id as string,
    name: (r.name ?? r.topic) as string | null,
    schedule: r.schedule as string,
    cron: r.cron as string,
    timeZone: r.time_zone as string,
    pausedReason: r.paused_reason as string | null,
    lastDigestAt: r.last_digest_at as number | null,
    lastSlot: r.last_slot as number | null,
    createdAt: r.created_at as number,
  };
}

export function createStatusQueries(db: Database.Database) {
  const one = (sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Row;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const countBy = (sql: string): Record<string, number> =>
    Object.fromEntries(all(sql).map((r) => [r.k, r.n]));
  return {
    /** Throws when the database does not answer. */
    ping(): void {
      one('SELECT 1 AS ok');
    },
    articleCounts(since: number): { total: number; since: number } {
      const r = one(
        'SELECT count(*) AS total, coalesce(sum(ingested_at >= ?), 0) AS since FROM articles',
        since,
      );
      return { total: r.total as number, since: r.since as number };
    },
    feedsByState: () => countBy('SELECT state AS k, count(*) AS n FROM feeds GROUP BY state ORDER BY state'),
    feeds(): FeedRow[] {
      return all(`${FEED_SELECT} ORDER BY f.state = 'ok', f.title COLLATE NOCASE`).map(toFeedRow);
    },
    feed(id: number): FeedRow | null {
      const r = db.prepare(`${FEED_SELECT} WHERE f.id = ?`).get(id) as Row | undefined;
      return r ? toFeedRow(r) : null;
    },
    feedItems(id: number, limit: number): FeedItemRow[] {
      return all(
        `SELECT i.article_id, i.first_seen_at, a.title, a.url FROM feed_items i JOIN articles a ON a.id = i.article_id
         WHERE i.feed_id = ? ORDER BY i.first_seen_at DESC, a.rowid DESC LIMIT ?`,
        id,
        limit,
      ).map((r) => ({
        articleId: r.article_id as string,
        title: r.title as string,
        url: r.url as string | null,
        firstSeenAt: r.first_seen_at as number,
      }));
    },
    digests(): DigestRow[] {
      return all(
        `SELECT s.*, (SELECT max(d.slot) FROM deliveries d WHERE d.subscription_id = s.id) AS last_slot
         FROM subscriptions s ORDER BY s.id`,
      ).map(toDigestRow);
    },
    liveSubscriptions(): { total: number; paused: number } {
      const r = one(
        'SELECT count(*) AS total, coalesce(sum(paused_reason IS NOT NULL), 0) AS paused FROM post_subscriptions',
      );
      return { total: r.total as number, paused: r.paused as number };
    },
    /** Posts and digests together, newest first. */
    deliveries(limit: number, offset: number): DeliveryRow[] {
      return all(
        `SELECT 'post' AS kind, p.updated_at AS at, 0 AS src, p.id AS seq, p.channel_id,
           coalesce(a.title, p.article_id) AS what, a.url, p.status, p.kind AS post_kind, NULL AS more, p.error
           FROM posts p LEFT JOIN articles a ON a.id = p.article_id
         UNION ALL
         SELECT 'post', n.updated_at, 1, n.id, n.channel_id, n.reason, NULL, n.status, n.kind, n.more, n.error
           FROM post_notices n
         UNION ALL
         SELECT 'digest', d.updated_at, 2, d.rowid, s.channel_id, coalesce(s.name, s.topic, 'digest ' || s.id), NULL,
           d.status, NULL, NULL, d.error FROM deliveries d LEFT JOIN subscriptions s ON s.id = d.subscription_id
         ORDER BY at DESC, kind DESC, src DESC, seq DESC LIMIT ? OFFSET ?`,
        limit,
        offset,
      ).map(toDeliveryRow);
    },
    /** Counts by status, for /metrics. */
    postsByStatus: () => countBy('SELECT status AS k, count(*) AS n FROM posts GROUP BY status'),
    digestsByStatus: () => countBy('SELECT status AS k, count(*) AS n FROM deliveries GROUP BY status'),
    /** Every feed fetch ever logged in this database, by outcome (pruning the log does not lower it). */
    feedFetchTotals: () => countBy('SELECT outcome AS k, fetches AS n FROM feed_fetch_totals'),
    /** Counts per hour (index 0 = the hour starting at `from`), `hours` long. */
    articlesPerHour: (from: number, hours: number) =>
      perHour(all(hourly('ingested_at', 'articles', ''), from, from), hours),
    /** Messages posted per hour (posts and notices), by the time they were sent: a story edit is not a new post. */
    postsPerHour: (from: number, hours: number) =>
      perHour(
        all(
          hourly(
            'updated_at',
            `(SELECT updated_at FROM posts WHERE status = 'sent' AND kind != 'merge'
              UNION ALL SELECT updated_at FROM post_notices WHERE status = 'sent')`,
            '',
          ),
          from,
          from,
        ),
        hours,
      ),
  };
}

/** A notice's line: a catch-up with the number of stories it stands for, or a feed's pause with its reason. */
function noticeLine(kind: string | null, more: number | null, reason: string | null): string | null {
  if (kind === 'catch-up') return `${more ?? '?'} more stories (catch-up line)`;
  if (kind === 'feed-paused') return `feed paused notice: ${reason ?? 'no reason recorded'}`;
  return null;
}

/**
 * Column and table names here are constants of this file, never user text. The hour is cast to an
 * integer: times are bound as floating-point numbers, and grouping by the fractional hour would give
 * each distinct time its own group.
 */
function hourly(column: string, table: string, where: string): string {
  return `SELECT CAST((${column} - ?) / 3600000 AS INTEGER) AS h, count(*) AS n FROM ${table}
    WHERE ${column} >= ? ${where} GROUP BY h`;
}

export function perHour(rows: Row[], hours: number): number[] {
  const counts = new Array<number>(hours).fill(0);
  for (const r of rows) {
    const h = Math.floor(r.h as number);
    if (h >= 0 && h < hours) counts[h] = r.n as number;
  }
  return counts;
}

export type StatusQueries = ReturnType<typeof createStatusQueries>;
