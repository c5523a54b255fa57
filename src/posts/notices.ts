// Notices besides the news: when the poller pauses a feed (gone, closed, too many failures), each channel
// the feed posts to is told once, with the reason and the /feed resume hint. The notice's key is the feed
// and the fetch that paused it, so restarts never repeat it and a later pause (after a resume) is told again.
import { renderCatchUpLine, renderFeedPausedLine, type PostMessage } from '../discord/render-post.js';
import { PAUSED_BY_HAND } from '../feeds/service.js';
import type { Store } from '../store/index.js';
import type { PostNotice } from '../store/post-notices.js';

export function recordFeedPauseNotices(store: Store, at: number): void {
  for (const feed of store.feeds.all()) {
    if (feed.state !== 'paused' || feed.reason === PAUSED_BY_HAND || feed.lastFetchAt === null) continue;
    const pausedAt = feed.lastFetchAt;
    // Channels posting the feed when it was paused and still taking posts.
    const channels = new Set(
      store.posts
        .ofFeed(feed.id)
        .filter((s) => s.pausedReason === null && s.createdAt <= pausedAt)
        .map((s) => s.channelId),
    );
    for (const channelId of channels)
      store.posts.notices.record(
        {
          channelId,
          kind: 'feed-paused',
          key: `${feed.id}:${pausedAt}`,
          feedId: feed.id,
          reason: feed.reason,
        },
        at,
      );
  }
}

export function renderNotice(store: Store, notice: PostNotice): PostMessage {
  if (notice.kind === 'catch-up') return renderCatchUpLine(notice.more ?? 0);
  const id = notice.feedId ?? 0;
  return renderFeedPausedLine({ id, title: store.feeds.get(id)?.title ?? null }, notice.reason);
}
