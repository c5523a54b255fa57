// Loads ARTICLES_DIR into the store, incrementally: unchanged files (same size and mtime, else same
// content hash) are skipped; a changed file replaces its articles; a deleted file's articles leave.
// Files are only ever read, never written, moved or deleted.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { ParseResult } from '../core/article.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import type { StoredArticle } from '../store/types.js';
import { toStoredArticle } from './to-stored.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const BATCH = 200;

// Never articles: SQLite files (the database may live inside the folder) and editors' temporary files.
const IGNORED_NAME = /(\.(db|sqlite3?)(-wal|-shm|-journal)?|\.swp|\.tmp|~)$/i;

export function isIgnoredFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.startsWith('.') || IGNORED_NAME.test(name);
}

export type ParseFile = (fileName: string, bytes: Uint8Array) => ParseResult;

export interface LoadReport {
  files: number;
  loaded: number;
  unchanged: number;
  skipped: number;
  removed: number;
  articles: number;
}

export interface LoaderDeps {
  store: Store;
  parse: ParseFile;
  logger: Logger;
  now: () => number;
}

/** Calls `visit` with each folder under `root` (the root first) and the article files directly in it. */
function walkFolders(root: string, logger: Logger, visit: (folder: string, files: string[]) => void): void {
  const folders = [root];
  while (folders.length > 0) {
    const dir = folders.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      logger.warn(`cannot read folder ${dir}: ${(error as Error).message}`);
      continue;
    }
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (isIgnoredFile(path)) continue;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
    visit(dir, files);
  }
}

function listFiles(root: string, logger: Logger): string[] {
  const out: string[] = [];
  walkFolders(root, logger, (_folder, files) => out.push(...files));
  return out;
}

export function createLoader(root: string, deps: LoaderDeps) {
  const { store, parse, logger, now } = deps;
  // Files are keyed by absolute path, so loading another folder (the CLI's `ingest PATH`) never
  // looks like a deletion to the scan of ARTICLES_DIR, and the other way round.
  const keyOf = (path: string) => (isAbsolute(path) ? path : resolve(path));
  const absoluteRoot = resolve(root);

  /** Reads one file into stored articles, or says why it was skipped. */
  function readOne(path: string, stat: Stats, known: { hash: string } | null) {
    if (stat.size === 0) return { skip: 'the file is empty' } as const;
    if (stat.size > MAX_FILE_BYTES) {
      return { skip: `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` } as const;
    }
    const bytes = readFileSync(path);
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (known && known.hash === hash) return { hash, unchanged: true } as const;
    const result = parse(path, bytes);
    const fallbackPublished = Math.round(stat.mtimeMs);
    const ingestedAt = now();
    const articles: StoredArticle[] = result.articles.map((a) =>
      toStoredArticle(a, { ingestedAt, fallbackPublished, filePath: keyOf(path) }),
    );
    return { hash, articles, problems: result.problems } as const;
  }

  /** Loads or refreshes one path (a file that exists, or one that has gone). Returns what changed. */
  function loadPath(path: string, report: LoadReport, pending: StoredArticle[]): void {
    if (isIgnoredFile(path)) return;
    const key = keyOf(path);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      const known = store.files.get(key);
      if (known) forget(key, known.articleIds, report);
      // A folder that went away takes its files' articles with it.
      else for (const f of store.files.all()) if (f.path.startsWith(key + sep)) forget(f.path, f.articleIds, report);
      return;
    }
    if (stat.isDirectory()) {
      for (const inner of listFiles(path, logger)) loadPath(inner, report, pending);
      return;
    }
    if (!stat.isFile()) return;
    report.files += 1;
    const known = store.files.get(key);
    if (known && known.size === stat.size && known.mtimeMs === Math.round(stat.mtimeMs)) {
      report.unchanged += 1;
      return;
    }
    let outcome: ReturnType<typeof readOne>;
    try {
      outcome = readOne(path, stat, known);
    } catch (error) {
      report.skipped += 1;
      logger.warn(`skipped ${key}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'the file cannot be read (permission denied)' : (error as Error).message}`);
      return;
    }
    if ('skip' in outcome) {
      report.skipped += 1;
      logger.warn(`skipped ${key}: ${outcome.skip}`);
      if (known) forget(key, known.articleIds, report);
      return;
    }
    if ('unchanged' in outcome) {
      report.unchanged += 1;
      store.files.put({ ...known!, size: stat.size, mtimeMs: stat.mtimeMs });
      return;
    }
    for (const problem of outcome.problems) logger.warn(`${key}: ${problem}`);
    if (outcome.articles.length === 0) report.skipped += 1;
    else report.loaded += 1;
    const ids = outcome.articles.map((a) => a.id);
    const gone = (known?.articleIds ?? []).filter((id) => !ids.includes(id));
    if (gone.length > 0) store.articles.delete(gone);
    pending.push(...outcome.articles);
    report.articles += outcome.articles.length;
    store.files.put({ path: key, size: stat.size, mtimeMs: stat.mtimeMs, hash: outcome.hash, articleIds: ids });
  }

  function forget(key: string, articleIds: string[], report: LoadReport): void {
    store.articles.delete(articleIds);
    store.files.remove(key);
    report.removed += 1;
  }

  function emptyReport(): LoadReport {
    return { files: 0, loaded: 0, unchanged: 0, skipped: 0, removed: 0, articles: 0 };
  }

  /** Loads the given paths (files), writing in batches inside transactions. */
  function loadPaths(paths: string[], report = emptyReport()): LoadReport {
    let pending: StoredArticle[] = [];
    const flush = () => {
      if (pending.length > 0) store.articles.upsert(pending);
      pending = [];
    };
    for (let i = 0; i < paths.length; i += BATCH) {
      store.db.transaction(() => {
        for (const path of paths.slice(i, i + BATCH)) loadPath(path, report, pending);
        flush();
      })();
    }
    return report;
  }

  return {
    root,
    /**
     * A full scan: every file under the root, and the removal of articles whose files have gone. An
     * unchanged file costs one stat; what the store knows is read a folder at a time, so memory stays
     * small however large the archive.
     */
    scan(): LoadReport {
      const report = emptyReport();
      const changed: string[] = [];
      const gone: string[] = [];
      const visited = new Set<string>();
      const known = store.files.countUnder(absoluteRoot, sep);
      let knownInVisited = 0;
      walkFolders(absoluteRoot, logger, (folder, files) => {
        visited.add(folder);
        const stamps = store.files.stampsIn(folder, sep);
        knownInVisited += stamps.size;
        for (const path of files) {
          const stat = statSync(path, { throwIfNoEntry: false });
          const stamp = stamps.get(path);
          stamps.delete(path);
          if (stat?.isFile() && stamp && stamp.size === stat.size && stamp.mtimeMs === Math.round(stat.mtimeMs)) {
            report.files += 1;
            report.unchanged += 1;
          } else changed.push(path);
        }
        gone.push(...stamps.keys());
      });
      // Files known in folders that no longer exist.
      if (known > knownInVisited) {
        gone.push(...store.files.pathsUnder(absoluteRoot, sep).filter((key) => !visited.has(dirname(key))));
      }
      loadPaths(changed, report);
      store.db.transaction(() => {
        for (const key of gone) forget(key, store.files.get(key)?.articleIds ?? [], report);
      })();
      return report;
    },
    loadPaths,
    listFiles: () => listFiles(root, logger),
  };
}

export type Loader = ReturnType<typeof createLoader>;
