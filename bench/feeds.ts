// Issue 11 §10: 1,000 feeds on a loopback server made from ../shared/feeds, polled once cold (every
// feed new: fetch, decode, parse, analyse, store) and once warm (every feed answers 304): wall time,
// requests per second, articles stored per second, and peak memory. Before that, an evaluation: every
// saved feed in ../shared/feeds decodes, parses and yields articles. `npm run bench:feeds`.
// The server runs in this process too, so the peak memory includes it (an upper bound for Herald).
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeFeedBytes } from '../src/feeds/decode.js';
import { entryToArticle } from '../src/feeds/items.js';
import { parseFeedText } from '../src/feeds/parse.js';
import { pollFeeds } from '../src/feeds/poller.js';
import { setUpFeeds } from '../src/feeds/setup.js';
import { openStore } from '../src/store/index.js';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { peakRssMb } from './lib/stats.js';

const FEEDS_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'feeds');
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
    const articles = result.document.entries.map((e) => entryToArticle(e, result.document.title ?? name)).filter((a) => a !== null);
    if (articles.length > 0) withArticles += 1;
    lines.push(`${name}: ${result.document.format}, "${result.document.title}", ${result.document.entries.length} items, ${articles.length} articles; first: ${articles[0]?.title ?? '—'}`);
  }
  return {
    lines,
    rows: [
      check(`saved feeds parsed (${parsed}/${feeds.length})`, parsed === feeds.length, 'all'),
      check(`saved feeds giving articles (${withArticles}/${feeds.length})`, withArticles === feeds.length, 'all'),
    ],
  };
}

/** Feed n: a saved feed with its links and ids made its own, so every feed's articles are distinct. */
function feedBody(source: Buffer, n: number): Buffer {
  const text = source.toString('latin1').replace(/(<link>|<guid[^>]*>|<id>|<link[^>]*href=")\s*(https?:\/\/)/g, `$1$2f${n}.`);
  return Buffer.from(text, 'latin1');
}

async function startServers(bodies: Buffer[]): Promise<{ urls: string[]; requests: () => number; close: () => Promise<void> }> {
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

export async function runFeedsBench(options: BenchOptions): Promise<BenchRow[]> {
  const count = options.quick ? 100 : 1000;
  const saved = savedFeeds();
  const evaluation = evaluate(saved);
  for (const line of evaluation.lines) process.stderr.write(`${line}\n`);

  const bodies = Array.from({ length: count }, (_, n) => feedBody(saved[n % saved.length]!.bytes, n));
  const server = await startServers(bodies);
  const dir = mkdtempSync(join(tmpdir(), 'herald-feeds-bench-'));
  const store = openStore(join(dir, 'herald.db'));
  const feedConfig = { allowPrivate: true, timeoutSeconds: 15, maxBytes: 10 * 1024 * 1024, userAgent: null, defaultIntervalMinutes: 10, minIntervalSeconds: 120, concurrency: 8 };
  const feeds = setUpFeeds(store, feedConfig, { version: 'bench', now: Date.now });
  try {
    feeds.service.importFeeds(server.urls.map((url, n) => ({ url, title: `Bench feed ${n}`, siteUrl: null })));
    // The saved feeds link to real publishers' pages, which the bench must not fetch.
    for (const feed of store.feeds.all()) store.feeds.update(feed.id, { fullText: 'off' });
    const all = store.feeds.all();

    let requestsBefore = server.requests();
    let start = performance.now();
    const cold = await pollFeeds(feeds.service, all, feeds.limits);
    const coldMs = performance.now() - start;
    const coldRequests = server.requests() - requestsBefore;
    const articles = store.articles.count();

    requestsBefore = server.requests();
    start = performance.now();
    const warm = await pollFeeds(feeds.service, store.feeds.all(), feeds.limits);
    const warmMs = performance.now() - start;
    const warmRequests = server.requests() - requestsBefore;

    const coldFailed = cold.filter((o) => o.outcome === 'failed');
    for (const o of coldFailed.slice(0, 5)) process.stderr.write(`cold failure: feed ${o.id}: ${o.error}\n`);
    return [
      ...evaluation.rows,
      check(`cold round: every feed stored (${cold.filter((o) => o.outcome === 'new').length}/${count})`, coldFailed.length === 0, 'all'),
      info(`cold round, ${count} feeds`, coldMs / 1000, 's'),
      info('cold round requests per second', coldRequests / (coldMs / 1000), 'req/s'),
      info('articles stored', articles, 'articles'),
      info('articles stored per second (cold)', articles / (coldMs / 1000), 'articles/s'),
      check(`warm round: every feed 304 (${warm.filter((o) => o.outcome === 'not-modified').length}/${count})`, warm.every((o) => o.outcome === 'not-modified'), 'all'),
      atMost(`warm round, ${count} feeds`, warmMs / 1000, 's', 10),
      info('warm round requests per second', warmRequests / (warmMs / 1000), 'req/s'),
      atMost('peak resident memory (bench process, server included)', peakRssMb(), 'MB', 250),
    ];
  } finally {
    feeds.close();
    store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runFeedsBench);
