// A synchronous door to PostgreSQL. The Store interface is synchronous (better-sqlite3 is), so the `pg`
// client runs in a worker thread with one dedicated connection, and each call blocks this thread on
// Atomics.wait until the worker has the answer. One connection means BEGIN … COMMIT around a
// synchronous callback is one transaction, exactly as on SQLite. The price is a message round trip per
// statement (measured in bench/pg-bridge.ts and written down in the README).
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** How long one statement may take before the caller is told the server does not answer (default). */
export const STATEMENT_WAIT_MS = 60_000;
/**
 * How long a health ping waits, and any statement after the server failed to answer: each blocks the
 * bot's thread, so a server that has just been silent is asked again briefly, not for the whole wait.
 */
export const HEALTH_WAIT_MS = 2_000;

/** An error PostgreSQL (or the connection to it) reported, with its SQLSTATE or socket code. */
export class PgQueryError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly connection: boolean,
  ) {
    super(message);
    this.name = 'PgQueryError';
  }
}

export interface PgConnection {
  /** Rows of one statement ($1, $2 … bound to `params`). */
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): T[];
  get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): T | undefined;
  /** Asks the server whether it answers, waiting HEALTH_WAIT_MS at most (throws when it does not). */
  ping(): void;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): number;
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws); nested calls join it. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

