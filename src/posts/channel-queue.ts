// One queue per channel: posts to a channel go one at a time, at most `limit` in any `windowMs` (Discord
// allows about 5 messages per 5 s in a channel), and every channel's posts together are spread evenly under
// Discord's global limit of 50 requests/s. Channels run side by side; discord.js's REST client keeps its own
// limits too and honours 429s from the headers.
//
// Why spread evenly, a little under 50/s: Discord counts requests as they arrive, in windows that do not
// line up with ours, so a burst of 50 at the start of our second can land partly in Discord's previous one
// (429s, and every request waits). And why a channel's window counts from the end of a request, not from
// its start: a request may wait in the global queue before Discord sees it, and then its slot would look
// older to us than to Discord.
export interface ChannelQueueOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  limit?: number;
  windowMs?: number;
  /** Live posts per second across all channels (default 48, under Discord's 50). */
  globalPerSecond?: number;
}

export const GLOBAL_POSTS_PER_SECOND = 48;

export function createChannelQueues(options: ChannelQueueOptions) {
  const { now, sleep } = options;
  const limit = options.limit ?? 5;
  const windowMs = options.windowMs ?? 5000;
  const spacingMs = 1000 / (options.globalPerSecond ?? GLOBAL_POSTS_PER_SECOND);
  const tails = new Map<string, Promise<void>>();
  const sent = new Map<string, number[]>();
  /** Channels whose last slot's request may still be under way. */
  const underWay = new Set<string>();
  let nextSlot = 0;

  /** A channel's work is sequential: when it asks again (or ends), its last request has finished. */
  function settle(channelId: string): void {
    if (!underWay.delete(channelId)) return;
    const times = sent.get(channelId);
    if (times && times.length > 0) times[times.length - 1] = now();
  }

  async function waitForRoom(channelId: string): Promise<void> {
    settle(channelId);
    const times = (sent.get(channelId) ?? []).filter((t) => t > now() - windowMs);
    if (times.length >= limit) await sleep((times[times.length - limit] as number) + windowMs - now());
    const slot = Math.max(now(), nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now()) await sleep(slot - now());
    times.push(now());
    sent.set(channelId, times.slice(-limit));
    underWay.add(channelId);
  }

  return {
    /** Runs `work` after the channel's earlier work; `work` calls `take()` before each request it makes. */
    run<T>(channelId: string, work: (take: () => Promise<void>) => Promise<T>): Promise<T> {
      const previous = tails.get(channelId) ?? Promise.resolve();
      const result = previous.then(() => work(() => waitForRoom(channelId))).finally(() => settle(channelId));
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(channelId, tail);
      void tail.then(() => {
        if (tails.get(channelId) === tail) tails.delete(channelId);
      });
      return result;
    },
  };
}
