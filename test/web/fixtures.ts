// A real store in memory and a gateway stand-in (the Discord connection is the process edge).
import { createServer } from 'node:net';
import { createLogger } from '../../src/logger.js';
import { StoreError } from '../../src/store/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { GatewayView } from '../../src/web/gateway.js';
import { createMetrics } from '../../src/web/metrics.js';
import { startStatusServer, type StatusServer } from '../../src/web/server.js';

export const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

export class FakeGateway implements GatewayView {
  up = true;
  connected = () => this.up;
  since = () => NOW - 3_600_000;
  guilds = () => 3;
  shards = () => [0];
}

export interface Running {
  store: Store;
  gateway: FakeGateway;
  server: StatusServer;
  base: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startWeb(
  options: {
    token?: string | null;
    seed?: (store: Store) => void;
    databasePath?: string;
    /** The store the server reads (default the one opened), given the one opened. */
    wrap?: (store: Store) => Store;
    /** Receives each log line (default: none kept). */
    log?: (line: string) => void;
  } = {},
): Promise<Running> {
  const opened = openStore(options.databasePath ?? ':memory:');
  options.seed?.(opened);
  const store = options.wrap?.(opened) ?? opened;
  const gateway = new FakeGateway();
  const metrics = createMetrics(store.status, gateway, { processMetrics: true, now: () => NOW });
  const server = await startStatusServer({
    store,
    gateway,
    metrics,
    logger: createLogger('debug', options.log ?? (() => undefined)),
    host: '127.0.0.1',
    port: 0,
    token: options.token ?? null,
    now: () => NOW,
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    store,
    gateway,
    server,
    base,
    get: (path, init) => fetch(base + path, { redirect: 'manual', ...init }),
    async close() {
      await server.close();
      opened.close();
    },
  };
}

/** A port free on 127.0.0.1 right now, for a bot whose status page must be reached at a known address. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The cells of each body row of the first table in `html`, as text (a line break read as " | "). */
export function tableRows(html: string): string[][] {
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) =>
      cell[1]!
        .replace(/<br \/>/g, ' | ')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

/**
 * A store that can be made to stop answering and answer again, as a database server that goes away and
 * comes back: while `down`, every call of every part fails as an unreachable PostgreSQL's does.
 */
export function switchableStore(store: Store): { store: Store; setDown(down: boolean): void } {
  let down = false;
  const fail = () => {
    throw new StoreError(
      'cannot-open',
      'postgres://herald@db.test/herald',
      'the connection to PostgreSQL is lost',
    );
  };
  const part = (value: object): object =>
    new Proxy(value, {
      get(target, key) {
        const member = Reflect.get(target, key) as unknown;
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) =>
          down ? fail() : (member as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
  const wrapped = new Proxy(store, {
    get(target, key) {
      const member = Reflect.get(target, key) as unknown;
      if (member !== null && typeof member === 'object') return part(member);
      if (typeof member === 'function')
        return (...args: unknown[]) =>
          down ? fail() : (member as (...a: unknown[]) => unknown).apply(target, args);
      return member;
    },
  });
  return { store: wrapped, setDown: (value) => void (down = value) };
}
