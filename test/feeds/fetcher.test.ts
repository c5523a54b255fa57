import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions } from '../../src/feeds/fetcher.js';
import { heraldUserAgent } from '../../src/feeds/user-agent.js';
import { rss, send, startFeedServer, type FeedServer } from './feed-server.js';

const OPEN: FetcherOptions = {
  allowPrivate: true,
  timeoutMs: 2000,
  maxBytes: 64 * 1024,
  userAgent: heraldUserAgent('9.8.7'),
};
const FEED = rss('Wire', [
  { title: 'One', link: 'https://news.example/1', description: 'First story text.' },
]);

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

function withFetcher<T>(
  options: FetcherOptions,
  run: (f: ReturnType<typeof createFetcher>) => Promise<T>,
): Promise<T> {
  const fetcher = createFetcher(options);
  return run(fetcher).finally(() => fetcher.close());
}

describe('fetching a feed', () => {
  it('sends a User-Agent naming Herald, its version and the project URL', async () => {
    server.route('/ua', send(FEED));
    await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/ua') }));
    const ua = server.requests.find((r) => r.path === '/ua')?.headers['user-agent'];
    expect(ua).toMatch(/^Herald\/9\.8\.7 \(\+https:\/\/github\.com\/\S+/);
    expect(heraldUserAgent('1.0.0', 'MyReader/2')).toBe('MyReader/2');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('reads a %s-compressed body', async (encoding, compress) => {
    server.route(`/z-${encoding}`, send(compress(Buffer.from(FEED)), { 'content-encoding': encoding }));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url(`/z-${encoding}`) }));
    expect(result.ok && 'body' in result && result.body.toString('utf8')).toBe(FEED);
  });

  it('sends the stored ETag and Last-Modified and reports a 304', async () => {
    server.route('/cond', (req, res) => {
      if (
        req.headers['if-none-match'] === '"v1"' &&
        req.headers['if-modified-since'] === 'Mon, 01 Jan 2024 00:00:00 GMT'
      ) {
        res.writeHead(304);
        res.end();
      } else send(FEED, { etag: '"v1"' })(req, res);
    });
    const [first, second] = await withFetcher(OPEN, async (f) => [
      await f.fetch({ url: server.url('/cond') }),
      await f.fetch({
        url: server.url('/cond'),
        etag: '"v1"',
        lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      }),
    ]);
    expect(first).toMatchObject({ ok: true, status: 200, headers: { etag: '"v1"' } });
    expect(second).toMatchObject({ ok: true, status: 304 });
    expect(second && 'body' in second).toBe(false);
  });

  it('follows a chain of redirects, relative and absolute, to the final URL', async () => {
    server.route('/r1', send('', { location: '/r2' }, 301));
    server.route('/r2', send('', { location: server.url('/r3') }, 302));
    server.route('/r3', send('', { location: '/final' }, 307));
    server.route('/final', send(FEED));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/r1') }));
    expect(result).toMatchObject({ ok: true, status: 200, url: server.url('/final') });
  });

  it('names a redirect loop', async () => {
    server.route('/loop-a', send('', { location: '/loop-b' }, 302));
    server.route('/loop-b', send('', { location: '/loop-a' }, 302));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/loop-a') }));
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'redirect-loop', url: server.url('/loop-a') },
    });
  });

  it('stops after five redirects', async () => {
    for (let i = 0; i < 7; i++) server.route(`/hop${i}`, send('', { location: `/hop${i + 1}` }, 302));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/hop0') }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-many-redirects', max: 5 } });
    expect(server.requests.filter((r) => r.path.startsWith('/hop')).map((r) => r.path)).toEqual([
      '/hop0',
      '/hop1',
      '/hop2',
      '/hop3',
      '/hop4',
      '/hop5',
    ]);
  });

  it.each([
    [404, null],
    [410, null],
    [403, null],
    [500, null],
    [429, '120'],
    [503, 'Wed, 21 Oct 2026 07:28:00 GMT'],
  ])('reports HTTP %i with its Retry-After', async (status, retryAfter) => {
    server.route(`/status${status}`, send('no', retryAfter ? { 'retry-after': retryAfter } : {}, status));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url(`/status${status}`) }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'http', status, retryAfter } });
  });

  it('gives up on a server that does not answer within the deadline', async () => {
    server.route('/slow', () => undefined);
    const started = Date.now();
    const result = await withFetcher({ ...OPEN, timeoutMs: 300 }, (f) =>
      f.fetch({ url: server.url('/slow') }),
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops reading a body over the cap while it streams', async () => {
    let written = 0;
    let closed: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (closed = resolve));
    server.route('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', closed);
      pump();
    });
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/endless') }));
    await done;
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large', maxBytes: 64 * 1024 } });
    expect(written).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    server.route('/declared', send(Buffer.alloc(70 * 1024, 'b')));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/declared') }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it.each([
    ['ftp://files.example/feed.xml', 'not-http'],
    ['not a url', 'not-a-url'],
    ['javascript:alert(1)', 'not-http'],
  ])('refuses %s before any request', async (url, code) => {
    const result = await withFetcher(OPEN, (f) => f.fetch({ url }));
    expect(result).toMatchObject({ ok: false, problem: { code } });
  });
});

describe('the private-address guard', () => {
  const GUARDED: FetcherOptions = { ...OPEN, allowPrivate: false };

  it.each(['localhost', '127.0.0.1', '[::1]', '2130706433', '0x7f.0.0.1', '127.1'])(
    'refuses %s before any request reaches it',
    async (host) => {
      const before = server.requests.length;
      const port = new URL(server.origin).port;
      server.route('/guarded', send(FEED));
      const result = await withFetcher(GUARDED, (f) => f.fetch({ url: `http://${host}:${port}/guarded` }));
      expect(result).toMatchObject({ ok: false, problem: { code: 'refused-address' } });
      expect(server.requests.length).toBe(before);
    },
  );

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/feed',
    'http://[::1]/feed',
    'http://224.0.0.1/feed',
  ])('refuses a redirect to %s', async (target) => {
    server.route('/to-private', send('', { location: target }, 302));
    const options = { ...GUARDED, allowAddresses: ['127.0.0.1'] };
    const result = await withFetcher(options, (f) => f.fetch({ url: server.url('/to-private') }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'refused-address' } });
  });

  it('lets the same server through when private addresses are allowed', async () => {
    server.route('/allowed', send(FEED));
    const result = await withFetcher(OPEN, (f) => f.fetch({ url: server.url('/allowed') }));
    expect(result).toMatchObject({ ok: true, status: 200 });
  });
});
