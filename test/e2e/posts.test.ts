import { afterEach, describe, expect, it } from 'vitest';
import { rss, send, startFeedServer, type FeedServer } from '../feeds/feed-server.js';
import { item, pollElsewhere, sleep } from './post-fixtures.js';
import { run, startHarness, visibleText, type Harness } from './harness.js';

let h: Harness | null = null;
let server: FeedServer | null = null;

afterEach(async () => {
  await h?.close();
  await server?.close();
  h = null;
  server = null;
});

describe('live posts', () => {
  it('posts nothing from the first fetch, then each new item once, with its summary and source', async () => {
    server = await startFeedServer();
    const items = [item(1, 'Old harbour story', 'The harbour was old news. It stays unposted.')];
    server.route('/feed.xml', (req, res) => send(rss('Harbour Times', items))(req, res));
    h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true', POST_CHECK_SECONDS: '1' } });
    const news = h.standIn.channelId('news');
    const added = visibleText(
      await run(h, 'feed', { url: server.url('/feed.xml'), channel: news }, { subcommand: 'add' }),
    );
    expect(added).toMatch(/Feed #1 added/);
    await sleep(1500);
    expect(h.standIn.messagesIn(news, { source: 'channel' })).toHaveLength(0);

    items.unshift(
      item(
        2,
        'Ferry timetable changes from Monday',
        'The ferry company changes its timetable from Monday. Morning sailings leave earlier.',
      ),
    );
    // New to the feed but dated a year before the subscription: back catalogue, never posted.
    items.push({
      ...item(5, 'Lighthouse restored last year', 'The lighthouse restoration finished last spring.'),
      pubDate: new Date(Date.now() - 365 * 86_400_000).toUTCString(),
    });
    await pollElsewhere(h);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news, { source: 'channel' }).length >= 1, 5000);
    await sleep(2500);
    const posts = h.standIn.messagesIn(news, { source: 'channel' });
    expect(posts).toHaveLength(1);
    const embeds = posts[0]!.api.embeds as Array<{ title: string; description: string; url: string }>;
    expect(embeds[0]?.title).toBe('Ferry timetable changes from Monday');
    expect(embeds[0]?.url).toBe('https://news.example/2');
    expect(embeds[0]?.description).toContain('ferry company changes its timetable');
    expect(posts[0]!.pings).toEqual(expect.objectContaining({ everyone: false, roles: [] }));
    const list = visibleText(await run(h, 'feed', {}, { subcommand: 'list' }));
    expect(list).toContain('#1');
    expect(list).toContain(`<#${news}>`);
  });

  it('keeps out an item the filter rejects, and pauses a deleted channel’s subscription with the reason', async () => {
    server = await startFeedServer();
    const items = [item(1, 'Old story', 'Nothing here.')];
    server.route('/feed.xml', (req, res) => send(rss('Coast Radio', items))(req, res));
    h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true', POST_CHECK_SECONDS: '1' } });
    const news = h.standIn.channelId('news');
    await run(
      h,
      'feed',
      { url: server.url('/feed.xml'), channel: news, filter: 'ferry -cancelled' },
      { subcommand: 'add' },
    );
    items.unshift(
      item(
        2,
        'Ferry sailings cancelled in storm',
        'All ferry sailings were cancelled on Tuesday because of the storm.',
      ),
    );
    items.unshift(
      item(
        3,
        'Ferry gets a new captain',
        'The island ferry has a new captain from Monday, the company said.',
      ),
    );
    await pollElsewhere(h);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news, { source: 'channel' }).length >= 1, 5000);
    await sleep(2000);
    const titles = h.standIn
      .messagesIn(news, { source: 'channel' })
      .map((m) => (m.api.embeds as Array<{ title: string }>)[0]?.title);
    expect(titles).toEqual(['Ferry gets a new captain']);

    h.standIn.deleteChannel(news);
    items.unshift(
      item(4, 'Ferry fares rise in spring', 'Ferry fares rise by five percent in spring, the company said.'),
    );
    await pollElsewhere(h);
    await sleep(2500);
    const list = visibleText(await run(h, 'feed', {}, { subcommand: 'list' }));
    expect(list).toMatch(/paused: the channel no longer exists/);
  });

  it('refuses a bad filter naming what is wrong and where', async () => {
    server = await startFeedServer();
    server.route('/feed.xml', send(rss('Coast Radio', [item(1, 'Old story', 'Nothing here.')])));
    h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true' } });
    const text = visibleText(
      await run(
        h,
        'alert',
        { channel: h.standIn.channelId('news'), filter: 'chip "export controls' },
        { subcommand: 'add' },
      ),
    );
    expect(text).toContain('a quote is opened but never closed, at character 6');
  });
});

describe('who may make Herald fetch a feed', () => {
  it('refuses /feed test, as /feed add, to a member without Manage Server, before any request is made', async () => {
    server = await startFeedServer();
    server.route('/feed.xml', send(rss('Valley Post', [item(1, 'Bridge reopens', 'The bridge reopened.')])));
    h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true' } });
    const member = { memberPermissions: ['SendMessages', 'ViewChannel'] };
    const url = server.url('/feed.xml');
    const add = await run(h, 'feed', { url }, { subcommand: 'add', ...member });
    const test = await run(h, 'feed', { url }, { subcommand: 'test', ...member });
    for (const refused of [add, test]) {
      expect(refused.ephemeral).toBe(true);
      expect(visibleText(refused)).toContain(
        'You need the Manage Server permission, or the manager role set with /herald manager-role, to do this.',
      );
    }
    expect(server.requests).toHaveLength(0);
    const allowed = visibleText(await run(h, 'feed', { url }, { subcommand: 'test' }));
    expect(allowed).toContain('Bridge reopens');
    expect(server.requests.map((r) => r.path)).toEqual(['/feed.xml']);
  });
});
