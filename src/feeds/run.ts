// The bot's feed polling: its own connection to the database file (SQLite in WAL mode takes a second
// writer with a busy timeout), the guarded fetcher, and the poller. Started after ready, stopped on
// shutdown: open connections are cut so a hanging feed cannot hold the shutdown up.
import { databaseLocation, databaseWaitMs, type Config } from '../config.js';
import type { Logger } from '../logger.js';
import { openStore } from '../store/index.js';
import { readVersion } from '../version.js';
import { startClaims } from '../work/claims.js';
import type { StoreOutage } from '../work/outage.js';
import { createPoller } from './poller.js';
import { setUpFeeds } from './setup.js';
import { poolThreads } from '../ingest/pool.js';

export interface FeedPolling {
  stop(): Promise<void>;
}

export function startFeedPolling(
  config: Config,
  logger: Logger,
  options: { now?: () => number; outage?: StoreOutage } = {},
): FeedPolling {
  const { now = Date.now, outage } = options;
  const store = openStore(databaseLocation(config), {
    waitMs: databaseWaitMs(config),
    ...(outage && { onConnection: outage.onConnection }),
  });
  const report = outage?.report;
  const feeds = setUpFeeds(store, config.feeds, {
    version: readVersion(),
    now,
    analysisThreads: poolThreads(config.ingestWorkers),
  });
  // Its own claims object (on this connection) under the process's holder id: the bot's leases stay the bot's.
  const claims = startClaims(store.leases, config, now, logger, report);
  const poller = createPoller({
    store,
    service: feeds.service,
    logger,
    now,
    limits: feeds.limits,
    claims,
    ...(report && { report }),
  });
  poller.start();
  logger.info('feed polling started', { feeds: store.feeds.all().length });
  return {
    async stop() {
      const finished = poller.stop();
      feeds.service.halt();
      feeds.close();
      await finished;
      claims.stop();
      store.close();
    },
  };
}
