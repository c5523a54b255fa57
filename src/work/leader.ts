// One process watches ARTICLES_DIR: the one that holds the `watcher` lease (the leader). The others ask
// again on a timer and start the loader when the leader's lease lapses (it died or stopped); a leader
// that finds its lease taken (it stalled past it) stops its loader.
import type { Logger } from '../logger.js';
import { logEachFailure, type ReportFailure } from './outage.js';
import type { Claims } from './claims.js';
import { WATCHER_KEY } from './keys.js';

export interface Loader {
  scanned: Promise<unknown>;
  stop(): Promise<void>;
}

export interface Leadership {
  /** Resolves when this process's first scan is done, or at once when another process leads. */
  firstScan: Promise<void>;
  isLeader(): boolean;
  /** Stops asking, stops the loader, gives the lease up. */
  stop(): Promise<void>;
}

export function startLeadership(deps: {
  claims: Claims;
  logger: Logger;
  /** How a failed check is logged; default: each on its own line. */
  report?: ReportFailure;
  /** Starts the loader (scan, then watch); its `scanned` is awaited for firstScan. */
  startLoader: () => Loader;
  everyMs: number;
}): Leadership {
  const { claims, logger } = deps;
  const report = deps.report ?? logEachFailure(logger);
  let loader: Loader | null = null;
  let stopping: Promise<void> | null = null;

  function lead(): Loader {
    logger.info('watching the articles folder (this process leads)', { holder: claims.holder });
    loader = deps.startLoader();
    return loader;
  }

  const check = (): void => {
    if (stopping) return;
    if (loader && !claims.held().includes(WATCHER_KEY)) {
      logger.warn('another process took the articles folder over; no longer watching it');
      const old = loader;
      loader = null;
      void old.stop();
      return;
    }
    if (!loader && claims.take(WATCHER_KEY)) lead();
  };

  const first = claims.take(WATCHER_KEY) ? lead() : null;
  if (!first) logger.info('another process watches the articles folder', { holder: claims.holder });
  const timer = setInterval(() => {
    try {
      check();
    } catch (error) {
      report('checking the articles folder lease', error);
    }
  }, deps.everyMs);
  timer.unref();

  return {
    firstScan: first ? first.scanned.then(() => undefined) : Promise.resolve(),
    isLeader: () => loader !== null,
    stop() {
      stopping ??= (async () => {
        clearInterval(timer);
        await loader?.stop();
        loader = null;
        claims.release(WATCHER_KEY);
      })();
      return stopping;
    },
  };
}
