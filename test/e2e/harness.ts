// Runs the real bot (startBot, the same wiring as `npm start`) against the loopback stand-in for Discord,
// with its own temporary articles folder and database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startBot, type Bot } from '../../src/bot.js';
import { parseConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startStandIn, type StandIn, type StandInOptions } from './stand-in/index.js';

export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.test-token-never-printed';

export interface Harness {
  standIn: StandIn;
  bot: Bot;
  config: Config;
  dir: string;
  articlesDir: string;
  logs: string[];
  /** Stops the bot, then the stand-in, and removes the folder unless `keep`. */
  close(options?: { keep?: boolean }): Promise<void>;
  /** Starts a fresh bot process-in-memory on the same folder and database. */
  restart(): Promise<void>;
}

export interface HarnessOptions {
  articles?: Record<string, string>;
  env?: Record<string, string>;
  standIn?: StandInOptions;
  /** Reuse this folder (articles and database) instead of a new one. */
  dir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'herald-e2e-'));
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  for (const [name, text] of Object.entries(options.articles ?? {})) {
    mkdirSync(dirname(join(articlesDir, name)), { recursive: true });
    writeFileSync(join(articlesDir, name), text);
  }
  const standIn = await startStandIn(options.standIn);
  const config = parseConfig(
    {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_BASE: standIn.apiBase,
      ARTICLES_DIR: articlesDir,
      DATABASE_PATH: join(dir, 'db', 'herald.db'),
      DIGEST_MIN_INTERVAL: '0',
      LOG_LEVEL: 'debug',
      ...options.env,
    },
    { requireToken: true },
  );
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const harness: Harness = {
    standIn,
    bot: startBot(config, logger),
    config,
    dir,
    articlesDir,
    logs,
    async close(closeOptions = {}) {
      await harness.bot.stop();
      await standIn.close();
      if (!closeOptions.keep) rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await harness.bot.stop();
      harness.bot = startBot(config, logger);
      await harness.bot.ready;
    },
  };
  await harness.bot.ready;
  return harness;
}

/** Runs a command and waits for what the user finally sees. */
export async function run(
  h: Harness,
  name: string,
  options: Record<string, string | number | boolean> = {},
  ctx = {},
) {
  const { id } = await h.standIn.sendCommand(name, options, ctx);
  return h.standIn.waitForResponse(id, 5000);
}

/** Every text a user can read in a response: content, embed titles, descriptions, fields, footers. */
export function visibleText(view: { content: string | null; embeds: unknown[] }): string {
  const parts: string[] = [view.content ?? ''];
  for (const e of view.embeds as Array<Record<string, unknown>>) {
    parts.push(String(e.title ?? ''), String(e.description ?? ''));
    for (const f of (e.fields as Array<{ name: string; value: string }> | undefined) ?? [])
      parts.push(f.name, f.value);
    parts.push(String((e.footer as { text?: string } | undefined)?.text ?? ''));
  }
  return parts.join('\n');
}
