import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { toStoreError } from './errors.js';
import { migrate } from './migrations.js';

/** How long a write waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating its folder if needed) and migrates the database file. Every failure of the file —
 * missing folder rights, not a database, damaged, full disk, another program's — is a StoreError.
 */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database | null = null;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    // The busy timeout first: switching a new file to WAL (in migrate) takes a lock another process may hold.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
    return db;
  } catch (error) {
    if (db?.open) db.close();
    throw toStoreError(error, path);
  }
}
