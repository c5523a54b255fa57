// The loader's run with the analysis in a pool of threads (pool.ts). This thread reads, hashes and
// writes; the pool parses and analyses. Batches close at the same sizes as the single-threaded run,
// and are committed in the order of the files, each once all of its files are analysed, so the
// writes are the same; while one batch is written, the pool analyses the next.
import type { Logger } from '../logger.js';
import type { FileAnalysis } from './analyse-file.js';
import {
  BATCH_BYTES,
  BATCH_FILES,
  emptyReport,
  toLoaded,
  type FileRead,
  type LoadReport,
  type Outcome,
} from './load-batch.js';
import type { AnalysisPool } from './pool.js';

export interface LoaderSteps {
  read(
    key: string,
    force: boolean,
    batch: { bytes: number },
    unstored?: ReadonlySet<string>,
  ): Outcome | FileRead | null;
  commit(outcomes: Outcome[], report: LoadReport, leaving: ReadonlySet<string>): string[];
  stopping(): boolean;
  keyOf(path: string): string;
  logger: Logger;
}

/** Batches read but not yet written: at most this many, so memory stays bounded. */
const BATCHES_AHEAD = 2;

export async function runPooled(
  steps: LoaderSteps,
  pool: AnalysisPool,
  run: {
    present: string[];
    gone: string[];
    report: LoadReport;
    force: boolean;
    /** Files the store has no record of (see the loader's findChanges). */
    unstored?: ReadonlySet<string>;
  },
): Promise<LoadReport> {
  const { present, gone, report, force, unstored } = run;
  const { stopping, keyOf, logger } = steps;
  const leaving = new Set(gone);
  const rehome: string[] = [];
  const waiting: Array<Promise<Outcome[]>> = [];
  type Item = Outcome | { read: FileRead; analysis: Promise<FileAnalysis> };
  let batch = { items: [] as Item[], bytes: 0 };
  const seal = () => {
    if (batch.items.length === 0) return;
    const items = batch.items;
    const analyses = Promise.all(items.map((item) => ('read' in item ? item.analysis : null)));
    // Warnings are logged as the batch is written, in the order of the files.
    const outcomes = analyses.then((done) =>
      items.map((item, i) => ('read' in item ? toLoaded(item.read, done[i] as FileAnalysis, logger) : item)),
    );
    // A batch left behind by an error elsewhere must not end the process as an unhandled rejection.
    outcomes.catch(() => undefined);
    waiting.push(outcomes);
    batch = { items: [], bytes: 0 };
  };
  const commitOldest = async () => {
    const outcomes = await pool.settle(waiting.shift() as Promise<Outcome[]>);
    rehome.push(...steps.commit(outcomes, report, leaving));
  };
  for (const path of present) {
    if (stopping()) break;
    const outcome = steps.read(keyOf(path), force, batch, unstored);
    if (outcome?.kind === 'gone') gone.push(outcome.key);
    else if (outcome?.kind === 'read')
      batch.items.push({ read: outcome, analysis: pool.analyseFile(outcome.job) });
    else if (outcome) batch.items.push(outcome);
    if (batch.items.length >= BATCH_FILES || batch.bytes >= BATCH_BYTES) {
      seal();
      if (waiting.length >= BATCHES_AHEAD) await commitOldest();
    }
  }
  seal();
  while (waiting.length > 0) await commitOldest();
  if (stopping()) return report;
  for (let i = 0; i < gone.length; i += BATCH_FILES) {
    const keys = gone.slice(i, i + BATCH_FILES).map(keyOf);
    const outcomes = keys.map((key) => ({ kind: 'gone', key }) as const);
    rehome.push(...steps.commit(outcomes, report, new Set()));
  }
  // An article still held elsewhere, last stored from a file that went: store it from a holder.
  const holders = [...new Set(rehome)];
  if (holders.length > 0) {
    await runPooled(steps, pool, { present: holders, gone: [], report: emptyReport(), force: true });
  }
  return report;
}
