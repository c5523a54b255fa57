// Notices to channels on PostgreSQL, as ../post-notices.ts: recorded once per channel, kind and key,
// before they are sent, and marked after.
import {
  toNotice,
  type NewPostNotice,
  type NoticeRow,
  type PostNotice,
  type PostNoticeStore,
} from '../post-notices.js';
import type { PgConnection } from './bridge.js';

const MARK = `UPDATE post_notices SET status = $1, message_id = coalesce($2, message_id), error = $3,
  attempts = attempts + $4, updated_at = $5 WHERE id = $6`;

export function createPgPostNoticeStore(pg: PgConnection): PostNoticeStore {
  const notices = (sql: string, params: unknown[] = []) => pg.all<NoticeRow>(sql, params).map(toNotice);
  return {
    record(notice: NewPostNotice, at: number): PostNotice | null {
      const row = pg.get<NoticeRow>(
        `INSERT INTO post_notices (channel_id, kind, key, feed_id, reason, more, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7)
         ON CONFLICT (channel_id, kind, key) DO NOTHING RETURNING *`,
        [
          notice.channelId,
          notice.kind,
          notice.key,
          notice.feedId ?? null,
          notice.reason ?? null,
          notice.more ?? null,
          at,
        ],
      );
      return row ? toNotice(row) : null;
    },
    get: (id: number) => notices('SELECT * FROM post_notices WHERE id = $1', [id])[0] ?? null,
    pending: () => notices("SELECT * FROM post_notices WHERE status = 'pending' ORDER BY id"),
    retryFailed(maxAttempts: number, at: number): void {
      pg.transaction(() => {
        for (const n of notices(
          "SELECT * FROM post_notices WHERE status = 'failed' AND attempts < $1 ORDER BY id",
          [maxAttempts],
        ))
          pg.run(MARK, ['pending', null, null, 0, at, n.id]);
      });
    },
    markSent(id: number, messageId: string, at: number): void {
      pg.run(MARK, ['sent', messageId, null, 1, at, id]);
    },
    markFailed(id: number, error: string, at: number): void {
      pg.run(MARK, ['failed', null, error, 1, at, id]);
    },
    inChannel: (channelId: string) =>
      notices('SELECT * FROM post_notices WHERE channel_id = $1 ORDER BY id', [channelId]),
  };
}
