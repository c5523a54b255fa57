// A PostgreSQL that accepts the connection and then never answers (a hung server, a half-open link): the
// bridge blocks the bot's thread for one wait at most, then says at once that the server does not answer
// until it does; a health ping waits only briefly. The "server" is a socket on 127.0.0.1 that reads and
// never writes.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPg, HEALTH_WAIT_MS, PgQueryError } from '../../src/store/pg/bridge.js';

let server: Server;
let url: string;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `postgres://herald:secret@127.0.0.1:${(server.address() as { port: number }).port}/herald`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** How long `fn` blocked this thread, and what it threw. */
function timed(fn: () => unknown): { ms: number; error: unknown } {
  const start = performance.now();
  try {
    fn();
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
  return { ms: performance.now() - start, error: null };
}

describe('the PostgreSQL bridge against a server that never answers', () => {
  it('waits once, then fails each later statement at once while the first is unanswered', () => {
    const pg = connectPg(url, undefined, { waitMs: 800 });
    try {
      const first = timed(() => pg.get('SELECT 1'));
      expect(first.error).toBeInstanceOf(PgQueryError);
      expect(first.error).toMatchObject({ code: 'timeout', connection: true });
      expect(first.ms).toBeGreaterThanOrEqual(750);
      const later = [
        () => pg.get('SELECT 2'),
        () => pg.all('SELECT 3'),
        () => pg.run('UPDATE meta SET value = $1', ['x']),
        () => pg.transaction(() => pg.run('SELECT 4')),
      ].map(timed);
      for (const call of later) {
        expect(call.error).toMatchObject({ code: 'timeout', connection: true });
        expect((call.error as Error).message).toMatch(/PostgreSQL has not answered/);
        expect(call.ms).toBeLessThan(100);
      }
    } finally {
      const closing = timed(() => pg.close());
      expect(closing.ms).toBeLessThan(100);
    }
  });

  it('bounds a health ping by HEALTH_WAIT_MS, however long statements may wait', () => {
    const pg = connectPg(url, undefined, { waitMs: 30_000 });
    try {
      const ping = timed(() => pg.ping());
      expect(ping.error).toMatchObject({ code: 'timeout', connection: true });
      expect(ping.ms).toBeGreaterThanOrEqual(HEALTH_WAIT_MS - 50);
      expect(ping.ms).toBeLessThan(HEALTH_WAIT_MS + 1000);
      expect(timed(() => pg.ping()).ms).toBeLessThan(100);
    } finally {
      pg.close();
    }
  });

  it('tries the server again once the worker gave up on the unanswered statement, waiting briefly', async () => {
    const pg = connectPg(url, undefined, { waitMs: 3000 });
    try {
      expect(timed(() => pg.get('SELECT 1')).error).toMatchObject({ code: 'timeout' });
      // The worker's own connection timeout (the same wait) ends the hung statement with an error.
      await new Promise((resolve) => setTimeout(resolve, 3300));
      const again = timed(() => pg.get('SELECT 1'));
      expect(again.error).toMatchObject({ code: 'timeout', connection: true });
      expect((again.error as Error).message).toMatch(/did not answer within 2 s/);
      expect(again.ms).toBeGreaterThanOrEqual(HEALTH_WAIT_MS - 50);
      expect(again.ms).toBeLessThan(HEALTH_WAIT_MS + 500);
    } finally {
      pg.close();
    }
  }, 15_000);
});
