// Notices in channels, with the real discord.js client against the stand-in: a feed that the poller
// pauses (the server answers 410) is announced once in each channel it posts to, and /feed list names it.
import { afterEach, describe, expect, it } from 'vitest';
import { send, startFeedServer, type FeedServer } from '../feeds/feed-server.js';
import { run, startHarness, visibleText, type Harness } from './harness.js';
import { item, pollElsewhere, serveFeed, sleep } from './post-fixtures.js';

let h: Harness | null = null;
let server: FeedServer | null = null;

afterEach(async () => {
  await h?.close();
  await server?.close();
  h = null;
  server = null;
});

describe('live-post notices', () => {
  it('announces a feed the poller paused once in each channel it posts to, also after a restart', async () => {
    server = await startFeedServer();
    serveFeed(server, '/feed.xml', 'Harbour Times', [item(1, 'Old story', 'Old news.')]);
    h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true', POST_CHECK_SECONDS: '1' } });
    const news = h.standIn.channelId('news');
    const general = h.standIn.channelId('general');
    for (const channel of [news, general])
      await run(h, 'feed', { url: server.url('/feed.xml'), channel }, { subcommand: 'add' });
    server.route('/feed.xml', send('gone', { 'content-type': 'text/plain' }, 410));
    await pollElsewhere(h);
    for (const channel of [news, general])
      await h.standIn.waitFor(() => h!.standIn.messagesIn(channel, { source: 'channel' }).length >= 1, 8000);
    await h.restart();
    await sleep(2500);
    for (const channel of [news, general]) {
      const said = h.standIn.messagesIn(channel, { source: 'channel' });
      expect(said).toHaveLength(1);
      expect(said[0]!.api.content).toMatch(
        /^Feed #1 \(Harbour Times\) is paused: .*410.*`\/feed resume 1` starts it again\.$/,
      );
      expect(said[0]!.pings).toEqual({ everyone: false, users: [], roles: [] });
    }
    const list = visibleText(await run(h, 'feed', {}, { subcommand: 'list' }));
    expect(list).toMatch(/#1.*paused: .*410/);
  });
});
