// The digest operations behind /digest: validation, bookkeeping and scheduling, with expected failures
// returned as coded values (DigestProblem); src/discord/words.ts writes them for the admin.
import type { Digest } from '../core/digest.js';
import {
  minIntervalSeconds,
  nextRuns,
  parseSchedule,
  resolveTimeZone,
  type ScheduleProblem,
} from '../core/schedule/index.js';
import type { Logger } from '../logger.js';
import { fail, ok, type Result } from '../result.js';
import type { Store, Subscription } from '../store/index.js';
import type { Delivery } from '../store/deliveries.js';
import type { DigestDelivery, RunOutcome } from './delivery.js';
import type { Scheduler } from './scheduler.js';

/** Why a digest command was refused, with what is needed to say so. */
export type DigestProblem =
  | { code: 'no-such-digest'; id: number }
  | { code: 'bad-schedule'; schedule: string; problem: ScheduleProblem }
  | { code: 'unknown-time-zone'; typed: string | null; suggestions: string[] }
  | { code: 'duplicate-digest'; twin: Subscription; words: string; timeZone: string }
  | { code: 'too-frequent'; schedule: string; gapSeconds: number; minSeconds: number }
  | { code: 'already-paused'; id: number; reason: string }
  | { code: 'not-paused'; id: number }
  | { code: 'digest-paused'; id: number; reason: string };

export type DigestResult<T> = Result<T, DigestProblem>;

export interface NewDigestInput {
  guildId: string;
  channelId: string;
  schedule: string;
  timeZone: string | null;
  topic: string | null;
  max: number;
  name: string | null;
  userId: string;
}

