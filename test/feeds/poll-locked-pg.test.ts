// The PostgreSQL side of poll-locked.test.ts: another session holds a lock on the articles table while a
// feed's items are stored. The statement waits for the store's wait (1.5 s here, DATABASE_TIMEOUT_SECONDS
// in use), the poll says why in words (not the driver's "Query read timeout"), nothing of the feed is
// stored, the other feed of the round is, and the next round stores the first.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPgStore } from '../../src/store/pg/index.js';
import { createPgDatabase, pgIncluded } from '../helpers/pg.js';
import { pollPastLock } from './locked-rounds.js';

const T0 = Date.parse('2026-05-02T00:00:00Z');
const URLS: [string, string] = ['https://quay.example/feed.xml', 'https://ferry.example/feed.xml'];
const dropped: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const drop of dropped.splice(0)) await drop();
});

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
