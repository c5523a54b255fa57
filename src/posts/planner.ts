// What each subscription will post: its cursor's new articles, through its filter, never one older than
// the subscription, each either a new post or (same story within 12 hours in the channel) a merge into
// the story's post. After a restart, at most CATCH_UP_MAX per channel; the rest are counted, not posted.
import type { Filter } from '../core/filter.js';
import { decideStoryPost, STORY_WINDOW_MS, type PostedStory } from '../core/story-post.js';
import { createStoryMemo } from '../core/story/index.js';
import { createFilterMatcher, readFilter } from '../operations/filters.js';
import type { Store, StoredArticle } from '../store/index.js';
import type { NewArticleRef, PostSubscription } from '../store/posts.js';

/** After a restart, at most this many posts per channel, then one line saying how many more there were. */
export const CATCH_UP_MAX = 10;
/** Articles read per subscription per round (a catch-up reads every page). */
const BATCH = 500;
/** How long before a subscription an item may be dated and still be posted (feed lag, dates to the second). */
const PUBLISHED_SLACK_MS = 10 * 60_000;

/** One subscription's new articles: the ones it will post, and how far its cursor moves. */
export interface SubscriptionPlan {
  sub: PostSubscription;
  chosen: NewArticleRef[];
  cursor: number;
}

/**
 * Keeps, in each channel, the newest `max` distinct articles that the channel's subscriptions chose
 * (newest by storing order); returns the plans cut down to those, and per channel how many were left out.
 */
export function limitPerChannel(
  plans: readonly SubscriptionPlan[],
  max: number,
): { plans: SubscriptionPlan[]; left: Map<string, number> } {
  const byChannel = new Map<string, Map<string, number>>();
  for (const { sub, chosen } of plans) {
    const ids = byChannel.get(sub.channelId) ?? new Map<string, number>();
    for (const ref of chosen) ids.set(ref.id, Math.min(ids.get(ref.id) ?? ref.rowid, ref.rowid));
    byChannel.set(sub.channelId, ids);
  }
  const kept = new Map<string, Set<string>>();
  const left = new Map<string, number>();
  for (const [channelId, ids] of byChannel) {
    const newest = [...ids].sort((a, b) => b[1] - a[1]).slice(0, max);
    kept.set(channelId, new Set(newest.map(([id]) => id)));
    if (ids.size > max) left.set(channelId, ids.size - max);
  }
  return {
    plans: plans.map((p) => ({
      ...p,
      chosen: p.chosen.filter((ref) => kept.get(p.sub.channelId)?.has(ref.id) === true),
    })),
    left,
  };
}

/** `warn` hears of filters that ran out of time (those articles are not posted). */
export function createPostPlanner(store: Store, warn: (message: string) => void = () => undefined) {
  const filters = new Map<string, Filter | null>();
  const matcher = createFilterMatcher();
  const articles = new Map<string, StoredArticle | null>();
  // A channel's recent posts are compared with each new article: their vectors are made once a round.
  let memo = createStoryMemo();

  function filterOf(text: string | null): Filter | null {
    if (text === null || text.trim() === '') return null;
    if (!filters.has(text)) {
      const parsed = readFilter(text);
      filters.set(text, parsed.ok ? parsed.filter : null);
    }
    return filters.get(text) ?? null;
  }

  const load = (id: string): StoredArticle | null => {
    if (!articles.has(id)) articles.set(id, store.articles.get(id));
    return articles.get(id) ?? null;
  };

  return {
    /**
     * Forgets the articles read for the round (they may change before the next), so a round's sending,
     * which may take minutes at Discord's pace, does not hold every article it planned.
     */
    forget(): void {
      articles.clear();
      memo = createStoryMemo();
    },
    /** The subscription's new articles that it will post; `all` reads every page (a catch-up). */
    choose(sub: PostSubscription, all: boolean): SubscriptionPlan | null {
      const filter = filterOf(sub.filter);
      const chosen: NewArticleRef[] = [];
      let cursor = sub.cursor;
      for (;;) {
        const refs = store.posts.newArticles({ cursor, feedId: sub.feedId }, BATCH);
        const last = refs[refs.length - 1];
        if (!last) break;
        cursor = last.rowid;
        // Never an item older than the subscription: an old story stored late (a feed's back catalogue,
        // an archive loaded today) is not news for a channel that subscribed after it was published.
        // Feeds give dates to the second and show items some minutes after their date: a little slack.
        const fresh = refs.filter((ref) => {
          const a = load(ref.id);
          return a !== null && (a.published ?? a.ingestedAt) >= sub.createdAt - PUBLISHED_SLACK_MS;
        });
        if (filter === null) chosen.push(...fresh);
        else {
          const matches = matcher.matchAll(
            filter,
            fresh.map((ref) => load(ref.id) as StoredArticle),
          );
          chosen.push(...fresh.filter((_, i) => matches[i]?.matched === true));
          const slow = matches.filter((m) => 'timedOut' in m).length;
          if (slow > 0) warn(`subscription ${sub.id}: its filter ran out of time on ${slow} article(s)`);
        }
        if (!all || refs.length < BATCH) break;
      }
      return cursor === sub.cursor ? null : { sub, chosen, cursor };
    },
    /** Records the plan's posts in the ledger (new post or merge into the story's post) and moves the cursor. */
    record(plan: SubscriptionPlan, at: number): void {
      const { sub } = plan;
      // Oldest first, so a batch reads in the order it happened (a feed lists its newest item first);
      // the caller records a round in one transaction, so the cursor never passes an unrecorded article.
      const when = (ref: NewArticleRef) => {
        const a = load(ref.id);
        return a ? (a.published ?? a.ingestedAt) : 0;
      };
      const ordered = [...plan.chosen].sort((x, y) => when(x) - when(y) || x.rowid - y.rowid);
      for (const ref of ordered) {
        const article = load(ref.id);
        if (!article || store.posts.isInChannel(sub.channelId, article.id)) continue;
        const recent: PostedStory[] = [];
        for (const p of store.posts.recentStories(sub.channelId, at - STORY_WINDOW_MS)) {
          const a = load(p.articleId);
          if (a) recent.push({ postId: p.id, postedAt: p.createdAt, story: a });
        }
        const decision = decideStoryPost(article, recent, at, { memo });
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
      store.posts.record(sub.id, plan.cursor, [], at);
    },
  };
}