// Plain JavaScript, run with `eval: true` so the same code works from dist/ and from the TypeScript
// sources under vitest. `pg` is loaded from the path this module resolved.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pgPath);
const parseBig = (v) => (v === null ? null : Number(v));
pg.types.setTypeParser(20, parseBig);
pg.types.setTypeParser(1700, parseBig);
const { port, signal, url, waitMs } = workerData;
const flag = new Int32Array(signal);
let client = null;
// Whether the connection was lost and not yet made again, and what happened since the last answer.
let down = false;
let connectedOnce = false;
let events = [];
// SQLSTATE 08… (connection exceptions) and 57P01–57P03 (the server shuts down, crashed or is starting up)
// say the connection is gone, although the server itself sent them.
const isConnectionError = (e) => !e.severity || /^(08|57P0[1-3])/.test(String(e.code || ''));
function markLost(e) {
  if (down || !connectedOnce) return;
  down = true;
  events.push({ kind: 'lost', detail: String(e && e.message ? e.message : e) });
}
async function connection() {
  if (client) return client;
  // Bounded as the caller's wait is: a server that never answers must not hold this connection (and
  // every statement queued behind it) forever. A timeout is a connection error: the client is dropped.
  const c = new pg.Client({
    connectionString: url,
    application_name: 'herald',
    connectionTimeoutMillis: waitMs,
    query_timeout: waitMs,
    keepAlive: true,
  });
  c.on('error', (e) => { if (client === c) client = null; markLost(e); });
  c.on('end', () => { if (client === c) { client = null; markLost(new Error('the server closed the connection')); } });
  await c.connect();
  client = c;
  connectedOnce = true;
  if (down) { down = false; events.push({ kind: 'back' }); }
  return c;
}
function answer(id, reply) {
  reply.id = id;
  reply.events = events;
  events = [];
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
port.on('message', async (msg) => {
  try {
    if (msg.op === 'close') {
      const c = client;
      client = null;
      if (c) await c.end().catch(() => {});
      answer(msg.id, { ok: true, rows: [], count: 0 });
      return;
    }
    const c = await connection();
    const r = await c.query({ text: msg.sql, values: msg.params });
    answer(msg.id, { ok: true, rows: r.rows ?? [], count: r.rowCount ?? 0 });
  } catch (e) {
    const connectionLost = isConnectionError(e);
    if (connectionLost) {
      markLost(e);
      if (client) { client.end().catch(() => {}); client = null; }
    }
    // The driver's own query timeout is the caller's wait running out here, a moment before the caller's
    // own timer does: the same failure, in the same words, whichever timer fires first.
    if (e && e.message === 'Query read timeout') {
      answer(msg.id, { ok: false, message: 'PostgreSQL did not answer within ' + waitMs / 1000 + ' s', code: 'timeout', connection: true });
      return;
    }
    answer(msg.id, { ok: false, message: String(e && e.message ? e.message : e), code: e && e.code, connection: connectionLost });
  }
});
`;

interface Reply {
  /** The request it answers. */
  id: number;
  ok: boolean;
  rows: Array<Record<string, unknown>>;
  count: number;
  message?: string;
  code?: string;
  connection?: boolean;
  events?: ConnectionEvent[];
}

/** The connection was lost (with what was said), or made again after it was lost. */
export type ConnectionEvent = { kind: 'lost'; detail: string } | { kind: 'back' };

/**
 * Opens the door. A lost connection is made again at the next statement; `onConnection` hears once when
 * it is lost and once when it is back (a statement that fails meanwhile throws a PgQueryError with
 * `connection` set; one that was in flight when it was lost is not run again).
 */
export function connectPg(
  url: string,
  onConnection: (event: ConnectionEvent) => void = () => {},
  options: { waitMs?: number } = {},
): PgConnection {
  const waitMs = options.waitMs ?? STATEMENT_WAIT_MS;
  const pgPath = createRequire(import.meta.url).resolve('pg');
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { pgPath, port: port2, signal, url, waitMs },
    transferList: [port2 as unknown as MessagePort],
  });
  worker.unref();
  let closed = false;
  let depth = 0;
  let lastId = 0;
  // Statements that outlived their wait and have not answered yet: while one is out, the worker's one
  // connection is stuck behind it, so a new statement would only wait in vain. Failed at once instead.
  const unanswered = new Map<number, number>();
  // Whether the last statement found the server silent or gone: the next one waits only briefly.
  let suspect = false;

  /** Reads every answer that came; returns the one to `id`, if it came. The others were given up on. */
  function drain(id: number): Reply | null {
    let mine: Reply | null = null;
    for (let received = receiveMessageOnPort(port1); received; received = receiveMessageOnPort(port1)) {
      const reply = received.message as Reply;
      for (const event of reply.events ?? []) onConnection(event);
      unanswered.delete(reply.id);
      if (reply.id === id) mine = reply;
    }
    return mine;
  }

  /**
   * Sends one request and waits for its answer. A statement that outlived its wait still answers later:
   * that answer carries its own id and is dropped, so it is never taken for the answer of a later call.
   */
  function call(
    message: Record<string, unknown>,
    wait = suspect ? Math.min(waitMs, HEALTH_WAIT_MS) : waitMs,
  ): Reply {
    if (closed) throw new PgQueryError('the PostgreSQL store is closed', undefined, false);
    drain(0);
    const oldest = unanswered.values().next();
    if (!oldest.done) {
      const seconds = Math.round((performance.now() - oldest.value) / 1000);
      throw new PgQueryError(
        `PostgreSQL has not answered a statement sent ${seconds} s ago; statements fail at once until it does`,
        'timeout',
        true,
      );
    }
    const id = ++lastId;
    const sent = performance.now();
    const until = sent + wait;
    port1.postMessage({ ...message, id });
    for (;;) {
      // Cleared before the port is read: an answer posted after the read sets it again, so the wait
      // below returns at once instead of missing it.
      Atomics.store(flag, 0, 0);
      const reply = drain(id);
      if (reply) {
        suspect = !reply.ok && reply.connection === true;
        return reply;
      }
      const left = until - performance.now();
      if (left <= 0 || Atomics.wait(flag, 0, 0, left) === 'timed-out') {
        unanswered.set(id, sent);
        suspect = true;
        throw new PgQueryError(`PostgreSQL did not answer within ${wait / 1000} s`, 'timeout', true);
      }
    }
  }

  function query(sql: string, params: readonly unknown[] = [], wait?: number): Reply {
    const reply = call({ op: 'query', sql, params }, wait);
    if (!reply.ok)
      throw new PgQueryError(reply.message ?? 'query failed', reply.code, reply.connection ?? false);
    return reply;
  }

  return {
    all: <T>(sql: string, params?: readonly unknown[]) => query(sql, params).rows as T[],
    get: <T>(sql: string, params?: readonly unknown[]) => query(sql, params).rows[0] as T | undefined,
    run: (sql, params) => query(sql, params).count,
    ping: () => void query('SELECT 1', [], Math.min(waitMs, HEALTH_WAIT_MS)),
    transaction<T>(fn: () => T): T {
      if (depth > 0) return fn();
      query('BEGIN');
      depth += 1;
      try {
        const result = fn();
        query('COMMIT');
        return result;
      } catch (error) {
        try {
          query('ROLLBACK');
        } catch {
          // the connection is gone: the server rolled the transaction back
        }
        throw error;
      } finally {
        depth -= 1;
      }
    },
    close(): void {
      if (closed) return;
      try {
        // A stuck connection is not ended politely: the worker is stopped with it.
        if (unanswered.size === 0) call({ op: 'close' });
      } finally {
        closed = true;
        port1.close();
        void worker.terminate();
      }
    },
  };
}
