// Issue 19 §8: one large, valid article through the real ingest path (read, decode, parse, analyse,
// store, index) — the loader's full scan of a folder holding that one file — for articles of 1, 2, 4, 8
// and 19 MB. Each size runs in a child process of its own, so its peak memory (max RSS) is its own.
// The article is many distinct corpus articles, one after another; past the corpus's ~12 MB its
// paragraphs come again joined in pairs (then threes), so no paragraph repeats (the parser drops repeats).
// `npm run bench:large [-- --quick]`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createLoader } from '../src/ingest/loader.js';
import { parseStoredArticleFile } from '../src/ingest/parse-file.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/index.js';
import { bodyOf, readCorpus } from './lib/corpus.js';
import { atMost, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';

const MB = 1024 * 1024;
const SIZES = [1, 2, 4, 8, 19];
const QUICK_SIZES = [1, 2, 4];
/** "Seconds, not minutes" for a 20 MB file: CPU time, as the wall time depends on what else the machine runs. */
const CPU_SECONDS_PER_MB = 2;
/** Peak memory: the process's own ~300 MB, plus this much per megabyte of article. */
const PEAK_MB_PER_MB = 50;

/** A headline, a blank line and `megabytes` of distinct news paragraphs. */
export function buildLargeArticle(megabytes: number): string {
  const articles = readCorpus().map((a) =>
    bodyOf(a)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const want = megabytes * MB;
  const parts: string[] = [`A very long article made of many reports (${megabytes} MB)`, ''];
  let bytes = 0;
  for (let group = 1; bytes < want; group++) {
    for (const paragraphs of articles) {
      for (let i = 0; i < paragraphs.length && bytes < want; i += group) {
        const paragraph = paragraphs.slice(i, i + group).join(' ');
        parts.push(paragraph, '');
        bytes += Buffer.byteLength(paragraph) + 2;
      }
      if (bytes >= want) break;
    }
  }
  return parts.join('\n');
}

interface Measure {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  articles: number;
  sentences: number;
  quotes: number;
}

/** In the child: write the article, scan its folder into a new database, report time and peak memory. */
function measureOne(megabytes: number): Measure {
  const root = mkdtempSync(join(tmpdir(), 'herald-bench-large-'));
  try {
    const dir = join(root, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, `large-${megabytes}mb.txt`), buildLargeArticle(megabytes));
    const store = openStore(join(root, 'herald.db'));
    try {
      const loader = createLoader(dir, {
        store,
        parse: parseStoredArticleFile,
        logger: createLogger('error', () => undefined),
        now: () => Date.now(),
      });
      const cpu = process.cpuUsage();
      const start = performance.now();
      const report = loader.scan();
      const seconds = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      const [header] = store.articles.latest({ limit: 1 });
      const stored = header ? store.articles.get(header.id) : null;
      return {
        seconds,
        cpuSeconds: (used.user + used.system) / 1e6,
        peakMb: process.resourceUsage().maxRSS / 1024,
        articles: report.articles,
        sentences: stored?.sentences.length ?? 0,
        quotes: stored?.quotes.length ?? 0,
      };
    } finally {
      store.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function runChild(megabytes: number): Measure {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(megabytes)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
}

export async function runLargeArticlesBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const megabytes of options.quick ? QUICK_SIZES : SIZES) {
    process.stderr.write(`bench: large article ${megabytes} MB …\n`);
    const m = runChild(megabytes);
    if (m.articles !== 1)
      throw new Error(`the ${megabytes} MB article was not stored (${m.articles} articles)`);
    rows.push(
      info(
        `large article: ${megabytes} MB ingested (${m.sentences} sentences, ${m.quotes} quotes), wall`,
        m.seconds,
        's',
      ),
      atMost(
        `large article: ${megabytes} MB ingested, CPU`,
        m.cpuSeconds,
        's',
        CPU_SECONDS_PER_MB * megabytes,
      ),
      atMost(
        `large article: ${megabytes} MB, peak memory (max RSS)`,
        m.peakMb,
        'MB',
        PEAK_MB_PER_MB * megabytes + 300,
      ),
    );
  }
  return rows;
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  process.stdout.write(`${JSON.stringify(measureOne(Number(process.argv[childAt + 1])))}\n`);
} else if (isMain(import.meta.url)) {
  await runAlone(runLargeArticlesBench);
}
