// `npm run bench:scale` (issue 13 §6): on SQLite and on PostgreSQL over the same archive of 300,000
// synthetic articles (5,000 with --quick; HERALD_BENCH_ARTICLES sets another size), copied into
// PostgreSQL with `herald db copy`'s code: the scale queries of bench/scale.ts (latest, topic, search,
// headline and speaker completion), the ingest rate (analysed articles stored in batches), and the time
// to deliver 5,000 digests due at once (500 with --quick) with 1, 2 and 4 bot processes against the
// stand-in's global limit per bot token, whose floor is printed; then how each figure changes from 1 to
// 4 processes and from SQLite to PostgreSQL. Also what the synchronous PostgreSQL bridge costs per
// statement against the `pg` client used directly (async) and better-sqlite3. PostgreSQL is
// HERALD_TEST_PG_URL's server, else a throwaway one started from Debian's binaries (scripts/test-pg.js).
// The bot processes run dist/: `npm run build` first.
import Database from 'better-sqlite3';
import pg from 'pg';
import { startTestPg, stopTestPg } from '../scripts/test-pg.js';
import { rmSync } from 'node:fs';
import { openSqliteStore, type Store } from '../src/store/index.js';
import { connectPg } from '../src/store/pg/bridge.js';
import { copySqliteToPg } from '../src/store/pg/copy.js';
import { openPgStore } from '../src/store/pg/index.js';
import { copyDatabase, getArchive, seedCount } from './lib/archive.js';
import { check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { loadSeeds } from './lib/seeds.js';
import { buildVocabulary, createRandom, makeArticle } from './lib/synth.js';
import { percentile, timeMany } from './lib/stats.js';
import { queriesFor, type Kind } from './scale.js';
import { timeDigestDelivery, type DeliveryRun } from './scale-delivery.js';

const KINDS: Kind[] = [
  'latest',
  'latest with topic',
  'search',
  'headline autocomplete',
  'speaker autocomplete',
];

function measure(store: Store, repeats: number): Map<Kind, { p50: number; p95: number }> {
  const out = new Map<Kind, { p50: number; p95: number }>();
  for (const kind of KINDS) {
    const queries = queriesFor(kind);
    const random = createRandom(42);
    timeMany(Math.min(50, repeats), (i) => queries[i % queries.length]!(store, random));
    const samples = timeMany(repeats, (i) => queries[i % queries.length]!(store, random));
    out.set(kind, { p50: percentile(samples, 50), p95: percentile(samples, 95) });
  }
  return out;
}

/** Microseconds per trivial statement: better-sqlite3, pg awaited one by one, pg through the bridge. */
async function perStatement(url: string, calls: number): Promise<BenchRow[]> {
  const sqlite = new Database(':memory:');
  const one = sqlite.prepare('SELECT ? AS n');
  const sqliteUs = (timeMany(calls, (i) => one.get(i)).reduce((a, b) => a + b, 0) / calls) * 1000;
  sqlite.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (let i = 0; i < 200; i++) await client.query('SELECT $1::int AS n', [i]);
  const started = performance.now();
  for (let i = 0; i < calls; i++) await client.query('SELECT $1::int AS n', [i]);
  const asyncUs = ((performance.now() - started) / calls) * 1000;
  await client.end();
  const bridge = connectPg(url);
  for (let i = 0; i < 200; i++) bridge.get('SELECT $1::int AS n', [i]);
  const bridgeUs =
    (timeMany(calls, (i) => bridge.get('SELECT $1::int AS n', [i])).reduce((a, b) => a + b, 0) / calls) *
    1000;
  bridge.close();
  return [
    info('one statement: better-sqlite3', sqliteUs, 'µs'),
    info('one statement: pg client, awaited', asyncUs, 'µs'),
    info('one statement: pg through the synchronous bridge', bridgeUs, 'µs'),
    info('bridge overhead over the awaited pg client', bridgeUs - asyncUs, 'µs'),
  ];
}

/** Articles stored per second: `articles` analysed articles upserted in transactions of 100. */
function ingestRate(store: Store, articles: ReturnType<typeof makeArticle>[]): number {
  const started = performance.now();
  for (let from = 0; from < articles.length; from += 100) {
    store.transaction(() => store.articles.upsert(articles.slice(from, from + 100)));
  }
  return articles.length / ((performance.now() - started) / 1000);
}

const PROCESSES = [1, 2, 4];
/** Discord's global limit per bot token, which the stand-in enforces. */
const PER_SECOND = 50;
const ratio = (a: number, b: number) => a / b;

export async function runBackendScaleBench(options: BenchOptions): Promise<BenchRow[]> {
  const given = process.env.HERALD_TEST_PG_URL?.trim();
  const server = given ? null : await startTestPg('herald_bench');
  const url = given ?? server!.url;
  try {
    const rows = await perStatement(url, options.quick ? 500 : 3000);
    const total = Number(process.env.HERALD_BENCH_ARTICLES ?? (options.quick ? 5_000 : 300_000));
    const repeats = options.quick ? 60 : 200;
    const digests = options.quick ? 500 : 5_000;
    const archive = await getArchive(total, { files: false, quick: options.quick });
    // A private copy: the ingest and delivery runs write to it.
    const copy = copyDatabase(archive);
    const sqlite = openSqliteStore(copy.dbPath);
    const target = openPgStore(url);
    try {
      target.pg.run('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    } finally {
      target.close();
    }
    const postgres = openPgStore(url);
    const stores = { SQLite: sqlite, PostgreSQL: postgres };
    try {
      const copyStart = performance.now();
      const copied = copySqliteToPg(sqlite.db, copy.dbPath, postgres.pg);
      if (!copied.ok) throw new Error(`copy failed: ${copied.code}`);
      rows.push(
        info(`copy ${total} articles into PostgreSQL (db copy)`, (performance.now() - copyStart) / 1000, 's'),
      );
      postgres.pg.run('ANALYZE');
      const figures = { SQLite: measure(sqlite, repeats), PostgreSQL: measure(postgres, repeats) };
      for (const kind of KINDS) {
        for (const [name, byKind] of Object.entries(figures)) {
          const f = byKind.get(kind)!;
          rows.push(info(`${total} articles, ${name}: ${kind} p50`, f.p50, 'ms'));
          rows.push(info(`${total} articles, ${name}: ${kind} p95`, f.p95, 'ms'));
        }
      }
      rows.push(info(`${total} articles, PostgreSQL database size`, postgres.sizeOnDisk() / 1048576, 'MB'));
      rows.push(info(`${total} articles, SQLite database size`, sqlite.sizeOnDisk() / 1048576, 'MB'));

      // The same new articles (analysed as the synthesiser makes them) into each store.
      const seeds = await loadSeeds(seedCount(options.quick));
      const vocab = buildVocabulary(seeds);
      const fresh = Array.from({ length: options.quick ? 500 : 3_000 }, (_, i) =>
        makeArticle(seeds, total + i, total, vocab),
      );
      const ingest = { SQLite: ingestRate(sqlite, fresh), PostgreSQL: ingestRate(postgres, fresh) };
      for (const [name, rate] of Object.entries(ingest))
        rows.push(info(`${total} articles, ${name}: ingest rate (${fresh.length} more)`, rate, 'articles/s'));

      const floor = digests / PER_SECOND;
      rows.push(
        info(`${digests} digests: floor at the stand-in's ${PER_SECOND} requests/s per token`, floor, 's'),
      );
      const runs: Record<string, DeliveryRun[]> = { SQLite: [], PostgreSQL: [] };
      for (const [name, store] of Object.entries(stores)) {
        const database = name === 'SQLite' ? { DATABASE_PATH: copy.dbPath } : { DATABASE_URL: url };
        for (const processes of PROCESSES) {
          const run = await timeDigestDelivery({
            store,
            database,
            processes,
            count: digests,
            perSecond: PER_SECOND,
            leadMs: options.quick ? 8_000 : 15_000,
          });
          runs[name]!.push(run);
          const what = `${digests} digests, ${name}, ${processes} process${processes > 1 ? 'es' : ''}`;
          rows.push(info(`${what}: all delivered after`, run.seconds, 's'));
          rows.push(info(`${what}: share of the floor`, floor / run.seconds, '×'));
          rows.push(
            check(
              `${what}: delivered ${run.delivered}, ${run.twice} channels twice`,
              run.delivered === digests && run.twice === 0,
              'all once',
            ),
          );
          rows.push(info(`${what}: resends kept once by their nonce`, run.resent, ''));
          rows.push(info(`${what}: global 429s`, run.limited, ''));
        }
      }

      // How the figures change: from 1 to 4 processes (only delivery depends on the processes: each
      // process answers its own servers' searches and completions with the same queries), and from
      // SQLite to PostgreSQL.
      for (const name of ['SQLite', 'PostgreSQL']) {
        const [one, , four] = runs[name]!;
        rows.push(
          info(
            `change 1 → 4 processes, ${name}: digest delivery time`,
            ratio(four!.seconds, one!.seconds),
            '×',
          ),
        );
      }
      for (const kind of ['search', 'headline autocomplete', 'speaker autocomplete'] as Kind[]) {
        const p95 = (name: 'SQLite' | 'PostgreSQL') => figures[name].get(kind)!.p95;
        rows.push(
          info(`change SQLite → PostgreSQL: ${kind} p95`, ratio(p95('PostgreSQL'), p95('SQLite')), '×'),
        );
      }
      rows.push(
        info('change SQLite → PostgreSQL: ingest rate', ratio(ingest.PostgreSQL, ingest.SQLite), '×'),
      );
      PROCESSES.forEach((processes, i) =>
        rows.push(
          info(
            `change SQLite → PostgreSQL: digest delivery time, ${processes} process${processes > 1 ? 'es' : ''}`,
            ratio(runs.PostgreSQL![i]!.seconds, runs.SQLite![i]!.seconds),
            '×',
          ),
        ),
      );
    } finally {
      postgres.close();
      sqlite.close();
      rmSync(copy.dir, { recursive: true, force: true });
    }
    return rows;
  } finally {
    if (server) stopTestPg(server.dir);
  }
}

if (isMain(import.meta.url)) await runAlone(runBackendScaleBench);
