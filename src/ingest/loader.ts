// Loads ARTICLES_DIR into the store, incrementally: unchanged files (same size and mtime, else same
// content hash, and every article they hold still stored) are skipped; a changed file replaces its
// articles; an article leaves the store only when no file holds it any more (ids come from the content,
// so a renamed file and its old path, or two copies, hold the same article). Files are only ever read,
// never written, moved or deleted, and nothing outside the folder is read (see walk.ts).
//
// Reading and analysing happen outside any transaction; the writes of a batch then go in one short
// IMMEDIATE transaction, so another process's lock is waited for (busy timeout), not failed on.
import { createHash } from 'node:crypto';
import { readFileSync, type Stats } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import type { StoredArticle } from '../store/types.js';
import type { DocumentFrequencies } from '../core/keywords/index.js';
import { createKeywordFrequencies } from './keyword-frequencies.js';
import { analyseFile, type ParseFile } from './analyse-file.js';
import {
  BATCH_BYTES,
  BATCH_FILES,
  emptyReport,
  toLoaded,
  type FileRead,
  type LoadReport,
  type Outcome,
} from './load-batch.js';
import { runPooled } from './loader-pooled.js';
import type { AnalysisPool } from './pool.js';
import { isOutdated, READER_VERSION } from './reader-version.js';
import { createWalker, isIgnoredFile } from './walk.js';

export { isIgnoredFile } from './walk.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * A bulk load analyses in a pool of threads from this many changed files on. Below it a thread's start
 * and warm-up (it compiles the analysis anew) cost more than it gives: on 2 cores, loads of 100, 200 and
 * 400 files took longer with the pool in 8 of 9 runs.
 */
export const BULK_MIN_FILES = 500;

export type { ParseFile } from './analyse-file.js';
export { emptyReport, type LoadReport } from './load-batch.js';

export interface LoaderDeps {
  store: Store;
  parse: ParseFile;
  logger: Logger;
  now: () => number;
  /** Follow symbolic links that lead to a place inside the folder (never outside). */
  followSymlinks?: boolean;
  /** Checked between files: a load asked to stop ends early, leaving the store consistent. */
  shouldStop?: () => boolean;
  /** The version files are stored with (READER_VERSION); a file stored by a lower one is read again. */
  readerVersion?: number;
}

interface Batch {
  outcomes: Outcome[];
  bytes: number;
}

