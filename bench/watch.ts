// Issue 6 §5: a file dropped into the large archive's folder is searchable within 1 s, measured with
// the real watcher and loader in-process, polling the store's search.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLoader } from '../src/ingest/loader.js';
import { parseStoredArticleFile } from '../src/ingest/parse-file.js';
import { watchArticles } from '../src/ingest/watcher.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/index.js';
import { copyDatabase, getArchive } from './lib/archive.js';
import { atMost, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { readCorpus, bodyOf } from './lib/corpus.js';
import { median } from './lib/stats.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runWatchBench(options: BenchOptions): Promise<BenchRow[]> {
  const archive = await getArchive(options.quick ? 5_000 : 100_000, { files: true, quick: options.quick });
  const { dir, dbPath } = copyDatabase(archive);
  const store = openStore(dbPath);
  const logger = createLogger('warn', () => undefined);
  const loader = createLoader(archive.filesDir!, {
    store,
    parse: parseStoredArticleFile,
    logger,
    now: () => Date.now(),
  });
  const setupStart = performance.now();
  const watcher = watchArticles(loader, { logger });
  const setupMs = performance.now() - setupStart;
  const dropped: string[] = [];
  const samples: number[] = [];
  try {
    await sleep(300);
    const corpus = readCorpus();
    const drops = options.quick ? 2 : 5;
    for (let i = 0; i < drops; i++) {
      const marker = `zqxwatch${i}k${Date.now().toString(36)}`;
      const source = corpus[(i * 37) % corpus.length]!;
      const path = join(archive.filesDir!, '000', `bench-drop-${marker}.txt`);
      dropped.push(path);
      const start = performance.now();
      writeFileSync(path, `Watch benchmark ${marker}\n\n${bodyOf(source)}\n\nThe code word is ${marker}.\n`);
      let ms = NaN;
      while (performance.now() - start < 5_000) {
        if (store.articles.search(marker, { limit: 1, offset: 0 }).total > 0) {
          ms = performance.now() - start;
          break;
        }
        await sleep(5);
      }
      samples.push(ms);
      await sleep(200);
    }
  } finally {
    watcher.close();
    for (const path of dropped) rmSync(path, { force: true });
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const k = `${archive.total / 1000}k`;
  const worst = samples.some((s) => Number.isNaN(s)) ? Infinity : Math.max(...samples);
  return [
    atMost(`watch ${k}: dropped file searchable, worst of ${samples.length}`, worst, 'ms', 1000),
    info(`watch ${k}: dropped file searchable, median`, median(samples), 'ms'),
    info(`watch ${k}: starting the watcher on the folder`, setupMs, 'ms'),
  ];
}

if (isMain(import.meta.url)) await runAlone(runWatchBench);
