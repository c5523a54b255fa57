// The bot as users run it: `node dist/src/main.js` (what `npm start` runs), configured only through
// the environment, against the stand-in.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killAll, MAIN, startProcess, waitForLine, type BotProcess } from './bot-process.js';
import { BRIDGE, publishedHoursAgo } from './fixtures.js';
import { TEST_TOKEN, visibleText } from './harness.js';
import { startStandIn, type StandIn } from './stand-in/index.js';

let standIn: StandIn | null = null;
let dir: string;
const running: BotProcess[] = [];

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
});

afterEach(async () => {
  await killAll(running);
  await standIn?.close();
  standIn = null;
  rmSync(dir, { recursive: true, force: true });
});

function envFor(s: StandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_BASE: s.apiBase,
    ARTICLES_DIR: join(dir, 'articles'),
    DATABASE_PATH: join(dir, 'data', 'herald.db'),
    DIGEST_MIN_INTERVAL: '0',
    ...extra,
  };
}

async function setUp(): Promise<StandIn> {
  dir = mkdtempSync(join(tmpdir(), 'herald-proc-'));
  mkdirSync(join(dir, 'articles'));
  // Published hours ago, so it is news for a first digest.
  writeFileSync(join(dir, 'articles', 'bridge.md'), publishedHoursAgo(BRIDGE, 4));
  standIn = await startStandIn();
  return standIn;
}

function launch(env: Record<string, string>): BotProcess {
  const p = startProcess(env);
  running.push(p);
  return p;
}

describe('the bot process', () => {
  it('starts from the environment alone, answers, registers only on change, and stops on SIGTERM', async () => {
    const s = await setUp();
    const first = launch(envFor(s));
    await waitForLine(first, /\bready\b/);
    expect(first.output.join('')).toMatch(/slash commands registered/);
    const { id } = await s.sendCommand('about');
    expect(visibleText(await s.waitForResponse(id, 5000))).toMatch(/Articles stored\n1\b/);
    const stoppedAt = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);

    const registrations = s.requestsTo('PUT', `/applications/${s.application.id}/commands`).length;
    const second = launch(envFor(s));
    await waitForLine(second, /\bready\b/);
    expect(second.output.join('')).toMatch(/slash commands unchanged/);
    expect(s.requestsTo('PUT', `/applications/${s.application.id}/commands`).length).toBe(registrations);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    const logs = first.output.join('') + second.output.join('');
    expect(logs).not.toContain(TEST_TOKEN);
    for (const line of logs.trim().split('\n'))
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z (DEBUG|INFO|WARN|ERROR) /);
  });

  it('runs with the memory settings of node-tuning.ts, in the same process, and the caller’s own flag wins', async () => {
    const s = await setUp();
    // Each Node started reports (from its main thread) its flags and malloc setting: the first, then the
    // one it becomes.
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      "if (require('node:worker_threads').isMainThread) process.stderr.write('NODE pid=' + process.pid + ' flags=' + process.execArgv.join(',') + " +
        "' arena=' + process.env.MALLOC_ARENA_MAX + '\\n');\n",
    );
    const bot = launch({ ...envFor(s), NODE_OPTIONS: `--require ${probe}` });
    await waitForLine(bot, /\bready\b/);
    const starts = bot.output.join('').match(/^NODE .*$/gmu) ?? [];
    expect(starts).toEqual([
      `NODE pid=${bot.child.pid} flags= arena=undefined`,
      `NODE pid=${bot.child.pid} flags=--max-semi-space-size=8,--heap-growing-percent=60 arena=1`,
    ]);
    // Signals reach the bot it became.
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const own = startProcess(
      { ...envFor(s), NODE_OPTIONS: `--require ${probe}`, MALLOC_ARENA_MAX: '2' },
      MAIN,
      [],
    );
    running.push(own);
    await waitForLine(own, /\bready\b/);
    expect(
      own.output
        .join('')
        .match(/^NODE .*$/gmu)
        ?.at(-1),
    ).toBe(`NODE pid=${own.child.pid} flags=--max-semi-space-size=8,--heap-growing-percent=60 arena=2`);
    own.child.kill('SIGINT');
    expect(await own.exited).toBe(0);
  });

  it('refuses to start with bad settings, listing every problem without printing the token', async () => {
    const s = await setUp();
    const bad = launch({ ...envFor(s), DEFAULT_TIMEZONE: 'Nowhere/Land', LOG_LEVEL: 'shout' });
    expect(await bad.exited).toBe(1);
    const text = bad.output.join('');
    expect(text).toMatch(/DEFAULT_TIMEZONE/);
    expect(text).toMatch(/LOG_LEVEL/);
    expect(text).not.toContain(TEST_TOKEN);
    const missing = launch({ ...envFor(s), DISCORD_TOKEN: '' });
    expect(await missing.exited).toBe(1);
    expect(missing.output.join('')).toMatch(/DISCORD_TOKEN/);
  });

  it('posts exactly one digest per slot when killed mid-delivery and started again', async () => {
    const s = await setUp();
    const news = s.channelId('news');
    const first = launch(envFor(s));
    await waitForLine(first, /\bready\b/);
    // The next post to the channel is carried out but its answer is held: the bot dies before it
    // learns the message id, so its record of the run says "sending".
    s.holdNext({ method: 'POST', pathPrefix: `/channels/${news}/messages`, ms: 4000, hold: 'answer' });
    const { id } = await s.sendCommand(
      'digest',
      { channel: news, schedule: '* * * * * *' },
      { subcommand: 'add' },
    );
    await s.waitForResponse(id, 5000);
    await s.waitFor(() => s.messagesIn(news).length >= 1, 5000);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = launch(envFor(s));
    await waitForLine(second, /\bready\b/);
    await waitForLine(second, /finishing an interrupted digest/);
    await new Promise((r) => setTimeout(r, 2500));
    const posts = s.messagesIn(news);
    expect(posts).toHaveLength(1);
    expect(s.stats().nonceRepeats).toBeGreaterThanOrEqual(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
