// The words a failed poll shows (`herald feed list`, the status page) for each way a write can run into
// another process or a silent server, on either backend; any other error keeps its own message. The
// errors are the ones the drivers and the store raise (SQLite's busy code, the PostgreSQL bridge's
// PgQueryError, the PostgreSQL store's StoreError around it).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describePollError } from '../../src/feeds/poller.js';
import { StoreError } from '../../src/store/errors.js';
import { PgQueryError } from '../../src/store/pg/bridge.js';

const KEPT = 'so nothing of this feed was stored; it is polled again in the next round';
const WHERE = 'postgres://herald@db.internal:5432/herald';

describe('the words of a failed poll', () => {
  it('says what happened and that the feed is polled again, for each kind of write failure', () => {
    const lost = new PgQueryError('Connection terminated unexpectedly', undefined, true);
    const cases: Array<[unknown, string]> = [
      [
        new Database.SqliteError('database is locked', 'SQLITE_BUSY'),
        `the database stayed locked by another process for more than 5 seconds, ${KEPT}`,
      ],
      [
        new PgQueryError('Query read timeout', 'timeout', true),
        'PostgreSQL did not answer in time (Query read timeout): another process may hold a lock this ' +
          `feed's write needed, or the server is busy or out of reach, ${KEPT}`,
      ],
      [
        new StoreError('cannot-open', WHERE, 'the connection to PostgreSQL is lost (…)', lost),
        `the connection to PostgreSQL was lost (Connection terminated unexpectedly), ${KEPT}`,
      ],
      [
        new PgQueryError('deadlock detected', '40P01', false),
        `PostgreSQL stopped this feed's write because it clashed with another process's (deadlock detected), ${KEPT}`,
      ],
      [
        new PgQueryError('could not serialize access due to concurrent update', '40001', false),
        "PostgreSQL stopped this feed's write because it clashed with another process's (could not " +
          `serialize access due to concurrent update), ${KEPT}`,
      ],
    ];
    expect(cases.map(([error]) => describePollError(error))).toEqual(cases.map(([, words]) => words));
  });

  it('keeps the message of any other error, and gives a store error the words the CLI gives it', () => {
    const unique = new PgQueryError('duplicate key value violates unique constraint', '23505', false);
    const full = new StoreError('disk-full', '/srv/herald/herald.db', 'SQLITE_FULL');
    expect(describePollError(unique)).toBe('duplicate key value violates unique constraint');
    expect(describePollError(full)).toBe(
      'the disk holding the database /srv/herald/herald.db (DATABASE_PATH) is full. Free some space and try ' +
        'again; what was stored before is kept.',
    );
    expect(describePollError(new Error('the feed answered 500'))).toBe('the feed answered 500');
  });
});
