// Issue 11 §10: 1,000 feeds on a loopback server made from ../shared/feeds, polled once cold (every
// feed new: fetch, decode, parse, analyse, store) and once warm (every feed answers 304): wall time,
// requests per second, articles stored per second, and peak memory. Before that, an evaluation: every
// saved feed in ../shared/feeds decodes, parses and yields articles. `npm run bench:feeds`.
// Herald runs as its CLI in a child process (`herald feed poll --all`), so its wall time and peak memory
// are its own, not the server's.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeFeedBytes } from '../src/feeds/decode.js';
import { entryToArticle } from '../src/feeds/items.js';
import { parseFeedText } from '../src/feeds/parse.js';
import { writeOpml } from '../src/feeds/opml.js';
import Database from 'better-sqlite3';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { peakRssMb } from './lib/stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const FEEDS_DIR = resolve(ROOT, '..', 'shared', 'feeds');
/** Loopback addresses the server listens on, so the two-per-host limit is exercised as with real sites. */
const HOSTS = 8;

function savedFeeds(): Array<{ name: string; bytes: Buffer }> {
  return readdirSync(FEEDS_DIR)
    .filter((name) => name !== 'manifest.json')
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(FEEDS_DIR, name)) }));
}

/** Every saved feed through decoding, parsing and article building. */
function evaluate(feeds: Array<{ name: string; bytes: Buffer }>): { rows: BenchRow[]; lines: string[] } {
  const lines: string[] = [];
  let parsed = 0;
  let withArticles = 0;
  for (const { name, bytes } of feeds) {
    const result = parseFeedText(decodeFeedBytes(bytes, null));
    if (!result.ok) {
      lines.push(`${name}: NOT PARSED (${result.reason})`);
      continue;
    }
    parsed += 1;
    const articles = result.document.entries
      .map((e) => entryToArticle(e, result.document.title ?? name))
      .filter((a) => a !== null);
    if (articles.length > 0) withArticles += 1;
    lines.push(
      `${name}: ${result.document.format}, "${result.document.title}", ${result.document.entries.length} items, ${articles.length} articles; first: ${articles[0]?.title ?? '—'}`,
    );
  }
  return {
    lines,
    rows: [
      check(`saved feeds parsed (${parsed}/${feeds.length})`, parsed === feeds.length, 'all'),
      check(
        `saved feeds giving articles (${withArticles}/${feeds.length})`,
        withArticles === feeds.length,
        'all',
      ),
    ],
  };
}

/** Feed n: a saved feed with its links and ids made its own, so every feed's articles are distinct. */
function feedBody(source: Buffer, n: number): Buffer {
  const text = source
    .toString('latin1')
    .replace(/(<link>|<guid[^>]*>|<id>|<link[^>]*href=")\s*(https?:\/\/)/g, `$1$2f${n}.`);
  return Buffer.from(text, 'latin1');
}

async function startServers(
  bodies: Buffer[],
): Promise<{ urls: string[]; requests: () => number; close: () => Promise<void> }> {
  const tags = bodies.map((b) => `"${createHash('sha1').update(b).digest('hex').slice(0, 16)}"`);
  let requests = 0;
  const handler: http.RequestListener = (req, res) => {
    requests += 1;
    const n = Number(/^\/f\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    const body = bodies[n];
    if (body === undefined) {
      res.writeHead(404);
      res.end();
    } else if (req.headers['if-none-match'] === tags[n]) {
      res.writeHead(304, { etag: tags[n] });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/xml', etag: tags[n], 'content-length': body.length });
      res.end(body);
    }
  };
  const servers: http.Server[] = [];
  const origins: string[] = [];
  for (let h = 1; h <= HOSTS; h++) {
    const server = http.createServer({ keepAlive: true }, handler);
    await new Promise<void>((r) => server.listen(0, `127.0.0.${h}`, r));
    servers.push(server);
    origins.push(`http://127.0.0.${h}:${(server.address() as { port: number }).port}`);
  }
  return {
    urls: bodies.map((_, n) => `${origins[n % HOSTS]}/f/${n}.xml`),
    requests: () => requests,
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
    },
  };
}

/** Runs `herald ARGS` (the built CLI) and samples its peak resident memory while it runs. */
function herald(
  args: string[],
  env: Record<string, string>,
): Promise<{ out: string; err: string; code: number | null; ms: number; peakMb: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'herald'), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let out = '';
    let err = '';
    let peakMb = 0;
    const sample = setInterval(() => {
      // VmHWM only grows; a read after the child has gone gives NaN and is ignored.
      const now = peakRssMb(child.pid as number);
      if (Number.isFinite(now)) peakMb = Math.max(peakMb, now);
    }, 20);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      clearInterval(sample);
      done({ out, err, code, ms: performance.now() - started, peakMb });
    });
  });
}

