// The feed fetch log: one row per fetch of a feed, whichever process made it (the bot's poller, `herald
// feed poll`), pruned on write to the newest few per feed; and running totals by outcome that pruning
// never lowers, so /metrics can serve them as a counter (read in status.ts).
import type Database from 'better-sqlite3';

/** How many fetches of each feed the log keeps. */
export const FETCH_LOG_KEEP = 50;

export interface FeedFetch {
  feedId: number;
  /** When the answer (or the failure) came. */
  at: number;
  /** The poll outcome: `new`, `unchanged`, `not-modified` or `failed`. */
  outcome: string;
  httpStatus: number | null;
  durationMs: number;
  /** New items stored. */
  items: number;
  error: string | null;
}

export interface FetchRow {
  feed_id: number;
  at: number;
  outcome: string;
  http_status: number | null;
  duration_ms: number;
  items: number;
  error: string | null;
}

export const toFetch = (r: FetchRow): FeedFetch => ({
  feedId: r.feed_id,
  at: r.at,
  outcome: r.outcome,
  httpStatus: r.http_status,
  durationMs: r.duration_ms,
  items: r.items,
  error: r.error,
});

export function createFetchLog(db: Database.Database) {
  const insert =
    db.prepare(`INSERT INTO feed_fetches (feed_id, at, outcome, http_status, duration_ms, items, error)
    VALUES (@feedId, @at, @outcome, @httpStatus, @durationMs, @items, @error)`);
  const prune = db.prepare(`DELETE FROM feed_fetches WHERE feed_id = ? AND id NOT IN
    (SELECT id FROM feed_fetches WHERE feed_id = ? ORDER BY at DESC, id DESC LIMIT ?)`);
  const count = db.prepare(`INSERT INTO feed_fetch_totals (outcome, fetches) VALUES (?, 1)
    ON CONFLICT (outcome) DO UPDATE SET fetches = fetches + 1`);
  const newest = db.prepare('SELECT * FROM feed_fetches WHERE feed_id = ? ORDER BY at DESC, id DESC LIMIT ?');
  const write = db.transaction((fetch: FeedFetch, keep: number) => {
    insert.run(fetch);
    prune.run(fetch.feedId, fetch.feedId, keep);
    count.run(fetch.outcome);
  });
  return {
    /** Records a fetch, drops the feed's fetches beyond the newest `keep`, and counts it in the totals. */
    logFetch(fetch: FeedFetch, keep = FETCH_LOG_KEEP): void {
      write.immediate(fetch, keep);
    },
    /** The feed's logged fetches, newest first. */
    fetches(feedId: number, limit = FETCH_LOG_KEEP): FeedFetch[] {
      return (newest.all(feedId, limit) as FetchRow[]).map(toFetch);
    },
  };
}
