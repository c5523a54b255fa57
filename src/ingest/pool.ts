// A pool of worker threads for bulk analysis (`herald ingest`, a large scan, a feed round with many new
// items). Jobs wait in one queue, oldest first; each worker holds at most sixteen at a time, so the queue
// stays here, where the writer can see it. The writer takes queued jobs itself while it waits for a
// result (`settle`), so with one worker both cores work. Every job runs the very function the
// single-threaded path runs (analyse-file.ts, to-stored.ts), and the caller keeps its own order: what
// is stored is the same, row for row, whichever thread analysed it.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ParsedArticle } from '../core/article/index.js';
import type { DocumentFrequencies } from '../core/keywords/index.js';
import type { StoredArticle } from '../store/types.js';
import { analyseFile, type FileAnalysis, type FileJob } from './analyse-file.js';
import { parseStoredArticleFile } from './parse-file.js';
import { spawnIngestWorker } from './spawn-worker.js';
import { toStoredArticle, type StoredContext } from './to-stored.js';

export type PoolRequest =
  | { id: number; kind: 'file'; job: FileJob; table?: number }
  | { id: number; kind: 'article'; article: ParsedArticle; context: StoredContext };

/** A keyword table sent to a worker once; file jobs then name it by number instead of carrying it. */
export interface PoolTable {
  kind: 'table';
  table: number;
  frequencies: DocumentFrequencies;
}

export type PoolReply = { id: number; result: unknown } | { id: number; error: string };

export interface AnalysisPool {
  /** Worker threads (the writer's thread helps besides). */
  readonly size: number;
  analyseFile(job: FileJob): Promise<FileAnalysis>;
  analyseArticle(article: ParsedArticle, context: StoredContext): Promise<StoredArticle>;
  /** Runs queued jobs on this thread until `promise` settles, then returns what it settled with. */
  settle<T>(promise: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Jobs a worker holds at most: enough to keep it busy while the writer's thread is away from its event
 * loop (reading a batch of files, committing one), when it can hand out no more; with sixteen, the
 * worker sat idle through about a tenth of a bulk load. See `handOut` for how many it gets.
 */
const IN_FLIGHT_PER_WORKER = 64;

/**
 * Jobs to give a worker that holds `busy` of them, with `queued` still waiting: at most half of what
 * waits, so near the end the writer's thread, which can take back nothing given out, is not left
 * waiting on a worker's backlog while there was work it could have done itself.
 */
export function handOut(busy: number, queued: number, limit = IN_FLIGHT_PER_WORKER): number {
  const share = Math.max(1, Math.ceil(queued / 2));
  return Math.max(0, Math.min(limit - busy, share - busy, queued));
}

/** Threads to start for bulk work: none on a single core, where a pool would only add its start. */
export function poolThreads(configured: number, cores = availableParallelism()): number {
  return cores > 1 ? configured : 0;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** The keyword table this worker holds (0: none). */
  table: number;
}

interface Task {
  request: PoolRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** What a request asks, done on this thread. */
export function runRequest(request: PoolRequest): unknown {
  return request.kind === 'file'
    ? analyseFile(parseStoredArticleFile, request.job)
    : toStoredArticle(request.article, request.context);
}

export function createAnalysisPool(size: number): AnalysisPool {
  const queue: Task[] = [];
  const running = new Map<number, Task>();
  const workers: Slot[] = [];
  let nextId = 1;
  let failure: Error | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    for (const task of [...running.values(), ...queue.splice(0)]) task.reject(error);
    running.clear();
  };

  const tables = new WeakMap<DocumentFrequencies, number>();
  let nextTable = 1;
  /** The request as a worker gets it: a file job's keyword table sent ahead, once per worker. */
  const toWorker = (slot: Slot, request: PoolRequest): PoolRequest => {
    const frequencies = request.kind === 'file' ? request.job.documentFrequencies : undefined;
    if (request.kind !== 'file' || frequencies === undefined) return request;
    let table = tables.get(frequencies);
    if (table === undefined) tables.set(frequencies, (table = nextTable++));
    if (slot.table !== table) {
      slot.worker.postMessage({ kind: 'table', table, frequencies } satisfies PoolTable);
      slot.table = table;
    }
    return { ...request, job: { ...request.job, documentFrequencies: undefined }, table };
  };

  const dispatch = () => {
    for (const slot of workers) {
      for (let n = handOut(slot.busy, queue.length); n > 0; n--) {
        const task = queue.shift() as Task;
        running.set(task.request.id, task);
        slot.busy += 1;
        slot.worker.postMessage(toWorker(slot, task.request));
      }
    }
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: spawnIngestWorker('pool-worker', null), busy: 0, table: 0 };
    slot.worker.on('message', (reply: PoolReply) => {
      slot.busy -= 1;
      const task = running.get(reply.id);
      running.delete(reply.id);
      dispatch();
      if (!task) return;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
    });
    slot.worker.on('error', (error) => fail(error));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !closed) fail(new Error(`an analysis worker stopped (exit code ${code})`));
    });
    workers.push(slot);
  }
  let closed = false;

  function submit<T>(request: PoolRequest): Promise<T> {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      queue.push({ request, resolve: resolve as (value: unknown) => void, reject });
      dispatch();
    });
  }

  return {
    size,
    analyseFile: (job) => submit<FileAnalysis>({ id: nextId++, kind: 'file', job }),
    analyseArticle: (article, context) =>
      submit<StoredArticle>({ id: nextId++, kind: 'article', article, context }),
    async settle<T>(promise: Promise<T>): Promise<T> {
      let settled = false;
      const done = promise.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled && queue.length > 0) {
        const task = queue.shift() as Task;
        try {
          task.resolve(runRequest(task.request));
        } catch (error) {
          task.reject(error as Error);
        }
        // Let the workers' replies in, and the promise settle, before taking another job.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await done;
      return promise;
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}

/** A pool started when first needed and ended after a while unused (or at close), shared by its users. */
export interface PoolOnDemand {
  use(): AnalysisPool;
  /** Each use() ends with one done(). */
  done(): void;
  close(): Promise<void>;
}

export function createPoolOnDemand(size: number, idleMs = 30_000): PoolOnDemand {
  let pool: AnalysisPool | null = null;
  let users = 0;
  let timer: NodeJS.Timeout | null = null;
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    use() {
      stopTimer();
      users += 1;
      pool ??= createAnalysisPool(size);
      return pool;
    },
    done() {
      users -= 1;
      if (users > 0) return;
      stopTimer();
      timer = setTimeout(() => {
        const idle = pool;
        pool = null;
        void idle?.close();
      }, idleMs);
      timer.unref();
    },
    async close() {
      stopTimer();
      const open = pool;
      pool = null;
      await open?.close();
    },
  };
}
