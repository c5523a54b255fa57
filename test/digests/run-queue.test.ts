import { describe, expect, it } from 'vitest';
import { createRunQueue } from '../../src/digests/run-queue.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise<void>((r) => setTimeout(r, 10));

describe('createRunQueue', () => {
  it('starts runs of different subscriptions without waiting for earlier ones to finish', async () => {
    const gate = deferred();
    const started: number[] = [];
    const queue = createRunQueue(
      async (id) => {
        started.push(id);
        await gate.promise;
        return id;
      },
      () => undefined,
    );
    const runs = [1, 2, 3].map((id) => queue.enqueue(id, 1000));
    await settle();
    expect(started).toEqual([1, 2, 3]);
    gate.resolve();
    expect(await Promise.all(runs)).toEqual([1, 2, 3]);
  });

  it('runs the slots of one subscription one after the other, in the order queued', async () => {
    const events: string[] = [];
    const gates = new Map([
      [1000, deferred()],
      [2000, deferred()],
    ]);
    const queue = createRunQueue(
      async (_id, slot) => {
        events.push(`start ${slot}`);
        await gates.get(slot)?.promise;
        events.push(`end ${slot}`);
        return slot;
      },
      () => undefined,
    );
    const first = queue.enqueue(7, 1000);
    const second = queue.enqueue(7, 2000);
    await settle();
    expect(events).toEqual(['start 1000']);
    gates.get(1000)?.resolve();
    gates.get(2000)?.resolve();
    expect([await first, await second]).toEqual([1000, 2000]);
    expect(events).toEqual(['start 1000', 'end 1000', 'start 2000', 'end 2000']);
  });

  it('reports a failed run, resolves it with null, and still runs the next slot of that subscription', async () => {
    const errors: Array<[string, number]> = [];
    const queue = createRunQueue(
      async (_id, slot) => {
        if (slot === 1000) throw new Error('boom');
        return 'sent';
      },
      (error, id) => errors.push([(error as Error).message, id]),
    );
    const results = await Promise.all([queue.enqueue(3, 1000), queue.enqueue(3, 2000)]);
    expect(results).toEqual([null, 'sent']);
    expect(errors).toEqual([['boom', 3]]);
  });

  it('on close, starts nothing more and waits for the runs under way', async () => {
    const gate = deferred();
    let finished = 0;
    const started: number[] = [];
    const queue = createRunQueue(
      async (id) => {
        started.push(id);
        await gate.promise;
        finished += 1;
        return id;
      },
      () => undefined,
    );
    const runs = Array.from({ length: 50 }, (_, i) => queue.enqueue(i, 1000));
    await new Promise<void>((r) => setImmediate(r));
    const closing = queue.close();
    gate.resolve();
    await closing;
    expect(finished).toBe(started.length);
    expect(started.length).toBeLessThan(50);
    const results = await Promise.all(runs);
    expect(results.filter((r) => r === null)).toHaveLength(50 - started.length);
    expect(await queue.enqueue(99, 1000)).toBeNull();
  });
});
