import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { snowflakeTime } from '../../src/web/discord-hooks.js';
import { createMetrics } from '../../src/web/metrics.js';
import { digestsWaiting } from '../../src/web/queues.js';
import { createTempStore } from '../helpers/temp-store.js';
import { storedArticle } from '../helpers/varied-articles.js';
import { FakeGateway, NOW, startWeb, type Running } from './fixtures.js';

let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function seed(store: Store): void {
  store.articles.upsert(
    ['a', 'b', 'c'].map((id, i) =>
      storedArticle(id, `Story ${id}`, `Text of story ${id}.`, { ingestedAt: NOW - i * 3_600_000 }),
    ),
  );
  const ok = store.feeds.add({
    url: 'https://feeds.example/ok.xml',
    title: 'Fine feed',
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: 'auto',
    nextFetchAt: NOW,
    createdAt: NOW,
  });
  const bad = store.feeds.add({
    url: 'https://feeds.example/bad.xml',
    title: 'Broken <feed>',
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: 'auto',
    nextFetchAt: NOW,
    createdAt: NOW,
  });
  store.feeds.update(ok.id, { httpStatus: 200, lastFetchAt: NOW - 60_000 });
  store.feeds.update(bad.id, {
    state: 'failing',
    reason: 'HTTP 503 <from upstream>',
    failures: 4,
    httpStatus: 503,
    lastFetchAt: NOW - 60_000,
  });
  store.feeds.putItem(ok.id, { itemKey: 'k1', articleId: 'a', contentHash: 'h1' }, NOW - 1000, true);
  const sub = store.posts.subscribe({
    guildId: '1'.repeat(18),
    channelId: '2'.repeat(18),
    feedId: ok.id,
    filter: null,
    roleId: null,
    format: 'full',
    mode: 'post',
    publish: false,
    createdBy: null,
    createdAt: NOW - 86_400_000,
  });
  const [first, second] = store.posts.record(
    sub.id,
    3,
    [
      { subscriptionId: sub.id, articleId: 'a', kind: 'article', channelId: sub.channelId },
      { subscriptionId: sub.id, articleId: 'b', kind: 'article', channelId: sub.channelId },
      { subscriptionId: sub.id, articleId: 'c', kind: 'article', channelId: sub.channelId },
    ],
    NOW - 5000,
  );
  store.posts.markSent(first!.id, '9'.repeat(18), NOW - 4000);
  store.posts.markFailed(second!.id, 'Missing Access <403>', NOW - 3000);
}

interface Scrape {
  /** `# TYPE` of each metric family. */
  types: Map<string, string>;
  /** `name{labels}` → value, for every sample line. */
  series: Map<string, number>;
}

/** The Prometheus text format, line by line: every line must be a comment or a sample. */
function parseMetrics(text: string): Scrape {
  const types = new Map<string, string>();
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
      expect(m, line).not.toBeNull();
      if (m![1] === 'TYPE') types.set(m![2]!, m![3]!);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (-?[0-9.e+-]+|NaN|Nan|[+-]Inf)$/.exec(line);
    expect(m, line).not.toBeNull();
    series.set(m![1]!, Number(m![2]));
  }
  return { types, series };
}

/** Herald's own series (process and Node metrics left out), as an object for one toEqual. */
function heraldSeries(scrape: Scrape): Record<string, number> {
  return Object.fromEntries([...scrape.series].filter(([name]) => name.startsWith('herald_')));
}

const HOUR = 3_600_000;
const ACK_BUCKETS = ['0.05', '0.1', '0.25', '0.5', '1', '1.5', '2', '2.5', '3', '5', '+Inf'];

