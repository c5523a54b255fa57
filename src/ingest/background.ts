// Starts the loader on its own thread (worker.ts) and relays what it says: the bot's thread only reads
// the database and answers interactions, whatever is being scanned or loaded.
import type { Logger } from '../logger.js';
import type { LoadReport } from './loader.js';
import { spawnIngestWorker } from './spawn-worker.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

export interface BackgroundLoader {
  /** Resolves with the start-up scan's report (and the number of articles then stored). */
  scanned: Promise<{ report: LoadReport; stored: number }>;
  /** Asks the loader to stop at the next file, waits for it to close its database, then ends the thread. */
  stop(): Promise<void>;
}

const STOP_LIMIT_MS = 5000;

export function startBackgroundLoader(options: {
  databasePath: string;
  articlesDir: string;
  followSymlinks: boolean;
  logger: Logger;
  settleMs?: number;
  /** Threads for a start-up scan of many changed files (INGEST_WORKERS). */
  ingestWorkers?: number;
  onBusy?: (paths: number, fullScan: boolean) => void;
  onLoad?: (report: LoadReport) => void;
}): BackgroundLoader {
  const { logger } = options;
  const stopFlag = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    databasePath: options.databasePath,
    articlesDir: options.articlesDir,
    followSymlinks: options.followSymlinks,
    stopFlag,
    ...(options.settleMs === undefined ? {} : { settleMs: options.settleMs }),
    ...(options.ingestWorkers === undefined ? {} : { ingestWorkers: options.ingestWorkers }),
  };
  const worker = spawnIngestWorker('worker', input);
  let stopped: Promise<void> | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const scanned = new Promise<{ report: LoadReport; stored: number }>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'log':
          logger[message.level](message.message, message.fields);
          break;
        case 'scanned':
          resolve({ report: message.report, stored: message.stored });
          break;
        case 'busy':
          logger.debug('loading changed articles', { paths: message.paths, fullScan: message.fullScan });
          options.onBusy?.(message.paths, message.fullScan);
          break;
        case 'loaded':
          options.onLoad?.(message.report);
          break;
        case 'failed':
          reject(new Error(message.message));
          break;
        case 'stopped':
          break;
      }
    });
    worker.once('error', (error) => {
      logger.error(`the article loader stopped: ${error.message}`);
      reject(error);
    });
    void exited.then(() => reject(new Error('the article loader ended before its first scan')));
  });
  // The caller may never await it (a stop before the scan); the rejection is logged where it matters.
  scanned.catch(() => undefined);

  return {
    scanned,
    stop() {
      stopped ??= (async () => {
        Atomics.store(new Int32Array(stopFlag), 0, 1);
        worker.postMessage({ type: 'stop' });
        const limit = new Promise<'late'>((resolve) =>
          setTimeout(() => resolve('late'), STOP_LIMIT_MS).unref(),
        );
        if ((await Promise.race([exited.then(() => 'done' as const), limit])) === 'late')
          await worker.terminate();
      })();
      return stopped;
    },
  };
}
