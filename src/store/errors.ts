// What can be wrong with the database file, as codes: the edges (the CLI, the bot's start-up log) choose
// the words, and name the setting the path came from.
import Database from 'better-sqlite3';

export type StoreErrorCode =
  | 'cannot-open' // the file or its folder cannot be opened or created
  | 'not-a-database' // the file is not SQLite at all
  | 'corrupt' // SQLite, but damaged
  | 'disk-full'
  | 'read-only' // the file, its folder or the disk cannot be written
  | 'locked' // another process held the write lock past the busy timeout
  | 'foreign' // a SQLite database another program made
  | 'newer'; // made by a newer Herald

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${code}: ${path}: ${detail}`);
    this.name = 'StoreError';
  }
}

const SQLITE_CODES: Array<[prefix: string, code: StoreErrorCode]> = [
  ['SQLITE_CANTOPEN', 'cannot-open'],
  ['SQLITE_NOTADB', 'not-a-database'],
  ['SQLITE_CORRUPT', 'corrupt'],
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_PERM', 'read-only'],
  ['SQLITE_BUSY', 'locked'],
  ['SQLITE_LOCKED', 'locked'],
  ['SQLITE_IOERR', 'cannot-open'],
];

const FS_CODES: Record<string, StoreErrorCode> = {
  EACCES: 'read-only',
  EPERM: 'read-only',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  ENOTDIR: 'cannot-open',
  EEXIST: 'cannot-open',
  EISDIR: 'cannot-open',
};

/** A StoreError for a failure of the database at `path`, or the error itself when it is not one. */
export function toStoreError(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof Database.SqliteError) {
    const match = SQLITE_CODES.find(([prefix]) => error.code.startsWith(prefix));
    if (match) return new StoreError(match[1], path, error.message);
  }
  const fsCode = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof fsCode === 'string' && FS_CODES[fsCode])
    return new StoreError(FS_CODES[fsCode], path, (error as Error).message);
  return error;
}
