// Live-post delivery on a real temporary store with a fixed clock; Discord's REST faked at the edge: it
// records every request (route and body) and gives each channel message an id.
import type { REST } from 'discord.js';
import { createLogger } from '../../src/logger.js';
import { createPostDelivery, type PostDelivery } from '../../src/posts/delivery.js';
import type { Store } from '../../src/store/index.js';
import type { NewPostSubscription, PostSubscription } from '../../src/store/posts.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';
import { variedArticle } from '../helpers/varied-articles.js';

export const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
export const MINUTE = 60_000;

export interface SentRequest {
  route: string;
  body: { content?: string; nonce?: string; allowed_mentions?: unknown; embeds?: Array<{ title?: string }> };
}

export interface DeliveryRig {
  store: Store;
  clock: { t: number };
  requests: SentRequest[];
  /** Message ids given to each channel's posts, in order. */
  messageIds: Map<string, string[]>;
  delivery: PostDelivery;
  subscribe(channelId: string, extra?: Partial<NewPostSubscription>): PostSubscription;
  /** Stores `n` new articles, published now; returns their titles. */
  storeArticles(n: number): string[];
  /** Stops the delivery and starts a new one on the same store, as a restart does. */
  restart(): Promise<void>;
  /** Channel messages posted to a channel (not edits, threads or crossposts). */
  sentTo(channelId: string): SentRequest[];
  close(): Promise<void>;
}

export function createDeliveryRig(): DeliveryRig {
  const temp: TempStore = createTempStore('herald-posts-');
  const requests: SentRequest[] = [];
  const messageIds = new Map<string, string[]>();
  let next = 0;
  const rest = {
    post: async (route: string, options: { body?: SentRequest['body'] } = {}) => {
      requests.push({ route, body: options.body ?? {} });
      const id = `m${requests.length}`;
      const channel = /^\/channels\/(\w+)\/messages$/.exec(route)?.[1];
      if (channel) messageIds.set(channel, [...(messageIds.get(channel) ?? []), id]);
      return { id };
    },
    patch: async (route: string, options: { body?: SentRequest['body'] } = {}) => {
      requests.push({ route, body: options.body ?? {} });
      return {};
    },
  } as unknown as REST;
  const clock = { t: T0 };
  const start = () =>
    createPostDelivery({
      store: temp.store,
      rest,
      logger: createLogger('error', () => {}),
      now: () => clock.t,
      sleep: async () => {},
      channelLimit: { limit: 1000, windowMs: 1 },
    });
  const rig: DeliveryRig = {
    store: temp.store,
    clock,
    requests,
    messageIds,
    delivery: start(),
    subscribe: (channelId, extra = {}) =>
      temp.store.posts.subscribe({
        guildId: 'g',
        channelId,
        feedId: null,
        filter: null,
        roleId: null,
        format: 'full',
        mode: 'post',
        publish: false,
        createdBy: 'u',
        createdAt: clock.t,
        ...extra,
      }),
    storeArticles: (n) => {
      const articles = Array.from({ length: n }, () => {
        next += 1;
        return variedArticle(next, { published: clock.t, ingestedAt: clock.t });
      });
      temp.store.articles.upsert(articles);
      return articles.map((a) => a.title);
    },
    async restart() {
      await rig.delivery.stop();
      rig.delivery = start();
    },
    sentTo: (channelId) => requests.filter((r) => r.route === `/channels/${channelId}/messages`),
    async close() {
      await rig.delivery.stop();
      temp.remove();
    },
  };
  return rig;
}
