// Issue 6 §2: the corpus written as files and loaded end to end by the real loader (read, parse,
// analyse, store, index), against the floor: the same files read and inserted with no analysis.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { createLoader } from '../src/ingest/loader.js';
import { parseStoredArticleFile } from '../src/ingest/parse-file.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/index.js';
import type { StoredArticle } from '../src/store/types.js';
import { bodyOf, readCorpus } from './lib/corpus.js';
import { atLeast, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';

const silent = createLogger('error', () => undefined);

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

function listTxt(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .map((name) => resolve(dir, name));
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
  articles: number;
}

function timed(fn: () => number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const articles = fn();
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    articles,
  };
}

/** The real path: the loader's full scan of the folder into a new database. */
function loadWithLoader(dir: string, dbPath: string): number {
  const store = openStore(dbPath);
  try {
    const loader = createLoader(dir, {
      store,
      parse: parseStoredArticleFile,
      logger: silent,
      now: () => Date.now(),
    });
    const report = loader.scan();
    return report.articles;
  } finally {
    store.close();
  }
}

/** The floor: read each file, split off the headline, insert with no analysis, same schema and batches. */
function loadFloor(dir: string, dbPath: string): number {
  const store = openStore(dbPath);
  try {
    const paths = listTxt(dir);
    for (let i = 0; i < paths.length; i += 200) {
      store.transaction(() => {
        const batch: StoredArticle[] = [];
        for (const path of paths.slice(i, i + 200)) {
          const bytes = readFileSync(path);
          const text = bytes.toString('utf8');
          const cut = text.indexOf('\n\n');
          const id = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
          batch.push({
            id,
            title: text.slice(0, cut),
            standfirst: null,
            text: text.slice(cut + 2),
            url: null,
            source: null,
            author: null,
            published: null,
            ingestedAt: Date.now(),
            tags: [],
            filePath: path,
            sentences: [],
            summary: [],
            headlineSummary: '',
            keywords: [],
            entities: { people: [], organizations: [], places: [] },
            signature: [],
            storyKey: null,
            quotes: [],
          });
          store.files.put({ path, size: bytes.length, mtimeMs: 0, hash: id, articleIds: [id] });
        }
        store.articles.upsert(batch);
      });
    }
    return store.articles.count();
  } finally {
    store.close();
  }
}

export async function runIngestBench(options: BenchOptions): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'herald-bench-ingest-'));
  try {
    const filesDir = join(root, 'articles');
    const count = writeCorpusFiles(filesDir, options.quick ? 400 : Infinity);
    // Warm the file cache and the JIT on a small slice, so neither run pays for it alone.
    loadWithLoader(join(filesDir, '0'), join(root, 'warm.db'));
    const floor = timed(() => loadFloor(filesDir, join(root, 'floor.db')));
    const real = timed(() => loadWithLoader(filesDir, join(root, 'herald.db')));
    const rate = real.articles / real.seconds;
    const floorRate = floor.articles / floor.seconds;
    return [
      atLeast(`ingest: ${count} files loaded end to end (wall)`, rate, 'articles/s', 1000),
      info(
        'ingest: same, per CPU second (less sensitive to a busy machine)',
        real.articles / real.cpuSeconds,
        'articles/s',
      ),
      info('ingest floor: read + insert, no analysis', floorRate, 'articles/s'),
      info('ingest: share of the floor', (100 * rate) / floorRate, '%'),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runIngestBench);
