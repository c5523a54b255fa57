import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { storedArticle } from '../helpers/varied-articles.js';
import { NOW, startWeb, tableRows, type Running } from './fixtures.js';

let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function addFeed(store: Store, title: string): number {
  return store.feeds.add({
    url: `https://feeds.example/${title.toLowerCase().replace(/\W+/g, '-')}.xml`,
    title,
    siteUrl: null,
    imageUrl: null,
    intervalSeconds: 600,
    fullText: 'auto',
    nextFetchAt: NOW + 600_000,
    createdAt: NOW - 86_400_000,
  }).id;
}

/** The rows of the table under a heading. */
function rowsUnder(body: string, heading: string): string[][] {
  const start = body.indexOf(`<h2>${heading}</h2>`);
  expect(start, heading).toBeGreaterThan(-1);
  return tableRows(body.slice(start, body.indexOf('</section>', start)));
}

describe("a feed's page", () => {
  it('shows its request history newest first (time, outcome, status, duration, items, reason) beside its newest items', async () => {
    let harbour = 0;
    running = await startWeb({
      seed(store) {
        harbour = addFeed(store, 'Harbour Times');
        const other = addFeed(store, 'Other Feed');
        const log = (feedId: number, ago: number, rest: Partial<Parameters<Store['feeds']['logFetch']>[0]>) =>
          store.feeds.logFetch({
            feedId,
            at: NOW - ago,
            outcome: 'unchanged',
            httpStatus: 200,
            durationMs: 100,
            items: 0,
            error: null,
            ...rest,
          });
        // Written out of time order: the page orders by time.
        log(harbour, 3_600_000, { outcome: 'new', durationMs: 420, items: 2 });
        log(harbour, 600_000, {
          outcome: 'failed',
          httpStatus: 503,
          durationMs: 2345,
          error: 'HTTP 503 <busy>',
        });
        log(harbour, 1_800_000, { outcome: 'not-modified', httpStatus: 304, durationMs: 35 });
        log(harbour, 1_200_000, {
          outcome: 'failed',
          httpStatus: null,
          durationMs: 15_000,
          error: 'timed out',
        });
        log(other, 60_000, { outcome: 'new', items: 9 });
        store.articles.upsert([
          storedArticle('h1', 'Ferry <b>strike</b> ends', 'The ferry strike ended.', {
            url: 'https://h.example/1',
          }),
        ]);
        store.feeds.putItem(
          harbour,
          { itemKey: 'k1', articleId: 'h1', contentHash: 'x' },
          NOW - 3_600_000,
          true,
        );
      },
    });
    const body = await (await running.get(`/feeds/${harbour}`)).text();
    expect(rowsUnder(body, 'Request history')).toEqual([
      ['2026-12-06 11:50:00 UTC', 'failed | HTTP 503 &lt;busy&gt;', '503', '2.3 s', '0'],
      ['2026-12-06 11:40:00 UTC', 'failed | timed out', '—', '15.0 s', '0'],
      ['2026-12-06 11:30:00 UTC', 'not-modified', '304', '35 ms', '0'],
      ['2026-12-06 11:00:00 UTC', 'new', '200', '420 ms', '2'],
    ]);
    expect(rowsUnder(body, 'Newest items')).toEqual([
      ['2026-12-06 11:00 UTC', 'Ferry &lt;b&gt;strike&lt;/b&gt; ends'],
    ]);
    expect(body).toMatch(/<div class="split">\s*<section>\s*<h2>Request history<\/h2>/);
  });

  it('says so when a feed has no logged fetch yet', async () => {
    let id = 0;
    running = await startWeb({ seed: (store) => (id = addFeed(store, 'Quiet')) });
    const body = await (await running.get(`/feeds/${id}`)).text();
    expect(body).toContain('Not fetched since Herald began keeping a log.');
    expect((await running.get('/feeds/999')).status).toBe(404);
  });
});
