// What members see of live posts, with the real discord.js client against the stand-in: a role ping that
// mentions only that role while article text pings nobody, a second outlet's report of a story editing
// the story's post, and a /feed test preview that only the user sees and that subscribes nothing.
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
const NOBODY = { everyone: false, users: [], roles: [] };

const BRIDGE_TEXT =
  'The city council voted on Tuesday to close the old Marsh Street bridge for repairs lasting six months. ' +
  'Engineers found cracks in two of the steel supports during an inspection in March. ' +
  'Buses will take a detour over the Kings Road crossing while the work goes on, the council said.';

describe('live posts as members see them', () => {
  it('mentions only the ping role, and article text with mentions pings nobody', async () => {
    server = await startFeedServer();
    const items = serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
    h = await startHarness({ env: ENV });
    const news = h.standIn.channelId('news');
    const general = h.standIn.channelId('general');
    const role = [...h.standIn.guild().roles.values()].find((r) => r.name === 'Admin')!;
    const url = server.url('/feed.xml');
    await run(h, 'feed', { url, channel: news, ping: role.id, format: 'text' }, { subcommand: 'add' });
    await run(h, 'feed', { url, channel: general }, { subcommand: 'add' });
    items.unshift(
      item(
        2,
        '@everyone: harbour meeting moved, says <@123456789012345678>',
        'Tell @everyone and @here: <@123456789012345678> and <@&234567890123456789> moved the harbour meeting to Friday. ' +
          'The meeting starts at six in the town hall.',
      ),
    );
    await pollElsewhere(h);
    for (const channel of [news, general])
      await h.standIn.waitFor(() => h!.standIn.messagesIn(channel, { source: 'channel' }).length >= 1, 8000);
    await sleep(500);
    const [pinged] = h.standIn.messagesIn(news, { source: 'channel' });
    expect(pinged!.pings).toEqual({ everyone: false, users: [], roles: [role.id] });
    expect(String(pinged!.api.content)).toMatch(new RegExp(`^<@&${role.id}> `));
    expect(String(pinged!.api.content)).toContain('moved the harbour meeting to Friday');
    const body = h.standIn.requestsTo('POST', `/channels/${news}/messages`)[0]!.body as Record<
      string,
      unknown
    >;
    expect(body.allowed_mentions).toEqual({ parse: [], roles: [role.id] });
    const [plain] = h.standIn.messagesIn(general, { source: 'channel' });
    expect(plain!.pings).toEqual(NOBODY);
    expect(embedsOf(plain!)[0]?.description).toContain('moved the harbour meeting to Friday');
    const plainBody = h.standIn.requestsTo('POST', `/channels/${general}/messages`)[0]!.body as Record<
      string,
      unknown
    >;
    expect(plainBody.allowed_mentions).toEqual({ parse: [] });
  });

  it('edits the story’s post to add another outlet’s report instead of posting it again', async () => {
    server = await startFeedServer();
    const harbour = serveFeed(server, '/harbour.xml', 'Harbour Times', [item(1, 'Old', 'Old news.')]);
    const coast = serveFeed(server, '/coast.xml', 'Coast Radio', [item(11, 'Older', 'Older news.')]);
    h = await startHarness({ env: ENV });
    const news = h.standIn.channelId('news');
    for (const path of ['/harbour.xml', '/coast.xml'])
      await run(h, 'feed', { url: server.url(path), channel: news }, { subcommand: 'add' });
    harbour.unshift(item(2, 'Marsh Street bridge to close for repairs', BRIDGE_TEXT));
    await pollElsewhere(h);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news, { source: 'channel' }).length >= 1, 8000);
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
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news, { source: 'channel' }).length >= 2, 8000);
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news, { source: 'channel' })[0]!.edits >= 1, 8000);
    await sleep(1500);
    const posts = h.standIn.messagesIn(news, { source: 'channel' });
    expect(posts.map((m) => embedsOf(m)[0]?.title)).toEqual([
      'Marsh Street bridge to close for repairs',
      'Lifeboat crew wins national award',
    ]);
    expect(posts.map((m) => m.edits)).toEqual([1, 0]);
    const also = embedsOf(posts[0]!)[0]?.fields?.find((f) => f.name === 'Also reported by');
    expect(also?.value).toBe('[Coast Radio](<https://coast.example/bridge>)');
    expect(embedsOf(posts[1]!)[0]?.fields?.find((f) => f.name === 'Also reported by')).toBeUndefined();
    expect(posts[0]!.pings).toEqual(NOBODY);
  });

  it('shows a /feed test preview only to the user, and subscribes nothing', async () => {
    server = await startFeedServer();
    serveFeed(server, '/feed.xml', 'Harbour Times', [
      item(4, 'Ferry timetable changes from Monday', 'Morning ferries leave earlier from Monday.'),
      item(3, 'Lifeboat crew wins national award', 'The lifeboat crew won a national award.'),
      item(2, 'Marsh Street bridge to close for repairs', BRIDGE_TEXT),
      item(1, 'Harbour fees rise', 'Harbour fees rise by two percent.'),
    ]);
    h = await startHarness({ env: ENV });
    const view = await run(h, 'feed', { url: server.url('/feed.xml') }, { subcommand: 'test' });
    expect(view.ephemeral).toBe(true);
    expect(view.content).toMatch(/^Newest 3 of Harbour Times, as they would be posted:/);
    expect((view.embeds as Array<{ title?: string }>).map((e) => e.title)).toEqual([
      'Ferry timetable changes from Monday',
      'Lifeboat crew wins national award',
      'Marsh Street bridge to close for repairs',
    ]);
    await sleep(1500);
    expect(visibleText(await run(h, 'feed', {}, { subcommand: 'list' }))).toContain('No feeds yet');
    expect(h.standIn.allMessages().filter((m) => m.source === 'channel')).toEqual([]);
  });
});
