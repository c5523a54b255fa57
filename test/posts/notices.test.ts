// Notices besides the news, against a fixed clock: after downtime at most CATCH_UP_MAX posts per channel
// (however many subscriptions post there), then one line with how many more; a feed the poller paused
// told once in each channel it posts to, never again after a restart, again after a later pause.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATCH_UP_MAX } from '../../src/posts/delivery.js';
import { createDeliveryRig, MINUTE, type DeliveryRig } from './delivery-rig.js';

let rig: DeliveryRig;

beforeEach(() => {
  rig = createDeliveryRig();
});

afterEach(async () => {
  await rig.close();
});

const titlesSentTo = (channel: string) =>
  rig.sentTo(channel).map((r) => r.body.embeds?.[0]?.title ?? r.body.content ?? '');

describe('catch-up after downtime', () => {
  it('posts the newest ten per channel across its subscriptions, then one line with how many more', async () => {
    // Two subscriptions post to "news" (one with a filter that only some articles pass), one to "other".
    rig.subscribe('news');
    rig.subscribe('news', { filter: 'council' });
    rig.subscribe('other');
    const titles = rig.storeArticles(14); // stored while Herald was down
    await rig.delivery.tick(); // the first round after start-up
    const newestTen = titles.slice(-CATCH_UP_MAX);
    expect(titlesSentTo('news').slice(0, CATCH_UP_MAX)).toEqual(newestTen);
    expect(titlesSentTo('other').slice(0, CATCH_UP_MAX)).toEqual(newestTen);
    for (const channel of ['news', 'other']) {
      const last = rig.sentTo(channel).at(-1)?.body;
      expect(rig.sentTo(channel)).toHaveLength(CATCH_UP_MAX + 1);
      expect(last?.content).toBe('…and 4 more stories arrived while Herald was away. /latest shows them.');
      expect(last?.allowed_mentions).toEqual({ parse: [] });
      expect(last?.nonce).toMatch(/^n\d+$/);
    }
    // The count is stored as a number, not inside an article id.
    expect(rig.store.posts.notices.inChannel('news').map((n) => [n.kind, n.more, n.status])).toEqual([
      ['catch-up', 4, 'sent'],
    ]);
    expect(rig.store.posts.pending()).toEqual([]);

    // Later rounds post every new article, with no catch-up line; a restart posts nothing again.
    rig.clock.t += MINUTE;
    const more = rig.storeArticles(12);
    await rig.delivery.tick();
    expect(titlesSentTo('other').slice(CATCH_UP_MAX + 1)).toEqual(more);
    await rig.restart();
    await rig.delivery.tick();
    expect(rig.sentTo('other')).toHaveLength(CATCH_UP_MAX + 1 + 12);
  });
});

describe('a feed paused by the poller', () => {
  function addFeed(title: string) {
    return rig.store.feeds.add({
      url: `https://${title.toLowerCase().replace(/\s/g, '')}.example/feed.xml`,
      title,
      siteUrl: null,
      imageUrl: null,
      intervalSeconds: 600,
      fullText: 'off',
      nextFetchAt: rig.clock.t,
      createdAt: rig.clock.t,
    });
  }

  it('is told once in each channel it posts to, with the reason and the resume hint, and never twice', async () => {
    const harbour = addFeed('Harbour *Times*');
    const coast = addFeed('Coast Radio');
    rig.subscribe('news', { feedId: harbour.id });
    rig.subscribe('news', { feedId: harbour.id, filter: 'ferry' });
    rig.subscribe('alerts', { feedId: harbour.id });
    rig.subscribe('radio', { feedId: coast.id });
    await rig.delivery.tick();
    rig.clock.t += MINUTE;
    rig.store.feeds.update(harbour.id, {
      state: 'paused',
      reason: 'the feed is gone (HTTP 410)',
      lastFetchAt: rig.clock.t,
      failures: 1,
    });
    // A feed paused by hand is not announced: the user who paused it was told.
    rig.store.feeds.update(coast.id, { state: 'paused', reason: 'paused by hand', lastFetchAt: rig.clock.t });
    await rig.delivery.tick();
    const told = `Feed #${harbour.id} (Harbour \\*Times\\*) is paused: the feed is gone (HTTP 410). Herald no longer checks it, so its stories stop here; \`/feed resume ${harbour.id}\` starts it again.`;
    for (const channel of ['news', 'alerts']) {
      expect(rig.sentTo(channel).map((r) => r.body.content)).toEqual([told]);
      expect(rig.sentTo(channel)[0]?.body.allowed_mentions).toEqual({ parse: [] });
    }
    expect(rig.sentTo('radio')).toEqual([]);

    await rig.delivery.tick();
    await rig.restart();
    await rig.delivery.tick();
    expect(rig.sentTo('news')).toHaveLength(1);
    expect(rig.sentTo('alerts')).toHaveLength(1);

    // Resumed, then paused again by a later fetch: that pause is told too.
    rig.clock.t += 60 * MINUTE;
    rig.store.feeds.update(harbour.id, {
      state: 'paused',
      reason: 'too many failures',
      lastFetchAt: rig.clock.t,
    });
    await rig.delivery.tick();
    expect(rig.sentTo('news').map((r) => r.body.content)).toEqual([
      told,
      told.replace('the feed is gone (HTTP 410)', 'too many failures'),
    ]);
  });
});
