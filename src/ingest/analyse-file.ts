// What one article file becomes once read: its parse problems, a warning for undated records, and its
// articles analysed for the store. The same function runs on the loader's thread and in the analysis
// pool's workers (pool.ts), so where a file was analysed never changes what is stored.
import type { ParseResult } from '../core/article/index.js';
import type { DocumentFrequencies } from '../core/keywords/index.js';
import type { StoredArticle } from '../store/types.js';
import { toStoredArticle } from './to-stored.js';

export type ParseFile = (fileName: string, bytes: Uint8Array) => ParseResult;

export interface FileAnalysis {
  /** Lines for the log, the file's path first. */
  warnings: string[];
  articles: StoredArticle[];
}

export interface FileJob {
  /** The file's absolute path (its key in the store). */
  key: string;
  bytes: Uint8Array;
  /** The file's modification time, whole milliseconds. */
  mtime: number;
  ingestedAt: number;
  /** The keyword table of the load (see keyword-frequencies.ts); the pool sends it to a worker once. */
  documentFrequencies?: DocumentFrequencies | undefined;
}

const isDated = (published: string | null) => published !== null && Number.isFinite(Date.parse(published));

export function analyseFile(parse: ParseFile, job: FileJob): FileAnalysis {
  const { key, mtime, ingestedAt, documentFrequencies } = job;
  const result = parse(key, job.bytes);
  const warnings = result.problems.map((problem) => `${key}: ${problem}`);
  const undated = result.articles.filter((a) => !isDated(a.published)).length;
  if (undated > 1) {
    warnings.push(
      `${key}: ${undated} of ${result.articles.length} articles have no date; they take the file's ` +
        'modification time, a millisecond apart, so they keep the order of the file (first = newest)',
    );
  }
  // Undated records keep the file's order: the first takes the file's time, each next one a ms earlier.
  const articles = result.articles.map((a, index) =>
    toStoredArticle(a, { ingestedAt, fallbackPublished: mtime - index, filePath: key, documentFrequencies }),
  );
  return { warnings, articles };
}
