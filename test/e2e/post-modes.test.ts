// Live posts in each mode against the stand-in with the real discord.js client: a thread under each post,
// a forum post per story (a same-story report from another outlet becomes a reply in it), and posts
// published to following servers in an announcement channel.
import { afterEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../feeds/feed-server.js';
import { run, startHarness, visibleText, type Harness } from './harness.js';
import { embedsOf, item, pollElsewhere, serveFeed, sleep } from './post-fixtures.js';

let h: Harness | null = null;
let server: FeedServer | null = null;

afterEach(async () => {
  await h?.close();
  await server?.close();
  h = null;
  server = null;
});

const ENV = { FEEDS_ALLOW_PRIVATE: 'true', POST_CHECK_SECONDS: '1' };

const BRIDGE_TEXT =
  'The city council voted on Tuesday to close the old Marsh Street bridge for repairs lasting six months. ' +
  'Engineers found cracks in two of the steel supports during an inspection in March. ' +
  'Buses will take a detour over the Kings Road crossing while the work goes on, the council said. ' +
  '"We cannot take any risk with a bridge that carries ten thousand people a day," said mayor Ellen Park.';

async function addFeed(harness: Harness, options: Record<string, string | boolean>): Promise<string> {
  return visibleText(await run(harness, 'feed', options, { subcommand: 'add' }));
}

describe('live posts by mode', () => {
  it('opens a thread named after the story under each post in thread mode', async () => {
    server = await startFeedServer();
    const items = serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
    h = await startHarness({ env: ENV });
    const news = h.standIn.channelId('news');
    expect(await addFeed(h, { url: server.url('/feed.xml'), channel: news, mode: 'thread' })).toMatch(
      /Feed #1 added/,
    );
    items.unshift(item(2, 'Marsh Street bridge to close for repairs', BRIDGE_TEXT));
    items.unshift(
      item(3, 'Ferry timetable changes from Monday', 'Morning ferries leave earlier from Monday.'),
    );
    await pollElsewhere(h);
    await h.standIn.waitFor(
      () => h!.standIn.requestsTo('POST', `/channels/${news}/messages/`).length >= 2,
      8000,
    );
    await sleep(500);
    const posts = h.standIn.messagesIn(news, { source: 'channel' });
    // Oldest first, though the feed lists the newest first.
    expect(posts.map((m) => embedsOf(m)[0]?.title)).toEqual([
      'Marsh Street bridge to close for repairs',
      'Ferry timetable changes from Monday',
    ]);
    const threads = [...h.standIn.guild().channels.values()].filter((c) => c.parentId === news);
    // A thread started from a message has the message's id.
    expect(threads.map((t) => [t.id, t.name, t.type])).toEqual(
      posts.map((m) => [m.id, embedsOf(m)[0]?.title, 11]),
    );
    for (const post of posts) expect((post.api.thread as { id: string }).id).toBe(post.id);
  });

  it('makes one forum post per story, and another outlet’s report of it a reply in that post', async () => {
    server = await startFeedServer();
    const harbour = serveFeed(server, '/harbour.xml', 'Harbour Times', [item(1, 'Old', 'Old news.')]);
    const coast = serveFeed(server, '/coast.xml', 'Coast Radio', [item(11, 'Older', 'Older news.')]);
    h = await startHarness({ env: ENV, standIn: { guilds: [{ forums: ['stories'] }] } });
    const forum = h.standIn.channelId('stories');
    for (const path of ['/harbour.xml', '/coast.xml'])
      expect(await addFeed(h, { url: server.url(path), channel: forum, mode: 'forum' })).toMatch(/added/);
    harbour.unshift(item(2, 'Marsh Street bridge to close for repairs', BRIDGE_TEXT));
    await pollElsewhere(h);
    const thread = await h.standIn.waitFor(
      () => [...h!.standIn.guild().channels.values()].find((c) => c.parentId === forum),
      8000,
    );
    expect(thread.name).toBe('Marsh Street bridge to close for repairs');
    coast.unshift({
      ...item(
        12,
        'Bridge on Marsh Street shut for six months',
        BRIDGE_TEXT.replace('Tuesday', 'Tuesday evening'),
      ),
      link: 'https://coast.example/bridge',
    });
    coast.unshift(
      item(
        13,
        'Lifeboat crew wins national award',
        'The lifeboat crew won a national award for a winter rescue.',
      ),
    );
    await pollElsewhere(h);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(thread.id).length >= 2, 8000);
    await h.standIn.waitFor(
      () => [...h!.standIn.guild().channels.values()].filter((c) => c.parentId === forum).length >= 2,
      8000,
    );
    await sleep(1500);
    const inThread = h.standIn.messagesIn(thread.id);
    expect(inThread.map((m) => embedsOf(m)[0]?.title)).toEqual([
      'Marsh Street bridge to close for repairs',
      'Bridge on Marsh Street shut for six months',
    ]);
    // The forum post's first message shares the thread's id; the reply carries its own link.
    expect(inThread[0]!.id).toBe(thread.id);
    expect(embedsOf(inThread[1]!)[0]?.url).toBe('https://coast.example/bridge');
    const posts = [...h.standIn.guild().channels.values()].filter((c) => c.parentId === forum);
    expect(posts.map((p) => p.name)).toEqual([
      'Marsh Street bridge to close for repairs',
      'Lifeboat crew wins national award',
    ]);
    expect(h.standIn.requestsTo('POST', `/channels/${forum}/messages`)).toHaveLength(0);
    for (const m of h.standIn.allMessages().filter((x) => x.source === 'channel'))
      expect(m.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('publishes each post to following servers in an announcement channel with publish on', async () => {
    server = await startFeedServer();
    const items = serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
    h = await startHarness({ env: ENV, standIn: { guilds: [{ announcements: ['updates'] }] } });
    const updates = h.standIn.channelId('updates');
    const news = h.standIn.channelId('news');
    await addFeed(h, { url: server.url('/feed.xml'), channel: updates, publish: true });
    await addFeed(h, { url: server.url('/feed.xml'), channel: news });
    items.unshift(item(2, 'Marsh Street bridge to close for repairs', BRIDGE_TEXT));
    await pollElsewhere(h);
    await h.standIn.waitFor(
      () => h!.standIn.requestsTo('POST', `/channels/${updates}/messages/`).length >= 1,
      8000,
    );
    await sleep(500);
    const [post] = h.standIn.messagesIn(updates, { source: 'channel' });
    expect(embedsOf(post!)[0]?.title).toBe('Marsh Street bridge to close for repairs');
    const crossposts = h.standIn.requestsTo('POST', `/channels/${updates}/messages/${post!.id}/crosspost`);
    expect(crossposts.map((r) => r.status)).toEqual([200]);
    expect(Number(post!.api.flags) & 1).toBe(1);
    // Publishing is asked only where the subscription says so.
    expect(h.standIn.messagesIn(news, { source: 'channel' })).toHaveLength(1);
    expect(
      h.standIn.requests.filter(
        (r) => r.path.startsWith(`/channels/${news}/`) && r.path.endsWith('/crosspost'),
      ),
    ).toHaveLength(0);
  });

  it('skips publishing once the channel’s hourly budget is spent, posting on, and says so in /feed list', async () => {
    server = await startFeedServer();
    const items = serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
    h = await startHarness({ env: ENV, standIn: { guilds: [{ announcements: ['updates'] }] } });
    const updates = h.standIn.channelId('updates');
    await addFeed(h, { url: server.url('/feed.xml'), channel: updates, publish: true });
    const titles = Array.from(
      { length: 11 },
      (_, i) => `Harbour notice number ${i + 2} for ${['ships', 'divers', 'anglers', 'rowers'][i % 4]}`,
    );
    titles.forEach((title, i) =>
      items.unshift(item(i + 2, title, `${title}: the harbour master issued notice ${i + 2}.`)),
    );
    await pollElsewhere(h);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(updates, { source: 'channel' }).length >= 11, 20_000);
    await sleep(500);
    const posts = h.standIn.messagesIn(updates, { source: 'channel' });
    expect(posts.map((m) => embedsOf(m)[0]?.title).sort()).toEqual([...titles].sort());
    expect(posts.filter((m) => (Number(m.api.flags) & 1) === 1)).toHaveLength(10);
    expect(h.standIn.stats().crosspostsRefused).toBe(0);
    const list = visibleText(await run(h, 'feed', {}, { subcommand: 'list' }));
    expect(list).toContain(
      'publishing skipped: 1 post was not published to following servers in the last hour',
    );
  });
});
