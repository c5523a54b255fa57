// The status page on a phone-sized screen with words far longer than a line, in headless Chromium
// against the real bot on the Discord stand-in: no page may grow wider than the screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../e2e/harness.js';
import { addFailingFeed, launchChromium } from './browser-fixtures.js';
import { freePort } from './fixtures.js';

const LONG_WORD = 'Lighthousekeepersunion'.repeat(120);
const ARTICLE = `---
title: Keepers vote ${LONG_WORD}
source: Harbour${LONG_WORD}
published: 2026-11-22T08:00:00Z
---

The keepers voted on Friday for a new rota. ${LONG_WORD} was their banner.
`;

let harness: Harness;
let browser: Browser;
let base: string;
let feedId = 0;

beforeAll(async () => {
  const port = await freePort();
  harness = await startHarness({ articles: { 'keepers.md': ARTICLE }, env: { STATUS_PORT: String(port) } });
  base = `http://127.0.0.1:${port}`;
  feedId = addFailingFeed(harness.config.databasePath, {
    url: `http://127.0.0.1:9/${LONG_WORD}.xml`,
    title: `Keepers ${LONG_WORD}`,
    reason: `refused: ${LONG_WORD}`,
    failures: 2,
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe('the status page on a phone', () => {
  it('wraps a word longer than the screen instead of widening the page', async () => {
    const paths = ['/', '/feeds', `/feeds/${feedId}`, '/articles', '/articles?q=keepers', '/deliveries'];
    const widths: Record<string, number> = {};
    for (const path of paths) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      expect((await page.goto(base + path))?.status(), path).toBe(200);
      widths[path] = await page.evaluate('document.documentElement.scrollWidth');
      await page.close();
    }
    expect(widths).toEqual(Object.fromEntries(paths.map((p) => [p, 390])));
  });
});
