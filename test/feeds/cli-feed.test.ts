// `herald feed …` as a user runs it (bin/herald over the compiled code; npm test builds it first),
// against the loopback feed server. The child runs asynchronously so this process can serve its requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { rss, send, startFeedServer, type FeedServer } from './feed-server.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
let dir: string;
let server: FeedServer;

function herald(args: string[], env: Record<string, string> = {}, db = 'herald.db') {
  return new Promise<{ code: number | null; out: string; err: string }>((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'herald'), ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_PATH: join(dir, db),
        FEEDS_ALLOW_PRIVATE: 'true',
        FEED_TIMEOUT_SECONDS: '5',
        ...env,
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

// Each step starts a Node process; on a busy machine a test of many steps needs more than the default.
const CHILD_RUNS_TIMEOUT = 120_000;

const json = <T>(text: string) => JSON.parse(text) as T;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'herald-feed-cli-'));
  server = await startFeedServer();
  server.route('/harbour.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"h1"') {
      res.writeHead(304);
      res.end();
    } else
      send(
        rss('Harbour Times', [
          {
            title: 'Ferry strike called off',
            link: 'https://harbour.example/ferry',
            guid: 'h-1',
            description: 'Ferry crews called off the strike.',
            pubDate: 'Mon, 02 Mar 2026 08:00:00 GMT',
          },
          {
            title: 'New lighthouse keeper named',
            link: 'https://harbour.example/keeper',
            guid: 'h-2',
            description: 'A new keeper starts in April.',
            pubDate: 'Tue, 03 Mar 2026 08:00:00 GMT',
          },
        ]),
        { etag: '"h1"' },
      )(req, res);
  });
  server.route(
    '/gone.xml',
    send(rss('Gone Gazette', [{ title: 'Last issue', guid: 'g-1', description: 'Goodbye.' }])),
  );
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('herald feed', () => {
  it(
    'adds, lists, shows items, polls with 304s, and pauses a feed that went missing',
    async () => {
      const added = await herald(['feed', 'add', server.url('/harbour.xml'), '--full-text', 'off', '--json']);
      expect(added.code).toBe(0);
      expect(json(added.out)).toEqual({
        id: 1,
        url: server.url('/harbour.xml'),
        title: 'Harbour Times',
        items: 2,
      });

      const gone = await herald([
        'feed',
        'add',
        server.url('/gone.xml'),
        '--name',
        'Gazette',
        '--interval',
        '30',
        '--full-text',
        'off',
        '--json',
      ]);
      expect(json(gone.out)).toMatchObject({ id: 2, title: 'Gazette', items: 1 });

      const duplicate = await herald(['feed', 'add', server.url('/harbour.xml')]);
      expect([duplicate.code, duplicate.err.trim()]).toEqual([
        1,
        `herald: cannot add ${server.url('/harbour.xml')}: this feed is already added as feed 1 (${server.url('/harbour.xml')})`,
      ]);

      const items = await herald(['feed', 'items', '1', '--json']);
      expect(
        json<Array<{ title: string; url: string; published: number }>>(items.out).map((i) => [
          i.title,
          i.url,
          i.published,
        ]),
      ).toEqual([
        ['New lighthouse keeper named', 'https://harbour.example/keeper', Date.parse('2026-03-03T08:00:00Z')],
        ['Ferry strike called off', 'https://harbour.example/ferry', Date.parse('2026-03-02T08:00:00Z')],
      ]);

      const search = await herald(['search', 'lighthouse', '--json']);
      expect(json<{ hits: Array<{ source: string }> }>(search.out).hits.map((h) => h.source)).toEqual([
        'Harbour Times',
      ]);

      server.route('/gone.xml', send('missing', {}, 404));
      const polled = await herald(['feed', 'poll', '--all', '--json']);
      expect(json(polled.out)).toEqual([
        { id: 1, outcome: 'not-modified', http: 304, new: 0, error: null },
        { id: 2, outcome: 'failed', http: 404, new: 0, error: 'HTTP 404 (not found)' },
      ]);

      const list = await herald(['feed', 'list', '--json']);
      const feeds = json<Array<Record<string, unknown>>>(list.out);
      expect(feeds.map((f) => [f.id, f.title, f.status, f.reason, f.failures, f.items])).toEqual([
        [1, 'Harbour Times', 'ok', null, 0, 2],
        [2, 'Gazette', 'paused', 'HTTP 404 (not found)', 1, 1],
      ]);
      expect(
        feeds.every(
          (f) =>
            typeof f.lastFetchAt === 'number' &&
            typeof f.nextFetchAt === 'number' &&
            typeof f.url === 'string',
        ),
      ).toBe(true);

      const pausedPoll = await herald(['feed', 'poll', '2', '--json']);
      expect(json(pausedPoll.out)).toEqual([
        { id: 2, outcome: 'paused', http: null, new: 0, error: 'HTTP 404 (not found)' },
      ]);

      // Every fetch these processes made is in the fetch log the bot's status page reads (a paused feed is not fetched).
      const store = openStore(join(dir, 'herald.db'));
      const logged = (id: number) =>
        store.feeds.fetches(id).map((f) => [f.outcome, f.httpStatus, f.items, f.error]);
      expect(logged(1)).toEqual([
        ['not-modified', 304, 0, null],
        ['new', 200, 2, null],
      ]);
      expect(logged(2)).toEqual([
        ['failed', 404, 0, 'HTTP 404 (not found)'],
        ['new', 200, 1, null],
      ]);
      store.close();
    },
    CHILD_RUNS_TIMEOUT,
  );

  it(
    'exports OPML 2.0 and imports it into another store',
    async () => {
      const exported = await herald(['feed', 'export']);
      expect(exported.out).toContain('<opml version="2.0">');
      writeFileSync(join(dir, 'feeds.opml'), exported.out);
      const imported = await herald(['feed', 'import', 'feeds.opml', '--json'], {}, 'other.db');
      expect(
        json<{ added: Array<{ url: string; title: string }> }>(imported.out).added.map((f) => [
          f.url,
          f.title,
        ]),
      ).toEqual([
        [server.url('/harbour.xml'), 'Harbour Times'],
        [server.url('/gone.xml'), 'Gazette'],
      ]);
      const again = await herald(['feed', 'import', 'feeds.opml', '--json'], {}, 'other.db');
      expect(
        json<{ added: unknown[]; skipped: Array<{ reason: string }> }>(again.out).skipped.map(
          (s) => s.reason,
        ),
      ).toEqual([
        `this feed is already added as feed 1 (${server.url('/harbour.xml')})`,
        `this feed is already added as feed 2 (${server.url('/gone.xml')})`,
      ]);
    },
    CHILD_RUNS_TIMEOUT,
  );

  it.each([
    [['feed', 'add', 'not a url'], 'herald: cannot add not a url: "not a url" is not a URL'],
    [
      ['feed', 'add', 'ftp://x.example/f'],
      'herald: cannot add ftp://x.example/f: only http and https URLs can be feeds (got ftp)',
    ],
    [['feed', 'items', 'seven'], 'herald: feed items: "seven" is not a feed id (a whole number)'],
    [['feed', 'pause', '99'], 'herald: feed pause: no feed has the id 99'],
    [
      ['feed', 'add', 'https://x.example/', '--full-text', 'maybe'],
      'herald: --full-text must be auto, on or off (got maybe)',
    ],
    [
      ['feed', 'frobnicate'],
      'herald: unknown feed command "frobnicate": add, list, items, poll, remove, pause, resume, import or export',
    ],
    [
      ['feed'],
      'herald: feed needs a command: add, list, items, poll, remove, pause, resume, import or export',
    ],
  ])('exits 1 with one clear line for %j', async (args, line) => {
    const result = await herald(args, {}, 'bad-input.db');
    expect([result.code, result.err.trim()]).toEqual([1, line]);
  });

  it('refuses a loopback feed with the guard on, before any request', async () => {
    const before = server.requests.length;
    const result = await herald(
      ['feed', 'add', server.url('/harbour.xml').replace('127.0.0.1', 'localhost')],
      { FEEDS_ALLOW_PRIVATE: 'false' },
      'guard.db',
    );
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe(
      `herald: cannot add ${server.url('/harbour.xml').replace('127.0.0.1', 'localhost')}: localhost is a private, loopback or reserved address; set FEEDS_ALLOW_PRIVATE=true to allow it`,
    );
    expect(server.requests.length).toBe(before);
  });
});
