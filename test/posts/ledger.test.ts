// The live-post ledger with a fixed clock, over a real SQLite store: recorded before sending, marked after,
// finished once after a crash, never older than the subscription, one post per story in 12 hours, and one
// post per article in a channel whichever feed brought it. Discord's REST is a fake at the process edge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { createLogger } from '../../src/logger.js';
import { createPostDelivery } from '../../src/posts/delivery.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import type { PostSubscription } from '../../src/store/posts.js';
import type { StoredArticle } from '../../src/store/types.js';
import { storedArticle } from '../helpers/varied-articles.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0);
const CHANNEL = '500000000000000001';
const OTHER_CHANNEL = '500000000000000002';

interface Message {
  id: string;
  channelId: string;
  nonce: string;
  title: string;
}

/**
 * Discord's message routes as the ledger needs them: a post with enforce_nonce answers with the message
 * already made for that nonce (as Discord does for a few minutes); `hangNext` makes the next post never
 * answer, after creating the message or before, as a process killed mid-request leaves it.
 */
function createFakeDiscord() {
  const messages: Message[] = [];
  const edits: Array<{ channelId: string; messageId: string; body: string }> = [];
  const nonces: string[] = [];
  let hang: 'after-create' | 'before-create' | null = null;
  let onPost: ((nonce: string) => void) | null = null;
  const rest = {
    post: async (route: string, options: { body: { nonce: string; embeds?: Array<{ title?: string }> } }) => {
      const channelId = route.split('/')[2] as string;
      const { nonce } = options.body;
      onPost?.(nonce);
      nonces.push(nonce);
      const mode = hang;
      hang = null;
      if (mode === 'before-create') return new Promise(() => undefined);
      let message = messages.find((m) => m.channelId === channelId && m.nonce === nonce);
      if (!message) {
        message = {
          id: String(900 + messages.length),
          channelId,
          nonce,
          title: options.body.embeds?.[0]?.title ?? '',
        };
        messages.push(message);
      }
      if (mode === 'after-create') return new Promise(() => undefined);
      return { id: message.id };
    },
    patch: async (route: string, options: { body: unknown }) => {
      const [, , channelId, , messageId] = route.split('/');
      edits.push({
        channelId: channelId as string,
        messageId: messageId as string,
        body: JSON.stringify(options.body),
      });
      return { id: messageId };
    },
  } as unknown as REST;
  return {
    rest,
    messages,
    edits,
    nonces,
    hangNext(mode: 'after-create' | 'before-create') {
      hang = mode;
    },
    onPost(check: (nonce: string) => void) {
      onPost = check;
    },
  };
}

let dir: string;
let stores: SqliteStore[];
let clock: number;
const analyzer = createAnalyzer();

function open(): SqliteStore {
  const store = openSqliteStore(join(dir, 'herald.db'));
  stores.push(store);
  return store;
}

function start(store: SqliteStore, discord: ReturnType<typeof createFakeDiscord>) {
  return createPostDelivery({
    store,
    rest: discord.rest,
    logger: createLogger('error', () => undefined),
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });
}

/** An article whose story signature comes from its text: the same text is the same story. */
function article(id: string, text: string, published: number | null, extra: Partial<StoredArticle> = {}) {
  const title = `${text.split('.')[0]}`;
  return storedArticle(id, title, text, {
    source: `Outlet ${id}`,
    published,
    ingestedAt: clock,
    signature: analyzer.analyze({ text, title }).signature,
    ...extra,
  });
}

const FERRY =
  'The island ferry company will change its timetable from Monday. Morning sailings leave an hour earlier, ' +
  'the company said, and the last evening sailing is cancelled for the winter months.';
const BRIDGE =
  'Engineers closed the old harbour bridge on Tuesday after finding cracks in two of its supports. ' +
  'Traffic is diverted through the town centre while the council decides on repairs.';
const MUSEUM =
  'The maritime museum reopens next spring with a new hall for the lighthouse lenses, its director said, ' +
  'after three years of building work paid for by the regional government.';

