// What the loader's runs (loader.ts, loader-pooled.ts) share: the report, the outcome of each file, and
// the size of a write batch.
import type { Logger } from '../logger.js';
import type { StoredArticle } from '../store/types.js';
import type { FileAnalysis, FileJob } from './analyse-file.js';

// A write transaction closes after this many files or bytes read, whichever comes first.
export const BATCH_FILES = 200;
export const BATCH_BYTES = 8 * 1024 * 1024;

export interface LoadReport {
  files: number;
  loaded: number;
  unchanged: number;
  skipped: number;
  removed: number;
  articles: number;
  /** Articles read that were already stored from another file (or earlier in the same file). */
  duplicates: number;
  /** Of the loaded files, those read again only because an older version of Herald stored them. */
  reread: number;
}

export function emptyReport(): LoadReport {
  return { files: 0, loaded: 0, unchanged: 0, skipped: 0, removed: 0, articles: 0, duplicates: 0, reread: 0 };
}

/** What is recorded of a file read anew, beside its articles. */
interface FileFacts {
  key: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** The version of the reading that reads it (READER_VERSION), recorded with the file. */
  readerVersion: number;
  /** Unchanged since an older version of Herald stored it: read again for the update. */
  reread: boolean;
}

export type Outcome =
  | { kind: 'gone'; key: string }
  | { kind: 'unchanged'; key: string; touch: { size: number; mtimeMs: number } | null }
  | { kind: 'skipped'; key: string; forget: boolean }
  | (FileFacts & { kind: 'loaded'; articles: StoredArticle[] });

/** A file read and hashed, its analysis still to do. */
export interface FileRead extends FileFacts {
  kind: 'read';
  job: FileJob;
}

/** The loaded outcome of a file read and analysed; its warnings are logged now. */
export function toLoaded(read: FileRead, analysis: FileAnalysis, logger: Logger): Outcome {
  for (const warning of analysis.warnings) logger.warn(warning);
  const { kind: _read, job: _job, ...facts } = read;
  return { ...facts, kind: 'loaded', articles: analysis.articles };
}
