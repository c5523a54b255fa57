// A cache of generated benchmark data in the system's temp folder (never in data/), keyed by a hash of
// everything the data depends on, so a second run reuses it and a change of code or corpus rebuilds it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';

export const CACHE_ROOT = join(tmpdir(), 'herald-bench-cache');

/** A short hash of strings and of the contents of files (sorted folder listings included). */
export function hashOf(parts: Array<string | { file: string } | { dir: string }>): string {
  const h = createHash('sha256');
  for (const part of parts) {
    if (typeof part === 'string') h.update(`s:${part}\0`);
    else if ('file' in part) h.update(`f:${part.file}\0`).update(readFileSync(part.file));
    else
      for (const name of readdirSync(part.dir).sort()) {
        if (name.endsWith('.ts')) h.update(`f:${name}\0`).update(readFileSync(join(part.dir, name)));
      }
  }
  return h.digest('hex').slice(0, 16);
}

export const sourceDir = (...parts: string[]) => ({ dir: join(REPO_ROOT, ...parts) });

/**
 * The folder for `name-key`, built by `build` when missing or unfinished (a marker file says it is
 * complete). Older folders of the same name are removed so the cache doesn't grow without end.
 */
export async function cachedFolder(
  name: string,
  key: string,
  build: (dir: string) => Promise<void> | void,
): Promise<string> {
  mkdirSync(CACHE_ROOT, { recursive: true });
  const dir = join(CACHE_ROOT, `${name}-${key}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  for (const other of readdirSync(CACHE_ROOT)) {
    if (other.startsWith(`${name}-`)) rmSync(join(CACHE_ROOT, other), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  await build(dir);
  writeFileSync(marker, new Date().toISOString());
  return dir;
}
