// The lease keys of every unit of periodic work, in one place (the README lists them for operators).

/** A feed's poll: released when the poll ends. */
export const feedKey = (feedId: number): string => `feed:${feedId}`;
/** A channel's live posts (planning and sending): kept while the process lives, renewed. */
export const postsKey = (channelId: string): string => `posts:${channelId}`;
/**
 * A digest subscription's runs, one at a time across processes (two runs at once would both pick the
 * articles neither has marked sent yet): held during a run, released when it ends.
 */
export const digestKey = (subscriptionId: number): string => `digest:${subscriptionId}`;
/** The catch-up digest after a missed slot: left to lapse, so processes starting together post it once. */
export const catchUpKey = (subscriptionId: number, missedSlot: number): string =>
  `digest-catch-up:${subscriptionId}:${missedSlot}`;
/** Watching ARTICLES_DIR: the leader's, kept while it lives. */
export const WATCHER_KEY = 'watcher';
