// Delivery bookkeeping with a fixed clock and no waiting (retry pauses are handed a sleep that returns at
// once): a channel that refuses pauses every digest posting there, a run that keeps failing is recorded
// failed and tried again at its slot, and a run interrupted between record and post is finished with
// the same nonce and articles.
import { DiscordAPIError } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDelivery } from '../../src/digests/delivery.js';
import { digestNonce } from '../../src/digests/sender.js';
import { createLogger } from '../../src/logger.js';
import { createFakeRest, type FakeRest } from '../helpers/fake-rest.js';
import { newsArticle } from '../helpers/news-articles.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';
import { hourlyDigest } from '../helpers/digest-rig.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

let temp: TempStore;
let rest: FakeRest;
let sleeps: number[];
let paused: number[][];

const discordError = (code: number, status: number) =>
  new DiscordAPIError({ code, message: 'refused' }, code, status, 'POST', '/channels/c1/messages', {});

function delivery() {
  return createDelivery({
    store: temp.store,
    rest: rest.rest,
    logger: createLogger('error', () => {}),
    now: () => T0,
    sleep: async (ms) => void sleeps.push(ms),
    onPaused: (ids) => void paused.push(ids),
  });
}

function subscribe(channelId: string): number {
  return temp.store.subscriptions.add(hourlyDigest(channelId, T0 - HOUR)).id;
}

beforeEach(() => {
  temp = createTempStore('herald-bookkeeping-');
  rest = createFakeRest();
  sleeps = [];
  paused = [];
  temp.store.articles.upsert([newsArticle('a1', 'Harbour reopens', T0 - HOUR / 2, T0 - HOUR / 4)]);
});

afterEach(() => temp.remove());

describe('delivery bookkeeping', () => {
  it('pauses every running digest of a channel that no longer exists, and records why', async () => {
    const [first, second, elsewhere] = [subscribe('c1'), subscribe('c1'), subscribe('c2')];
    rest.failures.push(discordError(10003, 404));
    expect(await delivery().runSlot(first, T0)).toBe('paused');
    const reason = 'the channel no longer exists (Discord error 10003)';
    expect(
      [first, second, elsewhere].map((id) => temp.store.subscriptions.get(id)?.pausedReason ?? null),
    ).toEqual([reason, reason, null]);
    expect(temp.store.deliveries.get(first, T0)).toMatchObject({ status: 'paused', error: reason });
    expect(paused).toEqual([[first, second]]);
    expect(sleeps).toEqual([]);
  });

  it('retries a failing post twice, records it failed, and sends it at a later try of the same slot', async () => {
    const id = subscribe('c1');
    rest.failures.push(discordError(0, 500), discordError(0, 500), discordError(0, 500));
    expect(await delivery().runSlot(id, T0)).toBe('failed');
    expect(sleeps).toEqual([1000, 3000]);
    expect(temp.store.deliveries.get(id, T0)).toMatchObject({
      status: 'failed',
      error: 'Discord error 0: refused',
    });
    expect(await delivery().runSlot(id, T0)).toBe('sent');
    expect(temp.store.deliveries.get(id, T0)).toMatchObject({
      status: 'sent',
      messageId: '4',
      articleIds: ['a1'],
    });
    expect(new Set(rest.posts.map((p) => p.body.nonce))).toEqual(new Set([digestNonce(id, T0)]));
  });

  it('finishes a run recorded before a stop with its own nonce and articles, once', async () => {
    const id = subscribe('c1');
    temp.store.deliveries.begin({
      subscriptionId: id,
      slot: T0,
      status: 'sending',
      nonce: digestNonce(id, T0),
      periodStart: T0 - HOUR,
      periodEnd: T0,
      articleIds: ['a1'],
      updatedAt: T0,
    });
    const run = delivery();
    expect(await run.finishInterrupted()).toBe(1);
    expect(rest.posts.map((p) => [p.body.nonce, p.body.embeds.map((e) => e.title)])).toEqual([
      [digestNonce(id, T0), ['Harbour reopens']],
    ]);
    expect(await run.finishInterrupted()).toBe(0);
    expect(await run.runSlot(id, T0)).toBe('skipped');
    expect(temp.store.deliveries.sentArticleIds(id)).toEqual(new Set(['a1']));
  });
});
