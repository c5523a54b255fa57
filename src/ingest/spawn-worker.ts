// Starts one of ingest's worker threads: the compiled JavaScript in dist/; when run from the sources
// (the tests), the TypeScript file through tsx's loader, registered inside the worker (Node 20 takes no
// loader in a worker's execArgv).
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Young generation of an analysis thread, MB: V8 would size it from the machine's memory (up to 3 × 64
 * MB), and analysis fills it with short-lived garbage; a small one keeps the pool's memory down at no
 * cost in time (bin/herald gives `herald ingest`'s own thread a young generation of the same order).
 */
const YOUNG_GENERATION_MB = 12;

/** `name` without extension, next to this file: 'worker' or 'pool-worker'. */
export function spawnIngestWorker(name: string, workerData: unknown): Worker {
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  const compiled = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`;
  return new Worker(boot, { eval: true, ...options });
}
