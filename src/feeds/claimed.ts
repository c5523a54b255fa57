// Feed polls across several processes: a due feed is polled by the process that claims `feed:<id>`,
// and only if it is still due once claimed (another process may have polled it just before).
import type { Feed } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import type { Claims } from '../work/claims.js';
import { feedKey } from '../work/keys.js';

/** The due feeds this process claimed; hand them back with releaseFeeds when their polls end. */
export function takeDueFeeds(store: Store, claims: Claims, now: number): Feed[] {
  const taken: Feed[] = [];
  for (const feed of store.feeds.due(now)) {
    if (!claims.take(feedKey(feed.id))) continue;
    const fresh = store.feeds.get(feed.id);
    if (fresh && fresh.state !== 'paused' && fresh.nextFetchAt <= now) taken.push(fresh);
    else claims.release(feedKey(feed.id));
  }
  return taken;
}

export function releaseFeeds(claims: Claims, feeds: readonly Feed[]): void {
  for (const feed of feeds) claims.release(feedKey(feed.id));
}
