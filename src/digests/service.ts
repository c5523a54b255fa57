// The digest operations behind /digest: validation, bookkeeping and scheduling, with expected failures
// returned as values whose text is written for the admin who typed the command.
import cron from 'node-cron';
import type { Digest } from '../core/digest.js';
import { minIntervalSeconds, nextRuns, parseSchedule, resolveTimeZone } from '../core/schedule/index.js';
import type { Logger } from '../logger.js';
import type { Store, Subscription } from '../store/index.js';
import type { Delivery } from '../store/deliveries.js';
import type { DigestDelivery, RunOutcome } from './delivery.js';
import type { Scheduler } from './scheduler.js';

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

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
const PAUSED_BY = 'paused by ';

/** "paused by alice" for an admin's pause, "paused: the channel no longer exists" for Herald's. */
export function describePause(reason: string): string {
  return reason.startsWith(PAUSED_BY) ? reason : `paused: ${reason}`;
}

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
}) {
  const { store, delivery, scheduler, now } = deps;

  function nextRunOf(sub: Pick<Subscription, 'cron' | 'timeZone'>): Date | null {
    return nextRuns(sub.cron, sub.timeZone, new Date(now()), 1)[0] ?? null;
  }

  function owned(id: number, guildId: string): Result<{ sub: Subscription }> {
    const sub = store.subscriptions.get(id);
    if (!sub || sub.guildId !== guildId)
      return { ok: false, error: `This server has no digest #${id}. See /digest list.` };
    return { ok: true, sub };
  }

  function wordsOf(sub: Subscription): string {
    const parsed = parseSchedule(sub.cron);
    return parsed.ok ? parsed.words : sub.schedule;
  }

  return {
    nextRunOf,
    add(input: NewDigestInput): Result<{ sub: Subscription; words: string; nextRun: Date | null }> {
      const parsed = parseSchedule(input.schedule);
      if (!parsed.ok) return { ok: false, error: `Schedule “${input.schedule}”: ${parsed.error}.` };
      if (!cron.validate(parsed.cron))
        return {
          ok: false,
          error: `Schedule “${input.schedule}” is not a cron expression node-cron accepts.`,
        };
      const zone = resolveTimeZone(input.timeZone ?? deps.defaultTimeZone);
      if (!zone.ok) {
        const hint =
          zone.suggestions.length > 0
            ? `did you mean ${zone.suggestions.join(' or ')}?`
            : 'use an IANA name such as Europe/Berlin (pick one from the list as you type).';
        return { ok: false, error: `Unknown time zone “${input.timeZone}”: ${hint}` };
      }
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
      if (twin) {
        const paused = twin.pausedReason ? ' It is paused: /digest resume starts it again.' : '';
        return {
          ok: false,
          error:
            `Digest #${twin.id}${twin.name ? ` “${twin.name}”` : ''} already posts ${parsed.words} (${timeZone}) ` +
            `${twin.topic ? `on “${twin.topic}” ` : ''}to that channel; see /digest list.${paused}`,
        };
      }
      const gap = minIntervalSeconds(parsed.cron, timeZone, new Date(now()));
      if (gap < deps.minIntervalSeconds) {
        return {
          ok: false,
          error: `Schedule “${input.schedule}” fires every ${gap} s; this bot allows at most one digest every ${deps.minIntervalSeconds} s.`,
        };
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
      return { ok: true, sub, words: parsed.words, nextRun: nextRunOf(sub) };
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
    remove(id: number, guildId: string): Result<{ sub: Subscription }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      store.db.transaction(() => {
        store.subscriptions.remove(id, guildId);
        store.deliveries.forgetSubscription(id);
      })();
      scheduler.sync(id, null);
      return found;
    },
    pause(id: number, guildId: string, by: string): Result<{ sub: Subscription }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      if (found.sub.pausedReason)
        return { ok: false, error: `Digest #${id} is already ${describePause(found.sub.pausedReason)}.` };
      store.subscriptions.setPaused(id, `${PAUSED_BY}${by}`);
      scheduler.sync(id, store.subscriptions.get(id));
      return found;
    },
    resume(id: number, guildId: string): Result<{ sub: Subscription; nextRun: Date | null }> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      if (!found.sub.pausedReason) return { ok: false, error: `Digest #${id} is not paused.` };
      store.subscriptions.setPaused(id, null);
      const sub = store.subscriptions.get(id);
      scheduler.sync(id, sub);
      return { ok: true, sub: found.sub, nextRun: sub ? nextRunOf(sub) : null };
    },
    /** Posts a digest now. It counts as the previous digest but leaves the schedule as it is. */
    async sendNow(id: number, guildId: string): Promise<Result<{ outcome: RunOutcome; sub: Subscription }>> {
      const found = owned(id, guildId);
      if (!found.ok) return found;
      if (found.sub.pausedReason)
        return {
          ok: false,
          error: `Digest #${id} is ${describePause(found.sub.pausedReason)}; /digest resume starts it again.`,
        };
      // Queued behind any run of this subscription under way, so the two can't pick the same articles.
      const outcome = await scheduler.enqueue(id, now());
      return { ok: true, outcome: outcome ?? 'failed', sub: found.sub };
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
        if (missed && missed.getTime() < t - 1000) {
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
