// Live posts, driven by the store: each subscription's cursor walks the stored articles (whatever path
// stored them: the poller, `herald feed poll`, ingest, the watcher), its filter picks, and each post is
// recorded in the ledger (pending, with its nonce) before it is sent and marked after. A story already
// posted in the channel within 12 hours gets its message edited ("Also reported by") instead of a new post.
import type { REST } from 'discord.js';
import { CROSSPOST_WINDOW_MS, CROSSPOSTS_PER_HOUR } from '../discord/limits.js';
import { renderPost } from '../discord/render-post.js';
import type { Logger } from '../logger.js';
import type { Store, StoredArticle } from '../store/index.js';
import { noticeNonce, type PostNotice } from '../store/post-notices.js';
import type { PostMode, PostRecord, PostSubscription } from '../store/posts.js';
import { logEachFailure, type ReportFailure } from '../work/outage.js';
import { createChannelQueues } from './channel-queue.js';
import { recordFeedPauseNotices, renderNotice } from './notices.js';
import { CATCH_UP_MAX, createPostPlanner, limitPerChannel } from './planner.js';
import { createPostSender, type PostSendResult } from './sender.js';
import { toPostView } from './view.js';

export { CATCH_UP_MAX } from './planner.js';
const RETRY_DELAYS_MS = [1000, 3000];
/** A post that failed this many times is left failed. */
const MAX_ATTEMPTS = 5;

export interface PostDeliveryDeps {
  store: Store;
  rest: REST;
  logger: Logger;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Per-channel pace; defaults to Discord's 5 messages per 5 s. */
  channelLimit?: { limit: number; windowMs: number };
  /** With several processes: whether this one plans and sends a channel's posts now (its claim); default yes. */
  mayPost?: (channelId: string) => boolean;
  /** How a failed round is logged; default: each on its own line. */
  report?: ReportFailure;
}

const STORY_POST_GONE = 'the story’s post was deleted';

/**
 * Whether a failed edit of a story's post (a reply in its forum post) says that post is gone: Discord's
 * unknown message, or in forum mode the forum post's thread unknown. Not the channel's fault, so no pause.
 */
function storyPostGone(result: { ok: false; code?: number }, mode: PostMode): boolean {
  return result.code === 10008 || (mode === 'forum' && result.code === 10003);
}

export type SendOutcome = 'sent' | 'paused' | 'failed' | 'waiting' | 'skipped';

