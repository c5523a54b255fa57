// Watches ARTICLES_DIR and loads what changes. Each folder gets its own (non-recursive) watcher: one
// inotify watch a folder, however many files it holds. Events are gathered for a short moment (editors
// write a file in several steps), then only the named paths are loaded; an event without a name
// triggers a full incremental scan.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
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
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) out.push(join(out[i] as string, e.name));
  }
  return out;
}

export function watchArticles(
  loader: Loader,
  options: { logger: Logger; settleMs?: number; onLoad?: (report: LoadReport) => void },
): Watcher {
  const settleMs = options.settleMs ?? 150;
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

  function isFolder(path: string): boolean {
    try {
      return statSync(path).isDirectory();
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
      options.logger.warn(`cannot watch ${folder}: ${(error as Error).message}; its changes load at the next start`);
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
