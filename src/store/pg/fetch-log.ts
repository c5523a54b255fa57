// The feed fetch log on PostgreSQL, as ../fetch-log.ts: pruned on write to the newest few per feed,
// with running totals by outcome that pruning never lowers.
import { FETCH_LOG_KEEP, toFetch, type FeedFetch, type FetchRow } from '../fetch-log.js';
import type { PgConnection } from './bridge.js';

export function createPgFetchLog(pg: PgConnection) {
  return {
    logFetch(fetch: FeedFetch, keep = FETCH_LOG_KEEP): void {
      pg.transaction(() => {
        pg.run(
          `INSERT INTO feed_fetches (feed_id, at, outcome, http_status, duration_ms, items, error)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            fetch.feedId,
            fetch.at,
            fetch.outcome,
            fetch.httpStatus,
            fetch.durationMs,
            fetch.items,
            fetch.error,
          ],
        );
        pg.run(
          `DELETE FROM feed_fetches WHERE feed_id = $1 AND id NOT IN
             (SELECT id FROM feed_fetches WHERE feed_id = $1 ORDER BY at DESC, id DESC LIMIT $2)`,
          [fetch.feedId, keep],
        );
        pg.run(
          `INSERT INTO feed_fetch_totals (outcome, fetches) VALUES ($1, 1)
           ON CONFLICT (outcome) DO UPDATE SET fetches = feed_fetch_totals.fetches + 1`,
          [fetch.outcome],
        );
      });
    },
    fetches: (feedId: number, limit = FETCH_LOG_KEEP): FeedFetch[] =>
      pg
        .all<FetchRow>('SELECT * FROM feed_fetches WHERE feed_id = $1 ORDER BY at DESC, id DESC LIMIT $2', [
          feedId,
          limit,
        ])
        .map(toFetch),
  };
}
