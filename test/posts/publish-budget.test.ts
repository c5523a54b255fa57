// Publishing to following servers against a fixed clock: at most CROSSPOSTS_PER_HOUR crossposts per
// channel in any hour, the rest of the posts still sent (never held up) and counted as skipped, budget
// back once the hour has passed, each channel with its own budget, counted across a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CROSSPOST_WINDOW_MS, CROSSPOSTS_PER_HOUR } from '../../src/discord/limits.js';
import { createDeliveryRig, MINUTE, T0, type DeliveryRig } from './delivery-rig.js';

let rig: DeliveryRig;

beforeEach(() => {
  rig = createDeliveryRig();
});

afterEach(async () => {
  await rig.close();
});

/** Stores `n` new articles and runs a round, waiting for its publishing too. */
async function arrive(n: number): Promise<void> {
  rig.storeArticles(n);
  await rig.delivery.tick();
  await rig.delivery.published();
}

const crossposted = (channel: string) =>
  rig.requests
    .map((r) => r.route)
    .filter((r) => r.startsWith(`/channels/${channel}/messages/`) && r.endsWith('/crosspost'));

describe('publishing budget', () => {
  it('publishes at most the hourly budget per channel, sends every post, and counts the rest as skipped', async () => {
    const news = rig.subscribe('news', { publish: true });
    const plain = rig.subscribe('plain');
    await rig.delivery.tick(); // the first round after start-up: nothing new
    await arrive(6);
    rig.clock.t += 10 * MINUTE;
    await arrive(6);
    expect(rig.sentTo('news')).toHaveLength(12);
    // The first ten messages of the channel are the ones published.
    expect(crossposted('news')).toEqual(
      (rig.messageIds.get('news') ?? [])
        .slice(0, CROSSPOSTS_PER_HOUR)
        .map((id) => `/channels/news/messages/${id}/crosspost`),
    );
    expect(rig.store.posts.publishSkippedSince(news.id, rig.clock.t - CROSSPOST_WINDOW_MS)).toBe(2);
    expect(rig.sentTo('plain')).toHaveLength(12);
    expect(crossposted('plain')).toHaveLength(0);
    expect(rig.store.posts.publishSkippedSince(plain.id, rig.clock.t - CROSSPOST_WINDOW_MS)).toBe(0);

    // An hour after the first crossposts, the budget is back for the ones that age out.
    rig.clock.t = T0 + CROSSPOST_WINDOW_MS + 1;
    await arrive(1);
    expect(crossposted('news')).toHaveLength(CROSSPOSTS_PER_HOUR + 1);
    expect(crossposted('news').at(-1)).toBe(
      `/channels/news/messages/${rig.messageIds.get('news')?.at(-1)}/crosspost`,
    );
    expect(rig.store.posts.publishSkippedSince(news.id, rig.clock.t - CROSSPOST_WINDOW_MS)).toBe(2);
    rig.clock.t = T0 + 10 * MINUTE + CROSSPOST_WINDOW_MS + 1;
    expect(rig.store.posts.publishSkippedSince(news.id, rig.clock.t - CROSSPOST_WINDOW_MS)).toBe(0);
  });

  it('keeps a budget per channel, and counts crossposts made before a restart', async () => {
    rig.subscribe('a', { publish: true });
    rig.subscribe('b', { publish: true });
    await rig.delivery.tick();
    await arrive(8);
    await rig.restart();
    await rig.delivery.tick();
    await arrive(4);
    for (const channel of ['a', 'b']) {
      expect(rig.sentTo(channel)).toHaveLength(12);
      expect(crossposted(channel)).toHaveLength(CROSSPOSTS_PER_HOUR);
    }
  });
});
