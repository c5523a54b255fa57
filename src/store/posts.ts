// Live posts: subscriptions of channels to one feed or to all news, and the ledger that makes each post
// happen once. A ledger row is written (pending, with its nonce) before anything is sent and marked after;
// (channel, article) is unique, so an article reaches a channel once whichever feed or file brought it.
import type Database from 'better-sqlite3';
import { createPostNoticeStore } from './post-notices.js';
import { freshIdSql, insertWithFreshId } from './fresh-ids.js';

export type PostFormat = 'full' | 'compact' | 'text';
export type PostMode = 'post' | 'thread' | 'forum';
export type PostStatus = 'pending' | 'sent' | 'failed' | 'skipped';
/** article: a new message; merge: the story's message edited (in a forum: a reply in the story's post). */
export type PostKind = 'article' | 'merge';
/**
 * Publishing to following servers (announcement channels): 'published' is written before the crosspost
 * is asked for, so a crash never frees budget; 'skipped' when the channel's hourly budget was spent.
 */
export type PublishState = 'published' | 'skipped' | 'failed';

export interface PostSubscription {
  id: number;
  guildId: string;
  channelId: string;
  /** null: every source ("all news"). */
  feedId: number | null;
  filter: string | null;
  roleId: string | null;
  format: PostFormat;
  mode: PostMode;
  publish: boolean;
  createdBy: string | null;
  createdAt: number;
  /** The last article rowid considered; articles after it are new to this subscription. */
  cursor: number;
  pausedReason: string | null;
}

export type NewPostSubscription = Omit<PostSubscription, 'id' | 'cursor' | 'pausedReason'>;

export interface PostRecord {
  id: number;
  subscriptionId: number;
  articleId: string;
  kind: PostKind;
  storyKey: string | null;
  status: PostStatus;
  nonce: string;
  messageId: string | null;
  channelId: string;
  /** For a merge: the post whose message lists this article as another outlet. */
  parentPostId: number | null;
  attempts: number;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  publish: PublishState | null;
  publishedAt: number | null;
}

export type NewPost = Pick<PostRecord, 'subscriptionId' | 'articleId' | 'kind' | 'channelId'> & {
  parentPostId?: number | null;
  messageId?: string | null;
  status?: PostStatus;
};

export interface SubRow {
  id: number;
  guild_id: string;
  channel_id: string;
  feed_id: number | null;
  filter: string | null;
  role_id: string | null;
  format: PostFormat;
  mode: PostMode;
  publish: number;
  created_by: string | null;
  created_at: number;
  cursor: number;
  paused_reason: string | null;
}

export interface PostRow {
  id: number;
  subscription_id: number;
  article_id: string;
  kind: PostKind;
  story_key: string | null;
  status: PostStatus;
  nonce: string;
  message_id: string | null;
  channel_id: string;
  parent_post_id: number | null;
  attempts: number;
  error: string | null;
  created_at: number;
  updated_at: number;
  publish: PublishState | null;
  published_at: number | null;
}

export const toPostSubscription = (r: SubRow): PostSubscription => ({
  id: r.id,
  guildId: r.guild_id,
  channelId: r.channel_id,
  feedId: r.feed_id,
  filter: r.filter,
  roleId: r.role_id,
  format: r.format,
  mode: r.mode,
  publish: r.publish === 1,
  createdBy: r.created_by,
  createdAt: r.created_at,
  cursor: r.cursor,
  pausedReason: r.paused_reason,
});

export const toPost = (r: PostRow): PostRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  articleId: r.article_id,
  kind: r.kind,
  storyKey: r.story_key,
  status: r.status,
  nonce: r.nonce,
  messageId: r.message_id,
  channelId: r.channel_id,
  parentPostId: r.parent_post_id,
  attempts: r.attempts,
  error: r.error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  publish: r.publish,
  publishedAt: r.published_at,
});

/** The nonce of a post: fixed by its ledger row, so every try of it is the same message (Discord allows 25 characters). */
export const postNonce = (postId: number): string => `p${postId}`;

/** An article new to a subscription: its rowid (the cursor's unit) and id. */
export interface NewArticleRef {
  rowid: number;
  id: string;
}

