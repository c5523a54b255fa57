// The per-channel queue on a virtual clock: a channel's window counts from the end of each request, and all
// channels' requests are spread evenly under the global rate.
import { describe, expect, it } from 'vitest';
import { createChannelQueues } from '../../src/posts/channel-queue.js';

/** Virtual time: sleeps resolve in time order when `drive` runs them; nothing waits for real. */
function createClock() {
  let time = 0;
  const timers: Array<{ at: number; wake: () => void }> = [];
  const settle = () => new Promise((r) => setImmediate(r));
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        timers.push({ at: time + Math.max(0, ms), wake });
      }),
    async drive(done: Promise<unknown>): Promise<void> {
      let finished = false;
      void done.finally(() => (finished = true));
      await settle();
      while (!finished) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) throw new Error('stuck: nothing to wake');
        time = next.at;
        next.wake();
        await settle();
      }
    },
  };
}

describe('channel queues', () => {
  it('counts a channel’s window from the end of each request, so a slow request never shortens it', async () => {
    const clock = createClock();
    const queues = createChannelQueues({ now: clock.now, sleep: clock.sleep, limit: 5, windowMs: 5000 });
    const taken: number[] = [];
    const work = queues.run('news', async (take) => {
      for (let i = 0; i < 7; i++) {
        await take();
        taken.push(clock.now());
        await clock.sleep(300); // the request, as long as it takes
      }
    });
    await clock.drive(work);
    // The sixth waits for the first request's end (300) plus the window, not its start (0) plus the window.
    expect(taken).toEqual([0, 300, 600, 900, 1200, 5300, 5600]);
  });

  it('spreads every channel’s requests evenly under the global rate, each channel in its order', async () => {
    const clock = createClock();
    const queues = createChannelQueues({ now: clock.now, sleep: clock.sleep, globalPerSecond: 10 });
    const taken: Array<[string, number, number]> = [];
    const runs = ['a', 'b', 'c'].map((channel) =>
      queues.run(channel, async (take) => {
        for (let i = 1; i <= 2; i++) {
          await take();
          taken.push([channel, i, clock.now()]);
        }
      }),
    );
    await clock.drive(Promise.all(runs));
    expect(taken).toEqual([
      ['a', 1, 0],
      ['b', 1, 100],
      ['c', 1, 200],
      ['a', 2, 300],
      ['b', 2, 400],
      ['c', 2, 500],
    ]);
  });
});
