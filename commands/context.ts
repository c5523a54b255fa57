import type { Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import type { Store } from '../src/store/index.js';
import type { DigestService } from '../src/digests/service.js';
import type { PostDelivery } from '../src/posts/delivery.js';
import type { PostService } from '../src/posts/service.js';

/** What every command handler is given: built once in main.ts. */
export interface HeraldContext {
  store: Store;
  config: Config;
  logger: Logger;
  now: () => number;
  version: string;
  digests: DigestService;
  posts: { service: PostService; delivery: PostDelivery };
}
