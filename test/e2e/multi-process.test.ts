// Several bot processes (`node dist/src/main.js`, one gateway shard each of one SHARD_COUNT) on one
// database, a SQLite file (DATABASE_PATH) or a fresh PostgreSQL database (DATABASE_URL), against the
// stand-in: each server's commands are answered by the process holding its
// shard; live posts and digests due at once in every server reach each channel exactly once; and a
// process SIGKILLed in the middle of a delivery has its work taken over after the lease by the others,
// nothing lost and nothing twice. One process (the leader) watches ARTICLES_DIR, and another takes the
// folder over when the leader dies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { killAll, startProcess, waitForLine, type BotProcess } from './bot-process.js';
import { TEST_TOKEN, visibleText } from './harness.js';
import { snowflakeInShard, startStandIn, type StandIn } from './stand-in/index.js';

const LEASE_SECONDS = 2;
const running: BotProcess[] = [];
let standIn: StandIn | null = null;
let dir = '';
let pgDatabase: { url: string; drop: () => Promise<void> } | null = null;

afterEach(async () => {
  await killAll(running);
  await standIn?.close();
  standIn = null;
  await pgDatabase?.drop();
  pgDatabase = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Unrelated stories (so none is grouped with another), each saying "bulletin" for the alerts' filter. */
const STORIES: Array<[string, string]> = [
  [
    'City orchestra announces a winter season of twelve concerts',
    'The orchestra will play twelve concerts between December and March, its director said.',
  ],
  [
    'Glacier museum opens a new hall about ice cores',
    'Visitors can see ice cores drilled two kilometres deep, the museum said on Tuesday.',
  ],
  [
    'Regional airline adds a route to the northern islands',
    'Flights start in April with two departures a day, the airline told reporters.',
  ],
  [
    'Chess club wins the national junior championship',
    'Players aged nine to fifteen beat eleven other clubs over three days of matches.',
  ],
  [
    'Bakery cooperative doubles its rye flour order',
    'Members bought forty tonnes of rye after a good harvest in the valley farms.',
  ],
  [
    'Observatory records a bright comet over the bay',
    'Astronomers photographed the comet for six nights before clouds arrived.',
  ],
];
const titleOf = (i: number): string => (STORIES[i] as [string, string])[0];

function writeStory(i: number, hoursAgo: number): void {
  const [title, text] = STORIES[i] as [string, string];
  const published = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  const body = `---\ntitle: ${title}\nsource: Wire ${i}\nurl: https://wire.example/${i}\npublished: ${published}\n---\n\n${text}\n\nThis bulletin was filed by the wire desk.\n`;
  writeFileSync(join(dir, 'articles', `story-${i}.md`), body);
}

const embedTitles = (messages: Array<{ api: Record<string, unknown> }>): string[] =>
  messages.flatMap((m) =>
    ((m.api.embeds as Array<{ title?: string }> | undefined) ?? []).map((e) => e.title ?? ''),
  );

/** The holder id of a lease now (it names the holder's shards), from the file or the server. */
async function leaseHolder(key: string): Promise<string | undefined> {
  if (pgDatabase) {
    const client = new pg.Client({ connectionString: pgDatabase.url });
    await client.connect();
    try {
      const result = await client.query<{ holder: string }>('SELECT holder FROM leases WHERE key = $1', [
        key,
      ]);
      return result.rows[0]?.holder;
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(dir, 'data', 'herald.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT holder FROM leases WHERE key = ?').get(key) as
      { holder: string } | undefined;
    return row?.holder;
  } finally {
    db.close();
  }
}

/** Which process holds a lease now, or null. */
async function holderOf(key: string): Promise<number | null> {
  const holder = await leaseHolder(key);
  const match = holder ? /shards (\d+) of/.exec(holder) : null;
  return match ? Number(match[1]) : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Two and three processes on each backend (PostgreSQL's server is started by the tests), each killing a
// different kind of work.
const CASES = [
  { count: 2, kill: 'a live post' as const, backend: 'SQLite' as const },
  { count: 3, kill: 'a digest' as const, backend: 'SQLite' as const },
  ...(pgIncluded('multi-process e2e')
    ? [
        { count: 2, kill: 'a digest' as const, backend: 'PostgreSQL' as const },
        { count: 3, kill: 'a live post' as const, backend: 'PostgreSQL' as const },
      ]
    : []),
];

/** How many interactions a process handled (its debug line for each). */
const handled = (p: BotProcess): number =>
  p.output.join('').match(/DEBUG interaction handled /g)?.length ?? 0;

describe.each(CASES)('$count bot processes on one $backend database', ({ count, kill, backend }) => {
  it(`deliver every post once, and take over ${kill} from a process killed in the middle of it`, async () => {
    dir = mkdtempSync(join(tmpdir(), 'herald-multi-'));
    mkdirSync(join(dir, 'articles'));
    if (backend === 'PostgreSQL') pgDatabase = await createPgDatabase();
    const database: Record<string, string> = pgDatabase
      ? { DATABASE_URL: pgDatabase.url }
      : { DATABASE_PATH: join(dir, 'data', 'herald.db') };
    // News from hours ago, for the first digests; none of it is new enough for the alerts.
    for (const i of [0, 1, 2]) writeStory(i, 4);
    const guilds = Array.from({ length: count }, (_, shard) => ({
      id: snowflakeInShard(shard, count, shard + 1),
      name: `Shard ${shard} server`,
    }));
    const s = (standIn = await startStandIn({ guilds }));
    const processes = guilds.map((_, shard) => {
      const p = startProcess({
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_BASE: s.apiBase,
        ARTICLES_DIR: join(dir, 'articles'),
        ...database,
        DIGEST_MIN_INTERVAL: '0',
        POST_CHECK_SECONDS: '1',
        LEASE_SECONDS: String(LEASE_SECONDS),
        HERALD_SHARDS: String(shard),
        SHARD_COUNT: String(count),
        LOG_LEVEL: 'debug',
      });
      running.push(p);
      return p;
    });
    for (const p of processes) await waitForLine(p, /\bready\b/, 40_000);
    const opened =
      backend === 'PostgreSQL' ? /database opened path=postgres:\/\// : /database opened path=\//;
    for (const p of processes) expect(p.output.join('')).toMatch(opened);
    const leaders = processes.filter((p) => /this process leads/.test(p.output.join('')));
    expect(leaders).toHaveLength(1);

    // Each server's commands go to the process holding its shard, which answers them.
    const channels = guilds.map((g) => ({
      news: s.channelId('news', g.id),
      digests: s.channelId('digests', g.id),
    }));
    const digestIds: number[] = [];
    for (const [i, g] of guilds.entries()) {
      const { news, digests } = channels[i] as { news: string; digests: string };
      const alert = await s.sendCommand(
        'alert',
        { channel: news, filter: 'bulletin' },
        { subcommand: 'add', guildId: g.id },
      );
      expect(visibleText(await s.waitForResponse(alert.id, 10_000))).toMatch(/#\d+/);
      const digest = await s.sendCommand(
        'digest',
        { channel: digests, schedule: '* * * * * *' },
        { subcommand: 'add', guildId: g.id },
      );
      const added = /#(\d+)/.exec(visibleText(await s.waitForResponse(digest.id, 10_000)));
      digestIds.push(Number(added?.[1]));
    }
    // Both commands of each server were handled by the process holding its shard, and by no other (the
    // debug line follows the answer).
    const handledBy = async (expected: number[]): Promise<void> => {
      const lines = () => processes.every((p, i) => handled(p) === expected[i]);
      await s.waitFor(lines, 5_000, 'the lines').catch(() => undefined);
      expect(processes.map(handled)).toEqual(expected);
    };
    await handledBy(guilds.map(() => 2));
    await s.waitFor(
      () => channels.every((c) => s.messagesIn(c.digests).length >= 1),
      20_000,
      'the first digests',
    );

    // New stories arrive while the first server's next live post and next digest are held in flight.
    const first = channels[0] as { news: string; digests: string };
    s.holdNext({
      method: 'POST',
      pathPrefix: `/channels/${first.news}/messages`,
      ms: 15_000,
      hold: 'answer',
    });
    s.holdNext({
      method: 'POST',
      pathPrefix: `/channels/${first.digests}/messages`,
      ms: 15_000,
      hold: 'answer',
    });
    const firstDigests = s.messagesIn(first.digests).length;
    writeStory(3, 0);
    writeStory(4, 0);
    await s.waitFor(
      () => s.messagesIn(first.news).length >= 1 && s.messagesIn(first.digests).length > firstDigests,
      20_000,
      'the held post and digest, carried out',
    );
    const key = kill === 'a live post' ? `posts:${first.news}` : `digest:${digestIds[0]}`;
    const victim = await holderOf(key);
    expect(victim, `a holder of ${key}`).not.toBeNull();
    const dead = processes[victim as number] as BotProcess;
    dead.child.kill('SIGKILL');
    await dead.exited;
    const survivors = processes.filter((p) => p !== dead);

    // The others go on: one more story, which a new leader loads if the dead process led.
    writeStory(5, 0);
    const fresh = [3, 4, 5].map(titleOf).sort();
    const every = [0, 1, 2, 3, 4, 5].map(titleOf).sort();
    await s.waitFor(
      () =>
        channels.every(
          (c) =>
            embedTitles(s.messagesIn(c.news)).length >= fresh.length &&
            embedTitles(s.messagesIn(c.digests)).length >= every.length,
        ),
      40_000,
      'every story in every channel',
    );
    await sleep(3 * LEASE_SECONDS * 1000);
    for (const [i, c] of channels.entries()) {
      expect([i, 'news', embedTitles(s.messagesIn(c.news)).sort()]).toEqual([i, 'news', fresh]);
      expect([i, 'digests', embedTitles(s.messagesIn(c.digests)).sort()]).toEqual([i, 'digests', every]);
    }
    // One send per message (the nonce would hide a second send of one post, so count the sends), but for
    // a send of the killed process cut off in flight, resent once by the process that took its work over.
    for (const [i, c] of channels.entries()) {
      for (const channel of [c.news, c.digests]) {
        const sends = s.requestsTo('POST', `/channels/${channel}/messages`).length;
        const resends = sends - s.messagesIn(channel).length;
        expect([i, channel, resends >= 0 && resends <= 1]).toEqual([i, channel, true]);
      }
    }
    // The take-over resent the held message with its nonce, and Discord kept the one it had.
    expect(s.stats().nonceRepeats).toBeGreaterThanOrEqual(1);
    const survivorLogs = survivors.map((p) => p.output.join('')).join('');
    if (leaders[0] === dead) expect(survivorLogs).toMatch(/this process leads/);
    if (kill === 'a digest') expect(survivorLogs).toMatch(/finishing an interrupted digest/);

    // The survivors still answer their servers, each its own.
    for (const [shard, g] of guilds.entries()) {
      if (shard === victim) continue;
      const about = await s.sendCommand('about', {}, { guildId: g.id });
      expect(visibleText(await s.waitForResponse(about.id, 10_000))).toMatch(/Articles stored\n6\b/);
    }
    await handledBy(guilds.map((_, shard) => (shard === victim ? 2 : 3)));
    for (const p of survivors) p.child.kill('SIGTERM');
    for (const p of survivors) expect(await p.exited).toBe(0);
    expect(survivorLogs).not.toContain(TEST_TOKEN);
  }, 150_000);
});
