// Live posts from the bot process as users run it (`node dist/src/main.js`) against the stand-in: an item
// stored by `herald feed poll` in another process while the bot runs is posted once, and a SIGKILL in the
// middle of a post followed by a restart posts it exactly once (the ledger's nonce, enforce_nonce).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../feeds/feed-server.js';
import { ROOT, startProcess, waitForLine, type BotProcess } from './bot-process.js';
import { TEST_TOKEN, visibleText } from './harness.js';
import { embedsOf, item, serveFeed, sleep } from './post-fixtures.js';
import { startStandIn, type StandIn } from './stand-in/index.js';
import type { RssItem } from '../feeds/feed-server.js';

let standIn: StandIn;
let server: FeedServer;
let dir: string;
const running: BotProcess[] = [];

afterEach(async () => {
  for (const p of running.splice(0)) {
    if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await p.exited;
  }
  await standIn.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_BASE: standIn.apiBase,
    ARTICLES_DIR: join(dir, 'articles'),
    DATABASE_PATH: join(dir, 'data', 'herald.db'),
    FEEDS_ALLOW_PRIVATE: 'true',
    POST_CHECK_SECONDS: '1',
  };
}

function launch(script?: string, args: string[] = []): BotProcess {
  const p = startProcess(env(), script, args);
  running.push(p);
  return p;
}

/** `herald feed poll --all` in its own process; resolves when it has finished. */
async function pollInAnotherProcess(): Promise<void> {
  const poll = launch(join(ROOT, 'bin', 'herald'), ['feed', 'poll', '--all']);
  expect(await poll.exited, poll.output.join('')).toBe(0);
}

/** Starts the bot, the stand-in and a feed, and subscribes #news to the feed; returns the feed's items. */
async function setUp(
  where: { channel: string; mode: 'post' | 'forum' } = { channel: 'news', mode: 'post' },
): Promise<{ bot: BotProcess; news: string; items: RssItem[] }> {
  dir = mkdtempSync(join(tmpdir(), 'herald-post-proc-'));
  mkdirSync(join(dir, 'articles'));
  standIn = await startStandIn({ guilds: [{ forums: ['stories'] }] });
  server = await startFeedServer();
  const items = serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
  const bot = launch();
  await waitForLine(bot, /\bready\b/);
  const news = standIn.channelId(where.channel);
  const { id } = await standIn.sendCommand(
    'feed',
    { url: server.url('/feed.xml'), channel: news, mode: where.mode },
    { subcommand: 'add' },
  );
  expect(visibleText(await standIn.waitForResponse(id, 10_000))).toMatch(/Feed #1 added/);
  return { bot, news, items };
}

/** SIGKILL, then a new bot process that finishes the interrupted post; returns it once it has. */
async function killAndStartAgain(bot: BotProcess): Promise<BotProcess> {
  bot.child.kill('SIGKILL');
  await bot.exited;
  const again = launch();
  await waitForLine(again, /\bready\b/);
  await waitForLine(again, /post sent/);
  await sleep(2500);
  return again;
}

const FERRY = item(
  2,
  'Ferry timetable changes from Monday',
  'The ferry company changes its timetable from Monday.',
);

describe('live posts from the bot process', () => {
  it('posts once an item that `herald feed poll` stored in another process while the bot runs', async () => {
    const { news, items } = await setUp();
    items.unshift(FERRY);
    await pollInAnotherProcess();
    await standIn.waitFor(() => standIn.messagesIn(news, { source: 'channel' }).length >= 1, 10_000);
    await pollInAnotherProcess(); // nothing new: nothing more
    await sleep(2500);
    const posts = standIn.messagesIn(news, { source: 'channel' });
    expect(posts.map((m) => embedsOf(m)[0]?.title)).toEqual(['Ferry timetable changes from Monday']);
  }, 60_000);

  it('posts an item exactly once when the bot is killed in the middle of posting it and started again', async () => {
    const { bot, news, items } = await setUp();
    // The post is carried out but its answer held: the bot dies before it learns the message id.
    standIn.holdNext({
      method: 'POST',
      pathPrefix: `/channels/${news}/messages`,
      ms: 10_000,
      hold: 'answer',
    });
    items.unshift(FERRY);
    await pollInAnotherProcess();
    await standIn.waitFor(() => standIn.messagesIn(news, { source: 'channel' }).length >= 1, 10_000);
    const again = await killAndStartAgain(bot);
    const posts = standIn.messagesIn(news, { source: 'channel' });
    expect(posts.map((m) => embedsOf(m)[0]?.title)).toEqual(['Ferry timetable changes from Monday']);
    expect(standIn.stats().nonceRepeats).toBe(1);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 60_000);

  it('makes a forum post exactly once when the bot is killed in the middle of making it and started again', async () => {
    const { bot, news: forum, items } = await setUp({ channel: 'stories', mode: 'forum' });
    standIn.holdNext({
      method: 'POST',
      pathPrefix: `/channels/${forum}/threads`,
      ms: 10_000,
      hold: 'answer',
    });
    items.unshift(FERRY);
    await pollInAnotherProcess();
    const postsIn = () => [...standIn.guild().channels.values()].filter((c) => c.parentId === forum);
    await standIn.waitFor(() => postsIn().length >= 1, 10_000);
    const again = await killAndStartAgain(bot);
    expect(postsIn().map((t) => t.name)).toEqual(['Ferry timetable changes from Monday']);
    expect(standIn.requestsTo('POST', `/channels/${forum}/threads`)).toHaveLength(1);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 60_000);
});
