// One run of the real bot over the large archive (its files present and unchanged): start-up time,
// the loader's report, peak memory idle and after a stream of commands, and every command's
// acknowledgement latency as the stand-in saw it. The start-up and commands benchmarks both read it,
// so `npm run bench` starts the 100,000-article bot once.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startStandIn, type OptionValue, type StandIn } from '../../test/e2e/stand-in/index.js';
import { copyDatabase, getArchive, seedCount } from './archive.js';
import { fieldsOf, startBot } from './bot.js';
import { readCorpus } from './corpus.js';
import { createRandom } from './synth.js';
import { peakRssMb, rssMb } from './stats.js';

export interface SessionResult {
  total: number;
  /** Spawn → the `ready` log line, seen from outside the process. */
  startupMs: number;
  /** The `ms` the bot itself logs with `ready` (from its own start, after Node loaded it). */
  botReadyMs: number;
  /** The loader's `articles loaded` fields: files, loaded, unchanged, … */
  loadReport: Record<string, string>;
  idlePeakMb: number;
  afterPeakMb: number;
  afterRssMb: number;
  commandsRun: number;
  failures: number;
  /** Label ("/search", "autocomplete /summary article") → acknowledgement latencies in ms. */
  latencies: Map<string, number[]>;
}

type Step = { label: string; send: (s: StandIn) => Promise<{ id: string }> };

function planCommands(total: number, seeds: number, count: number): Step[] {
  const random = createRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const anyId = () => `s${Math.floor(seeds + random() * (total - seeds)).toString(36)}`;
  const topics = ['economy', 'election', 'police', 'football', 'oil prices', 'music'];
  const queries = ['government', 'prime minister', '"interest rates"', 'oil', 'world cup final', 'hospital'];
  const typed = ['p', 'ec', 'oil', 'prime m', 'wor', 'ba', 'new y', 's'];
  const speakers = ['j', 'jo', 'mar', 'tony', 'da', 'smith', 'b'];
  const cmd = (label: string, name: string, opts: () => Record<string, OptionValue>): Step => ({
    label,
    send: (s) => s.sendCommand(name, opts()),
  });
  const auto = (label: string, name: string, option: string, values: string[]): Step => ({
    label,
    send: (s) => s.sendAutocomplete(name, { [option]: pick(values) }, option),
  });
  const kinds: Step[] = [
    cmd('/latest', 'latest', () => (random() < 0.5 ? {} : { topic: pick(topics), count: 5 })),
    cmd('/search', 'search', () => ({ query: pick(queries) })),
    cmd('/summary', 'summary', () => ({ article: anyId() })),
    cmd('/quotes', 'quotes', () => (random() < 0.5 ? { speaker: pick(speakers) } : { article: anyId() })),
    cmd('/about', 'about', () => ({})),
    auto('autocomplete /summary article', 'summary', 'article', typed),
    auto('autocomplete /quotes speaker', 'quotes', 'speaker', speakers),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!);
}

async function run(quick: boolean): Promise<SessionResult> {
  const archive = await getArchive(quick ? 5_000 : 100_000, { files: true, quick });
  const seeds = seedCount(quick) ?? readCorpus().length;
  const { dir, dbPath } = copyDatabase(archive);
  const standIn = await startStandIn();
  const bot = startBot({
    apiBase: standIn.apiBase,
    articlesDir: archive.filesDir!,
    databasePath: dbPath,
    cwd: dir,
  });
  try {
    const loaded = await bot.waitForLine(/ INFO articles loaded /, 120_000);
    const ready = await bot.waitForLine(/ INFO ready( |$)/, 120_000);
    await standIn.waitForReady();
    await new Promise((r) => setTimeout(r, 1000));
    const idlePeakMb = peakRssMb(bot.pid);

    const steps = planCommands(archive.total, seeds, quick ? 210 : 1000);
    const labels = new Map<string, string>();
    const deadline = performance.now() + (quick ? 12_000 : 180_000);
    let failures = 0;
    let commandsRun = 0;
    for (const step of steps) {
      if (performance.now() > deadline) break;
      try {
        const { id } = await step.send(standIn);
        labels.set(id, step.label);
        await standIn.waitForResponse(id, 10_000);
      } catch {
        failures += 1;
      }
      commandsRun += 1;
      // Keep the stand-in's request log from growing for the whole run.
      if (commandsRun % 200 === 0) standIn.clearRecords();
    }
    const latencies = new Map<string, number[]>();
    for (const ack of standIn.ackLatencies()) {
      const label = labels.get(ack.interactionId);
      if (!label) continue;
      const list = latencies.get(label) ?? [];
      list.push(ack.ms);
      latencies.set(label, list);
    }
    return {
      total: archive.total,
      startupMs: ready.at - bot.spawnedAt,
      botReadyMs: Number(fieldsOf(ready.text).ms),
      loadReport: fieldsOf(loaded.text),
      idlePeakMb,
      afterPeakMb: peakRssMb(bot.pid),
      afterRssMb: rssMb(bot.pid),
      commandsRun,
      failures,
      latencies,
    };
  } finally {
    await bot.stop();
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const sessions = new Map<boolean, Promise<SessionResult>>();

/** The session for this mode, run once per process however many benchmarks ask. */
export function runBotSession(quick: boolean): Promise<SessionResult> {
  let session = sessions.get(quick);
  if (!session) sessions.set(quick, (session = run(quick)));
  return session;
}
