// What can be wrong with the database file, as codes: the edges (the CLI, the bot's start-up log) choose
// the words, and name the setting the path came from.
import Database from 'better-sqlite3';
import { PgQueryError } from './pg/bridge.js';

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
    /** The driver's error behind it, when there is one. */
    cause?: unknown,
  ) {
    super(`${code}: ${path}: ${detail}`, cause === undefined ? undefined : { cause });
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

/** The StoreErrorCode of a SQLite error, by its code's prefix (SQLITE_BUSY_SNAPSHOT is SQLITE_BUSY). */
function sqliteCodeOf(error: InstanceType<typeof Database.SqliteError>): StoreErrorCode | undefined {
  return SQLITE_CODES.find(([prefix]) => error.code.startsWith(prefix))?.[1];
}

/** A StoreError for a failure of the database at `path`, or the error itself when it is not one. */
export function toStoreError(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof Database.SqliteError) {
    const match = sqliteCodeOf(error);
    if (match) return new StoreError(match, path, error.message);
  }
  const fsCode = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof fsCode === 'string' && FS_CODES[fsCode])
    return new StoreError(FS_CODES[fsCode], path, (error as Error).message);
  return error;
}

/**
 * Why a write that ran into another process or a silent server failed, as a code, for either backend:
 * `locked` (SQLite's busy wait ran out), `timeout` (PostgreSQL did not answer within its wait, as when
 * another process holds a lock the statement needs), `connection` (the connection to PostgreSQL was lost),
 * `conflict` (PostgreSQL broke a deadlock or a serialization conflict by failing this statement); with the
 * driver's own message as the detail. Null for any other failure. Each leaves nothing half-written: the
 * transaction was rolled back.
 */
export interface WriteFailure {
  code: 'locked' | 'timeout' | 'connection' | 'conflict';
  detail: string;
}

const PG_CONFLICTS = new Set(['40P01', '40001', '55P03']);

export function writeFailureOf(failure: unknown): WriteFailure | null {
  // The PostgreSQL store reports a lost or silent connection as a StoreError around the driver's error.
  const error = failure instanceof StoreError && failure.cause !== undefined ? failure.cause : failure;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = String((error as Error | null)?.message ?? error);
  if (error instanceof PgQueryError) {
    if (code === 'timeout') return { code: 'timeout', detail };
    if (error.connection) return { code: 'connection', detail };
    return typeof code === 'string' && PG_CONFLICTS.has(code) ? { code: 'conflict', detail } : null;
  }
  if (error instanceof Database.SqliteError && sqliteCodeOf(error) === 'locked')
    return { code: 'locked', detail };
  return null;
}
