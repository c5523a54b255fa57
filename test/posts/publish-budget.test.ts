// Publishing to following servers against a fixed clock: at most CROSSPOSTS_PER_HOUR crossposts per
// channel in any hour, the rest of the posts still sent (never held up) and counted as skipped, budget
// back once the hour has passed, and each channel with its own budget. Discord's REST is faked at the edge.
import type { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CROSSPOST_WINDOW_MS, CROSSPOSTS_PER_HOUR } from '../../src/discord/limits.js';
import { createLogger } from '../../src/logger.js';
import { createPostDelivery, type PostDelivery } from '../../src/posts/delivery.js';
import type { PostSubscription } from '../../src/store/posts.js';
import type { Store } from '../../src/store/index.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';
import { variedArticle } from '../helpers/varied-articles.js';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const MINUTE = 60_000;

let temp: TempStore;
let store: Store;
let clock: { t: number };
let calls: string[];
/** Message ids the fake gave each channel's posts, in order. */
let messageIds: Map<string, string[]>;
let delivery: PostDelivery;
let next = 0;

beforeEach(() => {
  temp = createTempStore('herald-publish-');
  store = temp.store;
  clock = { t: T0 };
  calls = [];
  messageIds = new Map();
  next = 0;
  delivery = startDelivery();
});

function startDelivery(): PostDelivery {
  const rest = {
    post: async (route: string) => {
      calls.push(route);
      const id = `m${calls.length}`;
      const channel = /^\/channels\/(\w+)\/messages$/.exec(route)?.[1];
      if (channel) messageIds.set(channel, [...(messageIds.get(channel) ?? []), id]);
      return { id };
    },
  } as unknown as REST;
  return createPostDelivery({
    store,
    rest,
    logger: createLogger('error', () => {}),
    now: () => clock.t,
    sleep: async () => {},
    channelLimit: { limit: 1000, windowMs: 1 },
  });
}

afterEach(async () => {
  await delivery.stop();
  temp.remove();
});

function subscribe(channelId: string, publish: boolean): PostSubscription {
  return store.posts.subscribe({
    guildId: 'g',
    channelId,
    feedId: null,
    filter: null,
    roleId: null,
    format: 'full',
    mode: 'post',
    publish,
    createdBy: 'u',
    createdAt: clock.t,
  });
}

/** Stores `n` new articles, published now, and runs a round. */
async function arrive(n: number): Promise<void> {
  const articles = Array.from({ length: n }, () => {
    next += 1;
    return variedArticle(next, { published: clock.t, ingestedAt: clock.t });
  });
  store.articles.upsert(articles);
  await delivery.tick();
  await delivery.published();
}

const sent = (channel: string) => calls.filter((r) => r === `/channels/${channel}/messages`);
const crossposted = (channel: string) =>
  calls.filter((r) => r.startsWith(`/channels/${channel}/messages/`) && r.endsWith('/crosspost'));

describe('publishing budget', () => {
  it('publishes at most the hourly budget per channel, sends every post, and counts the rest as skipped', async () => {
    const news = subscribe('news', true);
    const plain = subscribe('plain', false);
    await delivery.tick(); // the first round after start-up: nothing new
    await arrive(6);
    clock.t += 10 * MINUTE;
    await arrive(6);
    expect(sent('news')).toHaveLength(12);
    expect(crossposted('news')).toHaveLength(CROSSPOSTS_PER_HOUR);
    // The first ten messages of the channel are the ones published.
    expect(crossposted('news')).toEqual(
      (messageIds.get('news') ?? [])
        .slice(0, CROSSPOSTS_PER_HOUR)
        .map((id) => `/channels/news/messages/${id}/crosspost`),
    );
    expect(store.posts.publishSkippedSince(news.id, clock.t - CROSSPOST_WINDOW_MS)).toBe(2);
    expect(sent('plain')).toHaveLength(12);
    expect(crossposted('plain')).toHaveLength(0);
    expect(store.posts.publishSkippedSince(plain.id, clock.t - CROSSPOST_WINDOW_MS)).toBe(0);

    // An hour after the first crossposts, the budget is back for the ones that age out.
    clock.t = T0 + CROSSPOST_WINDOW_MS + 1;
    await arrive(1);
    expect(crossposted('news')).toHaveLength(CROSSPOSTS_PER_HOUR + 1);
    expect(crossposted('news').at(-1)).toBe(
      `/channels/news/messages/${messageIds.get('news')?.at(-1)}/crosspost`,
    );
    expect(store.posts.publishSkippedSince(news.id, clock.t - CROSSPOST_WINDOW_MS)).toBe(2);
    clock.t = T0 + 10 * MINUTE + CROSSPOST_WINDOW_MS + 1;
    expect(store.posts.publishSkippedSince(news.id, clock.t - CROSSPOST_WINDOW_MS)).toBe(0);
  });

  it('keeps a budget per channel, and counts crossposts made before a restart', async () => {
    subscribe('a', true);
    subscribe('b', true);
    await delivery.tick();
    await arrive(8);
    await delivery.stop();
    // A new delivery on the same store, as after a restart.
    delivery = startDelivery();
    await delivery.tick();
    await arrive(4);
    for (const channel of ['a', 'b']) {
      expect(sent(channel)).toHaveLength(12);
      expect(crossposted(channel)).toHaveLength(CROSSPOSTS_PER_HOUR);
    }
  });
});