type Outcome = { id: number; outcome: string };

export async function runFeedsBench(options: BenchOptions): Promise<BenchRow[]> {
  const count = options.quick ? 100 : 1000;
  const saved = savedFeeds();
  const evaluation = evaluate(saved);
  for (const line of evaluation.lines) process.stderr.write(`${line}\n`);

  const bodies = Array.from({ length: count }, (_, n) => feedBody(saved[n % saved.length]!.bytes, n));
  const server = await startServers(bodies);
  const dir = mkdtempSync(join(tmpdir(), 'herald-feeds-bench-'));
  const env = { DATABASE_PATH: join(dir, 'herald.db'), FEEDS_ALLOW_PRIVATE: 'true' };
  try {
    writeFileSync(
      join(dir, 'feeds.opml'),
      writeOpml(
        server.urls.map((url, n) => ({ url, title: `Bench feed ${n}`, siteUrl: null })),
        new Date(),
      ),
    );
    const imported = await herald(['feed', 'import', join(dir, 'feeds.opml'), '--json'], env);
    if (imported.code !== 0) throw new Error(`import failed: ${imported.err}`);
    // The saved feeds link to real publishers' pages, which the bench must not fetch.
    const db = new Database(env.DATABASE_PATH);
    db.prepare("UPDATE feeds SET full_text = 'off'").run();
    db.close();

    let before = server.requests();
    const cold = await herald(['feed', 'poll', '--all', '--json'], env);
    const coldRequests = server.requests() - before;
    const coldOutcomes = JSON.parse(cold.out) as Outcome[];
    const reader = new Database(env.DATABASE_PATH, { readonly: true });
    const articles = {
      stored: (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
    };
    reader.close();

    before = server.requests();
    const warm = await herald(['feed', 'poll', '--all', '--json'], env);
    const warmRequests = server.requests() - before;
    const warmOutcomes = JSON.parse(warm.out) as Outcome[];

    const failed = coldOutcomes.filter((o) => o.outcome === 'failed');
    for (const o of failed.slice(0, 5)) process.stderr.write(`cold failure: ${JSON.stringify(o)}\n`);
    return [
      ...evaluation.rows,
      check(
        `cold round: every feed stored (${coldOutcomes.filter((o) => o.outcome === 'new').length}/${count})`,
        failed.length === 0 && coldOutcomes.length === count,
        'all',
      ),
      info(`cold round, ${count} feeds (herald feed poll --all)`, cold.ms / 1000, 's'),
      info('cold round requests per second', coldRequests / (cold.ms / 1000), 'req/s'),
      info('articles stored', articles.stored, 'articles'),
      info('articles stored per second (cold)', articles.stored / (cold.ms / 1000), 'articles/s'),
      atMost('cold round peak resident memory', cold.peakMb, 'MB', 250),
      check(
        `warm round: every feed 304 (${warmOutcomes.filter((o) => o.outcome === 'not-modified').length}/${count})`,
        warmOutcomes.length === count && warmOutcomes.every((o) => o.outcome === 'not-modified'),
        'all',
      ),
      atMost(`warm round, ${count} feeds (herald feed poll --all)`, warm.ms / 1000, 's', 10),
      info('warm round requests per second', warmRequests / (warm.ms / 1000), 'req/s'),
      atMost('warm round peak resident memory', warm.peakMb, 'MB', 250),
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runFeedsBench);
