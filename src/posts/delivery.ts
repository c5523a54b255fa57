// Live posts, driven by the store: each subscription's cursor walks the stored articles (whatever path
// stored them: the poller, `herald feed poll`, ingest, the watcher), its filter picks, and each post is
// recorded in the ledger (pending, with its nonce) before it is sent and marked after. A story already
// posted in the channel within 12 hours gets its message edited ("Also reported by") instead of a new post.
import type { REST } from 'discord.js';
import { filterWordsOf, matchFilter, parseFilter, type Filter } from '../core/filter.js';
import { decideStoryPost, STORY_WINDOW_MS, type PostedStory } from '../core/story-post.js';
import { renderCatchUpLine, renderPost } from '../discord/render-post.js';
import type { Logger } from '../logger.js';
import type { Store, StoredArticle } from '../store/index.js';
import type { PostRecord, PostSubscription } from '../store/posts.js';
import { createChannelQueues } from './channel-queue.js';
import { createPostSender, type PostSendResult } from './sender.js';
import { toPostView } from './view.js';

/** After a restart, at most this many posts per subscription, then one line saying how many more there were. */
export const CATCH_UP_MAX = 10;
/** Articles read per subscription per round. */
const BATCH = 500;
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
}

export type SendOutcome = 'sent' | 'paused' | 'failed' | 'waiting' | 'skipped';

const CATCH_UP_PREFIX = 'catch-up:';

/** How long before a subscription an item may be dated and still be posted (feed lag, dates to the second). */
const PUBLISHED_SLACK_MS = 10 * 60_000;

