// `npm run bench:scale`: the scale queries of bench/scale.ts (latest, topic, search, headline and
// speaker completion) on SQLite and on PostgreSQL over the same archive (copied with `herald db copy`'s
// code), plus what the synchronous PostgreSQL bridge costs per statement against the `pg` client used
// directly (async) and better-sqlite3. PostgreSQL is HERALD_TEST_PG_URL's server, else a throwaway one
// started from Debian's binaries (scripts/test-pg.js).
import Database from 'better-sqlite3';
import pg from 'pg';
import { startTestPg, stopTestPg } from '../scripts/test-pg.js';
import { openSqliteStore, type Store } from '../src/store/index.js';
import { connectPg } from '../src/store/pg/bridge.js';
import { copySqliteToPg } from '../src/store/pg/copy.js';
import { openPgStore } from '../src/store/pg/index.js';
import { getArchive } from './lib/archive.js';
import { info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { createRandom } from './lib/synth.js';
import { percentile, timeMany } from './lib/stats.js';
import { queriesFor, scaleSizes, type Kind } from './scale.js';

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

export async function runBackendScaleBench(options: BenchOptions): Promise<BenchRow[]> {
  const given = process.env.HERALD_TEST_PG_URL?.trim();
  const server = given ? null : await startTestPg('herald_bench');
  const url = given ?? server!.url;
  try {
    const rows = await perStatement(url, options.quick ? 500 : 3000);
    const [, large] = scaleSizes(options.quick);
    const total = Number(process.env.HERALD_BENCH_ARTICLES ?? large);
    const repeats = options.quick ? 60 : 200;
    const archive = await getArchive(total, { files: false, quick: options.quick });
    const sqlite = openSqliteStore(archive.dbPath);
    const target = openPgStore(url);
    try {
      target.pg.run('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    } finally {
      target.close();
    }
    const postgres = openPgStore(url);
    try {
      const copyStart = performance.now();
      const copied = copySqliteToPg(sqlite.db, archive.dbPath, postgres.pg);
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
    } finally {
      postgres.close();
      sqlite.close();
    }
    return rows;
  } finally {
    if (server) stopTestPg(server.dir);
  }
}

if (isMain(import.meta.url)) await runAlone(runBackendScaleBench);
