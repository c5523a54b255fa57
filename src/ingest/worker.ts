// The loader's own thread: the start-up scan, the watcher and every load (reading, parsing, analysis,
// database writes) run here on a second database connection (WAL lets the bot's thread read meanwhile),
// so nothing the folder holds can keep the bot from answering. Logs and reports go to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { LogLevel } from '../logger.js';
import { openStore, type Store } from '../store/index.js';
import { createLoader, type LoadReport } from './loader.js';
import { parseStoredArticleFile } from './parse-file.js';
import { scanInBulk } from './bulk-scan.js';
import { retryDelay, watchArticles, type Watcher } from './watcher.js';

export interface WorkerInput {
  databasePath: string;
  articlesDir: string;
  followSymlinks: boolean;
  /** Int32Array over it: [0] set to 1 asks every loop to stop at the next file or folder. */
  stopFlag: SharedArrayBuffer;
  settleMs?: number;
  /** Threads that analyse a start-up scan of many changed files (INGEST_WORKERS); 0: this thread only. */
  ingestWorkers?: number;
}

export type WorkerMessage =
  | { type: 'log'; level: LogLevel; message: string; fields?: Record<string, unknown> }
  | { type: 'scanned'; report: LoadReport; stored: number }
  | { type: 'busy'; paths: number; fullScan: boolean }
  | { type: 'loaded'; report: LoadReport }
  | { type: 'failed'; message: string }
  | { type: 'stopped' };

const port = parentPort;
if (!port) throw new Error('the loader worker runs only as a worker thread');
const input = workerData as WorkerInput;
const stopFlag = new Int32Array(input.stopFlag);
const stopping = () => Atomics.load(stopFlag, 0) === 1;
const post = (message: WorkerMessage) => port.postMessage(message);
const log = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) =>
  post(fields === undefined ? { type: 'log', level, message } : { type: 'log', level, message, fields });
const logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };

let store: Store | null = null;
let watcher: Watcher | null = null;
/** The start-up scan under way (it awaits its pool, so a stop may arrive meanwhile). */
let scanning: Promise<void> = Promise.resolve();

function stop(): void {
  watcher?.close();
  void scanning
    .then(() => watcher?.idle())
    .finally(() => {
      store?.close();
      post({ type: 'stopped' });
      port?.close();
    });
}
port.on('message', (message: { type: string }) => {
  if (message.type === 'stop') stop();
});

try {
  store = openStore(input.databasePath);
} catch (error) {
  post({ type: 'failed', message: (error as Error).message });
  throw error;
}
const loader = createLoader(input.articlesDir, {
  store,
  parse: parseStoredArticleFile,
  logger,
  now: () => Date.now(),
  followSymlinks: input.followSymlinks,
  shouldStop: stopping,
});

// The start-up scan is tried again, later and later, until it succeeds (another process may hold the
// database's write lock for a while).
async function scan(failures: number): Promise<void> {
  if (stopping()) return;
  try {
    const report = await scanInBulk(loader, input.ingestWorkers ?? 0);
    if (stopping() || store === null) return;
    post({ type: 'scanned', report, stored: store.articles.count() });
    const watchOptions = {
      logger,
      onStart: (paths: number, fullScan: boolean) => post({ type: 'busy', paths, fullScan }),
      onLoad: (loaded: LoadReport) => post({ type: 'loaded', report: loaded }),
    };
    watcher = watchArticles(
      loader,
      input.settleMs === undefined ? watchOptions : { ...watchOptions, settleMs: input.settleMs },
    );
  } catch (error) {
    const delay = retryDelay(failures + 1, 150);
    logger.error(
      `loading ${input.articlesDir} failed (try ${failures + 1}; again in ${Math.round(delay / 1000)} s): ${(error as Error).message}`,
    );
    setTimeout(() => (scanning = scan(failures + 1)), delay);
  }
}

scanning = scan(0);
