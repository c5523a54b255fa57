// Issue 6 §4: with the large archive stored and its files unchanged, process start → ready (store
// opened, folder scanned, commands registered, connected to the stand-in), no article re-analysed,
// and the bot's peak resident memory idle and after 1,000 commands.
import { runBotSession } from './lib/bot-session.js';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';

export async function runStartupBench(options: BenchOptions): Promise<BenchRow[]> {
  const s = await runBotSession(options.quick);
  const files = Number(s.loadReport.files);
  const unchanged = Number(s.loadReport.unchanged);
  const k = `${s.total / 1000}k`;
  return [
    atMost(`startup ${k}: process start → ready`, s.startupMs, 'ms', 2000),
    info(`startup ${k}: ready as the bot logs it (after Node loaded main.js)`, s.botReadyMs, 'ms'),
    check(
      `startup ${k}: no article re-analysed (unchanged ${unchanged} of ${files} files)`,
      files === s.total && unchanged === files && Number(s.loadReport.loaded) === 0,
      'unchanged = all',
    ),
    atMost(`memory ${k}: bot peak resident, idle`, s.idlePeakMb, 'MB', 200),
    atMost(`memory ${k}: bot peak resident after ${s.commandsRun} commands`, s.afterPeakMb, 'MB', 200),
  ];
}

if (isMain(import.meta.url)) await runAlone(runStartupBench);
