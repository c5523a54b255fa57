import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { storedArticle } from '../helpers/varied-articles.js';
import { NOW, startWeb, type Running } from './fixtures.js';

const TOKEN = 'a-long-status-token-0123456789';
const PAGES = ['/', '/feeds', '/deliveries', '/articles', '/charts', '/healthz', '/metrics'];
let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('the token rule', () => {
  it('turns away every page without the token, and names how to send it', async () => {
    running = await startWeb({ token: TOKEN });
    for (const path of PAGES) {
      const res = await running.get(path);
      expect(res.status, path).toBe(401);
      expect(await res.text(), path).toContain('Authorization: Bearer');
    }
  });

  it('takes the token as a bearer header on every page', async () => {
    running = await startWeb({ token: TOKEN });
    for (const path of PAGES) {
      expect((await running.get(path, { headers: { Authorization: `Bearer ${TOKEN}` } })).status, path).toBe(
        200,
      );
    }
    expect((await running.get('/', { headers: { Authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
  });

  it('takes ?token= once: an HttpOnly, SameSite=Strict cookie without the token in it, then the cookie alone', async () => {
    running = await startWeb({ token: TOKEN });
    expect((await running.get('/feeds?token=wrong-token-wrong-token')).status).toBe(401);
    const first = await running.get(`/feeds?token=${TOKEN}&x=1`);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/feeds?x=1');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(';')[0] ?? '';
    for (const path of PAGES) {
      expect((await running.get(path, { headers: { Cookie: pair } })).status, path).toBe(200);
    }
    expect((await running.get('/', { headers: { Cookie: `${pair}x` } })).status).toBe(401);
  });

  it('sends ?token= back to a path on this server, never to another host', async () => {
    running = await startWeb({ token: TOKEN });
    // Raw request lines: fetch would tidy the path before sending it.
    const redirect = (path: string) =>
      new Promise<string | undefined>((done, fail) => {
        request({ host: '127.0.0.1', port: running!.server.port, path }, (res) => {
          res.resume();
          done(res.headers.location);
        })
          .on('error', fail)
          .end();
      });
    expect(await redirect(`/.//evil.example/?token=${TOKEN}`)).toBe('/evil.example/');
    expect(await redirect(`/x/..//evil.example?token=${TOKEN}&page=2`)).toBe('/evil.example?page=2');
    expect(await redirect(`//evil.example/?token=${TOKEN}`)).toBe('/');
    expect(await redirect(`/deliveries?token=${TOKEN}`)).toBe('/deliveries');
  });

  it('needs no token when none is configured (loopback only)', async () => {
    running = await startWeb();
    for (const path of PAGES) expect((await running.get(path)).status, path).toBe(200);
  });

  it('refuses a bind beyond loopback without STATUS_TOKEN, and allows loopback or a token', () => {
    const base = { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value', STATUS_PORT: '8080' };
    for (const host of ['0.0.0.0', '192.168.1.5', '::']) {
      expect(() => parseConfig({ ...base, STATUS_HOST: host }, { requireToken: true }), host).toThrow(
        `STATUS_TOKEN: required when STATUS_HOST (${host}) is not a loopback address`,
      );
      expect(
        parseConfig({ ...base, STATUS_HOST: host, STATUS_TOKEN: TOKEN }, { requireToken: true }).status,
      ).toEqual({ port: 8080, host, token: TOKEN });
    }
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) {
      expect(parseConfig({ ...base, STATUS_HOST: host }, { requireToken: true }).status, host).toEqual({
        port: 8080,
        host,
        token: null,
      });
    }
    expect(parseConfig({ DISCORD_TOKEN: base.DISCORD_TOKEN }, { requireToken: true }).status).toBeNull();
    expect(() =>
      parseConfig({ ...base, STATUS_HOST: '0.0.0.0', STATUS_TOKEN: 'short' }, { requireToken: true }),
    ).toThrow('STATUS_TOKEN: must be at least 16 characters');
  });
});

describe('read-only', () => {
  it('answers 405 to every method that could change something', async () => {
    running = await startWeb();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await running.get('/articles', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await running.get('/', { method: 'HEAD' })).status).toBe(200);
  });

  it('sends a strict Content-Security-Policy with no script source', async () => {
    running = await startWeb();
    const csp = (await running.get('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('script-src');
  });
});

describe('escaping', () => {
  const hostile = [
    storedArticle(
      'evil-1',
      '<script>alert(1)</script> Harbour vote',
      'The harbour council voted on the bridge.',
      {
        url: 'javascript:alert(2)',
        ingestedAt: NOW - 1000,
        headlineSummary: 'Summary with <b>bold</b> & "quotes"',
      },
    ),
    storedArticle('evil-2', '"><img src=x onerror=alert(3)> Tram line', 'The tram line opened on time.', {
      url: 'https://news.example/tram?a=1&b="2"',
      source: '<i>Source</i>',
      ingestedAt: NOW - 2000,
    }),
  ];

  it('shows a hostile title, summary and source as text, and no javascript: link', async () => {
    running = await startWeb({ seed: (store) => store.articles.upsert(hostile) });
    const body = await (await running.get('/articles')).text();
    expect(body).not.toMatch(/<script|<img|<b>|<i>|javascript:/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Harbour vote');
    expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(3)&gt; Tram line');
    expect(body).toContain('Summary with &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;');
    expect(body).toContain('&lt;i&gt;Source&lt;/i&gt;');
    expect(body).toContain(
      '<a href="https://news.example/tram?a=1&amp;b=%222%22" rel="noopener noreferrer nofollow">',
    );
    const links = [...body.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toContain('https://news.example/tram?a=1&amp;b=%222%22');
    for (const link of links) expect(link).toMatch(/^(\/|https?:\/\/)/);
  });

  it('searches with the store search and escapes the query it echoes', async () => {
    running = await startWeb({ seed: (store) => store.articles.upsert(hostile) });
    const body = await (await running.get(`/articles?q=${encodeURIComponent('tram "><script>')}`)).text();
    expect(body).toContain('value="tram &quot;&gt;&lt;script&gt;"');
    const found = await (await running.get('/articles?q=tram')).text();
    expect(found).toContain('Tram line');
    expect(found).not.toContain('Harbour vote');
  });

  it('closes every bidirectional control a title, source or summary leaves open, where the value ends', async () => {
    const rlo = '\u202E';
    const articles = [
      storedArticle('bidi-1', `Ferry ${rlo}ekirts`, 'The ferry crews met on Friday.', {
        source: `Coast Post${rlo}`,
        ingestedAt: NOW - 1000,
        headlineSummary: `Crews met \u2067on Friday\u202B`,
      }),
      storedArticle('bidi-2', 'Tram \u202Dline\u202C opens', 'The tram line opened on time.', {
        source: 'City \u2068Desk',
        ingestedAt: NOW - 2000,
      }),
    ];
    running = await startWeb({ seed: (store) => store.articles.upsert(articles) });
    const body = await (await running.get('/articles')).text();
    expect(body).toContain(`>Ferry ${rlo}ekirts\u202C</a>`);
    expect(body).toContain(`Coast Post${rlo}\u202C · 2026-11-01 00:00 UTC`);
    expect(body).toContain('Crews met \u2067on Friday\u202B\u202C\u2069</p>');
    expect(body).toContain('>Tram \u202Dline\u202C opens</a>');
    expect(body).toContain('City \u2068Desk\u2069 · 2026-11-01 00:00 UTC');
  });
});

describe('without a token, only loopback names', () => {
  /** The status of GET `path` sent with the Host header `host`. */
  const statusFor = (host: string, path = '/') =>
    new Promise<number | undefined>((done, fail) => {
      request({ host: '127.0.0.1', port: running!.server.port, path, headers: { Host: host } }, (res) => {
        res.resume();
        done(res.statusCode);
      })
        .on('error', fail)
        .end();
    });

  it('serves 127.0.0.1, localhost and [::1] by name, with or without a port', async () => {
    running = await startWeb({});
    const port = running.server.port;
    for (const host of [
      `127.0.0.1:${port}`,
      '127.0.0.1',
      `localhost:${port}`,
      'LOCALHOST',
      `[::1]:${port}`,
      '127.0.1.1',
    ])
      expect(await statusFor(host), host).toBe(200);
  });

  it('turns away another host name pointed at this machine (DNS rebinding), on every page', async () => {
    running = await startWeb({});
    for (const host of [
      'evil.example',
      `evil.example:${running.server.port}`,
      'localhost.evil.example',
      '127.0.0.1.evil.example',
    ])
      for (const path of PAGES) expect(await statusFor(host, path), `${host}${path}`).toBe(403);
  });

  it('lets a token holder in under any host name', async () => {
    running = await startWeb({ token: TOKEN });
    const res = await new Promise<number | undefined>((done, fail) => {
      request(
        {
          host: '127.0.0.1',
          port: running!.server.port,
          path: '/',
          headers: { Host: 'status.example.org', Authorization: `Bearer ${TOKEN}` },
        },
        (r) => {
          r.resume();
          done(r.statusCode);
        },
      )
        .on('error', fail)
        .end();
    });
    expect(res).toBe(200);
  });
});
