// Issue 5 §7: 1,000 subscriptions due in the same minute, the stand-in enforcing Discord's 50 requests
// per second: all delivered, none twice, within 25 s (20 s is the rate limit's floor), and the bot's
// peak memory. `npm run bench:digests`.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/index.js';
import { startStandIn } from '../test/e2e/stand-in/index.js';
import { copyDatabase, getArchive } from './lib/archive.js';
import { startBot } from './lib/bot.js';
import { atMost, check, info, isMain, runAlone, type BenchOptions, type BenchRow } from './lib/report.js';
import { addDigestsDue, waitForDigests } from './lib/digest-delivery.js';
import { peakRssMb } from './lib/stats.js';

/** How far ahead the shared slot is set: time for the bot to start and schedule every subscription. */
const LEAD_MS = 15_000;
const QUICK_LEAD_MS = 6_000;
const RECENT = 300;

export async function runDigestsBench(options: BenchOptions): Promise<BenchRow[]> {
  const count = options.quick ? 100 : 1000;
  const archive = await getArchive(options.quick ? 2_000 : 10_000, { files: false, quick: options.quick });
  const { dir, dbPath } = copyDatabase(archive);
  const names = Array.from({ length: count }, (_, i) => `digest-${i}`);
  const standIn = await startStandIn({ guilds: [{ name: 'Digest bench', channels: names }] });
  standIn.setGlobalRateLimit(50);
  const now = Date.now();
  const lead = options.quick ? QUICK_LEAD_MS : LEAD_MS;
  const slot = new Date(Math.ceil((now + lead) / 1000) * 1000);

  // Recent news for every digest: the newest stored articles, re-stamped as published (digests select by
  // news time) and ingested in the last hours.
  const store = openSqliteStore(dbPath);
  const recent = store.db
    .prepare('SELECT rowid FROM articles ORDER BY published DESC LIMIT ?')
    .all(RECENT) as Array<{ rowid: number }>;
  const restamp = store.db.prepare(
    'UPDATE articles SET ingested_at = @at, published = @at WHERE rowid = @rowid',
  );
  store.db.transaction(() =>
    recent.forEach((r, i) => restamp.run({ at: now - 60_000 - i * 240_000, rowid: r.rowid })),
  )();
  addDigestsDue(
    store,
    names.map((name) => ({ guildId: standIn.guildId, channelId: standIn.channelId(name), name })),
    slot,
    now,
  );
  store.close();

  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir);
  const bot = startBot({ apiBase: standIn.apiBase, articlesDir, databasePath: dbPath, cwd: dir });
  try {
    const ready = await bot.waitForLine(/ INFO ready( |$)/, lead - 1000);
    const slotPerf = performance.now() + (slot.getTime() - Date.now());
    if (ready.at > slotPerf) throw new Error('the bot was not ready before the slot');
    const channelIds = new Set(names.map((n) => standIn.channelId(n)));
    const posts = () =>
      standIn.allMessages().filter((m) => channelIds.has(m.channelId) && m.source === 'channel');
    // Wait for every digest, but stop early once posting has stalled (10 s; 5 s in a quick run).
    const { delivered, twice, lastAt } = await waitForDigests(posts, count, {
      limitAt: slot.getTime() + 60_000,
      stallAfter: slot.getTime() + 5_000,
      stallMs: options.quick ? 5_000 : 10_000,
    });
    if (delivered < count) {
      const counts = new Map<string, number>();
      for (const l of bot.lines) {
        const key = l.text.split(' ').slice(1, 4).join(' ').replace(/\d+/g, '#');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      process.stderr.write(
        `bench: digests missing; the bot's log, by kind:\n${[...counts].map(([k, n]) => `  ${n} × ${k}`).join('\n')}\n`,
      );
      process.stderr.write(
        bot.lines
          .filter((l) => !/digest posted/.test(l.text))
          .slice(-8)
          .map((l) => `  ${l.text}`)
          .join('\n') + '\n',
      );
    }
    const seconds = delivered === count ? (lastAt - slot.getTime()) / 1000 : Infinity;
    return [
      atMost(`digests: ${count} due in the same minute, all delivered after`, seconds, 's', 25),
      check(`digests: delivered ${delivered} of ${count}`, delivered === count, 'all'),
      check(
        `digests: none twice (${twice} channels got more than one)`,
        twice === 0 && standIn.stats().nonceRepeats === 0,
        'none',
      ),
      info('digests: global 429s answered by the stand-in', standIn.stats().globalRateLimited, ''),
      info('digests: bot peak resident memory', peakRssMb(bot.pid), 'MB'),
    ];
  } finally {
    await bot.stop();
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runAlone(runDigestsBench);
