// Issue 12 §10: 1,000 channel subscriptions over 200 loopback feeds, 2,000 new items in one round, posted by
// the real bot (a child process, `node dist/src/main.js`) through the Discord stand-in with Discord's limits
// simulated (50 requests/s global, 5 messages per 5 s in a channel): posts expected and delivered, none
// twice, time until every post is in against the rate-limit floor for that load, and the bot's peak memory.
// The new items are stored by `herald feed poll --all` in another process, as a cron job would store them. `npm run bench:posts [-- --scale 0.1]` (default: the issue's numbers).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { setUpFeeds } from '../src/feeds/setup.js';
import { openSqliteStore } from '../src/store/index.js';
import { startStandIn } from '../test/e2e/stand-in/index.js';
import { rss, send, startFeedServer, type RssItem } from '../test/feeds/feed-server.js';
import { startBot } from './lib/bot.js';
import { REPO_ROOT } from './lib/corpus.js';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { peakRssMb } from './lib/stats.js';
import { createRandom } from './lib/synth.js';

const SUBSCRIPTIONS = 1000;
const FEEDS = 200;
const NEW_ITEMS = 2000;
/** Discord's limits, as the stand-in enforces them. */
const GLOBAL_PER_SECOND = 50;
const CHANNEL_LIMIT = { limit: 5, windowMs: 5000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `--scale F` shrinks every count by F (the default, 1, is the issue's load). */
function readScale(argv: string[] = process.argv.slice(2)): number {
  const at = argv.indexOf('--scale');
  const raw = at === -1 ? undefined : argv[at + 1];
  if (raw === undefined) return 1;
  const scale = Number(raw);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be a number in (0, 1], got ${raw}`);
  return scale;
}

/** Lower-case made-up words: every item its own story (no shared shingles, no names for the entity rule). */
function storyText(random: () => number, sentences: number): string {
  const syllables = [
    'ka',
    'lo',
    'mer',
    'tan',
    'vi',
    'sul',
    'ro',
    'pen',
    'da',
    'gor',
    'li',
    'nus',
    'té',
    'bar',
  ];
  const word = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * 14)]).join('');
  return Array.from({ length: sentences }, () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 6) }, word).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  }).join(' ');
}

/**
 * The least time Discord's limits allow for the load: the global limit (fixed one-second windows) and each
 * channel's (its posts in groups of `limit`, one window apart), whichever is longer.
 */
export function rateLimitFloorSeconds(requests: number, postsPerChannel: number): number {
  const global = requests / GLOBAL_PER_SECOND;
  const channel = (Math.ceil(postsPerChannel / CHANNEL_LIMIT.limit) - 1) * (CHANNEL_LIMIT.windowMs / 1000);
  return Math.max(global, channel);
}

/** `herald feed poll --all --json` in its own process, as a user or cron job would run it; its stdout. */
function pollInAnotherProcess(env: Record<string, string>, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'herald'), 'feed', 'poll', '--all', '--json'],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`herald feed poll exited ${code}`)),
    );
  });
}

export async function runPostsBench(options: BenchOptions): Promise<BenchRow[]> {
  const scale = options.quick ? 0.1 : readScale();
  const feedCount = Math.max(1, Math.round(FEEDS * scale));
  const subCount = Math.max(feedCount, Math.round(SUBSCRIPTIONS * scale));
  const itemsPerFeed = Math.round(NEW_ITEMS / FEEDS);
  const random = createRandom(12);
  const names = Array.from({ length: subCount }, (_, i) => `posts-${i}`);
  const standIn = await startStandIn({ guilds: [{ name: 'Posts bench', channels: names }] });
  const server = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'herald-posts-bench-'));
  const dbPath = join(dir, 'herald.db');
  const config = parseConfig({ DATABASE_PATH: dbPath, FEEDS_ALLOW_PRIVATE: 'true' }, { requireToken: false });
  const items: RssItem[][] = [];
  const route = (f: number) => {
    server.route(`/f/${f}.xml`, (req, res) => send(rss(`Bench feed ${f}`, items[f] ?? []))(req, res));
  };
  const item = (f: number, n: number): RssItem => ({
    title: `Feed ${f} item ${n}: ${storyText(random, 1).slice(0, 60)}`,
    link: `https://news.example/f${f}/${n}`,
    guid: `f${f}-${n}`,
    description: storyText(random, 4),
    pubDate: new Date().toUTCString(),
  });
  for (let f = 0; f < feedCount; f++) {
    items.push([item(f, 0)]);
    route(f);
  }

  // The feeds, their first fetch (stored as seen: never posted) and the subscriptions, before the bot starts.
  const store = openSqliteStore(dbPath);
  const feeds = setUpFeeds(store, config.feeds, { version: 'bench', now: Date.now });
  const feedIds: number[] = [];
  for (let f = 0; f < feedCount; f++) {
    const added = await feeds.service.addFeed(server.url(`/f/${f}.xml`), {
      name: `Bench feed ${f}`,
      intervalMinutes: 24 * 60, // the bot's own poller leaves them alone during the run
    });
    if (!added.ok) throw new Error(`feed ${f}: ${added.problem.code}`);
    feedIds.push(added.feed.id);
  }
  feeds.close();
  const createdAt = Date.now();
  store.db.transaction(() => {
    names.forEach((name, i) =>
      store.posts.subscribe({
        guildId: standIn.guildId,
        channelId: standIn.channelId(name),
        feedId: feedIds[i % feedCount]!,
        filter: null,
        roleId: null,
        format: 'full',
        mode: 'post',
        publish: false,
        createdBy: null,
        createdAt,
      }),
    );
  })();
  store.close();

  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir);
  const bot = startBot({
    apiBase: standIn.apiBase,
    articlesDir,
    databasePath: dbPath,
    cwd: dir,
    extra: { FEEDS_ALLOW_PRIVATE: 'true', POST_CHECK_SECONDS: '1' },
  });
  try {
    await bot.waitForLine(/ INFO ready( |$)/, 60_000);
    await sleep(3000); // the bot's first round (the catch-up after start) finds nothing new
    standIn.setGlobalRateLimit(GLOBAL_PER_SECOND);
    standIn.setChannelRateLimit(CHANNEL_LIMIT);
    const channelIds = new Set(names.map((n) => standIn.channelId(n)));
    const posts = () =>
      standIn.allMessages().filter((m) => channelIds.has(m.channelId) && m.source === 'channel');
    if (posts().length > 0) throw new Error('the bot posted before the new items arrived');

    // One round: every feed gets its new items, stored by the feed service as `herald feed poll` would.
    for (let f = 0; f < feedCount; f++) for (let n = 1; n <= itemsPerFeed; n++) items[f]!.unshift(item(f, n));
    const idlePeak = peakRssMb(bot.pid);
    const started = performance.now();
    const startedAt = Date.now();
    const polled = await pollInAnotherProcess({ DATABASE_PATH: dbPath, FEEDS_ALLOW_PRIVATE: 'true' }, dir);
    const storedS = (performance.now() - started) / 1000;
    const outcomes = JSON.parse(polled) as Array<{
      id: number;
      outcome: string;
      new: number;
      error: string | null;
    }>;
    const newItems = outcomes.reduce((n, o) => n + o.new, 0);
    // A feed that failed its poll is named, so a short count says why.
    for (const o of outcomes.filter((o) => o.new !== itemsPerFeed))
      process.stderr.write(`feed ${o.id}: ${o.outcome}, ${o.new} new${o.error ? `: ${o.error}` : ''}\n`);
    const expected = subCount * itemsPerFeed;

    // Wait for every post, stopping once posting has stalled for 30 s.
    let seen = 0;
    let lastChange = Date.now();
    while (posts().length < expected && Date.now() - lastChange < 30_000) {
      const n = posts().length;
      if (n !== seen) [seen, lastChange] = [n, Date.now()];
      await sleep(500);
    }
    await sleep(3000); // anything sent twice would arrive now
    const all = posts();
    const perChannelArticle = new Map<string, number>();
    for (const m of all) {
      const url = (m.api.embeds as Array<{ url?: string }> | undefined)?.[0]?.url ?? String(m.api.content);
      const key = `${m.channelId} ${url}`;
      perChannelArticle.set(key, (perChannelArticle.get(key) ?? 0) + 1);
    }
    const delivered = perChannelArticle.size;
    const duplicates = all.length - delivered;
    const lastAt = Math.max(...all.map((m) => m.createdAt));
    const seconds = delivered >= expected ? (lastAt - startedAt) / 1000 : Infinity;
    const floor = rateLimitFloorSeconds(expected, itemsPerFeed);
    const peak = peakRssMb(bot.pid);
    const stats = standIn.stats();
    const label = `posts (${subCount} subscriptions, ${feedCount} feeds, ${newItems} new items)`;
    return [
      info(`${label}: posts expected`, expected, ''),
      check(`${label}: posts delivered ${delivered} of ${expected}`, delivered === expected, 'all'),
      check(
        `${label}: duplicates ${duplicates} (nonce repeats ${stats.nonceRepeats})`,
        duplicates === 0,
        'none',
      ),
      info(`${label}: new items stored (feed poll) in`, storedS, 's'),
      info(`${label}: every post in after (from the poll's start)`, seconds, 's'),
      info(`${label}: rate-limit floor for that load`, floor, 's'),
      atMost(`${label}: time over the floor`, seconds / floor, '×', 1.2),
      info(`${label}: global 429s`, stats.globalRateLimited, ''),
      info(`${label}: channel 429s`, stats.channelRateLimited, ''),
      info(`${label}: bot peak resident memory before the round`, idlePeak, 'MB'),
      atMost(`${label}: bot peak resident memory`, peak, 'MB', 250),
    ];
  } finally {
    await bot.stop();
    await standIn.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runPostsBench);
