// `herald db copy --to postgres://… [--from FILE]`: moves an existing SQLite store (DATABASE_PATH, or
// --from) into an empty PostgreSQL database. Resumable: run it again after an interruption. The words
// for each outcome are chosen here; the copy itself is src/store/pg/copy.ts.
import { existsSync } from 'node:fs';
import { textFlag, UsageError, type ParsedArgs } from './args.js';
import type { Out } from './show.js';
import type { Config } from '../config.js';
import { openSqliteStore } from '../store/index.js';
import { copySqliteToPg, type CopyResult, type TableCount } from '../store/pg/copy.js';
import { describePgUrl, isPostgresUrl, openPgStore } from '../store/pg/index.js';

export const DB_USAGE = `  db copy --to postgres://… [--from FILE]
                                  copy the SQLite store (DATABASE_PATH) into an empty PostgreSQL database`;

const table = (rows: TableCount[]) =>
  rows.map((r) => `  ${r.table}: ${r.source} in SQLite, ${r.target} in PostgreSQL`);

export function runDbCommand(args: ParsedArgs, out: Out, config: Config): void {
  const [sub] = args.positionals;
  if (sub !== 'copy')
    throw new UsageError(`db needs a command: copy (got ${sub === undefined ? 'nothing' : `"${sub}"`})`);
  const to = textFlag(args, 'to');
  if (!to) throw new UsageError('db copy needs --to postgres://user:password@host:5432/database');
  if (!isPostgresUrl(to)) throw new UsageError('db copy --to must be a postgres:// or postgresql:// URL');
  const from = textFlag(args, 'from') ?? config.databasePath;
  if (!existsSync(from))
    throw new UsageError(`db copy: there is no SQLite database at ${from} (set DATABASE_PATH or --from)`);
  const json = args.flags.has('json');
  const sqlite = openSqliteStore(from);
  try {
    const target = openPgStore(to);
    try {
      let lastTable = '';
      const result = copySqliteToPg(sqlite.db, from, target.pg, (name, copied, total) => {
        if (json) return;
        if (name !== lastTable || copied === total) out.err(`${name}: ${copied} of ${total} rows`);
        lastTable = name;
      });
      report(result, from, describePgUrl(to), json, out);
    } finally {
      target.close();
    }
  } finally {
    sqlite.close();
  }
}

function report(result: CopyResult, from: string, to: string, json: boolean, out: Out): void {
  if (json) out.line(JSON.stringify(result));
  if (result.ok) {
    if (json) return;
    out.line(`Copied ${from} into ${to}${result.resumed ? ' (resumed)' : ''}; every table matches:`);
    for (const r of result.tables) out.line(`  ${r.table}: ${r.target} rows`);
    if (result.skipped.length > 0)
      out.line(`Not copied (this PostgreSQL schema has no such table yet): ${result.skipped.join(', ')}`);
    out.line('Set DATABASE_URL to that URL and restart Herald.');
    return;
  }
  if (result.code === 'not-empty')
    throw new UsageError(
      [
        `db copy: ${to} is not empty, and copies only go into an empty database:`,
        // Only PostgreSQL's rows were counted: the SQLite side was not read.
        ...result.rows.map((r) => `  ${r.table}: ${r.target} in PostgreSQL`),
      ].join('\n'),
    );
  if (result.code === 'busy')
    throw new UsageError(
      `db copy: another herald db copy is writing into ${to} right now; let it finish (run this again afterwards if it stopped: a copy resumes)`,
    );
  if (result.code === 'other-source')
    throw new UsageError(
      `db copy: ${to} holds an unfinished copy of ${result.source}, not of ${from}; finish that copy, or use an empty database`,
    );
  throw new UsageError(
    [
      `db copy: the counts differ after copying (run the copy again to resume):`,
      ...table(result.tables),
    ].join('\n'),
  );
}
