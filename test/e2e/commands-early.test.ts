// A new server should see the slash commands as soon as the bot is connected, not once a large folder has
// been read: the commands are registered before the start-up scan ends, and answer from what is stored
// so far; the bot is ready (digests and live posts start) only after the scan.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { variedText, variedTitle } from '../helpers/varied-articles.js';
import { TEST_TOKEN } from './harness.js';
import { startStandIn, type StandIn } from './stand-in/index.js';

let dir = '';
let standIn: StandIn | null = null;
let bot: Bot | null = null;

afterEach(async () => {
  await bot?.stop();
  await standIn?.close();
  bot = null;
  standIn = null;
  rmSync(dir, { recursive: true, force: true });
});

/** One article of about `count` varied paragraphs: seconds of analysis on any machine. */
function largeArticle(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => variedText(i));
  return `${variedTitle(0)}\n\n${paragraphs.join('\n\n')}\n`;
}

async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('slash commands at start-up', () => {
  it('are registered while the start-up scan is still reading a large folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'herald-early-'));
    const articlesDir = join(dir, 'articles');
    mkdirSync(articlesDir);
    writeFileSync(join(articlesDir, 'large.txt'), largeArticle(8000));
    standIn = await startStandIn();
    const config = parseConfig(
      {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_BASE: standIn.apiBase,
        ARTICLES_DIR: articlesDir,
        DATABASE_PATH: join(dir, 'db', 'herald.db'),
        LOG_LEVEL: 'debug',
      },
      { requireToken: true },
    );
    const logs: string[] = [];
    bot = startBot(
      config,
      createLogger('debug', (line) => logs.push(line)),
    );
    let ready = false;
    void bot.ready.then(() => (ready = true));
    const s = standIn;
    await until(() => s.commands().length > 0 || ready, 60_000);

    // The commands came first: the scan had not ended, and the bot was not ready yet.
    expect(ready).toBe(false);
    expect(logs.some((line) => line.includes('articles loaded'))).toBe(false);
    const names = s.commands().map((c) => c.name);
    for (const name of ['latest', 'search', 'summary', 'quotes', 'about']) expect(names).toContain(name);

    await bot.ready;
    const registered = logs.findIndex((line) => line.includes('slash commands registered'));
    const loaded = logs.findIndex((line) => line.includes('articles loaded'));
    const readyLine = logs.findIndex((line) => /\bready\b/.test(line) && !line.includes('slash'));
    expect(registered).toBeGreaterThanOrEqual(0);
    expect(loaded).toBeGreaterThan(registered);
    expect(readyLine).toBeGreaterThan(loaded);
  }, 120_000);
});
