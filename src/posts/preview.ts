// /feed test: a feed read into a throwaway in-memory store, so its newest items can be shown as they would
// be posted while nothing is subscribed or kept.
import type { FeedConfig } from '../config.js';
import { renderPost, type PostMessage } from '../discord/render-post.js';
import { setUpFeeds } from '../feeds/setup.js';
import type { FeedProblem } from '../feeds/problems.js';
import { openStore } from '../store/index.js';
import type { PostFormat } from '../store/posts.js';
import { toPostView } from './view.js';

export async function previewFeed(
  url: string,
  options: { config: FeedConfig; version: string; now: () => number; format: PostFormat; count: number },
): Promise<{ ok: true; title: string; posts: PostMessage[] } | { ok: false; problem: FeedProblem }> {
  const scratch = openStore(':memory:');
  const feeds = setUpFeeds(scratch, options.config, { version: options.version, now: options.now });
  try {
    const added = await feeds.service.addFeed(url);
    if (!added.ok) return added;
    const posts = scratch.feeds
      .newestItems(added.feed.id, options.count)
      .map((item) => scratch.articles.get(item.id))
      .filter((a) => a !== null)
      .map((a) => renderPost(toPostView(scratch, a), { format: options.format, roleId: null }));
    return { ok: true, title: added.feed.title, posts };
  } finally {
    feeds.close();
    scratch.close();
  }
}
