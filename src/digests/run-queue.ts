// The runs waiting to start. node-cron fires every task due in a second from the same timer phase, and
// skips a firing that comes too late: so its callbacks only enqueue here, and the runs start one at a
// time, yielding to the event loop between them, so sends (and their replies) go out while the rest of
// the burst is still being composed. Runs of one subscription wait for each other: two at once would
// both pick the articles neither has marked sent yet.

export type RunFn<T> = (subscriptionId: number, slot: number) => Promise<T>;

interface Job<T> {
  subscriptionId: number;
  slot: number;
  resolve: (value: T | null) => void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createRunQueue<T>(run: RunFn<T>, onError: (error: unknown, subscriptionId: number) => void) {
  const waiting: Job<T>[] = [];
  /** The latest run of each subscription, started or chained; later runs of it wait for this one. */
  const tails = new Map<number, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let pumping = false;
  let closed = false;

  function start(job: Job<T>): void {
    const { subscriptionId, slot } = job;
    // A tail never rejects, so a failed run does not stop the next run of its subscription.
    const previous = tails.get(subscriptionId) ?? Promise.resolve();
    const tail = previous
      .then(() => run(subscriptionId, slot))
      .then(job.resolve, (error: unknown) => {
        onError(error, subscriptionId);
        job.resolve(null);
      });
    tails.set(subscriptionId, tail);
    inFlight.add(tail);
    void tail.finally(() => {
      inFlight.delete(tail);
      if (tails.get(subscriptionId) === tail) tails.delete(subscriptionId);
    });
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (!closed) {
        const job = waiting.shift();
        if (!job) break;
        start(job);
        await yieldToEventLoop();
      }
    } finally {
      pumping = false;
    }
  }

  return {
    /** Queues one run; resolves with its outcome, or null when it failed or the queue closed first. */
    enqueue(subscriptionId: number, slot: number): Promise<T | null> {
      if (closed) return Promise.resolve(null);
      return new Promise<T | null>((resolve) => {
        waiting.push({ subscriptionId, slot, resolve });
        void pump();
      });
    },
    pending: () => waiting.length,
    /** Starts nothing more; resolves once the runs already started have ended. */
    async close(): Promise<void> {
      closed = true;
      for (const job of waiting.splice(0)) job.resolve(null);
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type RunQueue<T> = ReturnType<typeof createRunQueue<T>>;