export interface SubscriptionStatus {
  subscription: Subscription;
  words: string;
  nextRun: Date | null;
  last: Delivery | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The stored pause reason of an admin's pause starts with this; Herald's own reasons do not. */
export const PAUSED_BY = 'paused by ';

/** Topics and names compare as people read them: case and spacing aside, blank as none. */
function sameWords(a: string | null, b: string | null): boolean {
  const norm = (text: string | null) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

export function createDigestService(deps: {
  store: Store;
  delivery: DigestDelivery;
  scheduler: Scheduler;
  logger: Logger;
  now: () => number;
  defaultTimeZone: string;
  minIntervalSeconds: number;
  /** With several processes: whether this one posts the catch-up for a missed slot (claimed.ts); default yes. */
  mayCatchUp?: (subscriptionId: number, missedSlot: number) => boolean;
}) {
  const { store, delivery, scheduler, now } = deps;

  function nextRunOf(sub: Pick<Subscription, 'cron' | 'timeZone'>): Date | null {
    return nextRuns(sub.cron, sub.timeZone, new Date(now()), 1)[0] ?? null;
  }

  function owned(id: number, guildId: string): DigestResult<{ sub: Subscription }> {
    const sub = store.subscriptions.get(id);
    if (!sub || sub.guildId !== guildId) return fail({ code: 'no-such-digest', id });
    return ok({ sub });
  }

  function wordsOf(sub: Subscription): string {
    const parsed = parseSchedule(sub.cron);
    return parsed.ok ? parsed.words : sub.schedule;
  }

  return {
    nextRunOf,
    add(input: NewDigestInput): DigestResult<{ sub: Subscription; words: string; nextRun: Date | null }> {
      const parsed = parseSchedule(input.schedule);
      if (!parsed.ok) return fail({ code: 'bad-schedule', schedule: input.schedule, problem: parsed.error });
      // The core's parser refuses whatever node-cron would (test/core/schedule.test.ts holds them to it).
      const zone = resolveTimeZone(input.timeZone ?? deps.defaultTimeZone);
      if (!zone.ok)
        return fail({ code: 'unknown-time-zone', typed: input.timeZone, suggestions: zone.suggestions });
      const timeZone = zone.zone;
      const twin = store.subscriptions
        .forGuild(input.guildId)
        .find(
          (s) =>
            s.channelId === input.channelId &&
            s.cron === parsed.cron &&
            s.timeZone === timeZone &&
            sameWords(s.topic, input.topic) &&
            sameWords(s.name, input.name),
        );
      if (twin) return fail({ code: 'duplicate-digest', twin, words: parsed.words, timeZone });
      const gap = minIntervalSeconds(parsed.cron, timeZone, new Date(now()));
      if (gap < deps.minIntervalSeconds) {
        return fail({
          code: 'too-frequent',
          schedule: input.schedule,
          gapSeconds: gap,
          minSeconds: deps.minIntervalSeconds,
        });
      }
      const sub = store.subscriptions.add({
        guildId: input.guildId,
        channelId: input.channelId,
        name: input.name,
        schedule: input.schedule,
        cron: parsed.cron,
        timeZone,
        topic: input.topic,
        maxItems: input.max,
        createdBy: input.userId,
        createdAt: now(),
      });
      scheduler.sync(sub.id, sub);
      deps.logger.info('digest added', {
        subscription: sub.id,
        guild: sub.guildId,
        channel: sub.channelId,
        cron: sub.cron,
        zone: timeZone,
      });
      return ok({ sub, words: parsed.words, nextRun: nextRunOf(sub) });
    },
    list(guildId: string): SubscriptionStatus[] {
      return store.subscriptions.forGuild(guildId).map((sub) => ({
        subscription: sub,
        words: wordsOf(sub),
        nextRun: sub.pausedReason ? null : nextRunOf(sub),
        last: store.deliveries.latest(sub.id),
      }));
    },
    /** Subscriptions of a server for autocomplete. */
    choices(guildId: string): Subscription[] {
      return store.subscriptions.forGuild(guildId);
    },
    get: owned,
    remove(id: number, guildId: string): DigestResult<{ sub: Subscription }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      store.transaction(() => {
        store.subscriptions.remove(id, guildId);
        store.deliveries.forgetSubscription(id);
      });
      scheduler.sync(id, null);
      return found;
    },
    pause(id: number, guildId: string, by: string): DigestResult<{ sub: Subscription }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      const reason = found.value.sub.pausedReason;
      if (reason) return fail({ code: 'already-paused', id, reason });
      store.subscriptions.setPaused(id, `${PAUSED_BY}${by}`);
      scheduler.sync(id, store.subscriptions.get(id));
      return found;
    },
    resume(id: number, guildId: string): DigestResult<{ sub: Subscription; nextRun: Date | null }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      if (!found.value.sub.pausedReason) return fail({ code: 'not-paused', id });
      store.subscriptions.setPaused(id, null);
      const sub = store.subscriptions.get(id);
      scheduler.sync(id, sub);
      return ok({ sub: found.value.sub, nextRun: sub ? nextRunOf(sub) : null });
    },
    /** Posts a digest now. It counts as the previous digest but leaves the schedule as it is. */
    async sendNow(
      id: number,
      guildId: string,
    ): Promise<DigestResult<{ outcome: RunOutcome; sub: Subscription }>> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      const reason = found.value.sub.pausedReason;
      if (reason) return fail({ code: 'digest-paused', id, reason });
      // Queued behind any run of this subscription under way, so the two can't pick the same articles.
      const outcome = await scheduler.enqueue(id, now());
      return ok({ outcome: outcome ?? 'failed', sub: found.value.sub });
    },
    preview(topic: string | null, max: number): Digest | null {
      const t = now();
      // What a first digest would hold: the last day's news.
      const probe = { id: 0, lastDigestAt: null, topic, maxItems: max } as Subscription;
      return delivery.compose(probe, t);
    },
    /** At start-up: finish interrupted runs, post one catch-up digest for runs missed while down, schedule. */
    async start(): Promise<void> {
      const finished = await delivery.finishInterrupted();
      if (finished > 0) deps.logger.info('interrupted digests finished', { runs: finished });
      const t = now();
      const catchUps: Promise<unknown>[] = [];
      for (const sub of store.subscriptions.all()) {
        if (sub.pausedReason) continue;
        const last = store.deliveries.lastSlot(sub.id) ?? sub.createdAt;
        const from = Math.max(last, t - DAY_MS);
        const missed = nextRuns(sub.cron, sub.timeZone, new Date(from), 1)[0];
        if (missed && missed.getTime() < t - 1000 && (deps.mayCatchUp?.(sub.id, missed.getTime()) ?? true)) {
          deps.logger.info('catching up on digests missed while stopped', {
            subscription: sub.id,
            since: new Date(from).toISOString(),
          });
          catchUps.push(scheduler.enqueue(sub.id, t));
        }
      }
      scheduler.start(store.subscriptions.all());
      await Promise.allSettled(catchUps);
    },
    stop: () => scheduler.stop(),
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