export function createLoader(root: string, deps: LoaderDeps) {
  const { store, parse, logger, now } = deps;
  const keywordFrequencies = createKeywordFrequencies(store);
  // One keyword table for a whole load (read at its start): every file of it is weighed alike, and what
  // is stored does not depend on how far the writer had got when a file was read (the pool reads ahead).
  let runTable: DocumentFrequencies | undefined;
  const freshTable = () => (runTable = keywordFrequencies());
  const stopping = () => deps.shouldStop?.() === true;
  // Files are keyed by absolute path, so loading another folder (the CLI's `ingest PATH`) never
  // looks like a deletion to the scan of ARTICLES_DIR, and the other way round.
  const keyOf = (path: string) => resolve(path);
  const absoluteRoot = resolve(root);
  const walker = createWalker(absoluteRoot, {
    followSymlinks: deps.followSymlinks ?? false,
    logger,
    shouldStop: stopping,
  });

  const readerVersion = deps.readerVersion ?? READER_VERSION;
  const sameStamp = (known: { size: number; mtimeMs: number }, stat: Stats) =>
    known.size === stat.size && known.mtimeMs === Math.round(stat.mtimeMs);
  /** Stored complete, by this version of the reading or a newer one: its content alone says if it changed. */
  const isCurrent = (known: { readerVersion: number } | null, complete: boolean): boolean =>
    known !== null && complete && !isOutdated(known.readerVersion, readerVersion);

  /**
   * Reads one file (no writes): what loading it would change, or the bytes still to analyse. `unstored`
   * holds files the scan found the store not to know (see findChanges): no need to ask it again.
   */
  function read(
    key: string,
    force: boolean,
    batch: Batch,
    unstored?: ReadonlySet<string>,
  ): Outcome | FileRead | null {
    const entry = walker.classify(key);
    if (entry.kind === 'gone') return { kind: 'gone', key };
    if (entry.kind === 'passed') {
      walker.passOver(key, entry.reason);
      return store.files.get(key) ? { kind: 'gone', key } : null;
    }
    if (entry.kind === 'folder') return null;
    const stat = entry.stat;
    const known = unstored?.has(key) === true ? null : store.files.get(key);
    const current = isCurrent(known, known !== null && store.files.isComplete(key));
    if (!force && known && current && sameStamp(known, stat)) return { kind: 'unchanged', key, touch: null };
    if (stat.size === 0) return skip(key, 'the file is empty', known !== null);
    if (stat.size > MAX_FILE_BYTES) {
      const mb = (stat.size / 1048576).toFixed(1);
      return skip(key, `the file is ${mb} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`, known !== null);
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(key);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return skip(
        key,
        code === 'EACCES' ? 'the file cannot be read (permission denied)' : (error as Error).message,
        false,
      );
    }
    batch.bytes += bytes.length;
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (!force && known && current && known.hash === hash) {
      return { kind: 'unchanged', key, touch: { size: stat.size, mtimeMs: stat.mtimeMs } };
    }
    const job = {
      key,
      bytes,
      mtime: Math.round(stat.mtimeMs),
      ingestedAt: now(),
      documentFrequencies: runTable,
    };
    const reread =
      !force && known !== null && known.hash === hash && isOutdated(known.readerVersion, readerVersion);
    return { kind: 'read', key, size: stat.size, mtimeMs: stat.mtimeMs, hash, readerVersion, reread, job };
  }

  /** Reads and analyses one file (no writes): what loading it would change. */
  function prepare(
    key: string,
    force: boolean,
    batch: Batch,
    unstored?: ReadonlySet<string>,
  ): Outcome | null {
    const outcome = read(key, force, batch, unstored);
    if (outcome?.kind !== 'read') return outcome;
    return toLoaded(outcome, analyseFile(parse, outcome.job), logger);
  }

  function skip(key: string, reason: string, forget: boolean): Outcome {
    logger.warn(`skipped ${key}: ${reason}`);
    return { kind: 'skipped', key, forget };
  }

  /** Writes a batch of outcomes in one IMMEDIATE transaction. Returns files worth reloading. */
  function commit(outcomes: Outcome[], report: LoadReport, leaving: ReadonlySet<string>): string[] {
    const orphans: string[] = [];
    const rehome: string[] = [];
    const release = (key: string) => {
      const released = store.files.remove(key);
      orphans.push(...released.orphans);
      rehome.push(...released.holders);
      report.removed += 1;
    };
    store.transaction(() => {
      const pending: StoredArticle[] = [];
      for (const outcome of outcomes) {
        const { key } = outcome;
        if (outcome.kind === 'gone') {
          if (store.files.get(key)) release(key);
          // A folder that went away takes its files' articles with it.
          else for (const path of store.files.pathsUnder(key, sep)) release(path);
          continue;
        }
        report.files += 1;
        if (outcome.kind === 'unchanged') {
          report.unchanged += 1;
          if (outcome.touch) store.files.touch(key, outcome.touch.size, outcome.touch.mtimeMs);
        } else if (outcome.kind === 'skipped') {
          report.skipped += 1;
          if (outcome.forget && store.files.get(key)) release(key);
        } else {
          const ids = outcome.articles.map((a) => a.id);
          const distinct = new Set(ids);
          report.duplicates += ids.length - distinct.size;
          for (const id of distinct) {
            if (store.files.otherHolders(id, key).some((path) => !leaving.has(path))) report.duplicates += 1;
          }
          if (ids.length === 0) report.skipped += 1;
          else {
            report.loaded += 1;
            if (outcome.reread) report.reread += 1;
          }
          report.articles += ids.length;
          pending.push(...outcome.articles);
          const released = store.files.put({
            path: key,
            size: outcome.size,
            mtimeMs: outcome.mtimeMs,
            hash: outcome.hash,
            articleIds: ids,
            readerVersion: outcome.readerVersion,
          });
          orphans.push(...released.orphans);
          rehome.push(...released.holders);
        }
      }
      if (pending.length > 0) store.articles.upsert(pending);
      // Checked again: a file later in the batch may have taken up an article an earlier one let go.
      const unheld = orphans.filter((id) => store.files.holders(id) === 0);
      if (unheld.length > 0) store.articles.delete(unheld);
    });
    return rehome.filter((path) => !leaving.has(path));
  }

  /** Loads present files (in batches) and lets go of gone ones, in that order, so a rename keeps its article. */
  function run(
    present: string[],
    gone: string[],
    report: LoadReport,
    force = false,
    unstored?: ReadonlySet<string>,
  ): LoadReport {
    const leaving = new Set(gone);
    const rehome: string[] = [];
    let batch: Batch = { outcomes: [], bytes: 0 };
    const flush = () => {
      if (batch.outcomes.length > 0) rehome.push(...commit(batch.outcomes, report, leaving));
      batch = { outcomes: [], bytes: 0 };
    };
    for (const path of present) {
      if (stopping()) break;
      const outcome = prepare(keyOf(path), force, batch, unstored);
      if (outcome?.kind === 'gone') gone.push(outcome.key);
      else if (outcome) batch.outcomes.push(outcome);
      if (batch.outcomes.length >= BATCH_FILES || batch.bytes >= BATCH_BYTES) flush();
    }
    flush();
    if (stopping()) return report;
    for (let i = 0; i < gone.length; i += BATCH_FILES) {
      const keys = gone.slice(i, i + BATCH_FILES).map(keyOf);
      rehome.push(
        ...commit(
          keys.map((key) => ({ kind: 'gone', key }) as const),
          report,
          new Set(),
        ),
      );
    }
    // An article still held elsewhere, last stored from a file that went: store it from a holder.
    const holders = [...new Set(rehome)];
    if (holders.length > 0) run(holders, [], emptyReport(), true);
    return report;
  }

  /** Loads the given paths (files or folders, present or gone): what the watcher and the CLI call. */
  function loadPaths(paths: string[], report = emptyReport()): LoadReport {
    freshTable();
    const { present, gone } = listPaths(paths);
    return run(present, gone, report);
  }

  function listPaths(paths: string[]): { present: string[]; gone: string[] } {
    const present: string[] = [];
    const gone: string[] = [];
    for (const path of paths) {
      const key = keyOf(path);
      if (isIgnoredFile(key)) continue;
      const entry = walker.classify(key);
      if (entry.kind === 'gone') gone.push(key);
      else if (entry.kind === 'folder') walker.walk(key, (_folder, files) => present.push(...files));
      else present.push(key);
    }
    return { present, gone };
  }

  /**
   * A full scan: every file under the root, and the removal of articles whose files have gone. An
   * unchanged file costs one stat; what the store knows is read a folder at a time, so memory stays
   * small however large the archive. A scan asked to stop removes nothing. `onFolder` hears how many
   * changed files were found so far, after each folder.
   */
  function findChanges(onFolder?: (changed: number) => void): {
    files: boolean;
    changed: string[];
    /** The changed files the store has no record of (a first load: all of them). */
    unstored: Set<string>;
    gone: string[];
    report: LoadReport;
  } {
    const report = emptyReport();
    const unstored = new Set<string>();
    if (walker.classify(absoluteRoot).kind === 'file')
      return { files: true, changed: [absoluteRoot], unstored, gone: [], report };
    const changed: string[] = [];
    const gone: string[] = [];
    const visited = new Set<string>();
    let outdated = 0;
    const known = store.files.countUnder(absoluteRoot, sep);
    let knownInVisited = 0;
    const finished = walker.walk(absoluteRoot, (folder, files) => {
      visited.add(folder);
      const stamps = store.files.stampsIn(folder, sep);
      knownInVisited += stamps.size;
      for (const path of files) {
        const entry = walker.classify(path);
        const stamp = stamps.get(path);
        stamps.delete(path);
        const same = entry.kind === 'file' && stamp?.complete === true && sameStamp(stamp, entry.stat);
        if (same && isCurrent(stamp, true)) {
          report.files += 1;
          report.unchanged += 1;
        } else {
          if (same) outdated += 1;
          changed.push(path);
          if (stamp === undefined) unstored.add(keyOf(path));
        }
      }
      gone.push(...stamps.keys());
      onFolder?.(changed.length);
    });
    if (outdated > 0) {
      const files = outdated === 1 ? '1 file was' : `${outdated} files were`;
      logger.info(`${files} stored by an older version of Herald's reading and analysis: reading again`);
    }
    if (!finished) return { files: false, changed, unstored, gone, report };
    // Files known in folders that no longer exist (or are no longer walked into).
    if (known > knownInVisited) {
      gone.push(...store.files.pathsUnder(absoluteRoot, sep).filter((key) => !visited.has(dirname(key))));
    }
    return { files: true, changed, unstored, gone, report };
  }

  function runWithPool(
    pool: AnalysisPool,
    present: string[],
    gone: string[],
    report: LoadReport,
    unstored: ReadonlySet<string>,
  ) {
    const steps = { read, commit, stopping, keyOf, logger };
    return runPooled(steps, pool, { present, gone, report, force: false, unstored });
  }

  return {
    root,
    scan(): LoadReport {
      freshTable();
      const found = findChanges();
      return found.files ? run(found.changed, found.gone, found.report, false, found.unstored) : found.report;
    },
    loadPaths,
    /**
     * scan(), for bulk work: when at least `minFiles` files changed, written as a bulk load (see
     * Store.bulkWrites) and, given `openPool`, analysed in a pool of threads (a pool costs its start);
     * the same writes, in the same order. `openPool` is called at most once, as soon as the walk has
     * found `minFiles` changed files, so the pool's threads load while the walk goes on.
     */
    async scanBulk(openPool: (() => AnalysisPool) | null, minFiles = BULK_MIN_FILES): Promise<LoadReport> {
      freshTable();
      let pool: AnalysisPool | null = null;
      const { files, changed, unstored, gone, report } = findChanges((count) => {
        if (openPool && count >= minFiles) pool ??= openPool();
      });
      if (!files) return report;
      if (changed.length < minFiles) return run(changed, gone, report, false, unstored);
      return store.bulkWrites(async () =>
        pool
          ? runWithPool(pool, changed, gone, report, unstored)
          : run(changed, gone, report, false, unstored),
      );
    },
  };
}

export type Loader = ReturnType<typeof createLoader>;