/** Digest subscriptions in every queue state, and feed fetches in the log, on top of `seed`. */
function seedQueues(store: Store): void {
  const digest = (name: string, cron: string, createdAt: number) =>
    store.subscriptions.add({
      guildId: '1'.repeat(18),
      channelId: '3'.repeat(18),
      name,
      schedule: cron,
      cron,
      timeZone: 'UTC',
      topic: null,
      maxItems: 5,
      createdBy: null,
      createdAt,
    }).id;
  const delivery = (subscriptionId: number, slot: number) => ({
    subscriptionId,
    slot,
    status: 'sending' as const,
    nonce: `n-${subscriptionId}-${slot}`,
    periodStart: slot - HOUR,
    periodEnd: slot,
    articleIds: [],
    updatedAt: slot,
  });
  // Due: hourly, made two hours ago, never run (its 11:00 and 12:00 runs have come).
  digest('due hourly', '0 * * * *', NOW - 2 * HOUR - 60_000);
  // Not due: its 12:00 run is recorded as sent; the next is at 13:00.
  const done = digest('sent hourly', '0 * * * *', NOW - 5 * HOUR);
  store.deliveries.begin(delivery(done, NOW));
  store.deliveries.markSent(done, NOW, '8'.repeat(18), [], NOW);
  // Being sent: daily at 12:00, recorded and not yet marked.
  const sending = digest('sending daily', '0 12 * * *', NOW - 50 * HOUR);
  store.deliveries.begin(delivery(sending, NOW));
  // Paused: never due, however long it has not run.
  const paused = digest('paused hourly', '0 * * * *', NOW - 90 * HOUR);
  store.subscriptions.setPaused(paused, 'Missing Access');
  // Not due yet: made at 11:30, first run at 13:00 (daily 13:00).
  digest('later daily', '0 13 * * *', NOW - HOUR / 2);
  const [ok, bad] = store.feeds.all();
  const log = (feedId: number, outcome: string, httpStatus: number | null, ago: number) =>
    store.feeds.logFetch({
      feedId,
      at: NOW - ago,
      outcome,
      httpStatus,
      durationMs: 80,
      items: 0,
      error: null,
    });
  log(ok!.id, 'new', 200, 3 * HOUR);
  log(ok!.id, 'unchanged', 200, 2 * HOUR);
  log(ok!.id, 'not-modified', 304, HOUR);
  log(bad!.id, 'failed', 503, 2 * HOUR);
  log(bad!.id, 'failed', 503, HOUR);
}

