// Live-post subscriptions, the post ledger and server settings on PostgreSQL, as ../posts.ts.
import {
  postNonce,
  toPost,
  toPostSubscription,
  type NewArticleRef,
  type NewPost,
  type NewPostSubscription,
  type PostRecord,
  type PostRow,
  type PostStatus,
  type PostStore,
  type PostSubscription,
  type PublishState,
  type SubRow,
} from '../posts.js';
import type Database from 'better-sqlite3';
import type { PgConnection } from './bridge.js';
import { createPgPostNoticeStore } from './post-notices.js';

/** PostStore's type is read from the SQLite repository, whose transactions have variants; here all are one. */
function asTransaction<F extends (...args: never[]) => unknown>(fn: F): Database.Transaction<F> {
  return Object.assign(fn, {
    default: fn,
    deferred: fn,
    immediate: fn,
    exclusive: fn,
  }) as Database.Transaction<F>;
}

const MARK = `UPDATE posts SET status = $1, message_id = coalesce($2, message_id), error = $3,
  attempts = attempts + $4, updated_at = $5 WHERE id = $6`;
const SET_CURSOR = 'UPDATE post_subscriptions SET cursor = GREATEST(cursor, $1) WHERE id = $2';

export function createPgPostStore(pg: PgConnection): PostStore {
  const subs = (sql: string, params: unknown[] = []) => pg.all<SubRow>(sql, params).map(toPostSubscription);
  const posts = (sql: string, params: unknown[] = []) => pg.all<PostRow>(sql, params).map(toPost);
  const count = (sql: string, params: unknown[]) => pg.get<{ n: number }>(sql, params)?.n ?? 0;
  return {
    notices: createPgPostNoticeStore(pg),
    subscribe(s: NewPostSubscription): PostSubscription {
      const row = pg.get<SubRow>(
        `INSERT INTO post_subscriptions (guild_id, channel_id, feed_id, filter, role_id, format, mode, publish,
           created_by, created_at, cursor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT coalesce(max(rowid), 0) FROM articles)) RETURNING *`,
        [
          s.guildId,
          s.channelId,
          s.feedId,
          s.filter,
          s.roleId,
          s.format,
          s.mode,
          s.publish ? 1 : 0,
          s.createdBy,
          s.createdAt,
        ],
      );
      return toPostSubscription(row as SubRow);
    },
    get: (id: number) => subs('SELECT * FROM post_subscriptions WHERE id = $1', [id])[0] ?? null,
    ofGuild: (guildId: string) =>
      subs('SELECT * FROM post_subscriptions WHERE guild_id = $1 ORDER BY id', [guildId]),
    ofFeed: (feedId: number) =>
      subs('SELECT * FROM post_subscriptions WHERE feed_id = $1 ORDER BY id', [feedId]),
    active: () => subs('SELECT * FROM post_subscriptions WHERE paused_reason IS NULL ORDER BY id'),
    unsubscribe: asTransaction((id: number): boolean =>
      pg.transaction(() => {
        pg.run("DELETE FROM posts WHERE subscription_id = $1 AND status <> 'sent'", [id]);
        return pg.run('DELETE FROM post_subscriptions WHERE id = $1', [id]) > 0;
      }),
    ),
    pause(id: number, reason: string | null): void {
      pg.run('UPDATE post_subscriptions SET paused_reason = $1 WHERE id = $2', [reason, id]);
    },
    pauseChannel: (channelId: string, reason: string): number[] =>
      pg
        .all<{ id: number }>(
          'UPDATE post_subscriptions SET paused_reason = $1 WHERE channel_id = $2 AND paused_reason IS NULL RETURNING id',
          [reason, channelId],
        )
        .map((r) => r.id)
        .sort((a, b) => a - b),
    skipToNow(id: number): void {
      pg.run(
        `UPDATE post_subscriptions SET cursor = GREATEST(cursor, (SELECT coalesce(max(rowid), 0) FROM articles))
        WHERE id = $1`,
        [id],
      );
    },
    newArticles(sub: Pick<PostSubscription, 'cursor' | 'feedId'>, limit: number): NewArticleRef[] {
      // A feed's first fetch stores its items as already seen (announced = 1): those are never posted.
      if (sub.feedId === null)
        return pg.all<NewArticleRef>(
          `SELECT a.rowid, a.id FROM articles a WHERE a.rowid > $1
             AND NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.article_id = a.id AND i.announced = 1)
           ORDER BY a.rowid LIMIT $2`,
          [sub.cursor, limit],
        );
      return pg.all<NewArticleRef>(
        `SELECT a.rowid, a.id FROM articles a WHERE a.rowid > $1
           AND EXISTS (SELECT 1 FROM feed_items i WHERE i.article_id = a.id AND i.feed_id = $2 AND i.announced = 0)
         ORDER BY a.rowid LIMIT $3`,
        [sub.cursor, sub.feedId, limit],
      );
    },
    record: asTransaction(
      (subscriptionId: number, cursor: number, news: NewPost[], at: number): PostRecord[] =>
        pg.transaction(() => {
          const out: PostRecord[] = [];
          for (const p of news) {
            const inserted = pg.get<{ id: number }>(
              `INSERT INTO posts (subscription_id, article_id, kind, status, nonce, message_id, channel_id,
               parent_post_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, '', $5, $6, $7, $8, $8)
             ON CONFLICT (channel_id, article_id) DO NOTHING RETURNING id`,
              [
                p.subscriptionId,
                p.articleId,
                p.kind,
                p.status ?? 'pending',
                p.messageId ?? null,
                p.channelId,
                p.parentPostId ?? null,
                at,
              ],
            );
            if (!inserted) continue;
            const row = pg.get<PostRow>('UPDATE posts SET nonce = $1 WHERE id = $2 RETURNING *', [
              postNonce(inserted.id),
              inserted.id,
            ]);
            out.push(toPost(row as PostRow));
          }
          pg.run(SET_CURSOR, [cursor, subscriptionId]);
          return out;
        }),
    ),
    post: (id: number) => posts('SELECT * FROM posts WHERE id = $1', [id])[0] ?? null,
    markSent(id: number, messageId: string, at: number): void {
      pg.run(MARK, ['sent', messageId, null, 1, at, id]);
    },
    markFailed(id: number, error: string, at: number): void {
      pg.run(MARK, ['failed', null, error, 1, at, id]);
    },
    retry(id: number, at: number): void {
      pg.run(MARK, ['pending', null, null, 0, at, id]);
    },
    pending: (subscriptionId?: number) =>
      subscriptionId === undefined
        ? posts("SELECT * FROM posts WHERE status = 'pending' ORDER BY id")
        : posts("SELECT * FROM posts WHERE status = 'pending' AND subscription_id = $1 ORDER BY id", [
            subscriptionId,
          ]),
    failed: (subscriptionId: number) =>
      posts("SELECT * FROM posts WHERE status = 'failed' AND subscription_id = $1 ORDER BY id", [
        subscriptionId,
      ]),
    recentStories: (channelId: string, since: number) =>
      posts(
        `SELECT * FROM posts WHERE channel_id = $1 AND kind = 'article' AND status IN ('pending', 'sent')
         AND created_at >= $2 ORDER BY id`,
        [channelId, since],
      ),
    merges: (parentPostId: number) =>
      posts("SELECT * FROM posts WHERE parent_post_id = $1 AND kind = 'merge' ORDER BY id", [parentPostId]),
    isInChannel: (channelId: string, articleId: string) =>
      pg.get('SELECT 1 FROM posts WHERE channel_id = $1 AND article_id = $2', [channelId, articleId]) !==
      undefined,
    counts(subscriptionId: number): Partial<Record<PostStatus, number>> {
      const out: Partial<Record<PostStatus, number>> = {};
      for (const r of pg.all<{ status: PostStatus; n: number }>(
        `SELECT status, count(*) AS n FROM posts WHERE subscription_id = $1 GROUP BY status`,
        [subscriptionId],
      ))
        out[r.status] = r.n;
      return out;
    },
    markPublish(id: number, state: PublishState, at: number): void {
      pg.run('UPDATE posts SET publish = $1, published_at = $2 WHERE id = $3', [state, at, id]);
    },
    publishedSince: (channelId: string, since: number) =>
      count(
        `SELECT count(*) AS n FROM posts WHERE channel_id = $1 AND publish IN ('published', 'failed')
         AND published_at >= $2`,
        [channelId, since],
      ),
    publishSkippedSince: (subscriptionId: number, since: number) =>
      count(
        "SELECT count(*) AS n FROM posts WHERE subscription_id = $1 AND publish = 'skipped' AND published_at >= $2",
        [subscriptionId, since],
      ),
    managerRole: (guildId: string) =>
      pg.get<{ manager_role_id: string | null }>(
        'SELECT manager_role_id FROM guild_settings WHERE guild_id = $1',
        [guildId],
      )?.manager_role_id ?? null,
    setManagerRole(guildId: string, roleId: string | null): void {
      pg.run(
        `INSERT INTO guild_settings (guild_id, manager_role_id) VALUES ($1, $2)
         ON CONFLICT (guild_id) DO UPDATE SET manager_role_id = excluded.manager_role_id`,
        [guildId, roleId],
      );
    },
  };
}
