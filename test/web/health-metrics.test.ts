import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { snowflakeTime } from '../../src/web/discord-hooks.js';
import { createMetrics } from '../../src/web/metrics.js';
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

/** `name{labels} value` lines of the Prometheus text format, by series. */
function parseMetrics(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) {
      expect(line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line), line).toBe(true);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (-?[0-9.e+-]+|NaN|Nan|[+-]Inf)$/.exec(line);
    expect(m, line).not.toBeNull();
    series.set(m![1]!, Number(m![2]));
  }
  return series;
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
  it('is Prometheus text with the store, Discord and process series', async () => {
    running = await startWeb({ seed });
    const res = await running.get('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const series = parseMetrics(await res.text());
    expect(series.get('herald_articles_stored')).toBe(3);
    expect(series.get('herald_feeds{state="ok"}')).toBe(1);
    expect(series.get('herald_feeds{state="failing"}')).toBe(1);
    expect(series.get('herald_feed_last_fetch{outcome="2xx"}')).toBe(1);
    expect(series.get('herald_feed_last_fetch{outcome="5xx"}')).toBe(1);
    expect(series.get('herald_posts{status="sent"}')).toBe(1);
    expect(series.get('herald_posts{status="failed"}')).toBe(1);
    expect(series.get('herald_posts{status="pending"}')).toBe(1);
    expect(series.get('herald_queue_length{queue="posts"}')).toBe(1);
    expect(series.get('herald_queue_length{queue="digests"}')).toBe(0);
    expect(series.get('herald_gateway_connected')).toBe(1);
    expect(series.get('herald_guilds')).toBe(3);
    expect(series.get('herald_interaction_ack_seconds_count')).toBe(0);
    expect(series.has('herald_interaction_ack_seconds_bucket{le="3"}')).toBe(true);
    expect(series.has('process_cpu_user_seconds_total')).toBe(true);
    expect(series.has('nodejs_heap_size_used_bytes')).toBe(true);
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
    const series = parseMetrics(await metrics.registry.metrics());
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
