// `herald db copy`: an existing SQLite store into an empty PostgreSQL database, table by table in
// batches, keeping every id (live-post cursors are article rowids). Each batch and the note of how far
// it got are written in one transaction, so an interrupted copy resumes where it stopped; the copy
// ends by checking that every table holds as many rows as the source.
import type Database from 'better-sqlite3';
import type { PgConnection } from './bridge.js';
import { valueRows } from './articles.js';
import { PG_TABLES } from './schema.js';

/** The tables copied, in an order that keeps references valid (PG_TABLES is written so). */
export const COPIED_TABLES = PG_TABLES;

/** Where the copy notes its progress in the target (a meta row, removed when the copy is done). */
export const PROGRESS_KEY = 'herald.copy.progress';
const BATCH_VALUES = 20_000;

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** The advisory lock a copy holds on its connection from start to end ("Hrlc"); a second copy is refused. */
export const COPY_LOCK = 0x48726c63;

export type CopyResult =
  | { ok: true; tables: TableCount[]; resumed: boolean; skipped: string[] }
  | { ok: false; code: 'busy' }
  | { ok: false; code: 'not-empty'; rows: TableCount[] }
  | { ok: false; code: 'other-source'; source: string }
  | { ok: false; code: 'mismatch'; tables: TableCount[] };

interface Progress {
  source: string;
  /** The last source rowid copied per table; 'done' when the table is complete. */
  tables: Record<string, number | 'done'>;
}

function pgColumns(pg: PgConnection, table: string): string[] {
  return pg
    .all<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    )
    .map((r) => r.name);
}

function sqliteColumns(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map(
    (r) => r.name,
  );
}

/** Rows of a target table; the copy's own progress note is not one of them. */
const countPg = (pg: PgConnection, table: string) =>
  pg.get<{ n: number }>(
    `SELECT count(*) AS n FROM ${table}${table === 'meta' ? ' WHERE key <> $1' : ''}`,
    table === 'meta' ? [PROGRESS_KEY] : [],
  )?.n ?? 0;
const countSqlite = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * Copies the SQLite database `db` (named `source` in messages and in the progress note) into `pg`,
 * which must be empty or hold an unfinished copy of the same source. Table names are this file's
 * constants; column names come from both schemas, never from user input.
 */
export function copySqliteToPg(
  db: Database.Database,
  source: string,
  pg: PgConnection,
  onProgress: (table: string, copied: number, total: number) => void = () => {},
): CopyResult {
  // Two copies into one database at once each found it empty and wrote every batch, and the speakers'
  // quote counts (merged on conflict) came out doubled, with every row count matching. The lock goes
  // with the connection, so a copy that dies leaves it free for the run that resumes.
  if (!pg.get<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [COPY_LOCK])?.ok)
    return { ok: false, code: 'busy' };
  try {
    return copyLocked(db, source, pg, onProgress);
  } finally {
    pg.run('SELECT pg_advisory_unlock($1)', [COPY_LOCK]);
  }
}

function copyLocked(
  db: Database.Database,
  source: string,
  pg: PgConnection,
  onProgress: (table: string, copied: number, total: number) => void,
): CopyResult {
  const noted = pg.get<{ value: string }>('SELECT value FROM meta WHERE key = $1', [PROGRESS_KEY]);
  const progress: Progress = noted ? (JSON.parse(noted.value) as Progress) : { source, tables: {} };
  if (noted && progress.source !== source)
    return { ok: false, code: 'other-source', source: progress.source };
  if (!noted) {
    const rows = COPIED_TABLES.map((table) => ({ table, source: 0, target: countPg(pg, table) })).filter(
      (r) => r.target > 0,
    );
    if (rows.length > 0) return { ok: false, code: 'not-empty', rows };
  }
  const sqliteTables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (r) => r.name,
    ),
  );
  for (const table of COPIED_TABLES) {
    if (!sqliteTables.has(table) || progress.tables[table] === 'done') continue;
    copyTable(db, pg, table, progress, onProgress);
  }
  resetSequences(pg);
  const tables = COPIED_TABLES.filter((t) => sqliteTables.has(t)).map((table) => ({
    table,
    source: countSqlite(db, table),
    target: countPg(pg, table),
  }));
  if (tables.some((t) => t.source !== t.target)) return { ok: false, code: 'mismatch', tables };
  pg.run('DELETE FROM meta WHERE key = $1', [PROGRESS_KEY]);
  // Tables other Herald versions added to SQLite that this PostgreSQL schema does not have yet. Virtual
  // tables (full-text indexes, the articles_vocab view of one) and their shadow tables are derived from
  // the copied rows, and PostgreSQL derives its own.
  const known = new Set<string>(COPIED_TABLES);
  const derived = new Set(
    (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        .all() as Array<{
        name: string;
      }>
    ).map((r) => r.name),
  );
  const skipped = [...sqliteTables]
    .filter((t) => !known.has(t) && !derived.has(t) && !/_fts|_trigram|^sqlite_/.test(t))
    .sort();
  return { ok: true, tables, resumed: noted !== undefined, skipped };
}

function copyTable(
  db: Database.Database,
  pg: PgConnection,
  table: string,
  progress: Progress,
  onProgress: (table: string, copied: number, total: number) => void,
): void {
  const target = pgColumns(pg, table);
  const fromSqlite = new Set(sqliteColumns(db, table));
  // A PostgreSQL `rowid` column takes the SQLite rowid (articles have it as a column of their own).
  const columns = target.filter((c) => fromSqlite.has(c) || c === 'rowid');
  const select = columns.map((c) => (c === 'rowid' ? 'rowid' : `"${c}"`)).join(', ');
  const read = db.prepare(
    `SELECT rowid AS herald_copy_rowid, ${select} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  );
  const batch = Math.max(1, Math.floor(BATCH_VALUES / columns.length));
  const conflict =
    table === 'speakers'
      ? 'ON CONFLICT ((lower(name))) DO UPDATE SET quotes = speakers.quotes + excluded.quotes'
      : 'ON CONFLICT DO NOTHING';
  const total = countSqlite(db, table);
  let last = typeof progress.tables[table] === 'number' ? (progress.tables[table] as number) : 0;
  let copied =
    last === 0
      ? 0
      : (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE rowid <= ?`).get(last) as { n: number }).n;
  for (;;) {
    const rows = read.all(last, batch) as Array<Record<string, unknown>>;
    if (rows.length === 0) break;
    last = rows.at(-1)?.herald_copy_rowid as number;
    progress.tables[table] = rows.length < batch ? 'done' : last;
    pg.transaction(() => {
      pg.run(
        `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${valueRows(rows.length, columns.length)} ${conflict}`,
        rows.flatMap((r) => columns.map((c) => r[c] ?? null)),
      );
      saveProgress(pg, progress);
    });
    copied += rows.length;
    onProgress(table, copied, total);
    if (rows.length < batch) return;
  }
  progress.tables[table] = 'done';
  saveProgress(pg, progress);
}

function saveProgress(pg: PgConnection, progress: Progress): void {
  pg.run(
    'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
}

/** Every id sequence continues after the largest id copied. */
function resetSequences(pg: PgConnection): void {
  const serials = pg.all<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { t, c } of serials) {
    pg.run(
      `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max("${c}") FROM "${t}"), 1),
         (SELECT max("${c}") FROM "${t}") IS NOT NULL)`,
      [t, c],
    );
  }
}
