import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import type { NewPostNotice } from '../../src/store/post-notices.js';
import { storedArticle } from '../helpers/varied-articles.js';
import { NOW, startWeb, tableRows, type Running } from './fixtures.js';

const MIN = 60_000;
const HOUR = 3_600_000;
const CHANNEL = '2'.repeat(18);
const OTHER_CHANNEL = '4'.repeat(18);

let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function subscribe(store: Store, channelId = CHANNEL): number {
  return store.posts.subscribe({
    guildId: '1'.repeat(18),
    channelId,
    feedId: null,
    filter: null,
    roleId: null,
    format: 'full',
    mode: 'post',
    publish: false,
    createdBy: null,
    createdAt: NOW - 30 * 24 * HOUR,
  }).id;
}

/** Records one post at `at`, marks it sent or failed when asked, and returns its id. */
function post(
  store: Store,
  sub: number,
  articleId: string,
  at: number,
  extra: {
    kind?: 'article' | 'merge';
    parentPostId?: number;
    channelId?: string;
    sentAt?: number;
    failed?: { at: number; reason: string };
  } = {},
): number {
  const [row] = store.posts.record(
    sub,
    0,
    [
      {
        subscriptionId: sub,
        articleId,
        kind: extra.kind ?? 'article',
        channelId: extra.channelId ?? CHANNEL,
        parentPostId: extra.parentPostId ?? null,
      },
    ],
    at,
  );
  if (extra.sentAt !== undefined) store.posts.markSent(row!.id, '9'.repeat(18), extra.sentAt);
  if (extra.failed) store.posts.markFailed(row!.id, extra.failed.reason, extra.failed.at);
  return row!.id;
}

/** A notice to CHANNEL, sent at `at` (or failed, with a reason, when `fail`). */
function notice(store: Store, n: Omit<NewPostNotice, 'channelId'>, at: number, fail = false): void {
  const row = store.posts.notices.record({ channelId: CHANNEL, ...n }, at)!;
  if (fail) store.posts.notices.markFailed(row.id, 'Missing Access', at);
  else store.posts.notices.markSent(row.id, '8'.repeat(18), at);
}

/** Every bar of a chart: its hour and count (from its title), x position and height. */
function bars(svg: string): Array<{ title: string; x: number; height: number }> {
  return [
    ...svg.matchAll(
      /<rect\s+x="([\d.]+)"\s+y="[\d.]+"\s+width="[\d.]+"\s+height="([\d.]+)"\s*><title>([^<]*)<\/title>/g,
    ),
  ].map((m) => ({ title: m[3]!, x: Number(m[1]), height: Number(m[2]) }));
}

