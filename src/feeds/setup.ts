// Builds the feed machinery from the validated config: one guarded fetcher and the feed service. The
// CLI and the bot both start here, so they fetch and schedule alike.
import type { FeedConfig } from '../config.js';
import { createPoolOnDemand } from '../ingest/pool.js';
import type { Store } from '../store/index.js';
import { createFetcher } from './fetcher.js';
import type { PollLimits } from './poller.js';
import { createFeedService } from './service.js';
import { heraldUserAgent } from './user-agent.js';

export const PER_HOST_FETCHES = 2;

export function setUpFeeds(
  store: Store,
  config: FeedConfig,
  options: {
    version: string;
    now: () => number;
    random?: () => number;
    /** Threads that analyse a poll with many new items (INGEST_WORKERS); without, none. */
    analysisThreads?: number;
  },
) {
  const fetcher = createFetcher({
    allowPrivate: config.allowPrivate,
    timeoutMs: config.timeoutSeconds * 1000,
    maxBytes: config.maxBytes,
    userAgent: heraldUserAgent(options.version, config.userAgent),
    maxSocketsPerHost: PER_HOST_FETCHES,
  });
  const pool = options.analysisThreads ? createPoolOnDemand(options.analysisThreads) : undefined;
  const service = createFeedService({
    store,
    ...(pool ? { pool } : {}),
    fetch: fetcher.fetch,
    now: options.now,
    random: options.random ?? Math.random,
    settings: {
      defaultIntervalSeconds: config.defaultIntervalMinutes * 60,
      minIntervalSeconds: config.minIntervalSeconds,
    },
  });
  const limits: PollLimits = { concurrency: config.concurrency, perHost: PER_HOST_FETCHES };
  const close = () => {
    fetcher.close();
    // The threads stop at once; nothing waits for what they were doing.
    void pool?.close();
  };
  return { fetcher, service, limits, close };
}
