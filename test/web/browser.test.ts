// The status page in headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run), against the
// real bot on the Discord stand-in. Screenshots go to test-artifacts/status-page/ (not committed).
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { BRIDGE, BUDGET } from '../e2e/fixtures.js';
import { run, startHarness, type Harness } from '../e2e/harness.js';
import { rss, send, startFeedServer } from '../feeds/feed-server.js';
import { addFailingFeed, launchChromium } from './browser-fixtures.js';
import { freePort, tableRows } from './fixtures.js';

const SHOTS = join(process.cwd(), 'test-artifacts', 'status-page');
const HOSTILE = `---
title: <script>window.pwned=1</script>"><img src=x onerror="window.pwned=2"> Ferry strike
url: javascript:window.pwned=3
source: Bad <b>Source</b>
published: 2026-11-22T08:00:00Z
---

The ferry crews went on strike on Friday morning over the new rota.
`;

let harness: Harness;
let browser: Browser;
let base: string;
const problems: string[] = [];

async function open(path: string, shot: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('dialog', (d) => problems.push(`${path}: dialog ${d.message()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) problems.push(`${path}: request to ${r.url()}`);
  });
  const res = await page.goto(base + path);
  expect(res?.status(), path).toBe(200);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  return page;
}

beforeAll(async () => {
  const port = await freePort();
  harness = await startHarness({
    articles: { 'bridge.md': BRIDGE, 'budget.md': BUDGET, 'hostile.md': HOSTILE },
    env: { STATUS_PORT: String(port) },
  });
  base = `http://127.0.0.1:${port}`;
  // A feed that failed, as the poller records it (the poller runs beside the bot, in main.ts).
  addFailingFeed(harness.config.databasePath, {
    url: 'http://127.0.0.1:9/feed.xml',
    title: 'Lighthouse News',
    reason: 'connection refused by 127.0.0.1:9',
    failures: 3,
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe('the status page in a browser', () => {
  it('shows the overview with the bot connected and the right counts', async () => {
    const page = await open('/', 'overview');
    const cards = await page.locator('.card').allInnerTexts();
    expect(cards.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining([
        'Gateway connected',
        'Articles stored 3',
        'Added today (UTC) 3',
        'Feeds 1 failing',
      ]),
    );
  });

  it('shows a failing feed with its reason', async () => {
    const page = await open('/feeds', 'feeds');
    const row = page.locator('tr', { hasText: 'Lighthouse News' });
    expect(await row.innerText()).toContain('failing');
    expect(await row.innerText()).toContain('connection refused by 127.0.0.1:9');
  });

  it('renders a hostile title as text, runs no script and links nowhere but http(s)', async () => {
    const page = await open('/articles', 'articles');
    const titles = await page.locator('article strong').allInnerTexts();
    expect(titles).toContain(
      '<script>window.pwned=1</script>"><img src=x onerror="window.pwned=2"> Ferry strike',
    );
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned ?? null)).toBeNull();
    expect(await page.locator('article img, article script, article b').count()).toBe(0);
    for (const href of await page
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^(\/|https?:\/\/)/);
    }
  });

  it('finds an article with the search box', async () => {
    const page = await open('/articles', 'search-before');
    await page.fill('input[name=q]', 'budget parks');
    await Promise.all([page.waitForURL(/q=budget/), page.click('button[type=submit]')]);
    const titles = await page.locator('article strong').allInnerTexts();
    expect(titles).toEqual(['Council passes a budget with more money for parks']);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
  });

  it('draws the charts and lists deliveries', async () => {
    const charts = await open('/charts', 'charts');
    expect(await charts.locator('svg').count()).toBe(2);
    await open('/deliveries', 'deliveries');
  });

  it('had no console errors, dialogs or outside requests on any page', () => {
    expect(problems).toEqual([]);
  });

  it('counts Discord REST responses and times the acknowledgement of a real command in /metrics', async () => {
    await run(harness, 'latest');
    const text = await (await fetch(`${base}/metrics`)).text();
    const value = (name: string) =>
      Number(new RegExp(`^${name.replace(/[{}"+]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    expect(value('herald_interaction_ack_seconds_count')).toBe(1);
    expect(value('herald_interaction_ack_seconds_bucket{le="3"}')).toBe(1);
    expect(value('herald_discord_rest_responses_total{class="2xx"}')).toBeGreaterThanOrEqual(1);
    expect(value('herald_articles_stored')).toBe(3);
    expect(value('herald_gateway_connected')).toBe(1);
  });

  it('shows the request history that `herald feed poll` wrote from another process', async () => {
    const feeds = await startFeedServer();
    feeds.route(
      '/harbour.xml',
      send(
        rss('Harbour Times', [
          { title: 'Ferry timetable changes', guid: 'h-1', description: 'New times from May.' },
          { title: 'Lighthouse reopens', guid: 'h-2', description: 'Visitors are welcome again.' },
        ]),
      ),
    );
    const store = openStore(harness.config.databasePath);
    const feed = store.feeds.add({
      url: feeds.url('/harbour.xml'),
      title: 'Harbour Times',
      siteUrl: null,
      imageUrl: null,
      intervalSeconds: 600,
      fullText: 'off',
      nextFetchAt: Date.now(),
      createdAt: Date.now(),
    });
    store.close();
    const herald = (args: string[]) =>
      promisify(execFile)(process.execPath, [resolve('bin', 'herald'), ...args], {
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_PATH: harness.config.databasePath,
          FEEDS_ALLOW_PRIVATE: 'true',
        },
      });
    await herald(['feed', 'poll', String(feed.id)]);
    await herald(['feed', 'poll', String(feed.id)]);
    await feeds.close();

    const page = await open(`/feeds/${feed.id}`, 'feed');
    const history = page.locator('section', { hasText: 'Request history' });
    const rows = tableRows(await history.innerHTML()).map((r) => [r[1], r[2], r[4]]);
    expect(rows).toEqual([
      ['unchanged', '200', '0'],
      ['new', '200', '2'],
    ]);
    const items = tableRows(await page.locator('section', { hasText: 'Newest items' }).innerHTML()).map(
      (r) => r[1],
    );
    expect(items.sort()).toEqual(['Ferry timetable changes', 'Lighthouse reopens']);
    expect(problems).toEqual([]);
  }, 60_000);
});
