import type { FeedConfig } from '../src/config.js';
import type { Store } from '../src/store/index.js';
import type { DigestService } from '../src/digests/service.js';
import type { PostDelivery } from '../src/posts/delivery.js';
import type { PostService } from '../src/posts/service.js';

/** What every command handler is given, and no more: built once in src/bot.ts (the one place that wires). */
export interface HeraldContext {
  store: Store;
  /** Only the settings a command needs: feeds are checked as `herald feed add` checks them. */
  config: { feeds: FeedConfig };
  now: () => number;
  version: string;
  digests: DigestService;
  posts: { service: PostService; delivery: PostDelivery };
}
