// The synchronous door to PostgreSQL (src/store/pg/bridge.ts) against the test server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPg, PgQueryError, type PgConnection } from '../../src/store/pg/bridge.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';

describe.runIf(pgIncluded('the PostgreSQL bridge'))('the synchronous PostgreSQL bridge', () => {
  let db: { url: string; drop: () => Promise<void> };
  let pg: PgConnection;
  beforeAll(async () => {
    db = await createPgDatabase();
    pg = connectPg(db.url);
  });
  afterAll(async () => {
    pg?.close();
    await db?.drop();
  });

  it('answers statements synchronously, with bound parameters and whole numbers as numbers', () => {
    pg.run('CREATE TABLE t (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, at BIGINT)');
    expect(
      pg.run('INSERT INTO t (name, at) VALUES ($1, $2), ($3, $4)', ['a', 1_780_000_000_000, "b'; --", null]),
    ).toBe(2);
    expect(pg.all('SELECT id, name, at FROM t ORDER BY id')).toEqual([
      { id: 1, name: 'a', at: 1_780_000_000_000 },
      { id: 2, name: "b'; --", at: null },
    ]);
    expect(pg.get('SELECT count(*) AS n, sum(at) AS s FROM t')).toEqual({ n: 2, s: 1_780_000_000_000 });
  });

  it('commits a transaction around a synchronous callback, and rolls it back when the callback throws', () => {
    pg.run('CREATE TABLE u (x INTEGER)');
    pg.transaction(() => {
      pg.run('INSERT INTO u VALUES (1)');
      pg.transaction(() => pg.run('INSERT INTO u VALUES (2)'));
    });
    expect(() =>
      pg.transaction(() => {
        pg.run('INSERT INTO u VALUES (3)');
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(pg.all('SELECT x FROM u ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('reports a failed statement with its SQLSTATE and carries on', () => {
    let error: unknown;
    try {
      pg.run('SELEC 1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PgQueryError);
    expect((error as PgQueryError).code).toBe('42601');
    expect(pg.get('SELECT 2 AS two')).toEqual({ two: 2 });
  });

  it('gives each later call its own answer after a statement outlived its wait', async () => {
    const slow = connectPg(db.url, undefined, { waitMs: 300 });
    try {
      expect(() => slow.get('SELECT pg_sleep(1) AS slept')).toThrow(
        expect.objectContaining({ code: 'timeout', connection: true }),
      );
      // The late answer of pg_sleep arrives meanwhile; it must not be taken for the next calls' answers.
      await new Promise((r) => setTimeout(r, 1_200));
      const answers = [1, 2, 3].map((n) => slow.get<{ n: number }>('SELECT $1::int AS n', [n]));
      expect(answers).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    } finally {
      slow.close();
    }
  });

  it('says a server that cannot be reached is a connection failure', () => {
    const nowhere = connectPg('postgres://postgres@127.0.0.1:1/none');
    try {
      expect(() => nowhere.get('SELECT 1')).toThrow(expect.objectContaining({ connection: true }));
    } finally {
      nowhere.close();
    }
  });
});
