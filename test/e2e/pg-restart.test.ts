// The bot process on PostgreSQL through a server restart in the middle of work: while the server is down
// its store calls fail (said once, not at every turn of every loop), it does not crash, and once the server is back it connects
// again, says so, answers commands and posts what arrived meanwhile. The test starts its own server
// (scripts/test-pg.js), as stopping the shared one would break the other test files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { haltTestPg, restartTestPg, startTestPg, stopTestPg } from '../../scripts/test-pg.js';
import { pgIncluded } from '../helpers/pg.js';
import { killAll, startProcess, waitForLine, type BotProcess } from './bot-process.js';
import { TEST_TOKEN, visibleText } from './harness.js';
import { startStandIn, type StandIn } from './stand-in/index.js';

const running: BotProcess[] = [];
let standIn: StandIn | null = null;
let server: { url: string; dir: string } | null = null;
let dir = '';

afterEach(async () => {
  await killAll(running);
  await standIn?.close();
  standIn = null;
  if (server) stopTestPg(server.dir);
  server = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Unrelated stories (so the second is not the first one's story updated), each saying "bulletin". */
function writeStory(name: string, title: string, text: string): void {
  const body = `---\ntitle: ${title}\nsource: Wire\nurl: https://wire.example/${name}\npublished: ${new Date().toISOString()}\n---\n\n${text} (a bulletin)\n`;
  writeFileSync(join(dir, 'articles', `${name}.md`), body);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(pgIncluded('the bot through a PostgreSQL restart'))('the bot on PostgreSQL', () => {
  it('goes on through a server restart: connects again, says so once, answers and posts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'herald-pg-restart-'));
    mkdirSync(join(dir, 'articles'));
    server = await startTestPg('herald_bot_restart');
    const s = (standIn = await startStandIn());
    const bot = startProcess({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_BASE: s.apiBase,
      ARTICLES_DIR: join(dir, 'articles'),
      DATABASE_URL: server.url,
      POST_CHECK_SECONDS: '1',
      LEASE_SECONDS: '2',
    });
    running.push(bot);
    await waitForLine(bot, /\bready\b/, 40_000);
    const news = s.channelId('news');
    const alert = await s.sendCommand('alert', { channel: news, filter: 'bulletin' }, { subcommand: 'add' });
    expect(visibleText(await s.waitForResponse(alert.id, 10_000))).toMatch(/#\d+/);
    writeStory(
      'before',
      'Harbour ferry timetable changes for the winter',
      'Boats leave every forty minutes from November, the ferry company said.',
    );
    await s.waitFor(() => s.messagesIn(news).length >= 1, 20_000, 'the first live post');

    // Down for a few post checks and lease renewals, then back.
    haltTestPg(server.dir);
    await sleep(3_000);
    expect(bot.child.exitCode).toBeNull();
    restartTestPg(server.dir);
    writeStory(
      'after',
      'Library extends its opening hours on Sundays',
      'Readers asked for afternoon access, and the council agreed to pay two more librarians.',
    );
    await s.waitFor(() => s.messagesIn(news).length >= 2, 30_000, 'the post after the restart');

    const titles = s
      .messagesIn(news)
      .flatMap((m) => ((m.api.embeds as Array<{ title?: string }> | undefined) ?? []).map((e) => e.title));
    expect(titles).toEqual([
      'Harbour ferry timetable changes for the winter',
      'Library extends its opening hours on Sundays',
    ]);
    const about = await s.sendCommand('about');
    expect(visibleText(await s.waitForResponse(about.id, 10_000))).toMatch(/Articles stored\n2\b/);
    // The loops (lease renewals, the folder lease, post checks, feed polls) failed at every turn meanwhile:
    // said once in words when the server went away and once when it was back, not at every turn.
    const log = bot.output.join('');
    expect(log.match(/ WARN the database cannot be reached; /g)).toHaveLength(1);
    expect(log).toMatch(
      /WARN the database cannot be reached; periodic work waits until it answers: cannot reach the PostgreSQL database postgres:\/\/\S+ \(DATABASE_URL\) \(the connection to PostgreSQL is lost \(/,
    );
    expect(log.match(/ INFO the database answers again; periodic work goes on/g)).toHaveLength(1);
    expect(log.indexOf('the database cannot be reached')).toBeLessThan(
      log.indexOf('the database answers again'),
    );
    expect(log).not.toMatch(/ failed: cannot-open/);
    expect(log).not.toMatch(/ ERROR /);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 120_000);
});
