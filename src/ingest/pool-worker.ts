// One thread of the analysis pool (pool.ts): answers each request with what the single-threaded path
// would have computed for it.
import { parentPort } from 'node:worker_threads';
import type { DocumentFrequencies } from '../core/keywords/index.js';
import { runRequest, type PoolReply, type PoolRequest, type PoolTable } from './pool.js';

const port = parentPort;
if (!port) throw new Error('the analysis pool worker runs only as a worker thread');
// The keyword table of the current load, sent once (pool.ts) rather than with every file.
let held: { table: number; frequencies: DocumentFrequencies } | null = null;
port.on('message', (message: PoolRequest | PoolTable) => {
  if (message.kind === 'table') {
    held = { table: message.table, frequencies: message.frequencies };
    return;
  }
  let request = message;
  if (request.kind === 'file' && request.table !== undefined) {
    if (held?.table !== request.table) throw new Error(`keyword table ${request.table} never arrived`);
    request = { ...request, job: { ...request.job, documentFrequencies: held.frequencies } };
  }
  let reply: PoolReply;
  try {
    reply = { id: request.id, result: runRequest(request) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
