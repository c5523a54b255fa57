// What is PostgreSQL's own: migrations when several processes start at once, refusing a database that
// is not Herald's or is newer, and the words when the server cannot be reached.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { connectPg } from '../../src/store/pg/bridge.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { latestPgVersion, migratePg, PG_MIGRATIONS, PG_TABLES } from '../../src/store/pg/schema.js';
import { describeStoreError } from '../../src/store-error-text.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';

const CHILD = join(resolve(import.meta.dirname), 'pg-open-child.mjs');

function runChild(url: string, id: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CHILD, url, id]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe.runIf(pgIncluded('the PostgreSQL store'))('the PostgreSQL store', () => {
  const dropped: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const drop of dropped.splice(0)) await drop();
  });
  async function freshDatabase(): Promise<string> {
    const db = await createPgDatabase();
    dropped.push(db.drop);
    return db.url;
  }

  it('migrates a new database once when three processes start on it at the same moment', async () => {
    const url = await freshDatabase();
    const runs = await Promise.all(['p1', 'p2', 'p3'].map((id) => runChild(url, id)));
    expect(runs.map((r) => [r.code, r.err])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
    expect(runs.map((r) => JSON.parse(r.out))).toEqual(
      ['p1', 'p2', 'p3'].map((id) => ({ id, version: latestPgVersion() })),
    );
    const store = openPgStore(url);
    try {
      expect(
        store.articles
          .latest({ limit: 10 })
          .map((a) => a.id)
          .sort(),
      ).toEqual(['p1', 'p2', 'p3']);
      const tables = store.pg
        .all<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
        )
        .map((r) => r.name);
      expect(tables).toEqual([...PG_TABLES, 'herald_schema'].sort());
    } finally {
      store.close();
    }
  });

  it('upgrades catch-up posts to notices with their count, leaving article posts alone (version 2)', async () => {
    const url = await freshDatabase();
    const old = connectPg(url);
    try {
      migratePg(
        old,
        url,
        PG_MIGRATIONS.filter((m) => m.version < 2),
      );
      const insert = (
        sub: number,
        articleId: string,
        kind: string,
        status: string,
        message: string | null,
        channel: string,
      ) =>
        old.run(
          `INSERT INTO posts (subscription_id, article_id, kind, status, nonce, message_id, channel_id, created_at,
             updated_at) VALUES ($1, $2, $3, $4, 'p', $5, $6, 100, 200)`,
          [sub, articleId, kind, status, message, channel],
        );
      insert(1, 'catch-up:1:40:7', 'summary', 'sent', 'm1', 'c1');
      insert(2, 'catch-up:2:95:123', 'summary', 'pending', null, 'c2');
      insert(1, 'a1b2c3', 'article', 'sent', 'm3', 'c1');
    } finally {
      old.close();
    }
    const store = openPgStore(url);
    try {
      const notices = ['c1', 'c2'].flatMap((c) => store.posts.notices.inChannel(c));
      expect(notices.map((n) => [n.channelId, n.kind, n.more, n.status, n.messageId, n.createdAt])).toEqual([
        ['c1', 'catch-up', 7, 'sent', 'm1', 100],
        ['c2', 'catch-up', 123, 'pending', null, 100],
      ]);
      expect(store.pg.all('SELECT article_id, kind FROM posts ORDER BY id')).toEqual([
        { article_id: 'a1b2c3', kind: 'article' },
      ]);
    } finally {
      store.close();
    }
  });

  it('refuses a database that holds tables of another program, and leaves them alone', async () => {
    const url = await freshDatabase();
    const other = connectPg(url);
    other.run('CREATE TABLE customers (id INTEGER)');
    let error: unknown;
    try {
      openPgStore(url).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('foreign');
    expect(describeStoreError(error as StoreError)).toContain(
      'holds tables Herald did not create (no herald_schema table; tables customers)',
    );
    expect(
      other.all("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"),
    ).toEqual([{ name: 'customers' }]);
    other.close();
  });

  it('refuses a database set up by a newer Herald', async () => {
    const url = await freshDatabase();
    openPgStore(url).close();
    const admin = connectPg(url);
    admin.run('UPDATE herald_schema SET version = version + 1');
    admin.close();
    expect(() => openPgStore(url)).toThrow(
      expect.objectContaining({
        code: 'newer',
        detail: `schema version ${latestPgVersion() + 1}, this Herald knows up to ${latestPgVersion()}`,
      }),
    );
  });

  it('says which server it cannot reach, without the password, and what to check', () => {
    let error: unknown;
    try {
      openPgStore('postgres://herald:s3cret-pw@127.0.0.1:1/herald');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    const words = describeStoreError(error as StoreError);
    expect(words).toMatch(
      /^cannot reach the PostgreSQL database postgres:\/\/herald:\*\*\*@127\.0\.0\.1:1\/herald \(DATABASE_URL\)/,
    );
    expect(words).toContain('ECONNREFUSED');
    expect(words).not.toContain('s3cret-pw');
  });

  it('hides a password given as a parameter of the URL too', () => {
    let error: unknown;
    try {
      openPgStore(
        'postgres://herald@127.0.0.1:1/herald?password=s3cret-pw&sslpassword=k3y-pw&sslmode=disable',
      );
    } catch (e) {
      error = e;
    }
    const words = describeStoreError(error as StoreError);
    expect(words).toMatch(
      /^cannot reach the PostgreSQL database postgres:\/\/herald@127\.0\.0\.1:1\/herald\?password=\*\*\*&sslpassword=\*\*\*&sslmode=disable \(DATABASE_URL\)/,
    );
    expect(words).not.toMatch(/s3cret|k3y/);
  });

  it('says what is wrong when the server answers but the database or the user is not there', async () => {
    const url = new URL(await freshDatabase());
    const missingDatabase = new URL(url);
    missingDatabase.pathname = '/herald_no_such_database';
    const missingUser = new URL(url);
    missingUser.username = 'herald_no_such_user';
    missingUser.password = 's3cret-pw';
    const cases: Array<[URL, string]> = [
      [missingDatabase, 'database "herald_no_such_database" does not exist'],
      [missingUser, 'role "herald_no_such_user" does not exist'],
    ];
    for (const [target, detail] of cases) {
      let error: unknown;
      try {
        openPgStore(target.toString());
      } catch (e) {
        error = e;
      }
      expect(error, detail).toBeInstanceOf(StoreError);
      const words = describeStoreError(error as StoreError);
      expect(words).toMatch(/^cannot reach the PostgreSQL database postgres:\/\//);
      expect(words).toContain(`(DATABASE_URL) (${detail})`);
      expect(words).toContain('that the database exists and the user and password are right');
      expect(words).not.toContain('s3cret-pw');
    }
  });
});