export function createPostStore(db: Database.Database) {
  const insertSub =
    db.prepare(`INSERT INTO post_subscriptions (id, guild_id, channel_id, feed_id, filter, role_id, format, mode,
      publish, created_by, created_at, cursor)
    VALUES (${freshIdSql('post_subscriptions')}, @guildId, @channelId, @feedId, @filter, @roleId, @format, @mode,
      @publish, @createdBy, @createdAt, (SELECT coalesce(max(rowid), 0) FROM articles))`);
  const subById = db.prepare('SELECT * FROM post_subscriptions WHERE id = ?');
  const subsByGuild = db.prepare('SELECT * FROM post_subscriptions WHERE guild_id = ? ORDER BY id');
  const activeSubs = db.prepare('SELECT * FROM post_subscriptions WHERE paused_reason IS NULL ORDER BY id');
  const subsByFeed = db.prepare('SELECT * FROM post_subscriptions WHERE feed_id = ? ORDER BY id');
  const removeSub = db.prepare('DELETE FROM post_subscriptions WHERE id = ?');
  const setPaused = db.prepare('UPDATE post_subscriptions SET paused_reason = ? WHERE id = ?');
  const pauseChannel = db
    .prepare(
      'UPDATE post_subscriptions SET paused_reason = ? WHERE channel_id = ? AND paused_reason IS NULL RETURNING id',
    )
    .pluck();
  const setCursor = db.prepare('UPDATE post_subscriptions SET cursor = max(cursor, ?) WHERE id = ?');
  const maxRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM articles').pluck();
  // A feed's first fetch stores its items as already seen (announced = 1): those are never posted.
  const afterAll = db.prepare(`SELECT a.rowid, a.id FROM articles a WHERE a.rowid > ?
      AND NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.article_id = a.id AND i.announced = 1)
    ORDER BY a.rowid LIMIT ?`);
  const afterFeed = db.prepare(`SELECT a.rowid, a.id FROM articles a WHERE a.rowid > ?
      AND EXISTS (SELECT 1 FROM feed_items i WHERE i.article_id = a.id AND i.feed_id = ? AND i.announced = 0)
    ORDER BY a.rowid LIMIT ?`);
  const insertPost =
    db.prepare(`INSERT INTO posts (subscription_id, article_id, kind, status, nonce, message_id, channel_id,
      parent_post_id, created_at, updated_at)
    VALUES (@subscriptionId, @articleId, @kind, @status, '', @messageId, @channelId, @parentPostId, @at, @at)
    ON CONFLICT (channel_id, article_id) DO NOTHING`);
  const setNonce = db.prepare('UPDATE posts SET nonce = ? WHERE id = ?');
  const postById = db.prepare('SELECT * FROM posts WHERE id = ?');
  const markPost = db.prepare(`UPDATE posts SET status = ?, message_id = coalesce(?, message_id), error = ?,
      attempts = attempts + ?, updated_at = ? WHERE id = ?`);
  const pending = db.prepare("SELECT * FROM posts WHERE status = 'pending' ORDER BY id");
  const pendingOf = db.prepare(
    "SELECT * FROM posts WHERE status = 'pending' AND subscription_id = ? ORDER BY id",
  );
  const failedOf = db.prepare(
    "SELECT * FROM posts WHERE status = 'failed' AND subscription_id = ? ORDER BY id",
  );
  const recentStories =
    db.prepare(`SELECT * FROM posts WHERE channel_id = ? AND kind = 'article' AND status IN ('pending', 'sent')
      AND created_at >= ? ORDER BY id`);
  const mergesOf = db.prepare("SELECT * FROM posts WHERE parent_post_id = ? AND kind = 'merge' ORDER BY id");
  const inChannel = db.prepare('SELECT 1 FROM posts WHERE channel_id = ? AND article_id = ?').pluck();
  const counts = db.prepare(
    `SELECT status, count(*) AS n FROM posts WHERE subscription_id = ? GROUP BY status`,
  );
  const forget = db.prepare("DELETE FROM posts WHERE subscription_id = ? AND status != 'sent'");
  const setPublish = db.prepare('UPDATE posts SET publish = ?, published_at = ? WHERE id = ?');
  const publishedIn = db
    .prepare(
      "SELECT count(*) FROM posts WHERE channel_id = ? AND publish IN ('published', 'failed') AND published_at >= ?",
    )
    .pluck();
  const publishSkipped = db
    .prepare(
      "SELECT count(*) FROM posts WHERE subscription_id = ? AND publish = 'skipped' AND published_at >= ?",
    )
    .pluck();
  const managerRole = db.prepare('SELECT manager_role_id FROM guild_settings WHERE guild_id = ?').pluck();
  const setManager = db.prepare(`INSERT INTO guild_settings (guild_id, manager_role_id) VALUES (?, ?)
    ON CONFLICT (guild_id) DO UPDATE SET manager_role_id = excluded.manager_role_id`);

  return {
    /** Notices to channels: a feed paused, the catch-up count. */
    notices: createPostNoticeStore(db),
    subscribe(s: NewPostSubscription): PostSubscription {
      const id = insertWithFreshId(
        db,
        'post_subscriptions',
        () => insertSub.run({ ...s, publish: s.publish ? 1 : 0 }).lastInsertRowid,
      );
      return toPostSubscription(subById.get(id) as SubRow);
    },
    get(id: number): PostSubscription | null {
      const row = subById.get(id) as SubRow | undefined;
      return row ? toPostSubscription(row) : null;
    },
    ofGuild(guildId: string): PostSubscription[] {
      return (subsByGuild.all(guildId) as SubRow[]).map(toPostSubscription);
    },
    ofFeed(feedId: number): PostSubscription[] {
      return (subsByFeed.all(feedId) as SubRow[]).map(toPostSubscription);
    },
    active(): PostSubscription[] {
      return (activeSubs.all() as SubRow[]).map(toPostSubscription);
    },
    unsubscribe: db.transaction((id: number): boolean => {
      forget.run(id);
      return removeSub.run(id).changes > 0;
    }),
    pause(id: number, reason: string | null): void {
      setPaused.run(reason, id);
    },
    /** Pauses every subscription posting to the channel; returns their ids. */
    pauseChannel(channelId: string, reason: string): number[] {
      return pauseChannel.all(reason, channelId) as number[];
    },
    /** Moves a subscription's cursor to the newest stored article (resume: nothing from the pause is posted). */
    skipToNow(id: number): void {
      setCursor.run(maxRowid.get() as number, id);
    },
    /** Articles after the subscription's cursor that it may post, oldest first. */
    newArticles(sub: Pick<PostSubscription, 'cursor' | 'feedId'>, limit: number): NewArticleRef[] {
      const rows =
        sub.feedId === null ? afterAll.all(sub.cursor, limit) : afterFeed.all(sub.cursor, sub.feedId, limit);
      return rows as NewArticleRef[];
    },
    /**
     * Records posts (pending, nonce set) and moves the cursor, in one transaction: an article is either
     * behind the cursor with its ledger row, or ahead of it with none. Returns the rows it recorded;
     * an article already in the channel gets no row.
     */
    record: db.transaction(
      (subscriptionId: number, cursor: number, posts: NewPost[], at: number): PostRecord[] => {
        const out: PostRecord[] = [];
        for (const p of posts) {
          const info = insertPost.run({
            subscriptionId: p.subscriptionId,
            articleId: p.articleId,
            kind: p.kind,
            status: p.status ?? 'pending',
            messageId: p.messageId ?? null,
            channelId: p.channelId,
            parentPostId: p.parentPostId ?? null,
            at,
          });
          if (info.changes === 0) continue;
          setNonce.run(postNonce(Number(info.lastInsertRowid)), info.lastInsertRowid);
          out.push(toPost(postById.get(info.lastInsertRowid) as PostRow));
        }
        setCursor.run(cursor, subscriptionId);
        return out;
      },
    ),
    post(id: number): PostRecord | null {
      const row = postById.get(id) as PostRow | undefined;
      return row ? toPost(row) : null;
    },
    markSent(id: number, messageId: string, at: number): void {
      markPost.run('sent', messageId, null, 1, at, id);
    },
    markFailed(id: number, error: string, at: number): void {
      markPost.run('failed', null, error, 1, at, id);
    },
    /** A failed post is tried again: back to pending, same nonce. */
    retry(id: number, at: number): void {
      markPost.run('pending', null, null, 0, at, id);
    },
    pending(subscriptionId?: number): PostRecord[] {
      const rows = subscriptionId === undefined ? pending.all() : pendingOf.all(subscriptionId);
      return (rows as PostRow[]).map(toPost);
    },
    failed(subscriptionId: number): PostRecord[] {
      return (failedOf.all(subscriptionId) as PostRow[]).map(toPost);
    },
    /** Story posts in the channel since `since`: what a new article may join instead of posting again. */
    recentStories(channelId: string, since: number): PostRecord[] {
      return (recentStories.all(channelId, since) as PostRow[]).map(toPost);
    },
    merges(parentPostId: number): PostRecord[] {
      return (mergesOf.all(parentPostId) as PostRow[]).map(toPost);
    },
    isInChannel(channelId: string, articleId: string): boolean {
      return inChannel.get(channelId, articleId) !== undefined;
    },
    counts(subscriptionId: number): Partial<Record<PostStatus, number>> {
      const out: Partial<Record<PostStatus, number>> = {};
      for (const r of counts.all(subscriptionId) as Array<{ status: PostStatus; n: number }>)
        out[r.status] = r.n;
      return out;
    },
    markPublish(id: number, state: PublishState, at: number): void {
      setPublish.run(state, at, id);
    },
    /** Crossposts asked for in the channel since `since` (failed ones too: Discord may have counted them). */
    publishedSince(channelId: string, since: number): number {
      return publishedIn.get(channelId, since) as number;
    },
    /** The subscription's posts left unpublished since `since` because the channel's budget was spent. */
    publishSkippedSince(subscriptionId: number, since: number): number {
      return publishSkipped.get(subscriptionId, since) as number;
    },
    managerRole(guildId: string): string | null {
      return (managerRole.get(guildId) as string | null | undefined) ?? null;
    },
    setManagerRole(guildId: string, roleId: string | null): void {
      setManager.run(guildId, roleId);
    },
  };
}

export type PostStore = ReturnType<typeof createPostStore>;
