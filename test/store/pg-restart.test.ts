// A PostgreSQL restart in the middle of work: the store connects again by itself and carries on, and with
// the bot's store outage (src/work/outage.ts) logs one warn line in words when the connection is lost and
// one info line when it is back; a store call made while the server is down throws a StoreError in words,
// which the bot's loops catch and retry. The test starts
// its own server (scripts/test-pg.js), as restarting the shared one would break the other test files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haltTestPg, restartTestPg, startTestPg, stopTestPg } from '../../scripts/test-pg.js';
import { createLogger } from '../../src/logger.js';
import { StoreError } from '../../src/store/errors.js';
import { describePgUrl, openPgStore, type PgStore } from '../../src/store/pg/index.js';
import { describeStoreError } from '../../src/store-error-text.js';
import { createStoreOutage } from '../../src/work/outage.js';
import { pgIncluded } from '../helpers/pg.js';

const AT = new Date('2026-12-06T12:00:00.000Z');
const BACK = '2026-12-06T12:00:00.000Z INFO the database answers again; periodic work goes on';

describe.runIf(pgIncluded('the PostgreSQL restart'))('a PostgreSQL restart while a store is open', () => {
  let server: { url: string; dir: string } | null = null;
  let store: PgStore | null = null;
  const lines: string[] = [];
  const open = (): PgStore => {
    if (!store) throw new Error('the store did not open');
    return store;
  };
  const warnings = () => lines.filter((l) => l.includes(' WARN '));
  const infos = () => lines.filter((l) => l.includes(' INFO '));

  beforeAll(async () => {
    server = await startTestPg('herald_restart');
    const logger = createLogger(
      'debug',
      (line) => lines.push(line),
      () => AT,
    );
    const outage = createStoreOutage({
      logger,
      where: describePgUrl(server.url),
      describe: describeStoreError,
    });
    store = openPgStore(server.url, { onConnection: outage.onConnection });
  }, 60_000);
  afterAll(() => {
    store?.close();
    if (server) stopTestPg(server.dir);
  });

  it('carries on after a restart, with one warn line for the lost connection and one info line when back', () => {
    const s = open();
    s.meta.set('before', 'kept over the restart');
    expect(lines).toEqual([]);
    restartTestPg((server as { dir: string }).dir);

    expect(s.meta.get('before')).toBe('kept over the restart');
    s.meta.set('after', 'written on the new connection');
    expect([s.meta.get('before'), s.meta.get('after')]).toEqual([
      'kept over the restart',
      'written on the new connection',
    ]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^2026-12-06T12:00:00\.000Z WARN the database cannot be reached; periodic work waits until it answers: cannot reach the PostgreSQL database postgres:\/\/\S+ \(DATABASE_URL\) \(the connection to PostgreSQL is lost \(.+\)\)\. Check that the server runs/,
    );
    expect(infos()).toEqual([BACK]);
    expect(lines).toHaveLength(2);
  }, 60_000);

  it('throws a StoreError in words while the server is down, and works again once it is back', () => {
    const s = open();
    lines.length = 0;
    haltTestPg((server as { dir: string }).dir);

    const failures: unknown[] = [];
    for (const call of [
      () => s.meta.get('before'),
      () => s.meta.set('during', 'never written'),
      () => s.transaction(() => s.meta.set('during', 'never written')),
    ]) {
      try {
        call();
        failures.push('no error');
      } catch (error) {
        failures.push(error);
      }
    }
    expect(failures).toHaveLength(3);
    for (const error of failures) {
      expect(error).toBeInstanceOf(StoreError);
      const e = error as StoreError;
      expect([e.code, e.path]).toEqual(['cannot-open', s.path]);
      expect(e.detail).toMatch(
        /^the connection to PostgreSQL is lost \(.+\); Herald connects again at the next try$/,
      );
      expect(describeStoreError(e)).toMatch(
        /^cannot reach the PostgreSQL database postgres:\/\/.+ \(DATABASE_URL\)/,
      );
    }
    // Lost once, however many calls fail meanwhile.
    expect(warnings()).toHaveLength(1);
    expect(infos()).toEqual([]);

    restartTestPg((server as { dir: string }).dir);
    expect(s.meta.get('before')).toBe('kept over the restart');
    expect(s.meta.get('during')).toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(infos()).toEqual([BACK]);
  }, 60_000);
});
