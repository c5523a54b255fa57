// Link-local and cloud metadata addresses are refused even with FEEDS_ALLOW_PRIVATE=true. Nothing here
// connects anywhere but 127.0.0.1: a name is "resolved" by the lookup hook the test hands the fetcher, and
// the refusal must come before a socket would connect to what it returned.
import type { LookupAddress, LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alwaysRefusedKind } from '../../src/feeds/address-guard.js';
import { createFetcher, type FetcherOptions } from '../../src/feeds/fetcher.js';
import { describeProblem } from '../../src/feeds/problems.js';
import { send, startFeedServer, type FeedServer } from './feed-server.js';

describe('addresses refused whatever FEEDS_ALLOW_PRIVATE says', () => {
  it.each([
    ['169.254.169.254', 'cloud-metadata'],
    ['169.254.170.2', 'cloud-metadata'],
    ['fd00:ec2::254', 'cloud-metadata'],
    ['FD00:EC2:0:0:0:0:0:254', 'cloud-metadata'],
    ['100.100.100.200', 'cloud-metadata'],
    ['::ffff:169.254.169.254', 'cloud-metadata'],
    ['::ffff:a9fe:a9fe', 'cloud-metadata'],
    ['64:ff9b::a9fe:a9fe', 'cloud-metadata'],
    ['169.254.0.1', 'link-local'],
    ['169.254.255.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::9', 'link-local'],
    ['::ffff:169.254.10.20', 'link-local'],
    ['64:ff9b::a9fe:1', 'link-local'],
  ])('%s is %s', (address, kind) => {
    expect(alwaysRefusedKind(address)).toBe(kind);
  });

  it.each([
    '10.1.2.3',
    '192.168.0.20',
    '172.16.5.5',
    '127.0.0.1',
    '::1',
    'fd12:3456::7',
    'fec0::1',
    '169.253.255.255',
    '169.255.0.1',
    '100.100.100.201',
    'fd00:ec2::253',
    '::ffff:192.168.0.20',
    '93.184.216.34',
    'news.example',
  ])('%s is left to the private-address setting', (address) => {
    expect(alwaysRefusedKind(address)).toBeNull();
  });
});

/** A DNS stand-in: every name is answered with `address`, and each name asked is recorded. */
function resolvingTo(address: string, asked: string[]): LookupFunction {
  const family = address.includes(':') ? 6 : 4;
  return ((
    hostname: string,
    options: LookupOneOptions & { all?: boolean },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    asked.push(hostname);
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

describe('the fetcher with private addresses allowed', () => {
  const OPEN: FetcherOptions = { allowPrivate: true, timeoutMs: 2000, maxBytes: 64 * 1024, userAgent: 't' };
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  async function fetchWith(options: FetcherOptions, url: string) {
    const fetcher = createFetcher(options);
    try {
      return await fetcher.fetch({ url });
    } finally {
      fetcher.close();
    }
  }

  it.each([
    ['169.254.169.254', 'cloud-metadata'],
    ['fd00:ec2::254', 'cloud-metadata'],
    ['::ffff:169.254.169.254', 'cloud-metadata'],
    ['169.254.7.7', 'link-local'],
    ['fe80::a1', 'link-local'],
  ])('refuses a name that resolves to %s (%s) before connecting', async (address, kind) => {
    const asked: string[] = [];
    const result = await fetchWith(
      { ...OPEN, lookup: resolvingTo(address, asked) },
      'http://metadata.herald.test/latest/meta-data/',
    );
    expect(asked).toContain('metadata.herald.test');
    expect(result).toEqual({
      ok: false,
      problem: { code: 'refused-address', host: 'metadata.herald.test', always: { address, kind } },
      url: 'http://metadata.herald.test/latest/meta-data/',
    });
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'cloud-metadata'],
    ['http://2852039166/latest/meta-data/', '169.254.169.254', 'cloud-metadata'],
    ['http://[fd00:ec2::254]/latest/meta-data/', 'fd00:ec2::254', 'cloud-metadata'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'cloud-metadata'],
    ['https://169.254.1.1/feed', '169.254.1.1', 'link-local'],
    ['http://[fe80::1]/feed', 'fe80::1', 'link-local'],
  ])('refuses the address in %s', async (url, address, kind) => {
    const asked: string[] = [];
    const result = await fetchWith({ ...OPEN, lookup: resolvingTo('127.0.0.1', asked) }, url);
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'refused-address', always: { address, kind } },
    });
    expect(asked).toEqual([]);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/iam/', '169.254.169.254', 'cloud-metadata'],
    ['http://[fe80::2]:8080/feed', 'fe80::2', 'link-local'],
  ])('refuses a redirect to %s after the first hop was served', async (target, address, kind) => {
    const path = `/to-${kind}-${server.requests.length}`;
    server.route(path, send('', { location: target }, 302));
    const before = server.requests.length;
    const result = await fetchWith(OPEN, server.url(path));
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'refused-address', always: { address, kind } },
    });
    expect(server.requests.slice(before).map((r) => r.path)).toEqual([path]);
  });

  it('still reaches a private address on the LAN side (here the loopback test server)', async () => {
    server.route('/lan.xml', send('<rss version="2.0"><channel><title>LAN</title></channel></rss>'));
    const result = await fetchWith(OPEN, server.url('/lan.xml'));
    expect(result).toMatchObject({ ok: true, status: 200 });
  });

  it('names the address and its class in the words a user reads', () => {
    expect(
      describeProblem({
        code: 'refused-address',
        host: 'metadata.herald.test',
        always: { address: '169.254.169.254', kind: 'cloud-metadata' },
      }),
    ).toBe(
      'metadata.herald.test leads to 169.254.169.254, a cloud metadata service address; Herald never fetches from one, even with FEEDS_ALLOW_PRIVATE=true',
    );
    expect(
      describeProblem({
        code: 'refused-address',
        host: 'fe80::1',
        always: { address: 'fe80::1', kind: 'link-local' },
      }),
    ).toBe(
      'fe80::1 is a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services answer; Herald never fetches from one, even with FEEDS_ALLOW_PRIVATE=true',
    );
  });
});
