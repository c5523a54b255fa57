// Schema migrations, numbered in code. `user_version` records the last one applied, so an older
// database file upgrades in place when it is opened. `application_id` marks the file as Herald's, so a
// database that belongs to another program is refused instead of taken over.
import type Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import { BASE_MIGRATIONS } from './schema-base.js';
import { LATER_MIGRATIONS } from './schema-later.js';

/** Written into every Herald database's header ("Hrld"). */
export const HERALD_APPLICATION_ID = 0x48726c64;

/** Tables every Herald database has had since its first version. */
const HERALD_TABLES = ['articles', 'files', 'meta', 'quotes'];

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Rows to fill in after the SQL, in the same transaction, where SQL alone cannot compute them. */
  fill?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [...BASE_MIGRATIONS, ...LATER_MIGRATIONS];

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Applies every migration newer than the file's `user_version`, all in one IMMEDIATE transaction that
 * reads the version again once it holds the write lock: two processes opening a new database at once
 * take turns, and the second finds nothing left to do. Refuses a file Herald did not make, and one made
 * by a newer Herald. Switches the file to write-ahead logging once it is known to be Herald's.
 */
export function migrate(
  db: Database.Database,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = latestVersion(migrations);
  // Read first, outside the write transaction, so a file that is not Herald's is never written to at all;
  // in a read transaction of its own, so the mark, the version and the tables come from one moment (read
  // one by one, another Herald's migration committing in between showed its tables without its mark,
  // and a new database made by two processes at once was refused as another program's).
  checkOwner(path, db.transaction(() => readOwner(db))(), latest);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    const owner = readOwner(db);
    const current = owner.version;
    checkOwner(path, owner, latest);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      migration.fill?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    if ((db.pragma('application_id', { simple: true }) as number) !== HERALD_APPLICATION_ID) {
      db.pragma(`application_id = ${HERALD_APPLICATION_ID}`);
    }
  }).immediate();
  return db.pragma('user_version', { simple: true }) as number;
}

interface Owner {
  applicationId: number;
  version: number;
  tables: string[];
}

/** The file's mark, schema version and tables (the caller holds a transaction, so they agree). */
function readOwner(db: Database.Database): Owner {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    version: db.pragma('user_version', { simple: true }) as number,
    tables: db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[],
  };
}

/** Throws unless the database is empty, Herald's (marked), or an unmarked one from before the mark. */
function checkOwner(path: string, { applicationId, version, tables }: Owner, latest: number): void {
  if (applicationId === HERALD_APPLICATION_ID) {
    if (version > latest)
      throw new StoreError('newer', path, `schema version ${version}, this Herald knows up to ${latest}`);
    return;
  }
  if (applicationId === 0 && version === 0 && tables.length === 0) return;
  // Databases made before Herald marked its files: Herald's tables, a version Herald wrote, no mark.
  const isOldHerald =
    applicationId === 0 &&
    version >= 1 &&
    version <= latest &&
    HERALD_TABLES.every((t) => tables.includes(t));
  if (isOldHerald) return;
  const held =
    tables.length === 0
      ? 'no tables'
      : `tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}`;
  throw new StoreError(
    'foreign',
    path,
    `application id ${applicationId}, schema version ${version}, ${held}`,
  );
}
