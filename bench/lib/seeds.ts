// The corpus articles analysed once with the real analysis: the seeds every synthetic archive is
// varied from. Cached, since analysing all 3,813 takes a while.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';
import { cachedFolder, hashOf, sourceDir } from './cache.js';
import { bodyOf, corpusPath, readCorpus } from './corpus.js';

export interface Seed {
  title: string;
  body: string;
  source: string;
  url: string | null;
  analysis: Analysis;
}

function titleOf(title: string | null, body: string): string {
  if (title && title.trim()) return title.trim();
  // XSum has no headlines: the first words of the body stand in, as a feed without titles would.
  return body
    .split(/\s+/)
    .slice(0, 9)
    .join(' ')
    .replace(/[,.;:]$/, '');
}

/** The first `count` corpus articles (all when undefined), analysed. */
export async function loadSeeds(count?: number): Promise<Seed[]> {
  const corpus = readCorpus();
  const analyzer = createAnalyzer();
  const take = Math.min(count ?? corpus.length, corpus.length);
  const key = hashOf([`seeds-v1:${take}`, { file: corpusPath() }, sourceDir('src', 'core')]);
  const dir = await cachedFolder(`seeds${take}`, key, (out) => {
    const seeds: Seed[] = corpus.slice(0, take).map((a) => {
      const body = bodyOf(a);
      const title = titleOf(a.title, body);
      return {
        title,
        body,
        source: a.publisher ?? a.source,
        url: a.url ?? null,
        analysis: analyzer.analyze({ text: body, title }),
      };
    });
    writeFileSync(join(out, 'seeds.json'), JSON.stringify(seeds));
  });
  return JSON.parse(readFileSync(join(dir, 'seeds.json'), 'utf8')) as Seed[];
}
