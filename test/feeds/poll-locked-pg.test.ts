// The PostgreSQL side of poll-locked.test.ts: another session holds a lock on the articles table while a
// feed's items are stored. The statement waits for the store's wait (1.5 s here, DATABASE_TIMEOUT_SECONDS
// in use), the poll says why in words (not the driver's "Query read timeout"), nothing of the feed is
// stored, the other feed of the round is (once the lock is gone and the connection answers again), and
// the next round stores the first.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { PgConnection } from '../../src/store/pg/bridge.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { pollPastLock } from './locked-rounds.js';

const T0 = Date.parse('2026-05-02T00:00:00Z');
const URLS: [string, string] = ['https://quay.example/feed.xml', 'https://ferry.example/feed.xml'];
const dropped: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const drop of dropped.splice(0)) await drop();
});

/**
 * Waits until the store's connection answers again: the statement that outlived its wait answers only
 * once the lock is gone, and until then the bridge fails every statement at once (by design: see
 * pg-bridge-hang.test.ts), which would fail the second feed of the round for a reason of its own.
 */
async function answered(connection: PgConnection): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      connection.get('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe.runIf(pgIncluded('a poll that meets a PostgreSQL lock'))(
  'a poll that meets a PostgreSQL lock',
  () => {
    it('names the wait in words, stores nothing of the feed, and the next round stores it', async () => {
      const database = await createPgDatabase();
      dropped.push(database.drop);
      const store = openPgStore(database.url, { waitMs: 1_500 });
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      let holding = false;
      try {
        const error = await pollPastLock(store, T0, URLS, {
          take: async () => {
            await other.query('BEGIN');
            await other.query('LOCK TABLE articles IN ACCESS EXCLUSIVE MODE');
            holding = true;
          },
          release: async () => {
            if (holding) await other.query('ROLLBACK');
            holding = false;
            await answered(store.pg);
          },
        });
        expect(error).toBe(
          "PostgreSQL did not answer within 1.5 s: another process may hold a lock this feed's write needed, " +
            'or the server is busy or out of reach, so nothing of this feed was stored; it is polled again in the next round',
        );
      } finally {
        if (holding) await other.query('ROLLBACK');
        await other.end();
        store.close();
      }
    }, 30_000);
  },
);
