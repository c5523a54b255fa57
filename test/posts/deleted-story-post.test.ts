// A moderator deletes one of Herald's story posts; later another outlet reports that story. The edit (or,
// in a forum, the reply in the deleted forum post) finds the message gone: that merge fails, but the
// channel is fine and goes on posting new stories. Discord's REST is a fake at the process edge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordAPIError, type REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { createLogger } from '../../src/logger.js';
import { createPostDelivery } from '../../src/posts/delivery.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import type { PostMode } from '../../src/store/posts.js';
import { storedArticle } from '../helpers/varied-articles.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 21, 9, 0);
const CHANNEL = '510000000000000001';
const analyzer = createAnalyzer();

const TRAMS =
  'The city will buy forty new trams for the northern line, the transport office said on Monday, ' +
  'with the first to run before the end of next year and the rest delivered over three years.';
const LIBRARY =
  'The central library stays open until midnight during exam weeks from January, the council decided, ' +
  'after students collected four thousand signatures asking for longer hours.';

let dir: string;
let store: SqliteStore;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-gone-'));
  store = openSqliteStore(join(dir, 'herald.db'));
  clock = T0;
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function article(id: string, text: string, source: string) {
  const title = text.split(',')[0] as string;
  return storedArticle(id, title, text, {
    source,
    published: clock,
    ingestedAt: clock,
    signature: analyzer.analyze({ text, title }).signature,
  });
}

/** Discord where every message and thread Herald made was deleted: edits and thread replies are unknown. */
function discordAfterDeletion() {
  const posted: string[] = [];
  const unknown = (route: string, code: number, message: string) =>
    new DiscordAPIError({ code, message }, code, 404, 'PATCH', `https://discord.test/api${route}`, {});
  let next = 0;
  const deleted = new Set<string>();
  const rest = {
    post: async (route: string) => {
      const channelId = route.split('/')[2] as string;
      if (deleted.has(channelId)) throw unknown(route, 10003, 'Unknown Channel');
      posted.push(route);
      next += 1;
      const id = `62000000000000000${next}`;
      // A forum post: the thread has the message's id; deleting the post deletes the thread.
      if (route.endsWith('/threads')) return { id, message: { id } };
      return { id };
    },
    patch: async (route: string) => {
      throw unknown(route, 10008, 'Unknown Message');
    },
    get: async () => ({ threads: [] }),
  } as unknown as REST;
  return { rest, posted, deleteThread: (id: string) => deleted.add(id) };
}

describe.each<PostMode>(['post', 'forum'])('a deleted story post (mode %s)', (mode) => {
  it('fails only the merge, and the channel posts on', async () => {
    const discord = discordAfterDeletion();
    const sub = store.posts.subscribe({
      guildId: '410000000000000001',
      channelId: CHANNEL,
      feedId: null,
      filter: null,
      roleId: null,
      format: 'full',
      mode,
      publish: false,
      createdBy: null,
      createdAt: clock,
    });
    const delivery = createPostDelivery({
      store,
      rest: discord.rest,
      logger: createLogger('error', () => undefined),
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    clock += HOUR;
    store.articles.upsert([article('trams-1', TRAMS, 'Metro Daily')]);
    await delivery.tick();
    const lead = store.posts.post(1);
    expect(lead?.status).toBe('sent');
    // In a forum the story's post is a thread, whose id is its first message's.
    if (mode === 'forum') discord.deleteThread(lead?.messageId ?? '');

    clock += HOUR;
    store.articles.upsert([article('trams-2', TRAMS, 'City Radio')]);
    await delivery.tick();
    expect(store.posts.post(2)).toMatchObject({
      articleId: 'trams-2',
      kind: 'merge',
      status: 'failed',
      error: 'the story’s post was deleted',
    });
    expect(store.posts.get(sub.id)?.pausedReason).toBeNull();

    clock += HOUR;
    store.articles.upsert([article('library', LIBRARY, 'Metro Daily')]);
    await delivery.tick();
    expect(store.posts.post(3)).toMatchObject({ articleId: 'library', kind: 'article', status: 'sent' });
    expect(discord.posted).toHaveLength(2);
    await delivery.stop();
  });
});
