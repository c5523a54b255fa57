// The digest service as main.ts wires it (delivery, node-cron scheduler, service) over a given store, clock
// and fake REST, with retry pauses that return at once. Stop it (digests.stop()) after each test.
import { createDelivery } from '../../src/digests/delivery.js';
import { createScheduler, type Scheduler } from '../../src/digests/scheduler.js';
import { createDigestService, type DigestService } from '../../src/digests/service.js';
import { createLogger } from '../../src/logger.js';
import type { NewSubscription, Store } from '../../src/store/index.js';
import type { FakeRest } from './fake-rest.js';

export interface DigestRig {
  digests: DigestService;
  scheduler: Scheduler;
}

export function createDigestRig(store: Store, rest: FakeRest, clock: { t: number }): DigestRig {
  const logger = createLogger('error', () => {});
  const now = () => clock.t;
  const delivery = createDelivery({ store, rest: rest.rest, logger, now, sleep: async () => {} });
  const scheduler = createScheduler({ logger, onSlot: (id, slot) => delivery.runSlot(id, slot) });
  const digests = createDigestService({
    store,
    delivery,
    scheduler,
    logger,
    now,
    defaultTimeZone: 'UTC',
    minIntervalSeconds: 3600,
  });
  return { digests, scheduler };
}

/** An hourly digest of all news, five items, in UTC, for a channel of server `g`. */
export function hourlyDigest(channelId: string, createdAt: number): NewSubscription {
  return {
    guildId: 'g',
    channelId,
    name: null,
    schedule: 'hourly',
    cron: '0 * * * *',
    timeZone: 'UTC',
    topic: null,
    maxItems: 5,
    createdBy: null,
    createdAt,
  };
}
