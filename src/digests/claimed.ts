// Digest runs across several processes: every process schedules every subscription, and a run is done by
// the process that claims the subscription (`digest:<id>`, so runs of one subscription never overlap,
// whichever processes fire them). A process that finds it claimed looks again once the lease could have
// lapsed: by then the slot is recorded sent (nothing to do), or the holder died and the lease is free —
// then this process finishes the run from the ledger (same articles, same nonce) or, if it was never
// recorded, runs it. A timer also re-reads the subscriptions
// (added, paused or removed through another process) and takes over interrupted runs nobody holds.
import type { Logger } from '../logger.js';
import { logEachFailure, type ReportFailure } from '../work/outage.js';
import type { Store } from '../store/index.js';
import type { Claims } from '../work/claims.js';
import { catchUpKey, digestKey } from '../work/keys.js';
import type { DigestDelivery, RunOutcome } from './delivery.js';
import type { Scheduler } from './scheduler.js';

export function createClaimedDigests(deps: {
  store: Store;
  delivery: DigestDelivery;
  claims: Claims;
  logger: Logger;
  /** How a failed turn is logged; default: each on its own line. */
  report?: ReportFailure;
  /** Queues a run behind the runs of its subscription (the scheduler's queue). */
  enqueue: (subscriptionId: number, slot: number) => Promise<RunOutcome | null>;
}) {
  const { store, delivery, claims, logger } = deps;
  const report = deps.report ?? logEachFailure(logger);
  const retries = new Set<NodeJS.Timeout>();
  // Subscriptions with a run under way in this process: a claim of our own key succeeds (it renews), so
  // this set, not the lease, keeps a timer's sweep and a queued run of one subscription apart.
  const working = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let known = new Set<number>();

  function lookAgainLater(subscriptionId: number, slot: number): void {
    if (stopped) return;
    const retry = setTimeout(() => {
      retries.delete(retry);
      void deps.enqueue(subscriptionId, slot);
    }, claims.ttlMs + 250);
    retries.add(retry);
  }

  /** Takes the subscription unless a run of it is under way here or in another process; null then. */
  function take(subscriptionId: number): string | null {
    const key = digestKey(subscriptionId);
    if (working.has(key) || !claims.take(key)) return null;
    working.add(key);
    return key;
  }

  async function runTaken(key: string, subscriptionId: number, slot: number): Promise<RunOutcome> {
    try {
      // A run of this subscription left unfinished by a process that died is finished first: its articles
      // are not marked sent yet, and this slot would pick them again.
      for (const run of store.deliveries.unfinished()) {
        if (run.subscriptionId === subscriptionId && run.slot !== slot)
          await delivery.runSlot(subscriptionId, run.slot);
      }
      return await delivery.runSlot(subscriptionId, slot);
    } finally {
      working.delete(key);
      claims.release(key);
    }
  }

  async function runSlot(subscriptionId: number, slot: number): Promise<RunOutcome> {
    const key = take(subscriptionId);
    if (key === null) {
      lookAgainLater(subscriptionId, slot);
      return 'skipped';
    }
    return runTaken(key, subscriptionId, slot);
  }

  /** Runs recorded but not finished whose lease is free (their process stopped or died): finished here. */
  async function finishInterrupted(): Promise<number> {
    const runs = store.deliveries
      .unfinished()
      .map((run) => ({ run, key: take(run.subscriptionId) }))
      .filter((r): r is { run: (typeof r)['run']; key: string } => r.key !== null);
    await Promise.all(runs.map(({ run, key }) => runTaken(key, run.subscriptionId, run.slot)));
    return runs.length;
  }

  /** Makes the scheduler follow the stored subscriptions, whichever process changed them. */
  function follow(scheduler: Pick<Scheduler, 'sync'>): void {
    const now = new Set<number>();
    for (const sub of store.subscriptions.all()) {
      now.add(sub.id);
      scheduler.sync(sub.id, sub);
    }
    for (const id of known) if (!now.has(id)) scheduler.sync(id, null);
    known = now;
  }

  return {
    compose: delivery.compose,
    runSlot,
    finishInterrupted,
    follow,
    /**
     * Whether this process posts the catch-up digest of a subscription for the run missed at `missedSlot`:
     * of processes starting together, only the first to ask. The lease is left to lapse, not released.
     */
    mayCatchUp: (subscriptionId: number, missedSlot: number): boolean =>
      claims.take(catchUpKey(subscriptionId, missedSlot)),
    /** Every `everyMs`: follow the subscriptions, take over interrupted runs. */
    start(scheduler: Pick<Scheduler, 'sync'>, everyMs: number): void {
      if (timer || stopped) return;
      timer = setInterval(() => {
        try {
          follow(scheduler);
          finishInterrupted().catch((error: unknown) => report('finishing interrupted digests', error));
        } catch (error) {
          report('following digests', error);
        }
      }, everyMs);
      timer.unref();
    },
    stop(): void {
      stopped = true;
      if (timer) clearInterval(timer);
      for (const retry of retries) clearTimeout(retry);
      retries.clear();
    },
  };
}

export type ClaimedDigests = ReturnType<typeof createClaimedDigests>;
