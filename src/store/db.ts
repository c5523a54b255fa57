import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { toStoreError } from './errors.js';
import { migrate } from './migrations.js';

/** How long a write waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/** The oldest Node major the SQLite binding runs on (package.json's engines says the same). */
export const MIN_NODE_MAJOR = 22;

/** better-sqlite3 13's binary crashes the whole process on Node 20, so refuse with words first. */
export function checkNodeVersion(version: string): void {
  if (Number(version.split('.')[0]) >= MIN_NODE_MAJOR) return;
  throw new Error(
    `Herald needs Node.js ${MIN_NODE_MAJOR} or newer, and this is v${version}: run it with npm start ` +
      '(npm ci fetches a supported Node when the system one is older), or install Node.js 22, 24 or 26',
  );
}

/**
 * Opens (creating its folder if needed) and migrates the database file. Every failure of the file —
 * missing folder rights, not a database, damaged, full disk, another program's — is a StoreError.
 */
export function openDatabase(path: string): Database.Database {
  checkNodeVersion(process.versions.node);
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    let db: Database.Database | null = null;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      return setUpDatabase(db, path);
    } catch (error) {
      if (db?.open) db.close();
      // Some lock states answer "busy" at once, without the busy timeout: another process switching a
      // new file to write-ahead logging, or recovering its log. Opening again shortly after succeeds.
      if (isBusy(error) && Date.now() < deadline) {
        pause(OPEN_RETRY_MS);
        continue;
      }
      throw toStoreError(error, path);
    }
  }
}

/** How long opening waits before trying again after an immediate "busy". */
const OPEN_RETRY_MS = 50;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Blocks the thread for `ms` (opening is synchronous, as the SQLite binding is). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** What every connection gets: a busy timeout, foreign keys, the migrations (which switch a new file to WAL). */
export function setUpDatabase(db: Database.Database, path = ':memory:'): Database.Database {
  // The busy timeout first: switching a new file to WAL (in migrate) takes a lock another process may hold.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, path);
  return db;
}

/**
 * Pages the write-ahead log may reach during a bulk load before SQLite copies it back into the database
 * (64 MB at 4 KB a page; 1,000 otherwise). Each checkpoint rewrites the pages the load keeps changing
 * (the full-text index's), so fewer of them cost less; bounded, so the log of a large archive stays small.
 */
export const BULK_AUTOCHECKPOINT_PAGES = 16_384;

/** Store.bulkWrites for a SQLite connection: checkpoints seldom during `fn`, once after, setting restored. */
export function bulkCheckpoints(db: Database.Database) {
  let open = 0;
  let before = 0;
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (open++ === 0) {
      before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${BULK_AUTOCHECKPOINT_PAGES}`);
    }
    try {
      return await fn();
    } finally {
      if (--open === 0 && db.open) {
        db.pragma(`wal_autocheckpoint = ${before}`);
        // Never waits on a reader: what one still needs is copied at a later checkpoint.
        db.pragma('wal_checkpoint(PASSIVE)');
      }
    }
  };
}
