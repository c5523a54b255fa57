// bench:scale's delivery figure: N digests due at the same second, delivered by 1, 2 or 4 bot processes
// (`node dist/src/main.js`, one shard each of SHARD_COUNT = processes) on one store, SQLite or
// PostgreSQL, against the stand-in enforcing Discord's global limit per bot token (all processes share
// the token, so `count / perSecond` seconds is the floor however many processes there are).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqliteStore } from '../src/store/index.js';
import type { PgStore } from '../src/store/pg/index.js';
import { snowflakeInShard, startStandIn } from '../test/e2e/stand-in/index.js';
import { startBot, type BotProcess } from './lib/bot.js';
import { addDigestsDue, waitForDigests } from './lib/digest-delivery.js';

/** Channels per server (Discord allows 500). */
const PER_GUILD = 250;
/** The newest articles, stamped as published and stored in the last day, for every digest to have news. */
const RECENT = 300;

export interface DeliveryRun {
  processes: number;
  /** From the slot to the last digest's arrival; Infinity when some never arrived. */
  seconds: number;
  delivered: number;
  /** Channels that got more than one digest. */
  twice: number;
  /** Sends Discord kept once by their nonce (a digest resent by a process that took it over). */
  resent: number;
  /** Requests the stand-in answered 429 for the global limit. */
  limited: number;
}

export interface DeliveryOptions {
  store: SqliteStore | PgStore;
  /** DATABASE_PATH or DATABASE_URL for the processes. */
  database: Record<string, string>;
  processes: number;
  count: number;
  perSecond: number;
  /** How long before the slot the subscriptions are added (they reach every process's schedule first). */
  leadMs: number;
}

/** Runs one SQL statement on either store (`?` placeholders, numbered for PostgreSQL). */
function run(store: SqliteStore | PgStore, sql: string, params: unknown[] = []): void {
  if ('pg' in store) {
    let n = 0;
    store.pg.run(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
  } else store.db.prepare(sql).run(...params);
}

/** No subscriptions, deliveries or leases left from a run before; recent news for the digests. */
function resetWork(store: SqliteStore | PgStore, now: number): void {
  for (const table of ['digest_articles', 'deliveries', 'subscriptions', 'leases'])
    run(store, `DELETE FROM ${table}`);
  run(
    store,
    `UPDATE articles SET ingested_at = ? - (rowid % ${RECENT}) * 240000,
       published = ? - (rowid % ${RECENT}) * 240000
       WHERE rowid IN (SELECT rowid FROM articles ORDER BY published DESC LIMIT ${RECENT})`,
    [now - 60_000, now - 120_000],
  );
}

export async function timeDigestDelivery(options: DeliveryOptions): Promise<DeliveryRun> {
  const { store, processes, count, perSecond } = options;
  // Servers spread over the shards ((id >> 22) % 4 cycles, so also % 2 and % 1), channels over servers.
  const guildCount = Math.ceil(count / PER_GUILD);
  const guilds = Array.from({ length: guildCount }, (_, g) => ({
    id: snowflakeInShard(g % 4, 4, g + 1),
    name: `Digest bench ${g}`,
    channels: Array.from(
      { length: Math.min(PER_GUILD, count - g * PER_GUILD) },
      (_, c) => `digest-${g}-${c}`,
    ),
  }));
  const standIn = await startStandIn({ guilds });
  standIn.setGlobalRateLimit(perSecond);
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-delivery-'));
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir);
  resetWork(store, Date.now());
  const bots: BotProcess[] = [];
  try {
    for (let shard = 0; shard < processes; shard++) {
      bots.push(
        startBot({
          apiBase: standIn.apiBase,
          articlesDir,
          databasePath: join(dir, 'unused.db'),
          cwd: dir,
          extra: {
            ...options.database,
            HERALD_SHARDS: String(shard),
            SHARD_COUNT: String(processes),
            // Subscriptions added now reach every process's schedule within a third of this.
            LEASE_SECONDS: '6',
          },
        }),
      );
    }
    for (const bot of bots) await bot.waitForLine(/ INFO ready( |$)/, 120_000);
    const slot = new Date(Math.ceil((Date.now() + options.leadMs) / 1000) * 1000);
    const channels = guilds.flatMap((g) =>
      g.channels.map((name) => ({ guildId: g.id, channelId: standIn.channelId(name, g.id), name })),
    );
    addDigestsDue(store, channels, slot, Date.now());
    const channelIds = new Set(channels.map((c) => c.channelId));
    const posts = () =>
      standIn.allMessages().filter((m) => channelIds.has(m.channelId) && m.source === 'channel');
    // Wait for every digest; stop early once posting has stalled for 15 s after the slot.
    const floorMs = (count / perSecond) * 1000;
    const { delivered, twice, lastAt } = await waitForDigests(posts, count, {
      limitAt: slot.getTime() + 3 * floorMs + 60_000,
      stallAfter: slot.getTime() + 15_000,
      stallMs: 15_000,
    });
    if (delivered < count) {
      // What the processes said, for finding out why: the last lines of each.
      for (const [i, bot] of bots.entries()) {
        const tail = bot.lines.slice(-6).map((l) => `  ${l.text}`);
        process.stderr.write(
          `bench: ${delivered} of ${count} digests; process ${i} said last:\n${tail.join('\n')}\n`,
        );
      }
    }
    return {
      processes,
      seconds: delivered === count ? (lastAt - slot.getTime()) / 1000 : Infinity,
      delivered,
      twice,
      resent: standIn.stats().nonceRepeats,
      limited: standIn.stats().globalRateLimited,
    };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
