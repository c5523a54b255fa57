// Issue 6 §3: how the store's queries grow with the archive. For two archive sizes: database size,
// /latest (with and without a topic), /search (one word, several words, a phrase), headline and speaker
// autocomplete, p50 and p95; targets at the larger size and growth from the smaller to the larger.
import { statSync } from 'node:fs';
import { openStore, type Store } from '../src/store/index.js';
import { getArchive } from './lib/archive.js';
import { atMost, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { createRandom } from './lib/synth.js';
import { percentile, timeMany } from './lib/stats.js';

const TOPICS = [
  'economy',
  'election',
  'police',
  'football',
  'oil',
  'music',
  'health',
  'court',
  'china',
  'film',
];
const WORDS = [
  'government',
  'minister',
  'market',
  'election',
  'police',
  'company',
  'music',
  'film',
  'president',
  'campaign',
  'shares',
  'prices',
  'school',
  'hospital',
  'court',
  'weather',
  'football',
  'internet',
  'bank',
  'oil',
];
const MULTI = [
  'prime minister',
  'oil prices',
  'stock market growth',
  'police said',
  'world cup',
  'interest rates bank',
  'new york',
  'mobile phone',
  'health service',
  'chief executive',
];
const PHRASES = [
  '"prime minister"',
  '"interest rates"',
  '"chief executive"',
  '"told the bbc"',
  '"white house"',
  '"last year"',
  '"united states"',
  '"human rights"',
];
const TYPED = [
  'p',
  'go',
  'eco',
  'ba',
  'mi',
  'oil pr',
  'prime m',
  'f',
  'wor',
  'new y',
  'sh',
  'elec',
  'us',
  'tr',
  'ch',
];
const SPEAKERS_TYPED = [
  'j',
  'jo',
  'joh',
  'm',
  'ma',
  'mar',
  'da',
  'tony b',
  'b',
  'sa',
  'ke',
  'an',
  'r',
  'pe',
  'ge',
];

export type Kind =
  'latest' | 'latest with topic' | 'search' | 'headline autocomplete' | 'speaker autocomplete';
const TARGETS: Record<Kind, number> = {
  latest: 5,
  'latest with topic': 5,
  search: 20,
  'headline autocomplete': 5,
  'speaker autocomplete': 5,
};

/** The queries each kind of command asks, chosen with the seeded random `r`. */
export function queriesFor(kind: Kind): Array<(store: Store, r: () => number) => unknown> {
  const pick = <T>(list: T[], r: () => number) => list[Math.floor(r() * list.length)]!;
  switch (kind) {
    case 'latest':
      return [(s, r) => s.articles.latest({ limit: 1 + Math.floor(r() * 10) })];
    case 'latest with topic':
      return [(s, r) => s.articles.latest({ topic: pick(TOPICS, r), limit: 5 })];
    case 'search':
      // Page 1 and sometimes page 3, as /search and its buttons ask.
      return [WORDS, MULTI, PHRASES].map(
        (list) => (s: Store, r: () => number) =>
          s.articles.search(pick(list, r), { limit: 5, offset: r() < 0.8 ? 0 : 10 }),
      );
    case 'headline autocomplete':
      return [(s, r) => s.articles.headlines(pick(TYPED, r), 25)];
    case 'speaker autocomplete':
      return [(s, r) => s.quotes.speakers(pick(SPEAKERS_TYPED, r), 25)];
  }
}

interface Figures {
  sizeMb: number;
  byKind: Map<Kind, { p50: number; p95: number }>;
}

function measure(dbPath: string, repeats: number): Figures {
  const store = openStore(dbPath);
  try {
    const byKind = new Map<Kind, { p50: number; p95: number }>();
    for (const kind of Object.keys(TARGETS) as Kind[]) {
      const queries = queriesFor(kind);
      const random = createRandom(42);
      // Warm the statements and the page cache the way a running bot has them warm.
      timeMany(Math.min(50, repeats), (i) => queries[i % queries.length]!(store, random));
      const samples = timeMany(repeats, (i) => queries[i % queries.length]!(store, random));
      byKind.set(kind, { p50: percentile(samples, 50), p95: percentile(samples, 95) });
    }
    const sizeMb = (statSync(dbPath).size + walSize(dbPath)) / 1048576;
    return { sizeMb, byKind };
  } finally {
    store.close();
  }
}

function walSize(dbPath: string): number {
  try {
    return statSync(`${dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

export function scaleSizes(quick: boolean): [number, number] {
  return quick ? [2_000, 5_000] : [10_000, 100_000];
}

export async function runScaleBench(options: BenchOptions): Promise<BenchRow[]> {
  const [small, large] = scaleSizes(options.quick);
  const repeats = options.quick ? 60 : 300;
  const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const smallArchive = await getArchive(small, { files: false, quick: options.quick });
  // The large archive is the one the bot benchmarks use too, so it is built with its files.
  const largeArchive = await getArchive(large, { files: true, quick: options.quick });
  const figures = [measure(smallArchive.dbPath, repeats), measure(largeArchive.dbPath, repeats)] as const;
  const rows: BenchRow[] = [];
  [small, large].forEach((n, i) =>
    rows.push(info(`scale ${label(n)}: database size on disk`, figures[i]!.sizeMb, 'MB')),
  );
  for (const kind of Object.keys(TARGETS) as Kind[]) {
    const a = figures[0]!.byKind.get(kind)!;
    const b = figures[1]!.byKind.get(kind)!;
    rows.push(info(`scale ${label(small)}: ${kind} p50`, a.p50, 'ms'));
    rows.push(info(`scale ${label(small)}: ${kind} p95`, a.p95, 'ms'));
    rows.push(info(`scale ${label(large)}: ${kind} p50`, b.p50, 'ms'));
    rows.push(atMost(`scale ${label(large)}: ${kind} p95`, b.p95, 'ms', TARGETS[kind]));
    // Below a tenth of a millisecond the ratio is timer noise; the growth is judged from there up.
    const floor = 0.1;
    rows.push(
      atMost(
        `scale: ${kind} p95 growth ${label(small)}→${label(large)}`,
        Math.max(b.p95, floor) / Math.max(a.p95, floor),
        '×',
        3,
      ),
    );
  }
  return rows;
}

if (isMain(import.meta.url)) await runAlone(runScaleBench);
