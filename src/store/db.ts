import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

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

/** Opens (creating its folder if needed) and migrates the database file. */
export function openDatabase(path: string): Database.Database {
  checkNodeVersion(process.versions.node);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return setUpDatabase(new Database(path));
}

/** What every connection gets: write-ahead logging, foreign keys, a busy timeout, the migrations. */
export function setUpDatabase(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