export function createPostDelivery(deps: PostDeliveryDeps) {
  const { store, logger, now } = deps;
  const mayPost = deps.mayPost ?? (() => true);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const sender = createPostSender(deps.rest);
  const queues = createChannelQueues({ now, sleep, ...deps.channelLimit });
  const filters = new Map<string, Filter | null>();
  let catchingUp = true;
  let running: Promise<void> | null = null;
  let again = false;

  function filterOf(text: string | null): Filter | null {
    if (text === null || text.trim() === '') return null;
    if (!filters.has(text)) {
      const parsed = parseFilter(text);
      filters.set(text, parsed.ok ? parsed.filter : null);
    }
    return filters.get(text) ?? null;
  }

  /** Reads the subscription's new articles and records what it will post; moves its cursor. */
  function plan(sub: PostSubscription, at: number, articles: Map<string, StoredArticle | null>): void {
    const load = (id: string) => {
      if (!articles.has(id)) articles.set(id, store.articles.get(id));
      return articles.get(id) ?? null;
    };
    const refs = store.posts.newArticles(sub, BATCH);
    const last = refs[refs.length - 1];
    if (!last) return;
    const filter = filterOf(sub.filter);
    const chosen = refs.filter((ref) => {
      const a = load(ref.id);
      // Never an item older than the subscription: an old story stored late (a feed's back catalogue, an
      // archive loaded today) is not news for a channel that subscribed after it was published. Feeds give
      // dates to the second and show items some minutes after their date, hence a little slack.
      if (a === null || (a.published ?? a.ingestedAt) < sub.createdAt - PUBLISHED_SLACK_MS) return false;
      return filter === null || matchFilter(filter, filterWordsOf(a)).matched;
    });
    const skipped = catchingUp && chosen.length > CATCH_UP_MAX ? chosen.length - CATCH_UP_MAX : 0;
    for (const ref of chosen.slice(skipped)) {
      const article = load(ref.id) as StoredArticle;
      if (store.posts.isInChannel(sub.channelId, article.id)) continue;
      const recent: PostedStory[] = [];
      for (const p of store.posts.recentStories(sub.channelId, at - STORY_WINDOW_MS)) {
        const a = load(p.articleId);
        if (a) recent.push({ postId: p.id, postedAt: p.createdAt, story: a });
      }
      const decision = decideStoryPost(article, recent, at);
      const base = { subscriptionId: sub.id, articleId: article.id, channelId: sub.channelId };
      store.posts.record(
        sub.id,
        ref.rowid,
        [
          decision.kind === 'merge'
            ? { ...base, kind: 'merge', parentPostId: decision.postId }
            : { ...base, kind: 'article' },
        ],
        at,
      );
    }
    const summary =
      skipped > 0
        ? [
            {
              subscriptionId: sub.id,
              articleId: `${CATCH_UP_PREFIX}${sub.id}:${last.rowid}:${skipped}`,
              channelId: sub.channelId,
              kind: 'summary' as const,
            },
          ]
        : [];
    store.posts.record(sub.id, last.rowid, summary, at);
  }

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
    if (post.kind === 'summary') {
      const more = Number(post.articleId.split(':').pop());
      return { message: renderCatchUpLine(more), title: 'More news' };
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
      // A forum post's first message has the id of its thread, which is the channel it lives in.
      const where = sub.mode === 'forum' ? messageId : post.channelId;
      result = await attempt(() => sender.edit(where, messageId, rendered.message), take);
    } else if (sub.mode === 'forum' && post.kind === 'article') {
      result = await attempt(() => sender.forumPost(post.channelId, rendered.title, rendered.message), take);
    } else {
      result = await attempt(() => sender.send(post.channelId, rendered.message, post.nonce), take);
    }
    if (result.ok) {
      store.posts.markSent(post.id, result.messageId, now());
      if (sub.mode === 'thread' && post.kind === 'article') {
        const thread = await sender.openThread(post.channelId, result.messageId, rendered.title);
        if (!thread.ok) logger.warn(`post ${post.id}: no thread opened: ${thread.reason}`);
      }
      if (sub.publish && post.kind === 'article') {
        const published = await sender.publish(post.channelId, result.messageId);
        if (!published.ok)
          logger.warn(`post ${post.id}: not published to following servers: ${published.reason}`);
      }
      logger.info(post.kind === 'merge' ? 'story post updated' : 'post sent', {
        subscription: sub.id,
        channel: post.channelId,
        article: post.articleId,
      });
      return 'sent';
    }
    if (result.kind === 'pause') {
      const paused = store.posts.pauseChannel(post.channelId, result.reason);
      store.posts.markFailed(post.id, result.reason, now());
      logger.warn(`posts to channel ${post.channelId} paused: ${result.reason}`, {
        subscriptions: paused.join(','),
      });
      return 'paused';
    }
    store.posts.markFailed(post.id, result.reason, now());
    logger.warn('post failed; it will be tried again at the next round', {
      post: post.id,
      reason: result.reason,
    });
    return 'failed';
  }

  /** Sends every pending post, channel by channel, each channel's posts in order. */
  async function sendPending(): Promise<void> {
    const byChannel = new Map<string, PostRecord[]>();
    for (const post of store.posts.pending()) {
      const list = byChannel.get(post.channelId) ?? [];
      list.push(post);
      byChannel.set(post.channelId, list);
    }
    await Promise.all(
      [...byChannel]
        .filter(([channelId]) => mayPost(channelId))
        .map(([channelId, posts]) =>
          queues.run(channelId, async (take) => {
            for (const post of posts) {
              const fresh = store.posts.post(post.id);
              if (fresh?.status === 'pending') await sendPost(fresh, take);
            }
          }),
        ),
    );
  }

  async function round(): Promise<void> {
    const at = now();
    const articles = new Map<string, StoredArticle | null>();
    for (const sub of store.posts.active()) {
      if (!mayPost(sub.channelId)) continue;
      for (const failed of store.posts.failed(sub.id))
        if (failed.attempts < MAX_ATTEMPTS) store.posts.retry(failed.id, at);
      plan(sub, at, articles);
    }
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
            logger.error(`live posts failed: ${(error as Error).message}`);
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
    async stop(): Promise<void> {
      await running;
    },
  };
}

export type PostDelivery = ReturnType<typeof createPostDelivery>;
