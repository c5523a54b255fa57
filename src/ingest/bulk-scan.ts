// A full scan for bulk work (`herald ingest`, the bot's start-up scan): with threads to give, its
// analysis in a pool started only when enough files changed (as soon as the walk has found them), and
// ended with the scan (or, for `herald ingest` of several folders, with the last of them).
import type { Loader, LoadReport } from './loader.js';
import { createAnalysisPool, type AnalysisPool } from './pool.js';

export async function scanInBulk(loader: Loader, threads: number): Promise<LoadReport> {
  const pool = poolWhenAsked(threads);
  try {
    return await loader.scanBulk(pool.open);
  } finally {
    await pool.close();
  }
}

/** A pool started when first asked for (never, with no threads to give), for one or more scans. */
export function poolWhenAsked(threads: number): {
  open: (() => AnalysisPool) | null;
  close(): Promise<void>;
} {
  let pool: AnalysisPool | null = null;
  return {
    open: threads < 1 ? null : () => (pool ??= createAnalysisPool(threads)),
    async close() {
      const open = pool;
      pool = null;
      await open?.close();
    },
  };
}