function subscribe(store: SqliteStore, extra: Partial<PostSubscription> = {}): PostSubscription {
  return store.posts.subscribe({
    guildId: '400000000000000001',
    channelId: CHANNEL,
    feedId: null,
    filter: null,
    roleId: null,
    format: 'full',
    mode: 'post',
    publish: false,
    createdBy: null,
    createdAt: clock,
    ...extra,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-ledger-'));
  stores = [];
  clock = T0;
});

afterEach(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the delivery ledger', () => {
  it('records each post as pending with its nonce before sending it, and marks it sent after', async () => {
    const store = open();
    const discord = createFakeDiscord();
    const sub = subscribe(store);
    clock += HOUR;
    store.articles.upsert([
      article('ferry', FERRY, clock - 60_000),
      article('bridge', BRIDGE, clock - 30_000),
    ]);
    const atSend: Array<{ nonce: string; ledger: Array<[string, string, string]> }> = [];
    discord.onPost((nonce) =>
      atSend.push({
        nonce,
        ledger: store.posts.pending(sub.id).map((p) => [p.articleId, p.status, p.nonce]),
      }),
    );
    await start(store, discord).tick();
    // Both rows were written (pending, each with its nonce) before the first request, and each request
    // carried its row's nonce; the first was marked sent before the second went out.
    expect(atSend).toEqual([
      {
        nonce: 'p1',
        ledger: [
          ['ferry', 'pending', 'p1'],
          ['bridge', 'pending', 'p2'],
        ],
      },
      { nonce: 'p2', ledger: [['bridge', 'pending', 'p2']] },
    ]);
    const rows = [1, 2].map((id) => store.posts.post(id));
    expect(rows.map((p) => [p?.articleId, p?.status, p?.messageId, p?.channelId, p?.createdAt])).toEqual([
      ['ferry', 'sent', '900', CHANNEL, T0 + HOUR],
      ['bridge', 'sent', '901', CHANNEL, T0 + HOUR],
    ]);
    expect(discord.messages.map((m) => [m.title, m.nonce])).toEqual([
      ['The island ferry company will change its timetable from Monday', 'p1'],
      [
        'Engineers closed the old harbour bridge on Tuesday after finding cracks in two of its supports',
        'p2',
      ],
    ]);
  });

  it.each(['after-create', 'before-create'] as const)(
    'finishes a post left unfinished by a crash (%s) once on restart, and posts nothing twice',
    async (when) => {
      const first = open();
      const discord = createFakeDiscord();
      subscribe(first);
      clock += HOUR;
      first.articles.upsert([article('ferry', FERRY, clock), article('bridge', BRIDGE, clock)]);
      discord.hangNext(when);
      void start(first, discord).tick(); // the process dies while the first post is in flight
      await new Promise((r) => setTimeout(r, 20));
      expect(first.posts.pending().map((p) => [p.articleId, p.nonce])).toEqual([
        ['ferry', 'p1'],
        ['bridge', 'p2'],
      ]);

      clock += 5 * 60_000;
      const second = open(); // the restart: a new connection, a new delivery, the same file
      const delivery = start(second, discord);
      await delivery.tick();
      await delivery.tick();
      expect(discord.nonces).toEqual(['p1', 'p1', 'p2']);
      expect(discord.messages.map((m) => [m.title.split(' ').slice(0, 3).join(' '), m.nonce])).toEqual([
        ['The island ferry', 'p1'],
        ['Engineers closed the', 'p2'],
      ]);
      expect(
        [1, 2].map((id) => {
          const p = second.posts.post(id);
          return [p?.articleId, p?.status, p?.messageId];
        }),
      ).toEqual([
        ['ferry', 'sent', '900'],
        ['bridge', 'sent', '901'],
      ]);
    },
  );

  it('never posts an article dated before the subscription, nor one stored before it', async () => {
    const store = open();
    const discord = createFakeDiscord();
    store.articles.upsert([article('stored-before', MUSEUM, T0 + HOUR)]);
    subscribe(store);
    clock += HOUR;
    store.articles.upsert([
      article('year-old', FERRY, T0 - 365 * 24 * HOUR),
      article('hour-old', BRIDGE, T0 - HOUR),
      article(
        'eleven-minutes',
        'A storm warning holds for the coast until Friday, forecasters said.',
        T0 - 11 * 60_000,
      ),
      article(
        'nine-minutes',
        'The ferry fares rise by five percent in spring, the company said.',
        T0 - 9 * 60_000,
      ),
      article(
        'after',
        'Fishing boats stay in port as the storm reaches the coast on Friday.',
        T0 + 30 * 60_000,
      ),
      article('undated-after', 'The harbour master asked owners to double their moorings.', null, {
        ingestedAt: T0 + HOUR,
      }),
    ]);
    await start(store, discord).tick();
    expect(discord.messages.map((m) => m.title)).toEqual([
      'The ferry fares rise by five percent in spring, the company said',
      'Fishing boats stay in port as the storm reaches the coast on Friday',
      'The harbour master asked owners to double their moorings',
    ]);
  });

  it('edits the story’s post for a report 11 hours later, and posts anew 13 hours after it', async () => {
    const store = open();
    const discord = createFakeDiscord();
    subscribe(store);
    const delivery = start(store, discord);
    clock += HOUR;
    store.articles.upsert([article('first', FERRY, clock, { source: 'Harbour Times' })]);
    await delivery.tick();
    const postedAt = clock;

    clock = postedAt + 11 * HOUR;
    store.articles.upsert([article('eleven', FERRY, clock, { source: 'Coast Radio' })]);
    await delivery.tick();
    expect(discord.messages.map((m) => m.id)).toEqual(['900']);
    expect(discord.edits.map((e) => [e.channelId, e.messageId])).toEqual([[CHANNEL, '900']]);
    expect(discord.edits[0]?.body).toContain('Coast Radio');
    expect(store.posts.post(2)).toMatchObject({
      articleId: 'eleven',
      kind: 'merge',
      parentPostId: 1,
      status: 'sent',
    });

    clock = postedAt + 13 * HOUR;
    store.articles.upsert([article('thirteen', FERRY, clock, { source: 'Island Post' })]);
    await delivery.tick();
    expect(discord.messages.map((m) => [m.id, m.nonce])).toEqual([
      ['900', 'p1'],
      ['901', 'p3'],
    ]);
    expect(discord.edits).toHaveLength(1);
    expect(store.posts.post(3)).toMatchObject({ articleId: 'thirteen', kind: 'article', status: 'sent' });
  });

  it('posts an article two feeds carry once in each channel', async () => {
    const store = open();
    const discord = createFakeDiscord();
    const feed = (n: number) =>
      store.feeds.add({
        url: `http://127.0.0.1/feed-${n}.xml`,
        title: `Feed ${n}`,
        siteUrl: null,
        imageUrl: null,
        intervalSeconds: 600,
        fullText: 'off',
        nextFetchAt: clock,
        createdAt: clock,
      });
    const [one, two] = [feed(1), feed(2)];
    subscribe(store, { feedId: one.id });
    subscribe(store, { feedId: two.id });
    subscribe(store, { feedId: two.id, channelId: OTHER_CHANNEL });
    clock += HOUR;
    store.articles.upsert([article('shared', BRIDGE, clock), article('only-one', MUSEUM, clock)]);
    const item = (articleId: string) => ({ itemKey: articleId, articleId, contentHash: articleId });
    store.feeds.putItem(one.id, item('shared'), clock, false);
    store.feeds.putItem(two.id, item('shared'), clock, false);
    store.feeds.putItem(one.id, item('only-one'), clock, false);
    await start(store, discord).tick();
    expect(
      discord.messages
        .map(
          (m) => `${m.channelId === CHANNEL ? 'news' : 'other'}: ${m.title.split(' ').slice(0, 3).join(' ')}`,
        )
        .sort(),
    ).toEqual(['news: Engineers closed the', 'news: The maritime museum', 'other: Engineers closed the']);
    expect(discord.edits).toEqual([]);
  });
});
