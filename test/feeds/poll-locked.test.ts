// A poll whose store write meets the database locked by another process past the busy wait: the feed's
// outcome says so in words (not SQLite's "database is locked"), nothing of it is stored, it stays due and
// the next round stores it. Holds the lock for the whole busy wait (5 s): the wait is SQLite's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { pollPastLock } from './locked-rounds.js';

const T0 = Date.parse('2026-05-01T00:00:00Z');
const URLS: [string, string] = ['https://harbour.example/feed.xml', 'https://tram.example/feed.xml'];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a poll that meets the database locked by another process', () => {
  it('names the lock in words, stores nothing of the feed, and the next round stores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-poll-locked-'));
    dirs.push(dir);
    const path = join(dir, 'herald.db');
    const store = openSqliteStore(path);
    const other = new Database(path);
    try {
      const error = await pollPastLock(store, T0, URLS, {
        take: () => void other.exec('BEGIN IMMEDIATE'),
        release: () => {
          if (other.inTransaction) other.exec('ROLLBACK');
        },
      });
      expect(error).toBe(
        'the database stayed locked by another process for more than 5 seconds, so nothing of this feed ' +
          'was stored; it is polled again in the next round',
      );
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      store.close();
    }
  }, 30_000);
});
