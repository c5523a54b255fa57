// The database file: Herald's own are marked and opened, anything else is refused with a message that
// names the file, the setting and what to do; the CLI gives such errors exit status 1.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
  readFileSync,
  openSync,
  writeSync,
  closeSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HERALD_APPLICATION_ID, MIGRATIONS, latestVersion } from '../../src/store/migrations.js';
import { StoreError } from '../../src/store/errors.js';
import { openSqliteStore } from '../../src/store/index.js';
import { herald, writeArticles } from '../ingest/fixtures.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-dbfile-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function openError(path: string): StoreError {
  try {
    openSqliteStore(path).close();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error(`${path} opened`);
}

const tablesOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  db.close();
  return names;
};

describe("Herald's mark", () => {
  it('is written into a new database', () => {
    const store = openSqliteStore(join(dir, 'new.db'));
    expect(store.db.pragma('application_id', { simple: true })).toBe(HERALD_APPLICATION_ID);
    expect(store.db.pragma('user_version', { simple: true })).toBe(latestVersion());
    store.close();
  });

  it('is added to a database an earlier Herald made, keeping its rows', () => {
    for (const version of [1, 2, 3]) {
      const path = join(dir, `v${version}.db`);
      const old = new Database(path);
      for (const m of MIGRATIONS.filter((x) => x.version <= version)) old.exec(m.sql);
      old.pragma(`user_version = ${version}`);
      old.prepare("INSERT INTO meta (key, value) VALUES ('kept', ?)").run(`v${version}`);
      old.close();
      const store = openSqliteStore(path);
      expect(store.db.pragma('application_id', { simple: true })).toBe(HERALD_APPLICATION_ID);
      expect(store.meta.get('kept')).toBe(`v${version}`);
      store.close();
    }
  });
});

describe('a database Herald did not make', () => {
  it('is refused, left exactly as it was, and named with the setting', () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec(
      "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ana');",
    );
    other.close();
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe('foreign');
    expect(error.detail).toMatch(/users/);
    expect(tablesOf(path)).toEqual(['users']);
    expect(readFileSync(path).equals(before)).toBe(true);
    const cli = herald(['latest'], { DATABASE_PATH: path });
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(`${path} (DATABASE_PATH) is a SQLite database that Herald did not create`);
    expect(cli.err).not.toMatch(/internal error/);
  });

  it('with a different mark or an unknown version is refused too', () => {
    const marked = join(dir, 'marked.db');
    const db = new Database(marked);
    for (const m of MIGRATIONS) db.exec(m.sql);
    db.pragma('application_id = 1234');
    db.close();
    expect(openError(marked).code).toBe('foreign');
  });

  it('made by a newer Herald says so', () => {
    const path = join(dir, 'newer.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion() + 3}`);
    db.close();
    expect(openError(path).code).toBe('newer');
    const cli = herald(['ingest', join(dir, 'none')], { DATABASE_PATH: path });
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(/made by a newer version of Herald/);
  });
});

describe('a database file that cannot be used', () => {
  it('names the path, the setting, the cause and what to do, with exit status 1', () => {
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'These are my notes, not a database. '.repeat(200));
    const blocked = join(dir, 'a-file', 'herald.db');
    writeFileSync(join(dir, 'a-file'), 'x');
    const cases: Array<[path: string, message: RegExp]> = [
      [notDb, /is not a SQLite database.*Move it away, or set DATABASE_PATH/],
      [blocked, /cannot open the database .*set DATABASE_PATH to another file/],
    ];
    for (const [path, message] of cases) {
      const cli = herald(['search', 'anything'], { DATABASE_PATH: path });
      expect(cli.code, path).toBe(1);
      expect(cli.err).toContain(`${path} (DATABASE_PATH)`);
      expect(cli.err).toMatch(message);
    }
    expect(readFileSync(notDb, 'utf8')).toMatch(/^These are my notes/);
  });

  it('a damaged database is named as damaged, with a way out', () => {
    const path = join(dir, 'damaged.db');
    const articles = join(dir, 'articles');
    writeArticles(articles, 40);
    expect(herald(['ingest', articles], { DATABASE_PATH: path }).code).toBe(0);
    // Overwrite pages in the middle of the file (not the header): the schema still reads.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), 4096 * 2);
    closeSync(fd);
    const cli = herald(['search', 'story'], { DATABASE_PATH: path });
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(
      `the database ${path} (DATABASE_PATH) is damaged (database disk image is malformed)`,
    );
    expect(cli.err).toMatch(/Restore it from a backup/);
  });

  it('a read-only folder is named, with what to do', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to show
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const path = join(dir, 'ro', 'herald.db');
    const cli = herald(['latest'], { DATABASE_PATH: path });
    chmodSync(join(dir, 'ro'), 0o755);
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(`${path} (DATABASE_PATH)`);
    expect(cli.err).toMatch(/write access|cannot open/);
  });
});
