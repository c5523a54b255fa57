// node-cron tasks for the stored subscriptions. The task hands over the slot it fired for; adding,
// removing, pausing or resuming a subscription re-syncs its task at once.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import type { Subscription } from '../store/index.js';

export interface SchedulerDeps {
  logger: Logger;
  /** Runs the digest of one subscription for the slot (ms, whole seconds). */
  onSlot: (subscriptionId: number, slot: number) => Promise<unknown>;
}

export function createScheduler(deps: SchedulerDeps) {
  const tasks = new Map<number, { task: ScheduledTask; cron: string; timeZone: string }>();
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;

  function track(run: Promise<unknown>): void {
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  }

  function unschedule(id: number): void {
    const entry = tasks.get(id);
    if (!entry) return;
    void entry.task.destroy();
    tasks.delete(id);
  }

  /** Makes the task of a subscription match its stored state (running, paused or gone). */
  function sync(id: number, sub: Subscription | null): void {
    if (stopped) return;
    const entry = tasks.get(id);
    if (!sub || sub.pausedReason) return unschedule(id);
    if (entry && entry.cron === sub.cron && entry.timeZone === sub.timeZone) return;
    unschedule(id);
    const task = cron.schedule(
      sub.cron,
      (context) => {
        const slot = Math.floor(context.date.getTime() / 1000) * 1000;
        const run = deps.onSlot(id, slot).catch((error: unknown) => {
          deps.logger.error(`digest run failed: ${(error as Error).message}`, { subscription: id });
        });
        track(run);
        return run;
      },
      { timezone: sub.timeZone, noOverlap: true, name: `digest-${id}`, suppressMissedWarning: true },
    );
    tasks.set(id, { task, cron: sub.cron, timeZone: sub.timeZone });
  }

  return {
    sync,
    /** Schedules every running subscription. */
    start(subs: Subscription[]): void {
      for (const sub of subs) sync(sub.id, sub);
    },
    track,
    scheduledCount: () => tasks.size,
    /** Stops firing, then waits for the runs already under way. */
    async stop(): Promise<void> {
      stopped = true;
      for (const id of [...tasks.keys()]) unschedule(id);
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