export function createPostDelivery(deps: PostDeliveryDeps) {
  const { store, logger, now } = deps;
  const mayPost = deps.mayPost ?? (() => true);
  const report = deps.report ?? logEachFailure(logger);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const sender = createPostSender(deps.rest);
  const queues = createChannelQueues({ now, sleep, ...deps.channelLimit });
  const planner = createPostPlanner(store, (message) => logger.warn(message));
  const startedAt = now();
  const publishing = new Set<Promise<void>>();
  const aborts = new AbortController();
  let catchingUp = true;
  let running: Promise<void> | null = null;
  let again = false;

  async function attempt(
    send: () => Promise<PostSendResult>,
    take: () => Promise<void>,
  ): Promise<PostSendResult> {
    for (let i = 0; ; i++) {
      await take();
      const result = await send();
      if (result.ok || result.kind === 'pause') return result;
      const delay = RETRY_DELAYS_MS[i];
      if (delay === undefined) return result;
      await sleep(delay);
    }
  }

  function renderFor(
    sub: PostSubscription,
    post: PostRecord,
  ): { message: ReturnType<typeof renderPost>; title: string } | null {
    // In a forum, another outlet's report is a reply in the story's post: the report itself.
    if (post.kind === 'merge' && sub.mode === 'forum') {
      const article = store.articles.get(post.articleId);
      if (!article) return null;
      const message = renderPost(toPostView(store, article), { format: sub.format, roleId: null });
      return { message, title: article.title };
    }
    const lead = store.posts.post(post.kind === 'merge' ? (post.parentPostId as number) : post.id);
    const article = lead ? store.articles.get(lead.articleId) : null;
    if (!lead || !article) return null;
    const others = store.posts
      .merges(lead.id)
      .filter((m) => m.id <= post.id || m.status === 'sent')
      .map((m) => store.articles.get(m.articleId))
      .filter((a): a is StoredArticle => a !== null);
    return {
      message: renderPost(toPostView(store, article, others), { format: sub.format, roleId: sub.roleId }),
      title: article.title,
    };
  }

  /**
   * Publishes a sent post to following servers, apart from the channel's queue: Discord allows a channel
   * about 10 crossposts an hour and makes a request past that wait, so when the budget is spent the post
   * stays unpublished (and /feed list says so) rather than holding up the posts behind it.
   */
  function publish(post: PostRecord, messageId: string): void {
    const at = now();
    if (store.posts.publishedSince(post.channelId, at - CROSSPOST_WINDOW_MS) >= CROSSPOSTS_PER_HOUR) {
      store.posts.markPublish(post.id, 'skipped', at);
      logger.info('post not published: the channel’s hourly crosspost budget is spent', {
        post: post.id,
        channel: post.channelId,
      });
      return;
    }
    store.posts.markPublish(post.id, 'published', at);
    const done = sender.publish(post.channelId, messageId, aborts.signal).then((published) => {
      if (published.ok) return;
      store.posts.markPublish(post.id, 'failed', at);
      logger.warn(`post ${post.id}: not published to following servers: ${published.reason}`);
    });
    publishing.add(done);
    void done.finally(() => publishing.delete(done));
  }

  /** Sends one recorded post (or edits its story's message); safe to repeat: the nonce makes a resend the same message. */
  async function sendPost(post: PostRecord, take: () => Promise<void>): Promise<SendOutcome> {
    const sub = store.posts.get(post.subscriptionId);
    if (!sub || sub.pausedReason) return 'skipped';
    const rendered = renderFor(sub, post);
    if (!rendered) {
      store.posts.markFailed(post.id, 'the article is no longer stored', now());
      return 'failed';
    }
    let result: PostSendResult;
    if (post.kind === 'merge') {
      const lead = store.posts.post(post.parentPostId as number);
      if (!lead || lead.status === 'failed') {
        store.posts.markFailed(post.id, 'the story’s first post failed', now());
        return 'failed';
      }
      if (lead.status !== 'sent' || lead.messageId === null) return 'waiting';
      const messageId = lead.messageId;
      // A forum post's first message has the id of its thread, which is the channel its replies go to.
      result =
        sub.mode === 'forum'
          ? await attempt(() => sender.send(messageId, rendered.message, post.nonce), take)
          : await attempt(() => sender.edit(post.channelId, messageId, rendered.message), take);
    } else if (sub.mode === 'forum' && post.kind === 'article') {
      // Recorded before this start: the last run may have made the forum post before it died.
      const made =
        post.createdAt < startedAt
          ? await sender.findForumPost(sub.guildId, post.channelId, rendered.title, post.createdAt - 1000)
          : null;
      result =
        made ??
        (await attempt(() => sender.forumPost(post.channelId, rendered.title, rendered.message), take));
    } else {
      result = await attempt(() => sender.send(post.channelId, rendered.message, post.nonce), take);
    }
    if (result.ok) {
      store.posts.markSent(post.id, result.messageId, now());
      if (sub.mode === 'thread' && post.kind === 'article') {
        const thread = await sender.openThread(post.channelId, result.messageId, rendered.title);
        if (!thread.ok) logger.warn(`post ${post.id}: no thread opened: ${thread.reason}`);
      }
      if (sub.publish && post.kind === 'article') publish(post, result.messageId);
      logger.info(post.kind === 'merge' ? 'story post updated' : 'post sent', {
        subscription: sub.id,
        channel: post.channelId,
        article: post.articleId,
      });
      return 'sent';
    }
    if (post.kind === 'merge' && storyPostGone(result, sub.mode)) {
      // Someone deleted the story's post (or its forum post): the channel is fine, and posts on.
      store.posts.markFailed(post.id, STORY_POST_GONE, now());
      logger.warn(`post ${post.id}: ${STORY_POST_GONE}; the channel posts on`, { reason: result.reason });
      return 'failed';
    }
    store.posts.markFailed(post.id, result.reason, now());
    return failed(post.channelId, result, `post ${post.id}`);
  }

  /** A refused send pauses the channel's subscriptions; anything else is tried again at the next round. */
  function failed(channelId: string, result: PostSendResult & { ok: false }, what: string): SendOutcome {
    if (result.kind === 'pause') {
      const paused = store.posts.pauseChannel(channelId, result.reason);
      logger.warn(`posts to channel ${channelId} paused: ${result.reason}`, {
        subscriptions: paused.join(','),
      });
      return 'paused';
    }
    logger.warn(`${what} failed; it will be tried again at the next round`, { reason: result.reason });
    return 'failed';
  }

  /** Sends a notice (a feed paused, the catch-up count) with its nonce, so a resend is the same message. */
  async function sendNotice(notice: PostNotice, take: () => Promise<void>): Promise<SendOutcome> {
    const channelTakesPosts = store.posts.active().some((s) => s.channelId === notice.channelId);
    if (!channelTakesPosts) return 'skipped';
    const message = renderNotice(store, notice);
    const result = await attempt(() => sender.send(notice.channelId, message, noticeNonce(notice.id)), take);
    if (result.ok) {
      store.posts.notices.markSent(notice.id, result.messageId, now());
      logger.info(`${notice.kind} notice sent`, { channel: notice.channelId });
      return 'sent';
    }
    store.posts.notices.markFailed(notice.id, result.reason, now());
    return failed(notice.channelId, result, `notice ${notice.id}`);
  }

  /** Sends every pending post and then notice, channel by channel, each channel's in order. */
  async function sendPending(): Promise<void> {
    const byChannel = new Map<string, { posts: PostRecord[]; notices: PostNotice[] }>();
    const of = (channelId: string) => {
      const work = byChannel.get(channelId) ?? { posts: [], notices: [] };
      byChannel.set(channelId, work);
      return work;
    };
    for (const post of store.posts.pending()) of(post.channelId).posts.push(post);
    for (const notice of store.posts.notices.pending()) of(notice.channelId).notices.push(notice);
    await Promise.all(
      [...byChannel]
        .filter(([channelId]) => mayPost(channelId))
        .map(([channelId, work]) =>
          queues.run(channelId, async (take) => {
            for (const post of work.posts) {
              const fresh = store.posts.post(post.id);
              if (fresh?.status === 'pending') await sendPost(fresh, take);
            }
            for (const notice of work.notices) {
              const fresh = store.posts.notices.get(notice.id);
              if (fresh?.status === 'pending') await sendNotice(fresh, take);
            }
          }),
        ),
    );
  }

  async function round(): Promise<void> {
    const at = now();
    planner.forget();
    const plans = [];
    for (const sub of store.posts.active()) {
      if (!mayPost(sub.channelId)) continue;
      for (const failedPost of store.posts.failed(sub.id))
        if (failedPost.attempts < MAX_ATTEMPTS) store.posts.retry(failedPost.id, at);
      const plan = planner.choose(sub, catchingUp);
      if (plan) plans.push(plan);
    }
    // After a restart, what arrived while Herald was down: at most CATCH_UP_MAX per channel, then one line.
    const limited = catchingUp ? limitPerChannel(plans, CATCH_UP_MAX) : { plans, left: new Map() };
    try {
      store.transaction(() => {
        for (const plan of limited.plans) planner.record(plan, at);
        for (const [channelId, more] of limited.left as Map<string, number>)
          store.posts.notices.record({ channelId, kind: 'catch-up', key: String(at), more }, at);
      });
    } finally {
      planner.forget();
    }
    recordFeedPauseNotices(store, at);
    store.posts.notices.retryFailed(MAX_ATTEMPTS, at);
    catchingUp = false;
    await sendPending();
  }

  return {
    /** Runs a round now, or once more after the round under way. Resolves when the posts it found are done. */
    tick(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          try {
            await round();
          } catch (error) {
            report('live posts', error);
          }
        } while (again);
      })().finally(() => {
        running = null;
      });
      return running;
    },
    /** Sends one article to one subscription's channel now (/feed send), recorded like any post. */
    async sendNow(sub: PostSubscription, articleId: string): Promise<SendOutcome | 'already'> {
      if (store.posts.isInChannel(sub.channelId, articleId)) return 'already';
      const [post] = store.posts.record(
        sub.id,
        sub.cursor,
        [{ subscriptionId: sub.id, articleId, channelId: sub.channelId, kind: 'article' }],
        now(),
      );
      if (!post) return 'already';
      return queues.run(sub.channelId, (take) => sendPost(post, take));
    },
    /** Resolves when the publishing under way is done (tests; publishing never holds up posts). */
    async published(): Promise<void> {
      while (publishing.size > 0) await Promise.all([...publishing]);
    },
    async stop(): Promise<void> {
      await running;
      // A crosspost waiting out Discord's limit is given up; its budget stays counted.
      aborts.abort();
      await Promise.all([...publishing]);
    },
  };
}

export type PostDelivery = ReturnType<typeof createPostDelivery>;
