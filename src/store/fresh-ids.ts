// Ids that are never given twice. SQLite gives a new row the highest id plus one, so removing the newest
// feed or subscription and adding another handed out the same number again: a script or a notice naming
// feed 8 reached another feed, and a new digest took over the old one's ledger (the slots it had sent,
// the articles it had shown) and left them out. PostgreSQL's sequences never reuse a number; this makes
// SQLite do the same, with the highest id given kept in `meta`.
import type Database from 'better-sqlite3';

export type FreshIdTable = 'feeds' | 'subscriptions' | 'post_subscriptions';

/** SQL for the id of a new row of `table`: above every id it holds and every id it ever gave. */
export function freshIdSql(table: FreshIdTable): string {
  return `max(coalesce((SELECT max(id) FROM ${table}), 0),
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '${table}.last_id'), 0)) + 1`;
}

// One statement per connection and table, prepared on first use.
const notes = new WeakMap<Database.Database, Map<FreshIdTable, Database.Statement>>();

function noteFor(db: Database.Database, table: FreshIdTable): Database.Statement {
  let byTable = notes.get(db);
  if (byTable === undefined) notes.set(db, (byTable = new Map()));
  let note = byTable.get(table);
  if (note === undefined) {
    note = db.prepare(`INSERT INTO meta (key, value) VALUES ('${table}.last_id', ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    byTable.set(table, note);
  }
  return note;
}

/** Runs `insert` (which takes its id from freshIdSql) and records the id it gave; returns that id. */
export function insertWithFreshId(
  db: Database.Database,
  table: FreshIdTable,
  insert: () => number | bigint,
): number {
  const note = noteFor(db, table);
  return db.transaction(() => {
    const id = Number(insert());
    note.run(String(id));
    return id;
  })();
}
