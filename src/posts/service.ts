// What a server can ask of live posts: subscribe a channel to a feed or to all news (an alert), list,
// pause, resume, remove, preview. Shared by the slash commands; expected failures are codes, worded at the edge.
import type { FilterProblem } from '../core/filter.js';
import { CROSSPOST_WINDOW_MS } from '../discord/limits.js';
import { PAUSED_BY_HAND, type FeedService } from '../feeds/service.js';
import type { FeedProblem } from '../feeds/problems.js';
import { readFilter } from '../operations/filters.js';
import type { Store } from '../store/index.js';
import type { Feed } from '../store/feeds.js';
import type { PostFormat, PostMode, PostSubscription } from '../store/posts.js';

export type PostProblem =
  | { code: 'feed'; problem: FeedProblem }
  | { code: 'filter'; problem: FilterProblem; filter: string }
  | { code: 'unknown-feed'; id: number }
  | { code: 'unknown-alert'; id: number };

export type Result<T> = ({ ok: true } & T) | { ok: false; problem: PostProblem };

export interface SubscribeInput {
  guildId: string;
  channelId: string;
  filter: string | null;
  roleId: string | null;
  format: PostFormat;
  mode: PostMode;
  publish: boolean;
  userId: string;
}

export interface FeedLine {
  feed: Feed;
  subscriptions: PostSubscription[];
}

export function createPostService(deps: { store: Store; feeds: FeedService; now: () => number }) {
  const { store, feeds, now } = deps;

  function checkFilter(filter: string | null): PostProblem | null {
    if (filter === null) return null;
    const parsed = readFilter(filter);
    return parsed.ok ? null : { code: 'filter', problem: parsed.problem, filter };
  }

  function subscribe(feedId: number | null, input: SubscribeInput): PostSubscription {
    return store.posts.subscribe({
      guildId: input.guildId,
      channelId: input.channelId,
      feedId,
      filter: input.filter,
      roleId: input.roleId,
      format: input.format,
      mode: input.mode,
      publish: input.publish,
      createdBy: input.userId,
      createdAt: now(),
    });
  }

  /** Whether the server may see the feed: it posts it, or no server does. */
  function visibleTo(feedId: number, guildId: string): boolean {
    const subs = store.posts.ofFeed(feedId);
    return subs.length === 0 || subs.some((s) => s.guildId === guildId);
  }

  return {
    checkFilter,
    visibleTo,
    /** Adds the feed (or finds it, when already added) and subscribes the channel when one is given. */
    async addFeed(
      url: string,
      options: { name: string | null; intervalMinutes: number | null },
      channel: SubscribeInput | null,
    ): Promise<
      Result<{ feed: Feed; items: number; subscription: PostSubscription | null; existed: boolean }>
    > {
      const bad = checkFilter(channel?.filter ?? null);
      if (bad) return { ok: false, problem: bad };
      const added = await feeds.addFeed(url, options);
      let feed: Feed;
      let items: number;
      let existed = false;
      if (added.ok) ({ feed, items } = added);
      else if (added.problem.code === 'duplicate' && channel) {
        feed = store.feeds.get(added.problem.id) as Feed;
        items = store.feeds.itemCount(feed.id);
        existed = true;
      } else return { ok: false, problem: { code: 'feed', problem: added.problem } };
      const subscription = channel ? subscribe(feed.id, channel) : null;
      return { ok: true, feed, items, subscription, existed };
    },
    addAlert(input: SubscribeInput): Result<{ subscription: PostSubscription }> {
      const bad = checkFilter(input.filter);
      if (bad) return { ok: false, problem: bad };
      return { ok: true, subscription: subscribe(null, input) };
    },
    /**
     * The feeds this server may see and manage, with its subscriptions that post them: those it posts,
     * and those no server posts (added without a channel, or from the CLI). Another server's feeds stay
     * that server's.
     */
    listFeeds(guildId: string): FeedLine[] {
      const subs = store.posts.ofGuild(guildId);
      return store.feeds
        .all()
        .filter((feed) => visibleTo(feed.id, guildId))
        .map((feed) => ({ feed, subscriptions: subs.filter((s) => s.feedId === feed.id) }));
    },
    listAlerts(guildId: string): PostSubscription[] {
      return store.posts.ofGuild(guildId).filter((s) => s.feedId === null);
    },
    /**
     * Removes the feed with this server's posting of it. A feed another server also posts stays, for that
     * server (`shared`): only this server's subscriptions go.
     */
    removeFeed(id: number, guildId: string): Result<{ feed: Feed; shared: boolean }> {
      const feed = store.feeds.get(id);
      if (!feed || !visibleTo(id, guildId)) return { ok: false, problem: { code: 'unknown-feed', id } };
      const subs = store.posts.ofFeed(id);
      const shared = subs.some((s) => s.guildId !== guildId);
      for (const sub of subs) if (sub.guildId === guildId) store.posts.unsubscribe(sub.id);
      if (!shared) feeds.removeFeed(id);
      return { ok: true, feed, shared };
    },
    /** Pauses the feed; one another server also posts goes on for it, and only this server's posting pauses. */
    pauseFeed(id: number, guildId: string): Result<{ feed: Feed; shared: boolean }> {
      const feed = store.feeds.get(id);
      if (!feed || !visibleTo(id, guildId)) return { ok: false, problem: { code: 'unknown-feed', id } };
      const subs = store.posts.ofFeed(id);
      const shared = subs.some((s) => s.guildId !== guildId);
      if (!shared) feeds.pauseFeed(id);
      else
        for (const sub of subs)
          if (sub.guildId === guildId && sub.pausedReason === null) store.posts.pause(sub.id, PAUSED_BY_HAND);
      return { ok: true, feed, shared };
    },
    /** Resumes the feed and this server's paused subscriptions of it; nothing stored while paused is posted. */
    resumeFeed(id: number, guildId: string): Result<{ feed: Feed; resumed: PostSubscription[] }> {
      const feed = store.feeds.get(id);
      if (!feed || !visibleTo(id, guildId)) return { ok: false, problem: { code: 'unknown-feed', id } };
      feeds.resumeFeed(id);
      const resumed = store.posts.ofFeed(id).filter((s) => s.guildId === guildId && s.pausedReason !== null);
      for (const sub of resumed) {
        store.posts.pause(sub.id, null);
        store.posts.skipToNow(sub.id);
      }
      return { ok: true, feed, resumed };
    },
    /** Posts of the subscription left unpublished in the last hour: the channel's crosspost budget was spent. */
    publishSkipped(sub: PostSubscription): number {
      return sub.publish ? store.posts.publishSkippedSince(sub.id, now() - CROSSPOST_WINDOW_MS) : 0;
    },
    subscriptionsOfFeed(id: number, guildId: string): PostSubscription[] {
      return store.posts.ofFeed(id).filter((s) => s.guildId === guildId);
    },
    removeAlert(id: number, guildId: string): Result<{ subscription: PostSubscription }> {
      const sub = store.posts.get(id);
      if (!sub || sub.guildId !== guildId || sub.feedId !== null)
        return { ok: false, problem: { code: 'unknown-alert', id } };
      store.posts.unsubscribe(id);
      return { ok: true, subscription: sub };
    },
  };
}

export type PostService = ReturnType<typeof createPostService>;
