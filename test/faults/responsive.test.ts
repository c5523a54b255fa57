// The bot answers while it loads: a large drop into the articles folder is loaded on the loader's own
// thread, so an interaction sent meanwhile is answered before the load is done (ordering, not timing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, startHarness, visibleText, type Harness } from '../e2e/harness.js';
import { articleText, headlineOf, tokenOf } from '../ingest/fixtures.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('while a large load is in progress', () => {
  it('an interaction is answered before the load finishes, and the load then completes', async () => {
    h = await startHarness({ articles: { 'first.txt': articleText(0) } });
    const records = Array.from({ length: 2500 }, (_, k) => {
      const i = k + 1;
      return JSON.stringify({
        title: headlineOf(i),
        text: articleText(i).split('\n\n')[1]!.repeat(3),
        published: '2026-01-02T03:04:05Z',
      });
    });
    writeFileSync(join(h.articlesDir, 'archive.jsonl'), records.join('\n'));
    await expect
      .poll(() => h!.logs.some((l) => l.includes('loading changed articles')), {
        timeout: 10_000,
        interval: 20,
      })
      .toBe(true);
    const busyAt = h.logs.findIndex((l) => l.includes('loading changed articles'));
    const view = await run(h, 'latest');
    const answeredAt = h.logs.length;
    expect(visibleText(view)).toContain(headlineOf(0));
    // The reply came before the load reported it was done.
    expect(h.logs.slice(busyAt, answeredAt).some((l) => l.includes('articles folder changed'))).toBe(false);
    await expect
      .poll(() => h!.logs.some((l) => l.includes('articles folder changed')), {
        timeout: 60_000,
        interval: 200,
      })
      .toBe(true);
    const search = await run(h, 'search', { query: tokenOf(2500) });
    expect(visibleText(search)).toContain(headlineOf(2500));
  });
});
