// node-cron tasks for the stored subscriptions. The task hands over the slot it fired for; adding,
// removing, pausing or resuming a subscription re-syncs its task at once.
//
// A task's callback only queues the run and returns: a thousand subscriptions can share a slot, and
// node-cron silently skips a firing whose timer runs later than `missedExecutionTolerance`, so any work
// done inside the callback would make the tasks firing after it miss their slot. A slot missed anyway
// (the process stalled for longer still) is queued too, late rather than never.
import cron, { type ScheduledTask, type TaskContext } from 'node-cron';
import type { Logger } from '../logger.js';
import { logEachFailure, type ReportFailure } from '../work/outage.js';
import type { Subscription } from '../store/index.js';
import type { RunOutcome } from './delivery.js';
import { createRunQueue } from './run-queue.js';

export interface SchedulerDeps<T> {
  logger: Logger;
  /** How a failed digest run is logged; default: each on its own line. */
  report?: ReportFailure;
  /** Runs the digest of one subscription for the slot (ms; whole seconds when scheduled). */
  onSlot: (subscriptionId: number, slot: number) => Promise<T>;
}

/** How late a firing may run and still count (node-cron's default is 1 s). */
const MISSED_TOLERANCE_MS = 5 * 60 * 1000;

const slotOf = (context: TaskContext): number => Math.floor(context.date.getTime() / 1000) * 1000;

export function createScheduler<T>(deps: SchedulerDeps<T>) {
  const tasks = new Map<number, { task: ScheduledTask; cron: string; timeZone: string }>();
  const report = deps.report ?? logEachFailure(deps.logger);
  const queue = createRunQueue(deps.onSlot, (error, subscription) =>
    report('digest run', error, { subscription }),
  );
  let stopped = false;

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
    const task = cron.schedule(sub.cron, (context) => void queue.enqueue(id, slotOf(context)), {
      timezone: sub.timeZone,
      name: `digest-${id}`,
      // The queue keeps runs of one subscription apart; this keeps node-cron from firing into itself.
      noOverlap: true,
      missedExecutionTolerance: MISSED_TOLERANCE_MS,
    });
    task.on('execution:missed', (context: TaskContext) => {
      deps.logger.warn('digest slot fired late; running it now', {
        subscription: id,
        slot: context.date.toISOString(),
      });
      void queue.enqueue(id, slotOf(context));
    });
    tasks.set(id, { task, cron: sub.cron, timeZone: sub.timeZone });
  }

  return {
    sync,
    /** Schedules every running subscription. */
    start(subs: Subscription[]): void {
      for (const sub of subs) sync(sub.id, sub);
    },
    /**
     * Queues a run outside the schedule (catch-up, /digest send), after any run of the same
     * subscription under way. Resolves with the run's outcome, or null when it failed or never started.
     */
    enqueue: (id: number, slot: number) => queue.enqueue(id, slot),
    scheduledCount: () => tasks.size,
    /** Stops firing, then waits for the runs already under way. */
    async stop(): Promise<void> {
      stopped = true;
      for (const id of [...tasks.keys()]) unschedule(id);
      await queue.close();
    },
  };
}

export type Scheduler<T = RunOutcome> = ReturnType<typeof createScheduler<T>>;
