// Notices Herald posts to a channel besides the news: a feed it posts was paused by the poller (once per
// pause, whatever restarts follow), and after a catch-up how many more stories there were. Like posts,
// a notice is recorded before it is sent (its nonce fixed by its row) and marked after.
import type Database from 'better-sqlite3';

export type PostNoticeKind = 'feed-paused' | 'catch-up';
export type PostNoticeStatus = 'pending' | 'sent' | 'failed';

export interface PostNotice {
  id: number;
  channelId: string;
  kind: PostNoticeKind;
  /** What makes the notice unique in its channel: the feed and the fetch that paused it; the catch-up round. */
  key: string;
  feedId: number | null;
  reason: string | null;
  /** catch-up: how many more stories arrived than were posted. */
  more: number | null;
  status: PostNoticeStatus;
  messageId: string | null;
  attempts: number;
  error: string | null;
  createdAt: number;
}

export type NewPostNotice = Pick<PostNotice, 'channelId' | 'kind' | 'key'> &
  Partial<Pick<PostNotice, 'feedId' | 'reason' | 'more'>>;

export interface NoticeRow {
  id: number;
  channel_id: string;
  kind: PostNoticeKind;
  key: string;
  feed_id: number | null;
  reason: string | null;
  more: number | null;
  status: PostNoticeStatus;
  message_id: string | null;
  attempts: number;
  error: string | null;
  created_at: number;
}

export const toNotice = (r: NoticeRow): PostNotice => ({
  id: r.id,
  channelId: r.channel_id,
  kind: r.kind,
  key: r.key,
  feedId: r.feed_id,
  reason: r.reason,
  more: r.more,
  status: r.status,
  messageId: r.message_id,
  attempts: r.attempts,
  error: r.error,
  createdAt: r.created_at,
});

/** A notice's nonce: fixed by its row, apart from posts' (`p…`), within Discord's 25 characters. */
export const noticeNonce = (noticeId: number): string => `n${noticeId}`;

export function createPostNoticeStore(db: Database.Database) {
  const insert =
    db.prepare(`INSERT INTO post_notices (channel_id, kind, key, feed_id, reason, more, status, created_at,
      updated_at) VALUES (@channelId, @kind, @key, @feedId, @reason, @more, 'pending', @at, @at)
    ON CONFLICT (channel_id, kind, key) DO NOTHING`);
  const byId = db.prepare('SELECT * FROM post_notices WHERE id = ?');
  const unsent = db.prepare("SELECT * FROM post_notices WHERE status = 'pending' ORDER BY id");
  const failed = db.prepare(
    "SELECT * FROM post_notices WHERE status = 'failed' AND attempts < ? ORDER BY id",
  );
  const mark =
    db.prepare(`UPDATE post_notices SET status = ?, message_id = coalesce(?, message_id), error = ?,
      attempts = attempts + ?, updated_at = ? WHERE id = ?`);
  const ofChannel = db.prepare('SELECT * FROM post_notices WHERE channel_id = ? ORDER BY id');

  return {
    /** Records a notice unless the channel has had it (same kind and key); returns it, or null when it had. */
    record(notice: NewPostNotice, at: number): PostNotice | null {
      const info = insert.run({
        feedId: null,
        reason: null,
        more: null,
        ...notice,
        at,
      });
      return info.changes === 0 ? null : toNotice(byId.get(info.lastInsertRowid) as NoticeRow);
    },
    get(id: number): PostNotice | null {
      const row = byId.get(id) as NoticeRow | undefined;
      return row ? toNotice(row) : null;
    },
    pending(): PostNotice[] {
      return (unsent.all() as NoticeRow[]).map(toNotice);
    },
    /** Failed notices with tries left go back to pending (same nonce). */
    retryFailed(maxAttempts: number, at: number): void {
      for (const row of failed.all(maxAttempts) as NoticeRow[])
        mark.run('pending', null, null, 0, at, row.id);
    },
    markSent(id: number, messageId: string, at: number): void {
      mark.run('sent', messageId, null, 1, at, id);
    },
    markFailed(id: number, error: string, at: number): void {
      mark.run('failed', null, error, 1, at, id);
    },
    inChannel(channelId: string): PostNotice[] {
      return (ofChannel.all(channelId) as NoticeRow[]).map(toNotice);
    },
  };
}

export type PostNoticeStore = ReturnType<typeof createPostNoticeStore>;
