// The scheduler's bookkeeping without waiting for a slot: which subscriptions have a node-cron task,
// runs queued outside the schedule get their slot and return their outcome, runs of one subscription
// never overlap, and stop waits for the run under way and schedules nothing after.
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/digests/scheduler.js';
import { createLogger } from '../../src/logger.js';
import type { Subscription } from '../../src/store/index.js';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

const sub = (id: number, extra: Partial<Subscription> = {}): Subscription => ({
  id,
  guildId: 'g',
  channelId: 'c',
  name: null,
  schedule: 'hourly',
  cron: '0 * * * *',
  timeZone: 'UTC',
  topic: null,
  maxItems: 5,
  createdBy: null,
  createdAt: T0,
  pausedReason: null,
  lastDigestAt: null,
  ...extra,
});

/** A promise settled from outside: a run held open until the test lets it finish. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

let scheduler: Scheduler<string> | null = null;
afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
});

function start(onSlot: (id: number, slot: number) => Promise<string>) {
  scheduler = createScheduler({ logger: createLogger('error', () => {}), onSlot });
  return scheduler;
}

describe('scheduler', () => {
  it('keeps one task for each running subscription, none for paused or removed ones', () => {
    const s = start(async () => 'sent');
    s.start([sub(1), sub(2), sub(3, { pausedReason: 'paused by ada' })]);
    expect(s.scheduledCount()).toBe(2);
    s.sync(1, sub(1));
    s.sync(2, sub(2, { cron: '0 9 * * *', timeZone: 'Europe/Berlin' }));
    expect(s.scheduledCount()).toBe(2);
    s.sync(1, sub(1, { pausedReason: 'paused by ada' }));
    s.sync(2, null);
    expect(s.scheduledCount()).toBe(0);
    s.sync(3, sub(3));
    expect(s.scheduledCount()).toBe(1);
  });

  it('hands a queued run its slot and returns its outcome, runs of one subscription one after another', async () => {
    const seen: string[] = [];
    const first = gate();
    const s = start(async (id, slot) => {
      seen.push(`start ${id}@${slot}`);
      if (id === 7 && slot === T0) await first.opened;
      seen.push(`end ${id}@${slot}`);
      return `done ${id}@${slot}`;
    });
    const a = s.enqueue(7, T0);
    const b = s.enqueue(7, T0 + 1000);
    const other = s.enqueue(8, T0);
    expect(await other).toBe('done 8@' + T0);
    first.open();
    expect(await Promise.all([a, b])).toEqual([`done 7@${T0}`, `done 7@${T0 + 1000}`]);
    expect(seen.filter((line) => line.includes(' 7@'))).toEqual([
      `start 7@${T0}`,
      `end 7@${T0}`,
      `start 7@${T0 + 1000}`,
      `end 7@${T0 + 1000}`,
    ]);
  });

  it('stops after the run under way, and schedules nothing after', async () => {
    const running = gate();
    const s = start(async () => {
      await running.opened;
      return 'sent';
    });
    s.start([sub(1)]);
    const run = s.enqueue(1, T0);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    running.open();
    await stopping;
    expect(await run).toBe('sent');
    expect(s.scheduledCount()).toBe(0);
    s.sync(2, sub(2));
    expect(s.scheduledCount()).toBe(0);
  });
});