describe('/healthz', () => {
  it('is 200 with every part named when the gateway is connected and the database answers', async () => {
    running = await startWeb();
    const res = await running.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', gateway: 'connected', database: 'ok' });
  });

  it('is 503 naming the gateway when it drops', async () => {
    running = await startWeb();
    running.gateway.up = false;
    const res = await running.get('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'fail', gateway: 'disconnected', database: 'ok' });
  });

  it('is 503 naming the database when it no longer answers', async () => {
    running = await startWeb();
    running.store.close();
    const res = await running.get('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'fail', gateway: 'connected', database: 'unavailable' });
  });
});

describe('/metrics', () => {
  it('still answers while the database does not: 0 for the database, the last values read, the rest live', async () => {
    running = await startWeb({ seed });
    const before = parseMetrics(await (await running.get('/metrics')).text());
    running.store.close();
    const res = await running.get('/metrics');
    expect(res.status).toBe(200);
    const during = parseMetrics(await res.text());
    expect(during.series.get('herald_database_up')).toBe(0);
    expect(heraldSeries(during)).toEqual({ ...heraldSeries(before), herald_database_up: 0 });
    expect(before.series.get('herald_articles_stored')).toBe(3);
    expect(during.series.get('herald_gateway_connected')).toBe(1);
    expect(during.series.get('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('is Prometheus text with every named series, each of the right type and value', async () => {
    running = await startWeb({
      seed(store) {
        seed(store);
        seedQueues(store);
      },
    });
    const res = await running.get('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const scrape = parseMetrics(await res.text());
    expect(Object.fromEntries([...scrape.types].filter(([name]) => name.startsWith('herald_')))).toEqual({
      herald_articles_stored: 'gauge',
      herald_database_up: 'gauge',
      herald_feeds: 'gauge',
      herald_feed_last_fetch: 'gauge',
      herald_feed_fetches_total: 'counter',
      herald_posts: 'gauge',
      herald_digests: 'gauge',
      herald_queue_length: 'gauge',
      herald_gateway_connected: 'gauge',
      herald_guilds: 'gauge',
      herald_discord_rest_responses_total: 'counter',
      herald_discord_rate_limited_total: 'counter',
      herald_interaction_ack_seconds: 'histogram',
    });
    expect(heraldSeries(scrape)).toEqual({
      herald_articles_stored: 3,
      herald_database_up: 1,
      'herald_feeds{state="failing"}': 1,
      'herald_feeds{state="ok"}': 1,
      'herald_feeds{state="paused"}': 0,
      'herald_feed_last_fetch{outcome="2xx"}': 1,
      'herald_feed_last_fetch{outcome="5xx"}': 1,
      'herald_feed_fetches_total{outcome="new"}': 1,
      'herald_feed_fetches_total{outcome="unchanged"}': 1,
      'herald_feed_fetches_total{outcome="not-modified"}': 1,
      'herald_feed_fetches_total{outcome="failed"}': 2,
      'herald_posts{status="pending"}': 1,
      'herald_posts{status="sent"}': 1,
      'herald_posts{status="failed"}': 1,
      'herald_posts{status="skipped"}': 0,
      'herald_digests{status="sending"}': 1,
      'herald_digests{status="sent"}': 1,
      'herald_digests{status="failed"}': 0,
      'herald_digests{status="empty"}': 0,
      'herald_digests{status="paused"}': 0,
      'herald_queue_length{queue="posts"}': 1,
      'herald_queue_length{queue="digests"}': 2,
      herald_gateway_connected: 1,
      herald_guilds: 3,
      'herald_discord_rest_responses_total{class="2xx"}': 0,
      'herald_discord_rest_responses_total{class="3xx"}': 0,
      'herald_discord_rest_responses_total{class="4xx"}': 0,
      'herald_discord_rest_responses_total{class="5xx"}': 0,
      herald_discord_rate_limited_total: 0,
      ...Object.fromEntries(
        ACK_BUCKETS.map((le) => [`herald_interaction_ack_seconds_bucket{le="${le}"}`, 0]),
      ),
      herald_interaction_ack_seconds_sum: 0,
      herald_interaction_ack_seconds_count: 0,
    });
    expect(scrape.types.get('process_cpu_user_seconds_total')).toBe('counter');
    // CPU time counts from the registry's start, in the kernel's ticks: a scrape right after it may
    // read 0 on a busy machine. Spend 20 ms of CPU, and the next scrape must have counted them.
    const before = scrape.series.get('process_cpu_user_seconds_total') ?? NaN;
    expect(before).toBeGreaterThanOrEqual(0);
    const spent = process.cpuUsage();
    while (process.cpuUsage(spent).user < 20_000) Math.sqrt(Math.random());
    const again = parseMetrics(await (await running.get('/metrics')).text());
    expect(again.series.get('process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(before + 0.02);
    expect(scrape.types.get('nodejs_heap_size_used_bytes')).toBe('gauge');
    expect(scrape.series.get('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(scrape.series.get('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts feed fetches made by another process, and pruning the fetch log never lowers the count', async () => {
    const temp = createTempStore('herald-metrics-');
    running = await startWeb({ databasePath: temp.store.path, seed: seed });
    const [feed] = temp.store.feeds.all();
    const fetchesTotal = async () => {
      const { series } = parseMetrics(await (await running!.get('/metrics')).text());
      return ['new', 'unchanged', 'not-modified', 'failed'].map(
        (outcome) => series.get(`herald_feed_fetches_total{outcome="${outcome}"}`) ?? NaN,
      );
    };
    expect(await fetchesTotal()).toEqual([0, 0, 0, 0]);
    // The other connection stands for `herald feed poll` or the bot's poller: 70 fetches, more than the log keeps.
    for (let i = 0; i < 70; i++) {
      temp.store.feeds.logFetch({
        feedId: feed!.id,
        at: NOW + i * 1000,
        outcome: i % 10 === 9 ? 'failed' : i % 2 === 0 ? 'unchanged' : 'not-modified',
        httpStatus: i % 10 === 9 ? 500 : i % 2 === 0 ? 200 : 304,
        durationMs: 40,
        items: 0,
        error: null,
      });
    }
    expect(temp.store.feeds.fetches(feed!.id)).toHaveLength(50);
    expect(await fetchesTotal()).toEqual([0, 35, 28, 7]);
    temp.remove();
  });
});

describe('queue lengths', () => {
  it('counts each digest whose run has come and each run being sent, and no paused or later one', () => {
    const store = openStore(':memory:');
    seed(store);
    seedQueues(store);
    const rows = store.status.digests();
    const sending = store.status.digestsByStatus().sending ?? 0;
    expect(rows.map((d) => [d.name, digestsWaiting([d], 0, NOW)])).toEqual([
      ['due hourly', 1],
      ['sent hourly', 0],
      ['sending daily', 0],
      ['paused hourly', 0],
      ['later daily', 0],
    ]);
    expect(digestsWaiting(rows, sending, NOW)).toBe(2);
    // At 13:00 the hourly ones and the 13:00 daily one have come; the paused one still has not.
    expect(digestsWaiting(rows, 0, NOW + HOUR)).toBe(3);
    store.close();
  });
});

describe('pages show the state', () => {
  it('overview counts, a failing feed with its reason, and every delivery with its status', async () => {
    running = await startWeb({ seed });
    const overview = await (await running.get('/')).text();
    expect(overview).toMatch(/Articles stored<\/small><b class="">3</);
    expect(overview).toMatch(/Added today \(UTC\)<\/small><b class="">3</);
    expect(overview).toMatch(/Servers<\/small><b class="">3</);
    expect(overview).toContain('1 failing, 1 ok');
    const feeds = await (await running.get('/feeds')).text();
    expect(feeds).toContain('Broken &lt;feed&gt;');
    expect(feeds).toContain('HTTP 503 &lt;from upstream&gt;');
    const deliveries = await (await running.get('/deliveries')).text();
    const statuses = [...deliveries.matchAll(/<span class="(\w+)">\1<\/span/g)].map((m) => m[1]);
    expect(statuses).toEqual(['failed', 'delivered', 'pending']);
    expect(deliveries).toContain('Missing Access &lt;403&gt;');
    for (const title of ['Story a', 'Story b', 'Story c']) expect(deliveries).toContain(title);
  });
});

describe('Discord timings', () => {
  it('reads the creation time from a snowflake (the example in Discord’s docs)', () => {
    expect(new Date(snowflakeTime('175928847299117063')).toISOString()).toBe('2016-04-30T11:18:25.796Z');
  });

  it('counts REST responses by class, 429s apart, and acknowledgement times in the histogram', async () => {
    const store = openStore(':memory:');
    const metrics = createMetrics(store.status, new FakeGateway(), { processMetrics: false });
    for (const status of [200, 204, 404, 429, 429, 502]) metrics.observeRest(status);
    for (const seconds of [0.2, 0.7, 4]) metrics.observeAck(seconds);
    const { series } = parseMetrics(await metrics.registry.metrics());
    store.close();
    expect(series.get('herald_discord_rest_responses_total{class="2xx"}')).toBe(2);
    expect(series.get('herald_discord_rest_responses_total{class="4xx"}')).toBe(3);
    expect(series.get('herald_discord_rest_responses_total{class="5xx"}')).toBe(1);
    expect(series.get('herald_discord_rate_limited_total')).toBe(2);
    expect(series.get('herald_interaction_ack_seconds_bucket{le="0.25"}')).toBe(1);
    expect(series.get('herald_interaction_ack_seconds_bucket{le="1"}')).toBe(2);
    expect(series.get('herald_interaction_ack_seconds_bucket{le="3"}')).toBe(2);
    expect(series.get('herald_interaction_ack_seconds_bucket{le="+Inf"}')).toBe(3);
    expect(series.get('herald_interaction_ack_seconds_count')).toBe(3);
  });
});
