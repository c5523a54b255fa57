// The archives the benchmarks share, built once and cached: a database of N synthetic articles, and
// for the bot's benchmarks also the N files it was loaded from.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedFolder, hashOf, sourceDir } from './cache.js';
import { corpusPath, REPO_ROOT } from './corpus.js';
import { loadSeeds, type Seed } from './seeds.js';
import { buildArchive, buildVocabulary } from './synth.js';

export interface Archive {
  total: number;
  /** The cached database: open it read-only in spirit; copy it (copyDatabase) before a bot writes to it. */
  dbPath: string;
  /** The articles' files, when built with them. */
  filesDir: string | null;
}

const SYNTH_VERSION = 'synth-v1';

/** All seeds in a full run; fewer in a quick one, so a cold cache still fits in a minute. */
export function seedCount(quick: boolean): number | undefined {
  return quick ? 300 : undefined;
}

const archives = new Map<string, Promise<Archive>>();

/** The cached archive of `total` articles, resolved once per process so every benchmark shares it. */
export function getArchive(total: number, options: { files: boolean; quick: boolean }): Promise<Archive> {
  const id = `${total}:${options.files}:${options.quick}`;
  let archive = archives.get(id);
  if (!archive) archives.set(id, (archive = buildOrReuse(total, options)));
  return archive;
}

async function buildOrReuse(total: number, options: { files: boolean; quick: boolean }): Promise<Archive> {
  const seedsWanted = seedCount(options.quick);
  let seeds: Seed[] | null = null;
  const key = hashOf([
    `${SYNTH_VERSION}:${total}:${options.files}:${seedsWanted ?? 'all'}`,
    { file: corpusPath() },
    // The schema and the synthesiser decide the rows. src/core is left out on purpose: the analysis
    // changes often while it is tuned, and a slightly older analysis in the rows does not change what
    // these benchmarks time (queries, start-up, memory); a fresh checkout builds fresh anyway.
    sourceDir('src', 'store'),
    { file: join(REPO_ROOT, 'bench', 'lib', 'synth.ts') },
  ]);
  const name = `archive${total}${options.files ? 'f' : ''}${options.quick ? 'q' : ''}`;
  const dir = await cachedFolder(name, key, async (out) => {
    seeds ??= await loadSeeds(seedsWanted);
    const started = Date.now();
    process.stderr.write(
      `bench: building a ${total}-article archive${options.files ? ' with files' : ''} in ${out} …\n`,
    );
    const store = buildArchive(seeds, buildVocabulary(seeds), {
      total,
      dbPath: join(out, 'herald.db'),
      ...(options.files ? { filesDir: join(out, 'articles') } : {}),
    });
    store.close();
    process.stderr.write(`bench: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
  return { total, dbPath: join(dir, 'herald.db'), filesDir: options.files ? join(dir, 'articles') : null };
}

/** A private copy of an archive's database in a fresh temp folder, for a run that writes to it. */
export function copyDatabase(archive: Archive): { dir: string; dbPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-run-'));
  const dbPath = join(dir, 'herald.db');
  copyFileSync(archive.dbPath, dbPath);
  return { dir, dbPath };
}
