// A kept-alive connection the server closes while it lies idle: the next request sent on it dies with
// ECONNRESET before any answer. The fetcher sends that request once more on a new connection, so a feed
// is not marked failed for a race between two keep-alive timers; a server that drops every request
// still fails, named as a network error.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/feeds/fetcher.js';
import { rss } from './feed-server.js';

const FEED = rss('Harbour desk', [
  { title: 'Ferry timetable changes', link: 'https://news.example/ferry', description: 'New times.' },
]);

/** A server that answers the first `answered` requests of each connection and closes it at the next. */
function startDroppingServer(
  answered: number,
): Promise<{ server: Server; url: string; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket: Socket) => {
    connections += 1;
    let seen = 0;
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      while (buffer.includes('\r\n\r\n')) {
        buffer = buffer.slice(buffer.indexOf('\r\n\r\n') + 4);
        seen += 1;
        if (seen > answered) {
          socket.destroy();
          return;
        }
        const body = Buffer.from(FEED);
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${body.length}\r\n` +
            `Connection: keep-alive\r\n\r\n`,
        );
        socket.write(body);
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}/feed.xml`, connections: () => connections });
    }),
  );
}

let running: Server | null = null;
afterEach(() => {
  running?.close();
  running = null;
});

const options = {
  allowPrivate: true,
  timeoutMs: 2000,
  maxBytes: 1 << 20,
  userAgent: 'Herald/test',
  maxSocketsPerHost: 1,
};

describe('a kept-alive connection closed by the server', () => {
  it('sends the request again on a new connection, and the feed is read', async () => {
    const { server, url, connections } = await startDroppingServer(1);
    running = server;
    const fetcher = createFetcher(options);
    try {
      const first = await fetcher.fetch({ url });
      expect(first).toMatchObject({ ok: true, status: 200 });
      // The second request goes out on the kept-alive connection, which the server closes unanswered.
      const second = await fetcher.fetch({ url });
      expect(second).toMatchObject({ ok: true, status: 200 });
      expect('body' in second && second.body.toString()).toContain('Ferry timetable changes');
      expect(connections()).toBe(2);
    } finally {
      fetcher.close();
    }
  });

  it('still fails, as a network error, when the server drops the request on a new connection too', async () => {
    const { server, url, connections } = await startDroppingServer(0);
    running = server;
    const fetcher = createFetcher(options);
    try {
      const result = await fetcher.fetch({ url });
      expect(result).toMatchObject({ ok: false, problem: { code: 'network', detail: 'ECONNRESET' } });
      // A fresh connection is not retried: only a reused one may have been closed while idle.
      expect(connections()).toBe(1);
    } finally {
      fetcher.close();
    }
  });
});
