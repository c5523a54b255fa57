// The periodic loops (lease renewals, the folder lease, feed polls, live posts, digests) run on timers
// and log a failed turn. When the database cannot be reached every turn fails the same way, so an
// unreachable store is said once, in words, and once more when it answers again, not at every turn.
import type { Logger } from '../logger.js';
import { StoreError } from '../store/errors.js';
import type { ConnectionEvent } from '../store/pg/bridge.js';

/** Logs a failed turn of periodic work (`what`: "live posts", "renewing leases"…). */
export type ReportFailure = (what: string, error: unknown, fields?: Record<string, unknown>) => void;

/** Every failure on its own line, as it comes: for loops run without a store outage (tests, tools). */
export function logEachFailure(logger: Pick<Logger, 'error'>): ReportFailure {
  return (what, error, fields) => logger.error(`${what} failed: ${(error as Error).message}`, fields);
}

export interface StoreOutage {
  report: ReportFailure;
  /** The store's connection was lost or made again (PostgreSQL's; SQLite has none). */
  onConnection(event: ConnectionEvent): void;
}

export interface StoreOutageOptions {
  logger: Pick<Logger, 'warn' | 'info' | 'error'>;
  /** Where the store is, as its errors name it (a file, or a URL without its password). */
  where: string;
  /** The words for a store error, chosen at the edge (store-error-text.ts). */
  describe: (error: StoreError) => string;
}

const unreachable = (error: unknown): error is StoreError =>
  error instanceof StoreError && error.code === 'cannot-open';

export function createStoreOutage(options: StoreOutageOptions): StoreOutage {
  const { logger, where, describe } = options;
  let down = false;
  const wentDown = (error: StoreError): void => {
    if (down) return;
    down = true;
    logger.warn(`the database cannot be reached; periodic work waits until it answers: ${describe(error)}`);
  };
  const eachFailure = logEachFailure(logger);
  return {
    report(what, error, fields) {
      if (unreachable(error)) wentDown(error);
      else eachFailure(what, error, fields);
    },
    onConnection(event) {
      if (event.kind === 'lost') {
        wentDown(
          new StoreError('cannot-open', where, `the connection to PostgreSQL is lost (${event.detail})`),
        );
      } else if (down) {
        down = false;
        logger.info('the database answers again; periodic work goes on');
      }
    },
  };
}
