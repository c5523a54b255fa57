// Watches ARTICLES_DIR and loads what changes. Events are gathered for a short moment (editors write
// a file in several steps), then only the named paths are loaded; an event without a name, or a
// change to a folder, triggers a full incremental scan.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Loader, LoadReport } from './loader.js';

export interface Watcher {
  close(): void;
  /** Resolves once every change seen so far has been loaded. */
  idle(): Promise<void>;
}

export function watchArticles(
  loader: Loader,
  options: { logger: Logger; settleMs?: number; onLoad?: (report: LoadReport) => void },
): Watcher {
  const settleMs = options.settleMs ?? 150;
  const paths = new Set<string>();
  let fullScan = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const run = () => {
    timer = null;
    const batch = [...paths];
    const scan = fullScan;
    paths.clear();
    fullScan = false;
    running = running.then(() => {
      if (closed) return;
      try {
        const report = scan ? loader.scan() : loader.loadPaths(batch);
        if (report.loaded + report.removed + report.skipped > 0) {
          options.logger.info('articles folder changed', { ...report });
        }
        options.onLoad?.(report);
      } catch (error) {
        options.logger.error(`loading changed articles failed: ${(error as Error).message}`);
      }
    });
  };

  const schedule = () => {
    if (timer === null && !closed) timer = setTimeout(run, settleMs);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(loader.root, { recursive: true, persistent: false }, (_event, name) => {
      if (name === null || name === undefined) fullScan = true;
      else if (!name.split(/[\\/]/).some((part) => part.startsWith('.'))) paths.add(join(loader.root, name.toString()));
      else return;
      schedule();
    });
  } catch (error) {
    options.logger.warn(`cannot watch ${loader.root}: ${(error as Error).message}; changes load at the next start`);
    return { close() {}, idle: () => Promise.resolve() };
  }
  watcher.on('error', (error) => options.logger.warn(`watching ${loader.root} stopped: ${error.message}`));

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
    async idle() {
      while (timer !== null) await new Promise((r) => setTimeout(r, settleMs));
      await running;
    },
  };
}
