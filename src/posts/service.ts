// What a server can ask of live posts: subscribe a channel to a feed or to all news (an alert), list,
// pause, resume, remove, preview. Shared by the slash commands; expected failures are codes, worded at the edge.
import type { FilterProblem } from '../core/filter.js';
import { CROSSPOST_WINDOW_MS } from '../discord/limits.js';
import type { FeedService } from '../feeds/service.js';
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

  return {
    checkFilter,
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
    /** Every feed, with the subscriptions of this server that post it. */
    listFeeds(guildId: string): FeedLine[] {
      const subs = store.posts.ofGuild(guildId);
      return store.feeds
        .all()
        .map((feed) => ({ feed, subscriptions: subs.filter((s) => s.feedId === feed.id) }));
    },
    listAlerts(guildId: string): PostSubscription[] {
      return store.posts.ofGuild(guildId).filter((s) => s.feedId === null);
    },
    removeFeed(id: number): Result<{ feed: Feed }> {
      const feed = store.feeds.get(id);
      if (!feed) return { ok: false, problem: { code: 'unknown-feed', id } };
      for (const sub of store.posts.ofFeed(id)) store.posts.unsubscribe(sub.id);
      feeds.removeFeed(id);
      return { ok: true, feed };
    },
    pauseFeed(id: number): Result<{ feed: Feed }> {
      const feed = store.feeds.get(id);
      if (!feed) return { ok: false, problem: { code: 'unknown-feed', id } };
      feeds.pauseFeed(id);
      return { ok: true, feed };
    },
    /** Resumes the feed and this server's paused subscriptions of it; nothing stored while paused is posted. */
    resumeFeed(id: number, guildId: string): Result<{ feed: Feed; resumed: PostSubscription[] }> {
      const feed = store.feeds.get(id);
      if (!feed) return { ok: false, problem: { code: 'unknown-feed', id } };
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
