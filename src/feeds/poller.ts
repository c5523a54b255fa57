// Polls feeds with at most `concurrency` fetches at once and `perHost` per host. `pollFeeds` is the
// one-shot run (the CLI, the benchmark); `createPoller` wakes on a timer in the bot and polls what is due.
// A feed that throws or hangs costs only its own slot: the fetcher's deadline ends a hang.
import type { Feed } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import { BUSY_TIMEOUT_MS } from '../store/db.js';
import { StoreError, writeFailureOf } from '../store/errors.js';
import { describeStoreError } from '../store-error-text.js';
import type { Logger } from '../logger.js';
import { logEachFailure, type ReportFailure } from '../work/outage.js';
import type { Claims } from '../work/claims.js';
import { releaseFeeds, takeDueFeeds } from './claimed.js';
import type { FeedService, PollOutcome } from './service.js';

export interface PollLimits {
  concurrency: number;
  perHost: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const KEPT = 'so nothing of this feed was stored; it is polled again in the next round';

/**
 * Why a poll threw, in words. Another process holding a lock, a silent server or a lost connection are
 * what a user meets in normal use: the write was rolled back and the feed stays due, so the next round
 * polls it again.
 */
export function describePollError(error: unknown): string {
  const failure = writeFailureOf(error);
  const detail = failure?.detail;
  switch (failure?.code) {
    case 'locked':
      return `the database stayed locked by another process for more than ${BUSY_TIMEOUT_MS / 1000} seconds, ${KEPT}`;
    case 'timeout':
      return (
        `${detail?.startsWith('PostgreSQL ') ? detail : `PostgreSQL did not answer in time (${detail})`}: ` +
        `another process may hold a lock this feed's write needed, or the server is busy or out of reach, ${KEPT}`
      );
    case 'connection':
      return `the connection to PostgreSQL was lost (${detail}), ${KEPT}`;
    case 'conflict':
      return `PostgreSQL stopped this feed's write because it clashed with another process's (${detail}), ${KEPT}`;
    default:
      return error instanceof StoreError ? describeStoreError(error) : (error as Error).message;
  }
}

/** Polls the given feeds under the limits; outcomes come back in the order of `feeds`. */
export async function pollFeeds(
  service: FeedService,
  feeds: readonly Feed[],
  limits: PollLimits,
): Promise<PollOutcome[]> {
  const outcomes = new Array<PollOutcome>(feeds.length);
  const waiting = feeds.map((feed, index) => ({ feed, index, host: hostOf(feed.url) }));
  const active = new Map<string, number>();
  let running = 0;
  return new Promise((resolve) => {
    const launch = (): void => {
      if (waiting.length === 0 && running === 0) {
        resolve(outcomes);
        return;
      }
      while (running < limits.concurrency) {
        const at = waiting.findIndex((w) => (active.get(w.host) ?? 0) < limits.perHost);
        if (at === -1) return;
        const [next] = waiting.splice(at, 1);
        if (next === undefined) return;
        running += 1;
        active.set(next.host, (active.get(next.host) ?? 0) + 1);
        service
          .pollFeed(next.feed)
          .catch((error: unknown): PollOutcome => ({
            id: next.feed.id,
            outcome: 'failed',
            http: null,
            new: 0,
            error: describePollError(error),
          }))
          .then(
            (outcome) => {
              outcomes[next.index] = outcome;
              running -= 1;
              active.set(next.host, (active.get(next.host) ?? 1) - 1);
              launch();
            },
            () => undefined,
          );
      }
    };
    launch();
  });
}

export interface PollerDeps {
  store: Store;
  service: FeedService;
  logger: Logger;
  /** How a failed poll round is logged; default: each on its own line. */
  report?: ReportFailure;
  now: () => number;
  limits: PollLimits;
  /** How often the poller looks for due feeds. */
  tickMs?: number;
  /** With several processes: poll only the feeds this process claims (claimed.ts). */
  claims?: Claims;
}

export function createPoller(deps: PollerDeps) {
  const { store, service, logger, now, limits } = deps;
  const report = deps.report ?? logEachFailure(logger);
  const tickMs = deps.tickMs ?? 15_000;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let stopped = false;

  async function runDue(): Promise<PollOutcome[]> {
    const due = deps.claims ? takeDueFeeds(store, deps.claims, now()) : store.feeds.due(now());
    if (due.length === 0) return [];
    const outcomes = await pollFeeds(service, due, limits).finally(() => {
      if (deps.claims) releaseFeeds(deps.claims, due);
    });
    for (const o of outcomes) {
      if (o.outcome === 'failed') logger.warn(`feed ${o.id}: ${o.error ?? 'failed'}`);
      else if (o.new > 0) logger.info('feed items stored', { feed: o.id, new: o.new });
    }
    return outcomes;
  }

  const tick = (): void => {
    if (stopped || current) return;
    current = runDue()
      .then(
        () => undefined,
        (error: unknown) => report('feed polling', error),
      )
      .finally(() => {
        current = null;
      });
  };

  return {
    runDue,
    start(): void {
      if (timer) return;
      stopped = false;
      tick();
      timer = setInterval(tick, tickMs);
      timer.unref();
    },
    /** Stops the timer and waits for the polls under way. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await current;
    },
  };
}

export type Poller = ReturnType<typeof createPoller>;
