// One thread of the analysis pool (pool.ts): answers each request with what the single-threaded path
// would have computed for it.
import { parentPort } from 'node:worker_threads';
import { runRequest, type PoolReply, type PoolRequest } from './pool.js';

const port = parentPort;
if (!port) throw new Error('the analysis pool worker runs only as a worker thread');
port.on('message', (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id: request.id, result: runRequest(request) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
