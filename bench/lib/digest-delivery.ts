// Waiting for digests due at one slot and counting them, as the digest benches do: poll the stand-in's
// messages until all have come or posting has stalled, wait a little more for anything sent twice, then
// count the channels reached, the channels reached more than once, and when the last one arrived.

import type { Store } from '../../src/store/index.js';

interface Posted {
  channelId: string;
  createdAt: number;
}

export interface DigestWait {
  /** Stop waiting at this time (ms since the epoch) whatever has come. */
  limitAt: number;
  /** Posting counts as stalled only after this time… */
  stallAfter: number;
  /** …and once no new message has come for this long (ms). */
  stallMs: number;
}

export interface DigestCount {
  delivered: number;
  twice: number;
  /** Time of the last message, ms since the epoch. */
  lastAt: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitForDigests(
  posts: () => readonly Posted[],
  count: number,
  wait: DigestWait,
): Promise<DigestCount> {
  let [seen, lastChange] = [0, Date.now()];
  while (Date.now() < wait.limitAt) {
    const n = posts().length;
    if (n >= count) break;
    if (n !== seen) [seen, lastChange] = [n, Date.now()];
    if (Date.now() > wait.stallAfter && Date.now() - lastChange > wait.stallMs) break;
    await sleep(250);
  }
  await sleep(2000); // anything sent twice would arrive now
  const all = posts();
  const perChannel = new Map<string, number>();
  for (const m of all) perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
  return {
    delivered: perChannel.size,
    twice: [...perChannel.values()].filter((n) => n > 1).length,
    lastAt: Math.max(...all.map((m) => m.createdAt)),
  };
}

/** A daily cron line for the second `at` falls on (UTC). */
export function cronAt(at: Date): string {
  return `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
}

/** One daily digest of five items in each channel, all due at `slot`, added in one transaction. */
export function addDigestsDue(
  store: Store,
  channels: ReadonlyArray<{ guildId: string; channelId: string; name: string }>,
  slot: Date,
  createdAt: number,
): void {
  const cron = cronAt(slot);
  store.transaction(() => {
    for (const c of channels) {
      store.subscriptions.add({
        guildId: c.guildId,
        channelId: c.channelId,
        name: c.name,
        schedule: cron,
        cron,
        timeZone: 'UTC',
        topic: null,
        maxItems: 5,
        createdBy: null,
        createdAt,
      });
    }
  });
}
