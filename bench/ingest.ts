// Issue 16: the corpus written as .txt files and loaded end to end by `herald ingest` (a process of
// its own, as a user runs it), against the floor: an independent script that reads the same files and
// inserts them into SQLite with an FTS5 index, no analysis (bench/ingest-floor.ts). Each run is a new
// process on a new database: the floor and Herald pinned to one core (taskset -c 0), then Herald with
// its pool of analysis threads on two cores; then a profiled run on one core (node --cpu-prof) whose
// samples are charged to the ingest stages. Wall time of the whole process, start-up included.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bodyOf, readCorpus, REPO_ROOT } from './lib/corpus.js';
import { formatProfile, summarizeProfile } from './lib/cpu-profile.js';
import { atLeast, atMost, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';

function writeCorpusFiles(dir: string, count: number): number {
  const corpus = readCorpus().slice(0, count);
  corpus.forEach((a, i) => {
    const folder = join(dir, String(Math.floor(i / 500)));
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const body = bodyOf(a);
    const title = a.title?.trim() || body.split(/\s+/).slice(0, 9).join(' ');
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), `${title}\n\n${body}\n`);
  });
  return corpus.length;
}

interface Run {
  seconds: number;
  articles: number;
  /** Peak resident memory of the process (all its threads), MB; NaN when /usr/bin/time is missing. */
  peakMb: number;
  /** CPU time (user + system) of the process, all threads: less sensitive to a busy machine. */
  cpuSeconds: number;
}

const TIME = '/usr/bin/time';
const canPin = existsSync('/usr/bin/taskset');

/** The command line that runs `args` pinned to `cpus` (when taskset exists) under /usr/bin/time. */
function measuredCommand(cpus: string, args: string[]): string[] {
  const measured = existsSync(TIME) ? [TIME, '-f', 'peak-kb %M cpu %U %S', ...args] : args;
  return canPin ? ['taskset', '-c', cpus, ...measured] : measured;
}

function toRun(seconds: number, stderr: string, stdout: string): Run & { stdout: string } {
  const measures = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return {
    seconds,
    articles: 0,
    peakMb: measures ? Number(measures[1]) / 1024 : NaN,
    cpuSeconds: measures ? Number(measures[2]) + Number(measures[3]) : NaN,
    stdout,
  };
}

/** Runs a command as its own process, pinned to `cpus` when taskset exists; its wall time and peak RSS. */
function runProcess(cpus: string, args: string[], env: Record<string, string>): Run & { stdout: string } {
  const command = measuredCommand(cpus, args);
  const start = performance.now();
  const child = spawnSync(command[0] as string, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  return toRun(seconds, child.stderr, child.stdout);
}

/** The same, without waiting: several such runs go on at once. */
function startProcess(
  cpus: string,
  args: string[],
  env: Record<string, string>,
): Promise<Run & { stdout: string }> {
  const command = measuredCommand(cpus, args);
  const start = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`${args.join(' ')} failed: ${stderr}`));
      else resolve(toRun((performance.now() - start) / 1000, stderr, stdout));
    });
  });
}

function floorRun(dir: string, db: string): Run {
  const run = runProcess('0', [process.execPath, 'bench/ingest-floor.ts', dir, db], {});
  return { ...run, articles: (JSON.parse(run.stdout) as { articles: number }).articles };
}

const heraldArgs = (dir: string, nodeFlags: string[] = []) => [
  process.execPath,
  ...nodeFlags,
  'bin/herald',
  'ingest',
  '--json',
  dir,
];
const heraldEnv = (db: string) => ({ DATABASE_PATH: db, LOG_LEVEL: 'error' });
const withArticles = (run: Run & { stdout: string }): Run => ({
  ...run,
  articles: (JSON.parse(run.stdout) as { articles: number }).articles,
});

function heraldRun(cpus: string, dir: string, db: string, nodeFlags: string[] = []): Run {
  return withArticles(runProcess(cpus, heraldArgs(dir, nodeFlags), heraldEnv(db)));
}

/**
 * What two cores give this very work without a pool: two one-core ingests of the same files at once,
 * one pinned to each core, each into its own database; articles per second of the two together. On a
 * machine whose cores share caches and memory bandwidth this is well under twice one core, and no pool
 * can do better than it.
 */
