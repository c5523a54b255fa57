// `npm run bench`: every benchmark, one table (figure, value, target, met) and bench/results.json.
// `npm run bench -- --quick` runs the smaller version. A benchmark that crashes shows as one missed
// row with its error, and the others still run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysisBench } from './analysis.js';
import { runCommandsBench } from './commands.js';
import { runDigestsBench } from './digests.js';
import { runIngestBench } from './ingest.js';
import { runLargeArticlesBench } from './large-articles.js';
import { REPO_ROOT } from './lib/corpus.js';
import { formatTable, readOptions, type BenchOptions, type BenchRow } from './lib/report.js';
import { runScaleBench } from './scale.js';
import { runStartupBench } from './startup.js';
import { runWatchBench } from './watch.js';

const BENCHES: Array<[string, (o: BenchOptions) => Promise<BenchRow[]>]> = [
  ['analysis', runAnalysisBench],
  ['ingest', runIngestBench],
  ['large', runLargeArticlesBench],
  ['scale', runScaleBench],
  ['startup', runStartupBench],
  ['commands', runCommandsBench],
  ['watch', runWatchBench],
  ['digests', runDigestsBench],
];

const options = readOptions();
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const started = Date.now();
const rows: BenchRow[] = [];
for (const [name, run] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const t = Date.now();
  process.stderr.write(`bench: ${name} …\n`);
  try {
    rows.push(...(await run(options)));
  } catch (error) {
    process.stderr.write(`bench: ${name} failed: ${(error as Error).stack ?? String(error)}\n`);
    rows.push({
      figure: `${name}: failed (${(error as Error).message.split('\n')[0]})`,
      value: NaN,
      unit: '',
      target: 'runs',
      met: false,
    });
  }
  process.stderr.write(`bench: ${name} took ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}
const table = formatTable(rows);
process.stdout.write(
  `\n${table}\n\n${rows.filter((r) => r.met === false).length} of ${rows.filter((r) => r.met !== null).length} targets missed; ${((Date.now() - started) / 1000).toFixed(0)} s${options.quick ? ' (quick)' : ''}\n`,
);
writeFileSync(
  join(REPO_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ quick: options.quick, at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
