// One queue per channel: posts to a channel go one at a time, at most `limit` in any `windowMs`
// (Discord allows about 5 messages per 5 s in a channel). Channels run side by side; discord.js's REST
// client keeps the global limit and honours 429s from the headers.
export interface ChannelQueueOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  limit?: number;
  windowMs?: number;
}

export function createChannelQueues(options: ChannelQueueOptions) {
  const limit = options.limit ?? 5;
  const windowMs = options.windowMs ?? 5000;
  const tails = new Map<string, Promise<void>>();
  const sent = new Map<string, number[]>();

  async function waitForRoom(channelId: string): Promise<void> {
    const times = (sent.get(channelId) ?? []).filter((t) => t > options.now() - windowMs);
    if (times.length >= limit)
      await options.sleep((times[times.length - limit] as number) + windowMs - options.now());
    times.push(options.now());
    sent.set(channelId, times.slice(-limit));
  }

  return {
    /** Runs `work` after the channel's earlier work; `work` calls `take()` before each request it makes. */
    run<T>(channelId: string, work: (take: () => Promise<void>) => Promise<T>): Promise<T> {
      const previous = tails.get(channelId) ?? Promise.resolve();
      const result = previous.then(() => work(() => waitForRoom(channelId)));
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