async function twoAtOnce(dir: string, root: string): Promise<{ rate: number; runs: Run[] }> {
  const runs = (
    await Promise.all(
      ['0', '1'].map((cpu) => startProcess(cpu, heraldArgs(dir), heraldEnv(join(root, `twin-${cpu}.db`)))),
    )
  ).map(withArticles);
  const articles = runs.reduce((sum, run) => sum + run.articles, 0);
  return { rate: articles / Math.max(...runs.map((run) => run.seconds)), runs };
}

const rate = (run: Run) => run.articles / run.seconds;
const cpuRate = (run: Run) => run.articles / run.cpuSeconds;

export async function runIngestBench(options: BenchOptions): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'herald-bench-ingest-'));
  const load = loadavg()[0] as number;
  try {
    const dir = join(root, 'articles');
    const count = writeCorpusFiles(dir, options.quick ? 400 : Infinity);
    // Warm the file cache, so the first run does not pay for it alone.
    for (const sub of readdirSync(dir))
      for (const f of readdirSync(join(dir, sub))) readFileSync(join(dir, sub, f));
    const floor = floorRun(dir, join(root, 'floor.db'));
    const one = heraldRun('0', dir, join(root, 'one.db'));
    const rows: BenchRow[] = [
      info(
        `ingest floor (read + insert + FTS5, no analysis), ${count} .txt files, 1 core`,
        rate(floor),
        'articles/s',
      ),
      info('ingest: herald ingest on 1 core', rate(one), 'articles/s'),
      atLeast(
        'ingest: herald ingest on 1 core, share of the floor',
        (100 * rate(one)) / rate(floor),
        '%',
        33,
      ),
    ];
    rows.push(
      info('ingest floor per CPU second (all threads)', cpuRate(floor), 'articles/s'),
      info('ingest: herald on 1 core per CPU second', cpuRate(one), 'articles/s'),
      info(
        'ingest: herald on 1 core per CPU second, share of the floor',
        (100 * cpuRate(one)) / cpuRate(floor),
        '%',
      ),
    );
    if (availableParallelism() >= 2) {
      const pool = heraldRun('0,1', dir, join(root, 'pool.db'));
      rows.push(
        info('ingest: herald ingest with the pool on 2 cores', rate(pool), 'articles/s'),
        info('ingest: with the pool, share of the floor', (100 * rate(pool)) / rate(floor), '%'),
        atLeast('ingest: the pool on 2 cores against 1 core', rate(pool) / rate(one), '×', 1.7),
        atMost('ingest: peak resident memory with the pool', pool.peakMb, 'MB', 300),
        info('ingest: with the pool, per CPU second (all threads)', cpuRate(pool), 'articles/s'),
      );
      const twins = await twoAtOnce(dir, root);
      rows.push(
        info('ingest: two 1-core ingests at once, one per core, together', twins.rate, 'articles/s'),
        info(
          "ingest: two 1-core ingests at once against 1 core (the machine's own scaling)",
          twins.rate / rate(one),
          '×',
        ),
        info('ingest: the pool against two 1-core ingests at once', rate(pool) / twins.rate, '×'),
      );
    }
    rows.push(info('ingest: peak resident memory on 1 core', one.peakMb, 'MB'));
    const profiles = join(root, 'profile');
    heraldRun('0', dir, join(root, 'profiled.db'), ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
    // bin/herald runs `ingest` again with its own V8 flags: the largest profile is the ingest's.
    const file = readdirSync(profiles)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort((a, b) => statSync(join(profiles, b)).size - statSync(join(profiles, a)).size)[0] as string;
    const summary = summarizeProfile(JSON.parse(readFileSync(join(profiles, file), 'utf8')), 12);
    process.stderr.write(`${formatProfile(summary).join('\n')}\n`);
    rows.push(...summary.stages.map((s) => info(`ingest stage: ${s.stage}`, s.share, '%')));
    rows.push(...summary.top.map((t) => info(`ingest profile top: ${t.name} (${t.where})`, t.share, '%')));
    rows.push(
      info('machine load (1-minute average) before the runs', load, ''),
      info('machine load (1-minute average) after the runs', loadavg()[0] as number, ''),
    );
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runIngestBench);
