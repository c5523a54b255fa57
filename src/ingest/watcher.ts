// Watches ARTICLES_DIR and loads what changes. Each folder gets its own (non-recursive) watcher: one
// inotify watch a folder, however many files it holds. Events are gathered for a short moment (editors
// write a file in several steps), then only the named paths are loaded; an event without a name
// triggers a full incremental scan. A load that fails (another process holding the database's write
// lock past the busy timeout, a full disk) is tried again, later and later, until it succeeds: a change
// is never dropped. Only real folders are watched; links are the loader's to judge.
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Loader, LoadReport } from './loader.js';

export interface Watcher {
  close(): void;
  /** Resolves once every change seen so far has been loaded. */
  idle(): Promise<void>;
}

function listFolders(root: string): string[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    let entries;
    try {
      entries = readdirSync(out[i] as string, { withFileTypes: true });
    } catch {
      continue;
    }
    // Dirents are not followed: a link to a folder is never watched.
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith('.')) out.push(join(out[i] as string, e.name));
  }
  return out;
}

/** The wait before the next try after `failures` failed loads in a row: doubling, at most a minute. */
export function retryDelay(failures: number, settleMs: number): number {
  return Math.min(60_000, Math.max(settleMs, 500) * 2 ** Math.min(failures - 1, 10));
}

export function watchArticles(
  loader: Loader,
  options: {
    logger: Logger;
    settleMs?: number;
    onLoad?: (report: LoadReport) => void;
    onStart?: (paths: number, fullScan: boolean) => void;
  },
): Watcher {
  const settleMs = options.settleMs ?? 150;
  let failures = 0;
  const paths = new Set<string>();
  const folders = new Map<string, FSWatcher>();
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
        // A new folder (moved in, or made and filled) needs watching, and its files loading.
        for (const path of batch) if (isFolder(path)) watchTree(path);
        options.onStart?.(batch.length, scan);
        const report = scan ? loader.scan() : loader.loadPaths(batch);
        failures = 0;
        if (report.loaded + report.removed + report.skipped > 0) {
          options.logger.info('articles folder changed', { ...report });
        }
        options.onLoad?.(report);
      } catch (error) {
        // Put the work back and try again later; what was written before the failure stays written.
        failures += 1;
        for (const path of batch) paths.add(path);
        if (scan) fullScan = true;
        const delay = retryDelay(failures, settleMs);
        options.logger.error(
          `loading changed articles failed (try ${failures}; again in ${Math.round(delay / 1000)} s): ${(error as Error).message}`,
        );
        schedule(delay);
      }
    });
  };

  const schedule = (delay = settleMs) => {
    if (timer === null && !closed) timer = setTimeout(run, delay);
  };

  // A link to a folder is not watched: following it (or not) is the loader's decision.
  function isFolder(path: string): boolean {
    try {
      return lstatSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  function watchFolder(folder: string): void {
    if (folders.has(folder) || closed) return;
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name === null || name === undefined) fullScan = true;
        else if (name.startsWith('.')) return;
        else paths.add(join(folder, name.toString()));
        schedule();
      });
      watcher.on('error', () => {
        // The folder went away: its files' articles leave with the next load of its path.
        watcher.close();
        folders.delete(folder);
        paths.add(folder);
        schedule();
      });
      folders.set(folder, watcher);
    } catch (error) {
      options.logger.warn(
        `cannot watch ${folder}: ${(error as Error).message}; its changes load at the next start`,
      );
    }
  }

  function watchTree(root: string): void {
    for (const folder of listFolders(root)) watchFolder(folder);
  }

  watchTree(loader.root);

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
    async idle() {
      while (timer !== null) await new Promise((r) => setTimeout(r, settleMs));
      await running;
    },
  };
}
