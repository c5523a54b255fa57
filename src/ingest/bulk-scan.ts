// A full scan for bulk work (`herald ingest`, the bot's start-up scan): with threads to give, its
// analysis in a pool started only when enough files changed, and ended with the scan.
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
