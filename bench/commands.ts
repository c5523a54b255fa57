// Issue 4 §6: with the large archive stored, injected interaction → acknowledgement received by the
// stand-in, p50 and p99 per command and for autocomplete, and the bot's resident memory.
// `npm run bench:commands`.
import { runBotSession } from './lib/bot-session.js';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { percentile } from './lib/stats.js';

export async function runCommandsBench(options: BenchOptions): Promise<BenchRow[]> {
  const s = await runBotSession(options.quick);
  const k = `${s.total / 1000}k`;
  const rows: BenchRow[] = [];
  for (const [label, samples] of [...s.latencies].sort(([a], [b]) => a.localeCompare(b))) {
    const auto = label.startsWith('autocomplete');
    rows.push(
      atMost(`commands ${k}: ${label} ack p50 (n=${samples.length})`, percentile(samples, 50), 'ms', 5),
    );
    rows.push(atMost(`commands ${k}: ${label} ack p99`, percentile(samples, 99), 'ms', auto ? 20 : 50));
  }
  rows.push(
    check(
      `commands ${k}: every interaction answered (${s.commandsRun} sent)`,
      s.failures === 0,
      'no failures',
    ),
  );
  rows.push(info(`commands ${k}: bot resident memory after the run`, s.afterRssMb, 'MB'));
  rows.push(info(`commands ${k}: bot peak resident memory`, s.afterPeakMb, 'MB'));
  return rows;
}

if (isMain(import.meta.url)) await runAlone(runCommandsBench);
