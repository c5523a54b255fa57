// The shared corpus the benchmarks build their data from (never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusArticle {
  id: string;
  /** null for some collections (XSum). */
  title: string | null;
  /** As in the corpus: often starts with the headline line again. */
  text: string;
  date: string | null;
  source: string;
  publisher?: string;
  url?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (bench/lib/../..). */
export const REPO_ROOT = resolve(here, '..', '..');

/** ../shared/corpus next to the checkout, or HERALD_CORPUS. */
export function corpusPath(): string {
  const candidates = [
    process.env.HERALD_CORPUS,
    resolve(REPO_ROOT, '..', 'shared', 'corpus', 'articles.jsonl'),
    '/work/shared/corpus/articles.jsonl',
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`corpus not found; looked in ${candidates.join(', ')} (set HERALD_CORPUS)`);
  return found;
}

let cached: CorpusArticle[] | null = null;

export function readCorpus(): CorpusArticle[] {
  if (cached) return cached;
  cached = readFileSync(corpusPath(), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);
  return cached;
}

/** The body without a leading repeat of the headline. */
export function bodyOf(article: CorpusArticle): string {
  const text = article.text.replace(/\r\n/g, '\n').trim();
  const first = text.indexOf('\n');
  if (first > 0 && article.title && text.slice(0, first).trim() === article.title.trim())
    return text.slice(first).trim();
  return text;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