function charts(body: string): string[] {
  return [...body.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

describe('the charts, with a fixed clock (12:00 UTC on 6 December)', () => {
  it('counts articles stored per hour over the last 7 days, the current hour last', async () => {
    running = await startWeb({
      seed(store) {
        const at = (id: string, ingestedAt: number) =>
          storedArticle(id, `Story ${id}`, `Text of ${id}.`, { ingestedAt, published: null });
        store.articles.upsert([
          at('too-old', NOW - 168 * HOUR),
          at('first-hour', NOW - 167 * HOUR),
          at('busy-1', NOW - 30 * HOUR + 5 * MIN),
          at('busy-2', NOW - 30 * HOUR + 5 * MIN),
          at('busy-3', NOW - 30 * HOUR + 30 * MIN),
          at('busy-4', NOW - 30 * HOUR + 59 * MIN),
          at('last-hour', NOW - 1),
          at('this-hour', NOW),
        ]);
      },
    });
    const body = await (await running.get('/charts')).text();
    const [articles] = charts(body);
    const drawn = bars(articles!);
    expect(drawn.map((b) => b.title)).toEqual([
      '2026-11-29 13:00 UTC: 1 articles stored',
      '2026-12-05 06:00 UTC: 4 articles stored',
      '2026-12-06 11:00 UTC: 1 articles stored',
      '2026-12-06 12:00 UTC: 1 articles stored',
    ]);
    // Bars stand at their hour: the first at the left edge of the plot, the current hour last of 168.
    const step = (840 - 30) / 168;
    expect(drawn.map((b) => b.x)).toEqual([0, 137, 166, 167].map((i) => Number((30 + i * step).toFixed(1))));
    expect(drawn.map((b) => b.height)).toEqual([33.8, 135, 33.8, 33.8]);
    expect(articles).toContain('aria-label="7 articles stored in the last 168 hours, at most 4 in one hour"');
    // One label under each midnight (UTC) in the window.
    const days = [...articles!.matchAll(/<text x="[\d.]+" y="155">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(days).toEqual(['11-30', '12-01', '12-02', '12-03', '12-04', '12-05', '12-06']);
  });

  it('counts posts sent per hour by the time they were sent; no story edit, failure or pending post', async () => {
    running = await startWeb({
      seed(store) {
        const sub = subscribe(store);
        post(store, sub, 'late', NOW - 3 * HOUR - 10 * MIN, { sentAt: NOW - 3 * HOUR + 5 * MIN });
        const lead = post(store, sub, 'lead', NOW - 2 * HOUR, { sentAt: NOW - 2 * HOUR });
        post(store, sub, 'merged', NOW - 90 * MIN, {
          kind: 'merge',
          parentPostId: lead,
          sentAt: NOW - 90 * MIN,
        });
        post(store, sub, 'failed', NOW - 80 * MIN, {
          failed: { at: NOW - 80 * MIN, reason: 'Missing Access' },
        });
        post(store, sub, 'pending', NOW - 70 * MIN);
        notice(store, { kind: 'catch-up', key: 'round-9', more: 12 }, NOW - 75 * MIN);
        post(store, sub, 'old', NOW - 8 * 24 * HOUR, { sentAt: NOW - 8 * 24 * HOUR });
      },
    });
    const [, posts] = charts(await (await running.get('/charts')).text());
    expect(bars(posts!).map((b) => b.title)).toEqual([
      '2026-12-06 09:00 UTC: 1 posts sent',
      '2026-12-06 10:00 UTC: 2 posts sent',
    ]);
  });
});

describe('the deliveries page', () => {
  it('lists posts and digests newest first: delivered, edited, failed with the reason, pending', async () => {
    running = await startWeb({
      seed(store) {
        store.articles.upsert(
          ['lead', 'merged', 'failed', 'pending'].map((id) =>
            storedArticle(id, `Story <${id}>`, `Text of ${id}.`),
          ),
        );
        const sub = subscribe(store);
        const lead = post(store, sub, 'lead', NOW - 50 * MIN, { sentAt: NOW - 50 * MIN });
        post(store, sub, 'merged', NOW - 40 * MIN, {
          kind: 'merge',
          parentPostId: lead,
          sentAt: NOW - 40 * MIN,
        });
        post(store, sub, 'failed', NOW - 30 * MIN, {
          failed: { at: NOW - 20 * MIN, reason: 'Missing Access <50001>' },
        });
        post(store, sub, 'pending', NOW - 10 * MIN);
        notice(store, { kind: 'catch-up', key: 'round-9', more: 12 }, NOW - 5 * MIN);
        notice(
          store,
          { kind: 'feed-paused', key: 'feed-3', reason: 'HTTP 410 <Gone>' },
          NOW - 45 * MIN,
          true,
        );
        const digest = store.subscriptions.add({
          guildId: '1'.repeat(18),
          channelId: OTHER_CHANNEL,
          name: 'Morning <news>',
          schedule: 'daily 09:00',
          cron: '0 9 * * *',
          timeZone: 'UTC',
          topic: null,
          maxItems: 5,
          createdBy: null,
          createdAt: NOW - 48 * HOUR,
        }).id;
        const run = (slot: number) => ({
          subscriptionId: digest,
          slot,
          status: 'sending' as const,
          nonce: `d-${slot}`,
          periodStart: slot - 24 * HOUR,
          periodEnd: slot,
          articleIds: [],
          updatedAt: slot,
        });
        store.deliveries.begin(run(NOW - 3 * HOUR));
        store.deliveries.markSent(digest, NOW - 3 * HOUR, '5'.repeat(18), [], NOW - 3 * HOUR + MIN);
        store.deliveries.begin(run(NOW - 27 * HOUR));
        store.deliveries.mark(digest, NOW - 27 * HOUR, 'failed', 'HTTP 500 from Discord', NOW - 27 * HOUR);
      },
    });
    const body = await (await running.get('/deliveries')).text();
    expect(tableRows(body)).toEqual([
      ['2026-12-06 11:55 UTC', 'post', CHANNEL, '12 more stories (catch-up line)', 'delivered'],
      ['2026-12-06 11:50 UTC', 'post', CHANNEL, 'Story &lt;pending&gt;', 'pending'],
      [
        '2026-12-06 11:40 UTC',
        'post',
        CHANNEL,
        'Story &lt;failed&gt;',
        'failed | Missing Access &lt;50001&gt;',
      ],
      ['2026-12-06 11:20 UTC', 'post', CHANNEL, 'Story &lt;merged&gt;', 'edited'],
      [
        '2026-12-06 11:15 UTC',
        'post',
        CHANNEL,
        'feed paused notice: HTTP 410 &lt;Gone&gt;',
        'failed | Missing Access',
      ],
      ['2026-12-06 11:10 UTC', 'post', CHANNEL, 'Story &lt;lead&gt;', 'delivered'],
      ['2026-12-06 09:01 UTC', 'digest', OTHER_CHANNEL, 'Morning &lt;news&gt;', 'delivered'],
      [
        '2026-12-05 09:00 UTC',
        'digest',
        OTHER_CHANNEL,
        'Morning &lt;news&gt;',
        'failed | HTTP 500 from Discord',
      ],
    ]);
    expect(body).not.toMatch(/<nav class="pager">\s*<a/);
  });

  it('pages 50 at a time, each delivery on exactly one page, even when many share a time', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    running = await startWeb({
      seed(store) {
        store.articles.upsert(ids.map((id) => storedArticle(id, `Story ${id}`, `Text of ${id}.`)));
        const sub = subscribe(store);
        // Forty posts a minute: the later ones share their time with others.
        ids.forEach((id, i) => post(store, sub, id, NOW - HOUR + Math.floor(i / 40) * MIN));
      },
    });
    const pages = await Promise.all(
      [1, 2, 3, 4].map(async (n) => (await running!.get(`/deliveries?page=${n}`)).text()),
    );
    const titles = pages.map((p) => tableRows(p).map((r) => r[3]));
    expect(titles.map((t) => t.length)).toEqual([50, 50, 20, 0]);
    const listed = titles.flat();
    expect(new Set(listed).size).toBe(120);
    expect(listed).toEqual([...ids].reverse().map((id) => `Story ${id}`));
    const links = pages.map((p) =>
      [...p.matchAll(/<a href="(\/deliveries\?page=\d+)">(\w+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`),
    );
    expect(links.slice(0, 3)).toEqual([
      ['Older /deliveries?page=2'],
      ['Newer /deliveries?page=1', 'Older /deliveries?page=3'],
      ['Newer /deliveries?page=2'],
    ]);
  });
});
