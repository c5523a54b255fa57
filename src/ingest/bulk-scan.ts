// A full scan for bulk work (`herald ingest`, the bot's start-up scan), its analysis in a pool of
// threads: one the caller started (`herald ingest` starts its pool first thing, so the threads load
// while the folders are walked), or one started only when enough files changed and ended with the scan.
import type { Loader, LoadReport } from './loader.js';
import { createAnalysisPool, type AnalysisPool } from './pool.js';

export async function scanInBulk(loader: Loader, threads: number): Promise<LoadReport> {
  if (threads < 1) return loader.scanBulk(null);
  let pool: AnalysisPool | null = null;
  try {
    return await loader.scanBulk(() => (pool ??= createAnalysisPool(threads)));
  } finally {
    await (pool as AnalysisPool | null)?.close();
  }
}

/** scanInBulk with a pool the caller started and will close (none: on this thread). */
export function scanWithPool(loader: Loader, pool: AnalysisPool | null): Promise<LoadReport> {
  return loader.scanBulk(pool ? () => pool : null);
}
