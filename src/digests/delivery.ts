// One digest run (subscription, slot), exactly once: recorded before it is sent, marked sent with the
// message id after; a run cut off by a crash is finished with the same nonce and the same articles.
import type { REST } from 'discord.js';
import { buildDigest, digestWindow, LATE_ARRIVAL_MS, type Digest } from '../core/digest.js';
import { renderDigest } from '../discord/render.js';
import type { Logger } from '../logger.js';
import type { Store, Subscription } from '../store/index.js';
import type { Delivery } from '../store/deliveries.js';
import { createCandidateCache } from './candidate-cache.js';
import { toDigestArticles } from './candidates.js';
import { digestNonce, postDigest } from './sender.js';

export type RunOutcome = 'sent' | 'empty' | 'paused' | 'failed' | 'skipped';

const MAX_CANDIDATES = 500;
const RETRY_DELAYS_MS = [1000, 3000];

export interface DeliveryDeps {
  store: Store;
  rest: REST;
  logger: Logger;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told which subscriptions were paused because their channel refused a post. */
  onPaused?: (subscriptionIds: number[]) => void;
}

export function createDelivery(deps: DeliveryDeps) {
  const { store, rest, logger, now } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const cache = createCandidateCache({
    load: (start, end) => toDigestArticles(store.articles.publishedBetween(start, end, MAX_CANDIDATES)),
    now,
  });

  /** What a digest for this subscription would hold at `slot`, or null when nothing is new. */
  function compose(
    sub: Subscription,
    slot: number,
    onlyIds?: ReadonlySet<string>,
    since?: number,
  ): Digest | null {
    // A run finished after a restart keeps its recorded period, so its recorded articles pass the
    // same rule they were chosen by (late arrivals allowed, which only ever widens it).
    const window =
      since === undefined
        ? digestWindow(sub.lastDigestAt, slot)
        : { start: since, end: slot, lateSince: since - LATE_ARRIVAL_MS };
    let articles = cache.candidates(window.lateSince, window.end, sub.topic);
    if (onlyIds) articles = articles.filter((a) => onlyIds.has(a.id));
    const alreadySent = onlyIds ? new Set<string>() : store.deliveries.sentArticleIds(sub.id);
    return buildDigest(articles, {
      now: window.end,
      since: window.start,
      lateSince: window.lateSince,
      topic: sub.topic,
      max: sub.maxItems,
      alreadySent,
    });
  }

  const idsOf = (digest: Digest): string[] => [...digest.articleIds];

  async function send(sub: Subscription, slot: number, digest: Digest, nonce: string): Promise<RunOutcome> {
    const payload = renderDigest(digest);
    for (let attempt = 0; ; attempt++) {
      const result = await postDigest(rest, sub.channelId, payload, nonce);
      if (result.ok) {
        store.deliveries.markSent(sub.id, slot, result.messageId, idsOf(digest), now());
        logger.info('digest posted', {
          subscription: sub.id,
          channel: sub.channelId,
          slot: new Date(slot).toISOString(),
          items: digest.items.length,
        });
        return 'sent';
      }
      if (result.kind === 'pause') {
        const paused = store.subscriptions.pauseChannel(sub.channelId, result.reason);
        store.deliveries.mark(sub.id, slot, 'paused', result.reason, now());
        logger.warn(`digests to channel ${sub.channelId} paused: ${result.reason}`, {
          subscriptions: paused.join(',') || String(sub.id),
        });
        deps.onPaused?.(paused);
        return 'paused';
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        store.deliveries.mark(sub.id, slot, 'failed', result.reason, now());
        logger.warn('digest failed; it will be tried again at the next slot', {
          subscription: sub.id,
          reason: result.reason,
        });
        return 'failed';
      }
      await sleep(delay);
    }
  }

  /** Runs one slot of a subscription. Safe to call twice for the same slot: the second does nothing. */
  async function runSlot(subscriptionId: number, slot: number): Promise<RunOutcome> {
    const sub = store.subscriptions.get(subscriptionId);
    if (!sub || sub.pausedReason) return 'skipped';
    const existing = store.deliveries.get(sub.id, slot);
    if (existing?.status === 'sending') return finish(existing);
    if (existing && existing.status !== 'failed') return 'skipped';
    const digest = compose(sub, slot);
    const base = { subscriptionId: sub.id, slot, nonce: digestNonce(sub.id, slot), updatedAt: now() };
    if (!digest) {
      store.deliveries.begin({
        ...base,
        status: 'empty',
        periodStart: digestWindow(sub.lastDigestAt, slot).start,
        periodEnd: slot,
        articleIds: [],
      });
      return 'empty';
    }
    const recorded = store.deliveries.begin({
      ...base,
      status: 'sending',
      periodStart: digest.periodStart,
      periodEnd: digest.periodEnd,
      articleIds: idsOf(digest),
    });
    if (!recorded) return 'skipped';
    return send(sub, slot, digest, base.nonce);
  }

  /** Finishes a run that was recorded but not marked sent (the bot stopped in between). */
  async function finish(run: Delivery): Promise<RunOutcome> {
    const sub = store.subscriptions.get(run.subscriptionId);
    if (!sub) return 'skipped';
    const digest = compose(sub, run.periodEnd, new Set(run.articleIds), run.periodStart);
    if (!digest) {
      store.deliveries.mark(sub.id, run.slot, 'empty', 'its articles are gone', now());
      return 'empty';
    }
    logger.info('finishing an interrupted digest', {
      subscription: sub.id,
      slot: new Date(run.slot).toISOString(),
    });
    return send(sub, run.slot, digest, run.nonce);
  }

  return {
    compose,
    runSlot,
    finishInterrupted: async () => {
      const runs = store.deliveries.unfinished();
      await Promise.all(runs.map((run) => finish(run)));
      return runs.length;
    },
  };
}

export type DigestDelivery = ReturnType<typeof createDelivery>;
