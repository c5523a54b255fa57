// The words for a database failure, chosen at the edge (the CLI and the bot's start-up log): which file,
// from which setting, what is wrong, and what to do.
import type { StoreError, StoreErrorCode } from './store/errors.js';

const WORDS: Record<StoreErrorCode, (file: string, detail: string) => string> = {
  'cannot-open': (file, detail) =>
    `cannot open the database ${file} (${detail}). Check that its folder exists or can be created and ` +
    'that Herald may read and write there, or set DATABASE_PATH to another file.',
  'not-a-database': (file) =>
    `the database ${file} is not a SQLite database: the file holds something else. Move it away, or set ` +
    'DATABASE_PATH to a new file name (Herald creates it).',
  corrupt: (file, detail) =>
    `the database ${file} is damaged (${detail}). Restore it from a backup, or move it away and set ` +
    'DATABASE_PATH to a new file: Herald loads ARTICLES_DIR into it again (digest subscriptions must be added again).',
  'disk-full': (file) =>
    `the disk holding the database ${file} is full. Free some space and try again; what was stored before is kept.`,
  'read-only': (file, detail) =>
    `cannot write the database ${file}: the file, its folder or its disk is read-only (${detail}). Give the ` +
    'user running Herald write access, or set DATABASE_PATH to a writable place.',
  locked: (file) =>
    `the database ${file} stayed locked by another process for more than 5 seconds. Try again when the ` +
    'other program (another `herald ingest`?) is done.',
  foreign: (file, detail) =>
    `${file} is a SQLite database that Herald did not create (${detail}), so Herald leaves it alone. Set ` +
    "DATABASE_PATH to a new file name for Herald's own database.",
  newer: (file, detail) =>
    `the database ${file} was made by a newer version of Herald (${detail}). Update Herald, or set ` +
    'DATABASE_PATH to another file.',
};

/** PostgreSQL (DATABASE_URL) has its own words where a file's would mislead; the path is shown without its password. */
const PG_WORDS: Partial<Record<StoreErrorCode, (server: string, detail: string) => string>> = {
  'cannot-open': (server, detail) =>
    `cannot reach the PostgreSQL database ${server} (${detail}). Check that the server runs and accepts ` +
    'connections from here, that the database exists and the user and password are right, or unset DATABASE_URL to use SQLite.',
  foreign: (server, detail) =>
    `the PostgreSQL database ${server} holds tables Herald did not create (${detail}), so Herald leaves it alone. ` +
    'Create an empty database for Herald (createdb herald) and point DATABASE_URL at it.',
  newer: (server, detail) =>
    `the PostgreSQL database ${server} was set up by a newer version of Herald (${detail}). Update Herald.`,
};

export function describeStoreError(error: StoreError): string {
  if (/^postgres(ql)?:\/\//i.test(error.path)) {
    const words = PG_WORDS[error.code];
    const server = `${error.path} (DATABASE_URL)`;
    return words ? words(server, error.detail) : WORDS[error.code](server, error.detail);
  }
  return WORDS[error.code](`${error.path} (DATABASE_PATH)`, error.detail);
}
