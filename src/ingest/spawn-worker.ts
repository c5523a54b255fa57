// Starts one of ingest's worker threads: the compiled JavaScript in dist/; when run from the sources
// (the tests), the TypeScript file through tsx's loader, registered inside the worker (Node 20 takes no
// loader in a worker's execArgv).
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** `name` without extension, next to this file: 'worker' or 'pool-worker'. */
export function spawnIngestWorker(name: string, workerData: unknown): Worker {
  const compiled = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(compiled)) return new Worker(compiled, { workerData });
  const source = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`;
  return new Worker(boot, { eval: true, workerData });
}
